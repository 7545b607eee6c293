import GraphDocCore
import Foundation
import Yams

/// The YAML front matter of a page (`title`, `description`, `doc_type`,
/// `ms.contentlocale`, …), in the order the page writes it.
///
/// The front-matter title is localized on translated pages; the page's English
/// title comes from its first heading instead (see ``Page/title``).
public struct FrontMatter: Hashable, Sendable, Codable {
    /// One `key: value` entry.
    public struct Entry: Hashable, Sendable, Codable {
        /// The key as written.
        public var key: String
        /// The value: a scalar's text, or a list's items joined by `, `.
        public var value: String
        /// The 1-based page line of the entry.
        public var line: Int
    }

    /// The entries in page order.
    public var entries: [Entry]

    /// Creates front matter from its entries.
    public init(entries: [Entry] = []) {
        self.entries = entries
    }

    /// The value of the last entry with `key`.
    public subscript(key: String) -> String? {
        entries.last { $0.key == key }?.value
    }

    /// The page's locale (`ms.contentlocale`), when given.
    public var locale: String? { self["ms.contentlocale"] }
    /// The kind of page (`doc_type`, e.g. `apiPageType`, `resourcePageType`), when given.
    public var docType: String? { self["doc_type"] }
    /// The (possibly localized) title.
    public var title: String? { self["title"] }
    /// The (possibly localized) description.
    public var description: String? { self["description"] }
}

/// Finds and reads the front matter at the start of a page.
enum FrontMatterReader {
    /// Where the front matter is in the page.
    struct Bounds {
        /// The byte range of the YAML text between the `---` lines.
        var yaml: Range<Int>
        /// The 1-based page line where the YAML text starts.
        var firstLine: Int
        /// The offset of the first byte after the closing `---` line.
        var bodyStart: Int
    }

