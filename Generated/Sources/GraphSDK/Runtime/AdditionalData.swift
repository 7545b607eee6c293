// Copied by graphdocgen from its runtime (Sources/GraphRuntime/AdditionalData.swift). Do not edit.

extension Decoder {
    /// The members of the JSON object being decoded that `Known` does not name: the additional
    /// data of an open type, kept so that encoding writes them back.
    public func decodeAdditionalData<Known: CodingKey>(
        excluding known: Known.Type
    ) throws -> [String: JSONValue] {
        let container = try container(keyedBy: DynamicCodingKey.self)
        var additionalData: [String: JSONValue] = [:]
        for key in container.allKeys where Known(stringValue: key.stringValue) == nil {
            additionalData[key.stringValue] = try container.decode(JSONValue.self, forKey: key)
        }
        return additionalData
    }
}

extension Encoder {
    /// Writes `additionalData` into the JSON object being encoded, leaving out the members
    /// `Known` names (the typed properties write those).
    public func encodeAdditionalData<Known: CodingKey>(
        _ additionalData: [String: JSONValue], excluding known: Known.Type
    ) throws {
        var container = container(keyedBy: DynamicCodingKey.self)
        for (name, value) in additionalData where Known(stringValue: name) == nil {
            try container.encode(value, forKey: DynamicCodingKey(name))
        }
    }
}
