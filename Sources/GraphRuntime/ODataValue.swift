/// The body OData gives a function or action that returns a primitive or a collection
/// of primitives: `{"value": …}`, often with an `@odata.context` beside it, which is kept (with
/// any other member) in ``additionalData`` so that encoding writes the body back whole.
public struct ODataValue<Value> {
    /// The returned value.
    public var value: Value
    /// The members beside `value` (`@odata.context`, annotations).
    public var additionalData: [String: JSONValue]

    public init(value: Value, additionalData: [String: JSONValue] = [:]) {
        self.value = value
        self.additionalData = additionalData
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case value
    }
}

extension ODataValue: Sendable where Value: Sendable {}

extension ODataValue: Decodable where Value: Decodable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        value = try container.decode(Value.self, forKey: .value)
        additionalData = try decoder.decodeAdditionalData(excluding: Set(CodingKeys.allCases.map(\.stringValue)))
    }
}

extension ODataValue: Encodable where Value: Encodable {
    public func encode(to encoder: any Encoder) throws {
        try encoder.encodeAdditionalData(additionalData)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(value, forKey: .value)
    }
}