    /// Finds a front matter block: a first line `---` and a later line `---` (or `...`).
    static func bounds(in page: [UInt8]) -> Bounds? {
        guard page.starts(with: Array("---".utf8)) else { return nil }
        var lineStart = 0
        var yamlStart: Int?
        while lineStart < page.count {
            var lineEnd = lineStart
            while lineEnd < page.count, page[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            var contentEnd = lineEnd
            while contentEnd > lineStart,
                  page[contentEnd - 1] == UInt8(ascii: "\r") || page[contentEnd - 1] == UInt8(ascii: " ") {
                contentEnd -= 1
            }
            let line = page[lineStart..<contentEnd]
            let next = min(lineEnd + 1, page.count)
            if let start = yamlStart {
                if line.elementsEqual("---".utf8) || line.elementsEqual("...".utf8) {
                    return Bounds(yaml: start..<lineStart, firstLine: 2, bodyStart: next)
                }
            } else {
                guard line.elementsEqual("---".utf8) else { return nil }
                yamlStart = next
            }
            lineStart = next
        }
        return nil
    }

    /// Reads the YAML of a front matter block into entries; YAML that does not parse
    /// is read line by line as `key: value` with a warning.
    static func read(_ yaml: String, firstLine: Int, file: String, diagnostics: inout Diagnostics) -> FrontMatter {
        if let line = lineNestingTooDeep(yaml) {
            diagnostics.emit(
                .warning, code: "front-matter-too-deep",
                "front matter nests more than \(maxDepth) levels deep; read line by line as 'key: value'",
                at: SourceLocation(file: file, line: firstLine + line, column: 1))
            return readLineByLine(yaml, firstLine: firstLine)
        }
        do {
            // Front matter values are read as text, so no implicit typing (the regex-based
            // default resolver) is needed: the basic resolver keeps every scalar a string.
            // The encoding is given: Yams's default reads the process environment on every call.
            guard let node = try Yams.compose(yaml: yaml, .basic, .default, .utf8) else { return FrontMatter() }
            guard let mapping = node.mapping else {
                diagnostics.emit(
                    .warning, code: "front-matter-not-mapping",
                    "front matter is not a YAML mapping; it is ignored",
                    at: SourceLocation(file: file, line: firstLine, column: 1))
                return FrontMatter()
            }
            var entries: [FrontMatter.Entry] = []
            for (key, value) in mapping {
                let line = firstLine + max(key.mark?.line ?? 1, 1) - 1
                var keyText = TextWriter()
                var valueText = TextWriter()
                if !keyText.write(key) || !valueText.write(value) {
                    diagnostics.emit(
                        .warning, code: "front-matter-value-too-large",
                        "front matter entry '\(keyText.text.prefix(40))' expands to more than \(TextWriter.maxLength) characters, "
                            + "\(TextWriter.maxNodes) nodes or \(TextWriter.maxDepth) levels through its aliases; it is cut there",
                        at: SourceLocation(file: file, line: line, column: 1))
                }
                entries.append(.init(key: keyText.text, value: valueText.text, line: line))
            }
            return FrontMatter(entries: entries)
        } catch {
            diagnostics.emit(
                .warning, code: "front-matter-invalid-yaml",
                "front matter is not valid YAML (\(yamlProblem(error))); read line by line as 'key: value'",
                at: SourceLocation(file: file, line: firstLine + yamlErrorLine(error), column: 1))
            return readLineByLine(yaml, firstLine: firstLine)
        }
    }

    /// Writes the text of a front-matter key or value: a scalar's text, a list's items
    /// joined by `, `, a mapping's `key: value` pairs joined by `, `.
    ///
    /// YAML aliases let a few lines stand for billions of nodes (`a2: [*a1, *a1, …]`), or
    /// for nodes nested deeper than the YAML parser allows, so the text is cut at
    /// ``maxLength`` characters, ``maxNodes`` nodes or ``maxDepth`` levels.
    struct TextWriter {
        /// The longest text written.
        static let maxLength = 65_536
        /// The most nodes read.
        static let maxNodes = 100_000
        /// The deepest node read: aliases nest what they stand for in its place.
        static let maxDepth = FrontMatterReader.maxDepth

        private(set) var text = ""
        private var nodes = 0

        /// Writes `node`; returns `false` when the text had to be cut.
        mutating func write(_ node: Node, depth: Int = 0) -> Bool {
            nodes += 1
            guard nodes <= Self.maxNodes, depth <= Self.maxDepth else { return false }
            switch node {
            case .scalar(let scalar):
                text += scalar.string.utf8.count <= Self.maxLength ? scalar.string : String(scalar.string.prefix(Self.maxLength))
            case .sequence(let sequence):
                for (index, item) in sequence.enumerated() {
                    if index > 0 { text += ", " }
                    guard write(item, depth: depth + 1) else { return false }
                }
            case .mapping(let mapping):
                for (index, pair) in mapping.enumerated() {
                    if index > 0 { text += ", " }
                    guard write(pair.key, depth: depth + 1) else { return false }
                    text += ": "
                    guard write(pair.value, depth: depth + 1) else { return false }
                }
            case .alias(let alias):
                text += "*\(alias.anchor.rawValue)"
            }
            return text.utf8.count <= Self.maxLength
        }
    }

    /// How deeply front matter may nest. Front matter is a list of `key: value` lines, and
    /// the YAML library composes nested nodes recursively (up to libyaml's own limit of
    /// 1,000 levels), which a small thread stack cannot afford.
    static let maxDepth = 64

    /// The first line of `yaml` (0-based) where it may nest deeper than ``maxDepth``: where
    /// the flow brackets (`[`, `{`) open outside quoted scalars, plus the spaces and block
    /// indicators (`-`, `?`, `:`) that open the line, are more than ``maxDepth``. Each level
    /// of nesting takes one of them at least, so YAML within the bound nests within it.
    static func lineNestingTooDeep(_ yaml: String) -> Int? {
        let bytes = Array(yaml.utf8)
        var line = 0
        var flowDepth = 0
        var indentation = 0
        var atLineStart = true
        /// Whether a quote here would open a quoted scalar (at the start of a key or value).
        var atScalarStart = true
        var quote: UInt8?
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == UInt8(ascii: "\n") {
                line += 1
                indentation = 0
                atLineStart = true
                atScalarStart = true
                continue
            }
            if let open = quote {
                // Quoted scalars may run over lines; `\"` and `''` do not close them.
                if byte == UInt8(ascii: "\\"), open == UInt8(ascii: "\""), index < bytes.count {
                    index += 1
                } else if byte == open, open == UInt8(ascii: "'"), index < bytes.count, bytes[index] == open {
                    index += 1
                } else if byte == open {
                    quote = nil
                    atScalarStart = false
                }
                continue
            }
            if atLineStart {
                switch byte {
                case UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"):
                    indentation += 1
                    if flowDepth + indentation > maxDepth { return line }
                    continue
                default:
                    atLineStart = false
                }
            }
            switch byte {
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                flowDepth += 1
                atScalarStart = true
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                flowDepth = max(flowDepth - 1, 0)
                atScalarStart = false
            case UInt8(ascii: ":"):
                atScalarStart = true
            case UInt8(ascii: ",") where flowDepth > 0:
                atScalarStart = true
            case UInt8(ascii: " "), UInt8(ascii: "\t"):
                break
            case UInt8(ascii: "\"") where atScalarStart, UInt8(ascii: "'") where atScalarStart:
                quote = byte
            default:
                atScalarStart = false
            }
            if flowDepth + indentation > maxDepth { return line }
        }
        return nil
    }

    private static func yamlErrorLine(_ error: Error) -> Int {
        if case let YamlError.scanner(_, _, mark, _) = error { return max(mark.line - 1, 0) }
        if case let YamlError.parser(_, _, mark, _) = error { return max(mark.line - 1, 0) }
        return 0
    }

    private static func yamlProblem(_ error: Error) -> String {
        if case let YamlError.scanner(_, problem, _, _) = error { return problem }
        if case let YamlError.parser(_, problem, _, _) = error { return problem }
        return "\(error)"
    }

    private static func readLineByLine(_ yaml: String, firstLine: Int) -> FrontMatter {
        var entries: [FrontMatter.Entry] = []
        for (index, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard let colon = line.firstIndex(of: ":"), !line.hasPrefix(" ") else { continue }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces)
            var value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
                value = String(value.dropFirst().dropLast())
            }
            entries.append(.init(key: key, value: value, line: firstLine + index))
        }
        return FrontMatter(entries: entries)
    }
}
