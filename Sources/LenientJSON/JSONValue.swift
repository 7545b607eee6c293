/// A JSON value: an ordered tree that remembers where each of its parts was read.
///
/// Objects keep their members in the order of the input and keep duplicate
/// keys, each in its place; numbers keep their literal text (`1.50` stays
/// `1.50`). Values read by ``LenientJSONReader`` carry the ``JSONPosition`` of
/// their first byte; values built in code (for example by
/// ``JSONValueEncoder``) have no position.
///
/// Positions are metadata: `==` and hashing compare the content, in order,
/// and ignore where it was read. ``isSemanticallyEqual(to:)`` also ignores
/// member order and number spelling.
///
/// Build values in code with the static factories or literals:
///
/// ```swift
/// let value: JSONValue = ["id": "1", "sizes": [1, 2.5], "deleted": false, "parent": .null]
/// ```
public struct JSONValue: Sendable {
    /// What a JSON value holds.
    public enum Content: Sendable, Hashable {
        /// `null`.
        case null
        /// `true` or `false`.
        case bool(Bool)
        /// A number, as its literal text (for example `-1.50e3`).
        case number(String)
        /// A string, with its escapes decoded.
        case string(String)
        /// An array, in order.
        case array([JSONValue])
        /// An object's members, in order, duplicate keys included.
        case object([JSONMember])
    }

    /// What the value holds.
    public var content: Content
    /// Where the value's first byte was read, or `nil` for a value built in code.
    public var position: JSONPosition?

    /// Creates a value from its content and, optionally, where it was read.
    public init(_ content: Content, position: JSONPosition? = nil) {
        self.content = content
        self.position = position
    }
}

extension JSONValue: Hashable {
    /// Whether two values have the same content in the same order; positions are ignored.
    ///
    /// The comparison walks the trees with an explicit stack, so depth costs no call stack.
    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        var pending: [(JSONValue, JSONValue)] = [(lhs, rhs)]
        while let (left, right) = pending.popLast() {
            switch (left.content, right.content) {
            case (.null, .null):
                continue
            case let (.bool(leftBool), .bool(rightBool)):
                guard leftBool == rightBool else { return false }
            case let (.number(leftLiteral), .number(rightLiteral)):
                guard leftLiteral == rightLiteral else { return false }
            case let (.string(leftString), .string(rightString)):
                guard leftString == rightString else { return false }
            case let (.array(leftElements), .array(rightElements)):
                guard leftElements.count == rightElements.count else { return false }
                pending.append(contentsOf: zip(leftElements, rightElements))
            case let (.object(leftMembers), .object(rightMembers)):
                guard leftMembers.count == rightMembers.count else { return false }
                for (leftMember, rightMember) in zip(leftMembers, rightMembers) {
                    guard leftMember.key == rightMember.key else { return false }
                    pending.append((leftMember.value, rightMember.value))
                }
            default:
                return false
            }
        }
        return true
    }

    /// Hashes the content, in order; positions are ignored.
    public func hash(into hasher: inout Hasher) {
        var pending: [JSONValue] = [self]
        while let value = pending.popLast() {
            switch value.content {
            case .null:
                hasher.combine(0 as UInt8)
            case .bool(let bool):
                hasher.combine(1 as UInt8)
                hasher.combine(bool)
            case .number(let literal):
                hasher.combine(2 as UInt8)
                hasher.combine(literal)
            case .string(let string):
                hasher.combine(3 as UInt8)
                hasher.combine(string)
            case .array(let elements):
                hasher.combine(4 as UInt8)
                hasher.combine(elements.count)
                pending.append(contentsOf: elements.reversed())
            case .object(let members):
                hasher.combine(5 as UInt8)
                hasher.combine(members.count)
                for member in members {
                    hasher.combine(member.key)
                }
                pending.append(contentsOf: members.reversed().lazy.map(\.value))
            }
        }
    }
}

extension JSONValue.Content {
    /// Whether two contents are equal, as ``JSONValue/==(_:_:)`` says.
    public static func == (lhs: JSONValue.Content, rhs: JSONValue.Content) -> Bool {
        JSONValue(lhs) == JSONValue(rhs)
    }

    public func hash(into hasher: inout Hasher) {
        JSONValue(self).hash(into: &hasher)
    }
}

// MARK: - Building values in code

extension JSONValue {
    /// `null`, without a position.
    public static let null = JSONValue(.null)

    /// A boolean, without a position.
    public static func bool(_ value: Bool) -> JSONValue {
        JSONValue(.bool(value))
    }

    /// An integer number, without a position (integer literals come here, not to
    /// the `Double` overload, so they stay exact).
    public static func number(_ value: some BinaryInteger) -> JSONValue {
        JSONValue(.number(String(value)))
    }

    /// A floating-point number in its shortest round-trip form (`100` rather
    /// than `100.0`), without a position.
    ///
    /// A non-finite value has no JSON spelling; ``JSONWriter`` writes it as `null`.
    public static func number(_ value: Double) -> JSONValue {
        JSONValue(.number(JSONNumberLiteral.shortestLiteral(for: value)))
    }

    /// A number from its literal text, taken as is, without a position.
    ///
    /// ``JSONWriter`` writes a literal that is not a strict JSON number in a strict form.
    public static func number(literal: String) -> JSONValue {
        JSONValue(.number(literal))
    }

    /// A string, without a position.
    public static func string(_ value: String) -> JSONValue {
        JSONValue(.string(value))
    }

    /// An array, without a position.
    public static func array(_ elements: [JSONValue]) -> JSONValue {
        JSONValue(.array(elements))
    }

    /// An object with members in the given order, without a position.
    public static func object(_ members: [JSONMember]) -> JSONValue {
        JSONValue(.object(members))
    }
}

extension JSONValue: ExpressibleByBooleanLiteral {
    public init(booleanLiteral value: Bool) {
        self.init(.bool(value))
    }
}

extension JSONValue: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) {
        self.init(.number(String(value)))
    }
}

extension JSONValue: ExpressibleByFloatLiteral {
    public init(floatLiteral value: Double) {
        self.init(.number(JSONNumberLiteral.shortestLiteral(for: value)))
    }
}

extension JSONValue: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) {
        self.init(.string(value))
    }
}

extension JSONValue: ExpressibleByArrayLiteral {
    public init(arrayLiteral elements: JSONValue...) {
        self.init(.array(elements))
    }
}

extension JSONValue: ExpressibleByDictionaryLiteral {
    /// An object whose members are in the literal's order (duplicates kept).
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self.init(.object(elements.map { JSONMember($0.0, $0.1) }))
    }
}

extension JSONValue: CustomStringConvertible {
    /// The value as compact JSON text.
    public var description: String {
        JSONWriter(style: .compact).string(from: self)
    }
}
