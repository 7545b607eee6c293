extension JSONValue {
    /// Whether two values mean the same JSON: positions and the order of object
    /// members are ignored, and numbers are compared by value (`1.50` equals `1.5`
    /// and `15e-1`).
    ///
    /// Array order matters. Members with the same key keep their relative order,
    /// so objects with duplicate keys match when each key has matching values in
    /// the same sequence.
    public func isSemanticallyEqual(to other: JSONValue) -> Bool {
        switch (content, other.content) {
        case (.null, .null):
            return true
        case let (.bool(lhs), .bool(rhs)):
            return lhs == rhs
        case let (.number(lhs), .number(rhs)):
            return lhs == rhs || JSONNumberLiteral.valueKey(for: lhs) == JSONNumberLiteral.valueKey(for: rhs)
        case let (.string(lhs), .string(rhs)):
            return lhs == rhs
        case let (.array(lhs), .array(rhs)):
            guard lhs.count == rhs.count else { return false }
            return zip(lhs, rhs).allSatisfy { $0.isSemanticallyEqual(to: $1) }
        case let (.object(lhs), .object(rhs)):
            guard lhs.count == rhs.count else { return false }
            if zip(lhs, rhs).allSatisfy({ $0.key == $1.key }) {
                return zip(lhs, rhs).allSatisfy { $0.value.isSemanticallyEqual(to: $1.value) }
            }
            let sortedLHS = Self.sortedStably(lhs)
            let sortedRHS = Self.sortedStably(rhs)
            return zip(sortedLHS, sortedRHS).allSatisfy {
                $0.key == $1.key && $0.value.isSemanticallyEqual(to: $1.value)
            }
        default:
            return false
        }
    }

    /// Members sorted by key, members with equal keys kept in their order.
    private static func sortedStably(_ members: [JSONMember]) -> [JSONMember] {
        members.enumerated()
            .sorted { lhs, rhs in
                lhs.element.key != rhs.element.key
                    ? lhs.element.key < rhs.element.key
                    : lhs.offset < rhs.offset
            }
            .map(\.element)
    }
}
