extension JSONValue {
    /// The value of the last member with `key`, if this is an object that has one.
    ///
    /// The last member wins, as in most JSON readers; ``values(forKey:)`` returns them all.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = content else { return nil }
        return members.last(where: { $0.key == key })?.value
    }

    /// The element at `index`, if this is an array and the index is in range.
    public subscript(index: Int) -> JSONValue? {
        guard case .array(let elements) = content, elements.indices.contains(index) else { return nil }
        return elements[index]
    }

    /// The values of every member with `key`, in order, if this is an object; otherwise empty.
    public func values(forKey key: String) -> [JSONValue] {
        guard case .object(let members) = content else { return [] }
        return members.compactMap { $0.key == key ? $0.value : nil }
    }

    /// Whether the value is `null`.
    public var isNull: Bool {
        if case .null = content { return true }
        return false
    }

    /// The boolean, if the value is `true` or `false`.
    public var boolValue: Bool? {
        if case .bool(let value) = content { return value }
        return nil
    }

    /// The literal text, if the value is a number.
    public var numberLiteral: String? {
        if case .number(let literal) = content { return literal }
        return nil
    }

    /// The number as a `Double`, if the value is a number whose literal Swift can read
    /// (precision may be lost for long literals).
    public var doubleValue: Double? {
        guard case .number(let literal) = content else { return nil }
        return Double(literal)
    }

    /// The number as an `Int`, if the value is a number written as an integer
    /// (no fraction, no exponent) that fits in an `Int`.
    public var intValue: Int? {
        guard case .number(let literal) = content else { return nil }
        return Int(literal)
    }

    /// The string, if the value is a string.
    public var stringValue: String? {
        if case .string(let value) = content { return value }
        return nil
    }

    /// The elements, if the value is an array.
    public var arrayValue: [JSONValue]? {
        if case .array(let elements) = content { return elements }
        return nil
    }

    /// The members in order, if the value is an object.
    public var members: [JSONMember]? {
        if case .object(let members) = content { return members }
        return nil
    }

    /// The keys of the members in order (duplicates included), if the value is an object.
    public var keys: [String]? {
        members?.map(\.key)
    }

    /// A short English name of the kind of value (`"object"`, `"string"`, …), for messages.
    public var kindName: String {
        switch content {
        case .null: "null"
        case .bool: "boolean"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }
}
