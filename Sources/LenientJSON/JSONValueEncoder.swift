/// Encodes any `Encodable` value into a ``JSONValue``, keeping keys in the order
/// they are encoded, so that synthesized `Codable` conformances come out in
/// property declaration order.
///
/// A ``JSONValue`` met anywhere in the value is embedded as is (number literals
/// and member order included). `encodeNil` gives `null`; integers are written
/// without a fraction, `Double` and `Float` in their shortest round-trip form
/// (`100`, `0.1`, `1e+20`); non-finite floating-point values throw
/// `EncodingError.invalidValue`. A key encoded twice keeps its first place and
/// its last value. `superEncoder()` encodes under the key `super`. A value that
/// encodes nothing becomes `{}`.
///
/// ```swift
/// let text = try JSONValueEncoder().encodeToString(user, style: .pretty)
/// ```
public struct JSONValueEncoder: Sendable {
    /// Contextual information handed to the values' `encode(to:)`.
    public var userInfo: [CodingUserInfoKey: any Sendable]

    /// Creates an encoder.
    public init(userInfo: [CodingUserInfoKey: any Sendable] = [:]) {
        self.userInfo = userInfo
    }

    /// The JSON value of `value`.
    public func encode<T: Encodable>(_ value: T) throws -> JSONValue {
        if let json = value as? JSONValue { return json }
        let slot = EncodingSlot()
        let encoder = SlotEncoder(slot: slot, codingPath: [], userInfo: userInfo.mapValues { $0 as Any })
        try encoder.encode(value, into: slot, codingPath: [])
        return slot.makeValue()
    }

    /// The JSON text of `value`, as ``JSONWriter`` writes it in `style`.
    public func encodeToString<T: Encodable>(_ value: T, style: JSONWriter.Style = .pretty) throws -> String {
        JSONWriter(style: style).string(from: try encode(value))
    }
}
