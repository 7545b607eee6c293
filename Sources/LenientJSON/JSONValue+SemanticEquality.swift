extension JSONValue {
    /// Whether two values mean the same JSON: positions and the order of object
    /// members are ignored, and numbers are compared by value (`1.50` equals `1.5`
    /// and `15e-1`).
    ///
    /// Array order matters. Members with the same key keep their relative order,
    /// so objects with duplicate keys match when each key has matching values in
    /// the same sequence. The comparison walks the trees with an explicit stack.
    public func isSemanticallyEqual(to other: JSONValue) -> Bool {
        var pending: [(JSONValue, JSONValue)] = [(self, other)]
        while let (left, right) = pending.popLast() {
            switch (left.content, right.content) {
            case (.null, .null):
                continue
            case let (.bool(leftBool), .bool(rightBool)):
                guard leftBool == rightBool else { return false }
            case let (.number(leftLiteral), .number(rightLiteral)):
                guard leftLiteral == rightLiteral
                    || JSONNumberLiteral.valueKey(for: leftLiteral) == JSONNumberLiteral.valueKey(for: rightLiteral)
                else { return false }
            case let (.string(leftString), .string(rightString)):
                guard leftString == rightString else { return false }
            case let (.array(leftElements), .array(rightElements)):
                guard leftElements.count == rightElements.count else { return false }
                pending.append(contentsOf: zip(leftElements, rightElements))
            case let (.object(leftMembers), .object(rightMembers)):
                guard leftMembers.count == rightMembers.count else { return false }
                let inSameOrder = zip(leftMembers, rightMembers).allSatisfy { $0.key == $1.key }
                let leftSorted = inSameOrder ? leftMembers : Self.sortedStably(leftMembers)
                let rightSorted = inSameOrder ? rightMembers : Self.sortedStably(rightMembers)
                for (leftMember, rightMember) in zip(leftSorted, rightSorted) {
                    guard leftMember.key == rightMember.key else { return false }
                    pending.append((leftMember.value, rightMember.value))
                }
            default:
                return false
            }
        }
        return true
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
