import GraphDocCore
import PageReader

/// How a page writes a type: a plain name, a link to the page that documents it,
/// or several of them (`[A](a.md) or [B](b.md)`), possibly as a collection.
///
/// Parsed from property-table type cells (`[call](call.md) collection`,
/// `String collection`, `Collection(x)`, `String (identifier)`, `**x**`) and from
/// the type placeholders of resource JSON (`"String"`, `"Int32"`, `"String (timestamp)"`).
struct TypeExpression: Hashable, Sendable, Codable {
    /// One way of naming a type.
    enum Target: Hashable, Sendable, Codable {
        /// A name written as text (`String`, `callState`, `microsoft.graph.x`).
        case name(String)
        /// A link to a page: its text and target.
        case link(text: String, target: String)
    }

    /// The types named; more than one means "any of these" (a common base type).
    var targets: [Target]
    /// Whether the value is a collection of the type.
    var isCollection: Bool

    /// Parses a table cell. Returns `nil` when the cell names no type.
    static func parse(cell: InlineText) -> TypeExpression? {
        var text = cell.text
        let lowered = text.lowercased()
        // The word, not a name that ends with it (`siteCollection` is one value).
        var isCollection = lowered.split { !$0.isLetter }.contains("collection")
        let typeLinks = cell.links.filter { !$0.text.trimmingCharacters().isEmpty }
        if !typeLinks.isEmpty {
            return TypeExpression(targets: typeLinks.map { .link(text: $0.text.trimmingCharacters(), target: $0.target) }, isCollection: isCollection)
        }
        // `Collection(x)` and `collection(x)`.
        if let open = text.firstIndex(of: "("), lowered.hasPrefix("collection(") {
            let close = text.lastIndex(of: ")") ?? text.endIndex
            text = String(text[text.index(after: open)..<close])
            isCollection = true
        }
        let names = text.components(separatedByWord: "or").compactMap(Self.plainName)
        guard !names.isEmpty else { return nil }
        return TypeExpression(targets: names.map { .name($0) }, isCollection: isCollection)
    }

    /// Parses a resource-JSON type placeholder such as `String`, `Int32`,
    /// `String (identifier)` or `Collection(microsoft.graph.x)`.
    static func parse(placeholder: String) -> TypeExpression? {
        parse(cell: InlineText(text: placeholder, markdown: placeholder))
    }

    /// The type name in plain text: the first word that can be an identifier, without
    /// markup, parentheticals (`(identifier)`), and the words `collection`/`of`.
    static func plainName(_ text: some StringProtocol) -> String? {
        var words: [Substring] = []
        var depth = 0
        var start: String.Index?
        let string = String(text)
        for index in string.indices {
            let character = string[index]
            if character == "(" { depth += 1 }
            if character == ")" { depth = max(depth - 1, 0); continue }
            let isNameCharacter = character.isLetter || character.isNumber || character == "." || character == "_"
            if depth == 0, isNameCharacter {
                if start == nil { start = index }
            } else if let begin = start {
                words.append(string[begin..<index])
                start = nil
            }
        }
        if let begin = start { words.append(string[begin...]) }
        let ignored: Set<String> = ["collection", "of", "a", "an", "the"]
        guard let word = words.first(where: { !ignored.contains($0.lowercased()) }) else { return nil }
        let trimmed = word.trimmingCharacters(in: ".")
        guard let first = trimmed.first, first.isLetter else { return nil }
        return trimmed
    }
}

extension String {
    /// The string without leading and trailing whitespace.
    func trimmingCharacters() -> String {
        let characters = Substring(self)
        let start = characters.firstIndex { !$0.isWhitespace } ?? characters.endIndex
        let end = characters.lastIndex { !$0.isWhitespace }.map { characters.index(after: $0) } ?? start
        return String(characters[start..<Swift.max(start, end)])
    }

    /// The string split at a whole word (`"A or B"` → `["A ", " B"]`).
    func components(separatedByWord word: String) -> [Substring] {
        var parts: [Substring] = []
        var rest = Substring(self)
        let separator = " \(word) "
        while let range = rest.firstByteRange(of: separator) {
            parts.append(rest[..<range.lowerBound])
            rest = rest[range.upperBound...]
        }
        parts.append(rest)
        return parts
    }
}

extension StringProtocol {
    /// The string without `characters` at either end.
    func trimmingCharacters(in characters: String) -> String {
        // A scan of a few characters: cheaper than building a set for every call.
        let start = firstIndex { !characters.contains($0) } ?? endIndex
        let end = self[start...].lastIndex { !characters.contains($0) }.map { index(after: $0) } ?? start
        return String(self[start..<end])
    }
}
