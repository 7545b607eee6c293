/// The lossless form of ``JSONValue``'s `Codable` conformance: a flat array per value, its
/// kind (`0` null, `1` bool, `2` number with the literal text, `3` string, `4` array, `5`
/// object), its payload, then its position's line, column and offset when it has one; an
/// object's payload is an array of key, value and key position (three numbers, or `null`)
/// per member, in order, duplicate keys included. What is decoded equals what was encoded,
/// positions included. Arrays, not keyed objects, because they decode several times faster.
extension JSONValue {
    /// The `userInfo` key that selects the lossless form: set it to `true` in an encoder's
    /// or decoder's `userInfo` (for example `JSONEncoder().userInfo`) to keep everything a
    /// value holds: positions, member order, duplicate keys and number literals. Without
    /// it, values are coded as plain JSON (see ``encode(to:)``).
    public static let losslessCoding = CodingUserInfoKey(rawValue: "JSONLossless")!

    /// Whether `userInfo` selects the lossless form.
    static func isLossless(_ userInfo: [CodingUserInfoKey: Any]) -> Bool {
        userInfo[losslessCoding] as? Bool == true
    }

    func encodeLossless(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        switch content {
        case .null: try container.encode(0 as UInt8)
        case .bool(let value):
            try container.encode(1 as UInt8)
            try container.encode(value)
        case .number(let literal):
            try container.encode(2 as UInt8)
            try container.encode(literal)
        case .string(let value):
            try container.encode(3 as UInt8)
            try container.encode(value)
        case .array(let elements):
            try container.encode(4 as UInt8)
            try container.encode(elements)
        case .object(let members):
            try container.encode(5 as UInt8)
            var nested = container.nestedUnkeyedContainer()
            for member in members {
                try nested.encode(member.key)
                try nested.encode(member.value)
                try Self.encode(member.keyPosition, to: &nested)
            }
        }
        if let position { try Self.encode(position, to: &container) }
    }

    init(losslessFrom decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        let content: Content
        switch try container.decode(UInt8.self) {
        case 0: content = .null
        case 1: content = .bool(try container.decode(Bool.self))
        case 2: content = .number(try container.decode(String.self))
        case 3: content = .string(try container.decode(String.self))
        case 4: content = .array(try container.decode([JSONValue].self))
        case 5:
            var nested = try container.nestedUnkeyedContainer()
            var members: [JSONMember] = []
            while !nested.isAtEnd {
                let key = try nested.decode(String.self)
                let value = try nested.decode(JSONValue.self)
                members.append(JSONMember(key, value, keyPosition: try Self.decodePosition(from: &nested)))
            }
            content = .object(members)
        default:
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "No JSON value kind in the lossless form.")
        }
        self.init(content, position: container.isAtEnd ? nil : try Self.decodePosition(from: &container))
    }

    /// Writes a position as three numbers, or `nil` as `null`.
    private static func encode(_ position: JSONPosition?, to container: inout some UnkeyedEncodingContainer) throws {
        guard let position else { return try container.encodeNil() }
        try container.encode(position.line)
        try container.encode(position.column)
        try container.encode(position.offset)
    }

    /// Reads what ``encode(_:to:)`` wrote.
    private static func decodePosition(from container: inout some UnkeyedDecodingContainer) throws -> JSONPosition? {
        if try container.decodeNil() { return nil }
        return JSONPosition(
            line: try container.decode(Int.self), column: try container.decode(Int.self), offset: try container.decode(Int.self))
    }
}
