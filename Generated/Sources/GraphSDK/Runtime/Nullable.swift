// Copied by graphdocgen from its runtime (Sources/GraphRuntime/Nullable.swift). Do not edit.

/// A value that may be JSON `null`, used as `Nullable<T>?` to tell the three states of a
/// property apart: `nil` (the key is absent), `.null` (`"key": null`), `.value(x)`.
///
/// Graph clears a property on `PATCH` when it is sent as `null` and leaves it alone when it is
/// absent, so generated code decodes and encodes these with `decodeNullable(_:forKey:)` and
/// `encodeNullable(_:forKey:)`, which keep the difference (plain `decodeIfPresent` does not).
public enum Nullable<Wrapped> {
    case null
    case value(Wrapped)

    /// The wrapped value, or `nil` for `.null`.
    public var value: Wrapped? {
        if case .value(let wrapped) = self { wrapped } else { nil }
    }
}

extension Nullable: Equatable where Wrapped: Equatable {}
extension Nullable: Hashable where Wrapped: Hashable {}
extension Nullable: Sendable where Wrapped: Sendable {}

extension Nullable: Decodable where Wrapped: Decodable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        self = container.decodeNil() ? .null : .value(try container.decode(Wrapped.self))
    }
}

extension Nullable: Encodable where Wrapped: Encodable {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .value(let wrapped): try container.encode(wrapped)
        }
    }
}

extension KeyedDecodingContainer {
    /// `nil` when `key` is absent, `.null` when its value is `null`, else the decoded value.
    public func decodeNullable<Value: Decodable>(_ type: Value.Type, forKey key: Key) throws -> Nullable<Value>? {
        guard contains(key) else { return nil }
        return try decodeNil(forKey: key) ? .null : .value(decode(Value.self, forKey: key))
    }
}

extension KeyedEncodingContainer {
    /// Writes nothing for `nil`, `null` for `.null`, else the value.
    public mutating func encodeNullable<Value: Encodable>(_ value: Nullable<Value>?, forKey key: Key) throws {
        switch value {
        case nil: break
        case .null?: try encodeNil(forKey: key)
        case .value(let wrapped)?: try encode(wrapped, forKey: key)
        }
    }
}
