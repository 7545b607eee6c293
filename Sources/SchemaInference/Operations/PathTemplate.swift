import PageReader

/// A documented request path as a template with cleanly named parameters.
///
/// Built from a request target (``init(url:)``):
/// - The scheme, host and API version segment (`https://graph.microsoft.com/v1.0`,
///   `/beta`, `/V1.0`) and the query string are dropped (``DocumentedURL`` already
///   takes them apart); the path keeps a leading `/` and loses a trailing one, and
///   empty segments (`//`) are dropped.
/// - `<name>` placeholders become `{name}`; an unclosed `{` is closed at the end of
///   its segment, a placeholder closed before its alternatives (`{user-id} | upn`) takes
///   them in (`{user-id | upn}`), and a segment with more `(` than `)` gets the missing
///   `)` at its end.
/// - Function segments (`range(address='{address}')`, `microsoft.graph.delta()`),
///   colon addressing (`root:/{item-path}:`) and `$value`, `$ref`, `$count` segments
///   are kept as written.
///
/// Every `{…}` placeholder gets a clean name (see ``cleanName(_:)``), made unique
/// within the path:
/// 1. The name is the first alternative of the placeholder (`{id | userPrincipalName}`
///    → `id`), with each run of characters other than ASCII letters and digits turned
///    into `-` (`{tenant id}` → `tenant-id`, `{period_value}` → `period-value`); the
///    case is kept. An empty placeholder is named `parameter`.
/// 2. When several placeholders of a path have the same name (compared
///    case-insensitively), each of them is prefixed with the word written just before
///    it in the path, made singular by the regular English plural rules (`-ies` → `-y`;
///    `-sses`, `-shes`, `-ches`, `-xes`, `-zes` lose `-es`; another final `s` is dropped
///    unless the word ends in `ss`, `us` or `is`): `/users/{id}/events/{id}` →
///    `/users/{user-id}/events/{event-id}`. A placeholder with no word before it (only
///    punctuation back to another placeholder or the start) keeps its name.
/// 3. Any name still taken by an earlier placeholder gets `-2`, `-3`, … appended.
public struct PathTemplate: Hashable, Sendable, Codable {
    /// A placeholder of the path.
    public struct Placeholder: Hashable, Sendable, Codable {
        /// The clean, unique name, as it appears in ``PathTemplate/path`` (`user-id`).
        public var name: String
        /// The placeholder's text as written, without its braces (`id | userPrincipalName`).
        public var written: String
    }

    /// What had to be repaired to read the path.
    public enum Repair: String, Hashable, Sendable, Codable {
        /// A `{` was not closed; it was closed at the end of its segment.
        case unclosedPlaceholder
        /// A segment had more `(` than `)`; the missing ones were added at its end.
        case unbalancedParenthesis
        /// A placeholder was closed before its `|`-separated alternatives; they were taken in.
        case alternativesOutsidePlaceholder
    }

    /// The path template (`/users/{user-id}/events/{event-id}`).
    public var path: String
    /// The placeholders, in path order.
    public var placeholders: [Placeholder]
    /// The repairs made, in path order.
    public var repairs: [Repair]

    /// The template of a documented request target.
    public init(url: DocumentedURL) {
        var repairs: [Repair] = []
        let braced = Self.closingPlaceholders(in: Self.bracingAngledPlaceholders(in: url.path), repairs: &repairs)
        let text = Self.takingInAlternatives(in: braced, repairs: &repairs)
        var segments: [String] = []
        let balanced = Self.unclosedParentheses(in: text) == 0
        for segment in Self.segments(of: text, respectingParentheses: balanced) where !segment.isEmpty {
            segments.append(Self.balancingParentheses(in: segment, repairs: &repairs))
        }
        let pieces = Self.pieces(of: "/" + segments.joined(separator: "/"))
        let written = pieces.compactMap { piece -> String? in
            if case .placeholder(let text) = piece { return text }
            return nil
        }
        let names = Self.uniqueNames(for: pieces)
        var path = ""
        var index = 0
        for piece in pieces {
            switch piece {
            case .literal(let text):
                path += text
            case .placeholder:
                path += "{" + names[index] + "}"
                index += 1
            }
        }
        self.path = path
        self.placeholders = zip(names, written).map { Placeholder(name: $0, written: $1) }
        self.repairs = repairs
    }

