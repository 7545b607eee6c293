/// One `"key": value` member of a JSON object.
///
/// Its `Codable` form is an object of `key`, `keyPosition` (when it has one) and `value`;
/// the value is coded as the coder's `userInfo` says (see ``JSONValue/losslessCoding``).
public struct JSONMember: Sendable, Codable {
    /// The member's key, with its escapes decoded.
    public var key: String
    /// Where the key's first byte (its opening quote, if it has one) was read,
    /// or `nil` for a member built in code.
    public var keyPosition: JSONPosition?
    /// The member's value.
    public var value: JSONValue

    /// Creates a member.
    public init(_ key: String, _ value: JSONValue, keyPosition: JSONPosition? = nil) {
        self.key = key
        self.keyPosition = keyPosition
        self.value = value
    }
}

extension JSONMember: Hashable {
    /// Whether two members have the same key and value; positions are ignored.
    public static func == (lhs: JSONMember, rhs: JSONMember) -> Bool {
        lhs.key == rhs.key && lhs.value == rhs.value
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(key)
        hasher.combine(value)
    }
}
