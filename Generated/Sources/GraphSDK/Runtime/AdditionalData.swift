// Copied by graphdocgen from its runtime (Sources/GraphRuntime/AdditionalData.swift). Do not edit.

extension Decoder {
    /// The members of the JSON object being decoded that `known` does not name, and those it
    /// names whose values did not fit their properties (`mismatched`, see `decodeLeniently`):
    /// the additional data of an open type, kept so that encoding writes them back.
    public func decodeAdditionalData(
        excluding known: Set<String>, keeping mismatched: Set<String> = []
    ) throws -> [String: JSONValue] {
        let container = try container(keyedBy: DynamicCodingKey.self)
        var additionalData: [String: JSONValue] = [:]
        for key in container.allKeys where !known.contains(key.stringValue) || mismatched.contains(key.stringValue) {
            additionalData[key.stringValue] = try container.decode(JSONValue.self, forKey: key)
        }
        return additionalData
    }
}

extension Encoder {
    /// Writes `additionalData` into the JSON object being encoded, members of the type's own
    /// names included (values that did not fit their properties): write it before the typed
    /// properties, which replace the members they hold a value for.
    public func encodeAdditionalData(_ additionalData: [String: JSONValue]) throws {
        var container = container(keyedBy: DynamicCodingKey.self)
        for (name, value) in additionalData {
            try container.encode(value, forKey: DynamicCodingKey(name))
        }
    }
}
