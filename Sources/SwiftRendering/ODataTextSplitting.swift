extension String {
    /// The parts of OData text between the `separator`s that stand outside single-quoted
    /// literals and parentheses: the steps of a path (`range(address='a/b')` stays one), the
    /// elements of `$select` or `$expand` (`members($select=id,name)` stays one).
    func splitOutsideQuotesAndParentheses(at separator: Character) -> [String] {
        var parts: [String] = []
        var current = ""
        var quoted = false
        var depth = 0
        for character in self {
            switch character {
            case "'": quoted.toggle()
            case "(" where !quoted: depth += 1
            case ")" where !quoted: depth = max(0, depth - 1)
            default: break
            }
            if character == separator, !quoted, depth == 0 {
                parts.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        parts.append(current)
        return parts
    }
}
