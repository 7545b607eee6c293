// Copied by graphdocgen from its runtime (Sources/GraphRuntime/ODataType.swift). Do not edit.

/// The `@odata.type` member, which names the type of a JSON object (`#microsoft.graph.user`).
public struct ODataTypeKey: CodingKey, Hashable, Sendable {
    public static let member = "@odata.type"

    public var stringValue: String { Self.member }
    public var intValue: Int? { nil }

    public init() {}

    public init?(stringValue: String) {
        guard stringValue == Self.member else { return nil }
    }

    public init?(intValue: Int) { nil }
}

extension Decoder {
    /// The qualified type name in the object's `@odata.type`, without its leading `#`
    /// (`microsoft.graph.user`), or `nil` when there is none.
    ///
    /// Reads without consuming, so a base type's decoding entry can choose a derived type by it
    /// and then decode the whole object from this same decoder.
    public func decodeODataTypeName() throws -> String? {
        guard let name = try container(keyedBy: ODataTypeKey.self).decodeIfPresent(String.self, forKey: ODataTypeKey())
        else { return nil }
        return name.hasPrefix("#") ? String(name.dropFirst()) : name
    }
}
