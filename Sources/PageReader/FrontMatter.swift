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
        do {
            // Front matter values are read as text, so no implicit typing (the regex-based
            // default resolver) is needed: the basic resolver keeps every scalar a string.
            guard let node = try Yams.compose(yaml: yaml, .basic) else { return FrontMatter() }
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
                entries.append(.init(key: key.string ?? "\(key)", value: text(of: value), line: line))
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

    private static func text(of node: Node) -> String {
        switch node {
        case .scalar(let scalar): scalar.string
        case .sequence(let sequence): sequence.map { text(of: $0) }.joined(separator: ", ")
        case .mapping(let mapping):
            mapping.map { "\(text(of: $0.key)): \(text(of: $0.value))" }.joined(separator: ", ")
        case .alias(let alias): "*\(alias.anchor.rawValue)"
        }
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