    /// The template of the resource whose properties a last segment written as a property
    /// name (`…/branding/{property name}`) addresses one by one: the path without that
    /// segment; `nil` when the last segment is anything else.
    public var withoutPropertyName: PathTemplate? {
        guard let last = placeholders.last, path.hasSuffix("/{\(last.name)}"),
              last.written.lowercased().filter(\.isLetter) == "propertyname"
        else { return nil }
        var template = self
        template.path = String(path.dropLast(last.name.count + 3))
        template.placeholders.removeLast()
        return template.path.isEmpty ? nil : template
    }

    /// A part of a path: literal text or a `{…}` placeholder (its text without braces).
    enum Piece: Hashable {
        case literal(String)
        case placeholder(String)
    }

    // MARK: - Reading the path

    /// `<name>` placeholders written as `{name}`: an angle-bracketed run of letters,
    /// digits, spaces, `-`, `_` and `.` that starts with a letter.
    static func bracingAngledPlaceholders(in path: String) -> String {
        var result = ""
        var rest = Substring(path)
        while let open = rest.firstIndex(of: "<") {
            result += rest[..<open]
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: ">"),
               let first = rest[afterOpen..<close].first, first.isASCIILetter,
               rest[afterOpen..<close].allSatisfy({ $0.isASCIILetter || $0.isASCIIDigit || " -_.".contains($0) })
            {
                result += "{" + rest[afterOpen..<close] + "}"
                rest = rest[rest.index(after: close)...]
            } else {
                result.append("<")
                rest = rest[afterOpen...]
            }
        }
        return result + rest
    }

    /// The path with each unclosed `{` closed before the next `/` (or at the end).
    static func closingPlaceholders(in path: String, repairs: inout [Repair]) -> String {
        var result = ""
        var open = false
        for character in path {
            switch character {
            case "{":
                if open {
                    result.append("}")
                    repairs.append(.unclosedPlaceholder)
                }
                open = true
            case "}":
                open = false
            case "/" where open:
                result.append("}")
                repairs.append(.unclosedPlaceholder)
                open = false
            default:
                break
            }
            result.append(character)
        }
        if open {
            result.append("}")
            repairs.append(.unclosedPlaceholder)
        }
        return result
    }

    /// The path with each placeholder that is closed before a `|` (`{user-id} | upn/chats`)
    /// closed after the alternatives instead, at the end of their segment (`{user-id | upn}/chats`).
    static func takingInAlternatives(in path: String, repairs: inout [Repair]) -> String {
        var result = ""
        var rest = Substring(path)
        while let close = rest.firstIndex(of: "}") {
            result += rest[..<close]
            let after = rest[rest.index(after: close)...]
            guard after.drop(while: { $0 == " " }).first == "|" else {
                result.append("}")
                rest = after
                continue
            }
            let end = after.firstIndex(of: "/") ?? after.endIndex
            var alternatives = after[..<end].filter { $0 != "{" && $0 != "}" }
            while alternatives.last == " " { alternatives.removeLast() }
            result += alternatives + "}"
            repairs.append(.alternativesOutsidePlaceholder)
            rest = after[end...]
        }
        return result + rest
    }

    /// Whether the last `/`-separated segment of `path` is `segment`, without case
    /// (`/users/$count` ends with `$count`).
    static func lastSegment(of path: String, is segment: String) -> Bool {
        path.split(separator: "/").last?.lowercased() == segment.lowercased()
    }

    /// The `/`-separated segments of a path; a `/` inside `{…}` or `'…'` does not separate,
    /// nor one inside `(…)` when `respectingParentheses` (a path whose parentheses do not
    /// balance is split at every other `/`, so that an unclosed `(` stays in its segment).
    static func segments(of path: String, respectingParentheses: Bool = true) -> [String] {
        var segments: [String] = []
        var current = ""
        var braces = 0
        var parentheses = 0
        var quoted = false
        for character in path {
            switch character {
            case "'" where braces == 0: quoted.toggle()
            case "{" where !quoted: braces += 1
            case "}" where !quoted: braces = max(braces - 1, 0)
            case "(" where !quoted && braces == 0: parentheses += 1
            case ")" where !quoted && braces == 0: parentheses = max(parentheses - 1, 0)
            case "/" where braces == 0 && (parentheses == 0 || !respectingParentheses) && !quoted:
                segments.append(current)
                current = ""
                continue
            default: break
            }
            current.append(character)
        }
        segments.append(current)
        return segments
    }

    /// The number of `(` of `text` that are not closed (outside quotes and placeholders).
    static func unclosedParentheses(in text: String) -> Int {
        var depth = 0
        var braces = 0
        var quoted = false
        for character in text {
            switch character {
            case "'" where braces == 0: quoted.toggle()
            case "{" where !quoted: braces += 1
            case "}" where !quoted: braces = max(braces - 1, 0)
            case "(" where !quoted && braces == 0: depth += 1
            case ")" where !quoted && braces == 0: depth = max(depth - 1, 0)
            default: break
            }
        }
        return depth
    }

    /// The segment with a `)` added at its end for each `(` that is not closed
    /// (outside quotes and placeholders).
    static func balancingParentheses(in segment: String, repairs: inout [Repair]) -> String {
        let depth = unclosedParentheses(in: segment)
        guard depth > 0 else { return segment }
        repairs.append(.unbalancedParenthesis)
        return segment + String(repeating: ")", count: depth)
    }

    /// The path as literal text and placeholders (placeholders are balanced by now).
    static func pieces(of path: String) -> [Piece] {
        var pieces: [Piece] = []
        var literal = ""
        var placeholder: String?
        for character in path {
            if var text = placeholder {
                if character == "}" {
                    pieces.append(.placeholder(text))
                    placeholder = nil
                } else {
                    text.append(character)
                    placeholder = text
                }
            } else if character == "{" {
                if !literal.isEmpty { pieces.append(.literal(literal)) }
                literal = ""
                placeholder = ""
            } else {
                literal.append(character)
            }
        }
        if let placeholder { literal += "{" + placeholder }
        if !literal.isEmpty { pieces.append(.literal(literal)) }
        return pieces
    }

    // MARK: - Naming placeholders

    /// The clean name of a placeholder's text: its first `|`-separated alternative,
    /// with each run of characters other than ASCII letters and digits turned into `-`
    /// and no `-` at either end; `parameter` when nothing is left.
    public static func cleanName(_ written: String) -> String {
        let alternatives = written.split(separator: "|").map { $0.trimmedWhitespace }
        let first = alternatives.first { !$0.isEmpty } ?? ""
        var name = ""
        var pendingDash = false
        for character in first {
            if character.isASCIILetter || character.isASCIIDigit {
                if pendingDash && !name.isEmpty { name.append("-") }
                pendingDash = false
                name.append(character)
            } else {
                pendingDash = true
            }
        }
        return name.isEmpty ? "parameter" : name
    }

    /// The unique names of the placeholders of `pieces`, in order (see the type's documentation).
    static func uniqueNames(for pieces: [Piece]) -> [String] {
        var names: [String] = []
        var qualifiers: [String?] = []
        var precedingLiteral = ""
        for piece in pieces {
            switch piece {
            case .literal(let text):
                precedingLiteral = text
            case .placeholder(let text):
                names.append(cleanName(text))
                qualifiers.append(lastWord(of: precedingLiteral).map(singular))
                precedingLiteral = ""
            }
        }
        var counts: [String: Int] = [:]
        for name in names { counts[name.lowercased(), default: 0] += 1 }
        for index in names.indices where counts[names[index].lowercased(), default: 0] > 1 {
            if let qualifier = qualifiers[index] {
                names[index] = qualifier + "-" + names[index]
            }
        }
        var taken: Set<String> = []
        for index in names.indices {
            var candidate = names[index]
            var number = 2
            while taken.contains(candidate.lowercased()) {
                candidate = names[index] + "-\(number)"
                number += 1
            }
            taken.insert(candidate.lowercased())
            names[index] = candidate
        }
        return names
    }

    /// The last run of ASCII letters and digits of `text` (`users` in `/users/`,
    /// `address` in `range(address='`), or `nil` when it has none.
    static func lastWord(of text: String) -> String? {
        let word = text.reversed().drop { !($0.isASCIILetter || $0.isASCIIDigit) }
            .prefix { $0.isASCIILetter || $0.isASCIIDigit }
        guard word.contains(where: \.isASCIILetter) else { return nil }
        return String(word.reversed())
    }

    /// The singular of an English plural by the regular rules (see the type's documentation).
    public static func singular(_ word: String) -> String {
        let lowered = word.lowercased()
        if lowered.count > 3, lowered.hasSuffix("ies") { return word.dropLast(3) + "y" }
        for suffix in ["sses", "shes", "ches", "xes", "zes"] where lowered.hasSuffix(suffix) {
            return String(word.dropLast(2))
        }
        for suffix in ["ss", "us", "is"] where lowered.hasSuffix(suffix) { return word }
        if lowered.count > 1, lowered.hasSuffix("s") { return String(word.dropLast()) }
        return word
    }
}
