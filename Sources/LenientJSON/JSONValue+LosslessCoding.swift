/// The lossless form of ``JSONValue``'s `Codable` conformance: an object with the
/// value's `position` (when it has one) and one key naming its kind (`null`, `bool`,
/// `number` with the literal text, `string`, `array`, `object` with the members in order,
/// duplicate keys and key positions included). What is decoded equals what was encoded,
/// positions included.
extension JSONValue {
    /// The `userInfo` key that selects the lossless form: set it to `true` in an encoder's
    /// or decoder's `userInfo` (for example `JSONEncoder().userInfo`) to keep everything a
    /// value holds: positions, member order, duplicate keys and number literals. Without
    /// it, values are coded as plain JSON (see ``encode(to:)``).
    public static let losslessCoding = CodingUserInfoKey(rawValue: "LenientJSON.JSONValue.losslessCoding")!

    /// Whether `userInfo` selects the lossless form.
    static func isLossless(_ userInfo: [CodingUserInfoKey: Any]) -> Bool {
        userInfo[losslessCoding] as? Bool == true
    }

    private enum LosslessKey: String, CodingKey {
        case position, null, bool, number, string, array, object
    }

    func encodeLossless(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: LosslessKey.self)
        try container.encodeIfPresent(position, forKey: .position)
        switch content {
        case .null: try container.encode(true, forKey: .null)
        case .bool(let value): try container.encode(value, forKey: .bool)
        case .number(let literal): try container.encode(literal, forKey: .number)
        case .string(let value): try container.encode(value, forKey: .string)
        case .array(let elements): try container.encode(elements, forKey: .array)
        case .object(let members): try container.encode(members, forKey: .object)
        }
    }

    init(losslessFrom decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: LosslessKey.self)
        let position = try container.decodeIfPresent(JSONPosition.self, forKey: .position)
        let content: Content
        if let value = try container.decodeIfPresent(Bool.self, forKey: .bool) {
            content = .bool(value)
        } else if let literal = try container.decodeIfPresent(String.self, forKey: .number) {
            content = .number(literal)
        } else if let value = try container.decodeIfPresent(String.self, forKey: .string) {
            content = .string(value)
        } else if let elements = try container.decodeIfPresent([JSONValue].self, forKey: .array) {
            content = .array(elements)
        } else if let members = try container.decodeIfPresent([JSONMember].self, forKey: .object) {
            content = .object(members)
        } else if try container.decodeIfPresent(Bool.self, forKey: .null) == true {
            content = .null
        } else {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(codingPath: decoder.codingPath, debugDescription: "No JSON value in the lossless form."))
        }
        self.init(content, position: position)
    }
}
