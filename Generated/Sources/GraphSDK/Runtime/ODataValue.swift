// Copied by graphdocgen from its runtime (Sources/GraphRuntime/ODataValue.swift). Do not edit.

/// The body OData gives a function or action that returns a primitive or a collection
/// of primitives: `{"value": …}`, often with an `@odata.context` beside it.
public struct ODataValue<Value> {
    /// The returned value.
    public var value: Value

    public init(value: Value) {
        self.value = value
    }
}

extension ODataValue: Sendable where Value: Sendable {}
extension ODataValue: Decodable where Value: Decodable {}
extension ODataValue: Encodable where Value: Encodable {}
