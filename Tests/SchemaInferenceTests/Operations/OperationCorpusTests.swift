import Foundation
import GraphDocCore
import PageReader
@testable import SchemaInference
import TestSupport
import Testing

/// Measures, over the ru-RU v1.0 corpus in `../shared`, how many of the (method, path)
/// pairs the schema scorer counts as documented the operations emitted here cover.
///
/// The scorer's `documented_operations` is reimplemented in ``DocumentedOperations``.
/// Set `OPERATIONS_CORPUS_REPORT` to a file path to get the figures, every miss and the
/// diagnostic counts written there, and `OPERATIONS_CORPUS_DUMP` to a file path to get every
/// operation and diagnostic written there as JSON lines.
@Suite("Operations over the corpus", .enabled(if: TestPages.hasShared, "needs ../shared (the v1.0 corpus and the oracle) beside the clone"))
struct OperationCorpusTests {
    static let corpus = OperationTests.shared.appendingPathComponent("corpus/ru-RU/v1.0")

    @Test("operations cover the documented (method, path) pairs")
    func recall() throws {
        let files = try InputFiles.find([Self.corpus.appendingPathComponent("api").path])
        var emitted: Set<DocumentedOperations.Pair> = []
        var expected: Set<DocumentedOperations.Pair> = []
        var sources: [DocumentedOperations.Pair: [String]] = [:]
        var operationCount = 0
        var diagnosticCounts: [String: Int] = [:]
        let resolver = CorpusResolver()
        let dumpPath = ProcessInfo.processInfo.environment["OPERATIONS_CORPUS_DUMP"]
        var dump: [String] = []
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        try PageBatchReader.read(files) { file, result in
            let page = try result.get()
            let facts = OperationFacts.extract(from: page)
            var diagnostics = Diagnostics()
            let operations = facts.operations(resolvingWith: resolver, diagnostics: &diagnostics)
            for diagnostic in facts.diagnostics + diagnostics.all { diagnosticCounts[diagnostic.code, default: 0] += 1 }
            operationCount += operations.count
            if dumpPath != nil {
                for item in operations { dump.append(String(decoding: try encoder.encode(item), as: UTF8.self)) }
                for item in facts.diagnostics + diagnostics.all {
                    dump.append(String(decoding: try encoder.encode(item), as: UTF8.self))
                }
            }
            for operation in operations {
                emitted.insert(.init(method: operation.method, path: DocumentedOperations.normalizedPath(operation.path)))
            }
            let text = String(decoding: try InputFiles.bytes(of: file), as: UTF8.self)
            for (pair, raw) in DocumentedOperations.pairs(in: text) {
                expected.insert(pair)
                sources[pair, default: []].append("\(file.relativePath): \(raw)")
            }
        }
        let hits = expected.intersection(emitted)
        let misses = expected.subtracting(emitted)
        // Pairs the scorer reads from a truncated or unnormalized target: a path cut at its
        // first space (`/users/{id`), or written without a leading `/`. No template can equal them.
        let unmatchable = misses.filter { !DocumentedOperations.isWellFormed($0.path) }
        let wellFormed = expected.count - unmatchable.count
        let recall = Double(hits.count) / Double(expected.count)
        let wellFormedRecall = Double(hits.count) / Double(wellFormed)

        if let report = ProcessInfo.processInfo.environment["OPERATIONS_CORPUS_REPORT"] {
            var lines = [
                "pages: \(files.count)", "operations emitted: \(operationCount)",
                "distinct pairs emitted: \(emitted.count)", "documented pairs: \(expected.count)",
                "covered: \(hits.count) (\(recall))",
                "well-formed documented pairs: \(wellFormed), covered \(wellFormedRecall)",
                "misses: \(misses.count), of which not well-formed: \(unmatchable.count)", "",
            ]
            for miss in misses.sorted(by: { ($0.path, $0.method) < ($1.path, $1.method) }) {
                let kind = DocumentedOperations.isWellFormed(miss.path) ? "MISS" : "MALFORMED"
                lines.append("\(kind) \(miss.method) \(miss.path)  <- \(sources[miss]?.prefix(3).joined(separator: " | ") ?? "")")
            }
            lines.append("")
            for (code, count) in diagnosticCounts.sorted(by: { $0.key < $1.key }) { lines.append("\(code): \(count)") }
            try lines.joined(separator: "\n").write(toFile: report, atomically: true, encoding: .utf8)
        }
        if let dumpPath { try dump.joined(separator: "\n").write(toFile: dumpPath, atomically: true, encoding: .utf8) }
        #expect(files.count > 2_000)
        #expect(expected.count > 1_900)
        #expect(wellFormedRecall >= 0.99, "covered \(hits.count) of \(wellFormed) well-formed documented pairs")
        #expect(recall >= 0.98, "covered \(hits.count) of \(expected.count) documented pairs")
    }
}

/// A resolver that knows every linked page and every simple name, under a made-up
/// namespace: the corpus test measures paths, not types.
struct CorpusResolver: TypeResolving {
    let defaultNamespace = "test"

    func typeName(linkTarget target: String, text: String, onPage page: String) -> String? {
        let file = target.split(separator: "#").first.map(String.init) ?? target
        guard file.hasSuffix(".md"), let last = file.split(separator: "/").last else { return nil }
        return "test." + last.dropLast(3)
    }

    func typeName(simpleName name: String, namespace: String?) -> String? {
        "test." + name
    }
}

/// The schema scorer's `documented_operations` and `norm_path`, reimplemented with the
/// same regular expressions.
enum DocumentedOperations {
    struct Pair: Hashable {
        var method: String
        var path: String
    }

    private static func regex(_ pattern: String, _ options: NSRegularExpression.Options = []) -> NSRegularExpression {
        // The patterns are constants; a typo is a test bug.
        try! NSRegularExpression(pattern: pattern, options: options)
    }

    private static let span = regex(
        #"<span data-ttu-id="[^"]*">.*?</span><span class="sxs-lookup"><span data-stu-id="[^"]*">(.*?)</span></span>"#)
    private static let requestSection = regex(
        #"^#{2,3}[^\n]*HTTP request[^\n]*\n(.*?)(?=^## )"#,
        [.dotMatchesLineSeparators, .anchorsMatchLines, .caseInsensitive])
    private static let httpBlock = regex(#"```http\s*\n(.*?)```"#, [.dotMatchesLineSeparators])
    private static let requestLine = regex(#"^\s*(GET|POST|PATCH|PUT|DELETE)\s+(\S+)"#, [.anchorsMatchLines])
    private static let host = regex(#"^https?://[^/]+"#)
    private static let version = regex(#"^/(v1\.0|beta)(?=/)"#)
    private static let placeholder = regex(#"\{[^}]*\}"#)
    private static let call = regex(#"\(([^)]*)\)"#)
    private static let argument = regex(#"=[^,]+"#)

    /// The documented pairs of a page's text, with the target as the scorer reads it.
    static func pairs(in pageText: String) -> [(Pair, String)] {
        let whole = NSRange(pageText.startIndex..., in: pageText)
        let text = span.stringByReplacingMatches(in: pageText, range: whole, withTemplate: "$1") as NSString
        guard let section = requestSection.firstMatch(in: text as String, range: NSRange(location: 0, length: text.length)) else {
            return []
        }
        let body = text.substring(with: section.range(at: 1)) as NSString
        var pairs: [(Pair, String)] = []
        for block in httpBlock.matches(in: body as String, range: NSRange(location: 0, length: body.length)) {
            let content = body.substring(with: block.range(at: 1)) as NSString
            for line in requestLine.matches(in: content as String, range: NSRange(location: 0, length: content.length)) {
                let target = content.substring(with: line.range(at: 2))
                pairs.append((Pair(method: content.substring(with: line.range(at: 1)), path: normalizedPath(target)), target))
            }
        }
        return pairs
    }

    /// `norm_path`: no host, no `/v1.0` or `/beta`, no query, no trailing `/`, `{}` for
    /// placeholders, `{}` for function arguments, lowercased.
    static func normalizedPath(_ target: String) -> String {
        var path = replace(host, in: target.trimmingCharacters(in: .whitespacesAndNewlines), with: "")
        path = replace(version, in: path, with: "")
        path = String(path.split(separator: "?", omittingEmptySubsequences: false).first ?? "")
        while path.hasSuffix("/") { path.removeLast() }
        path = replace(placeholder, in: path, with: "{}")
        let nsPath = path as NSString
        var result = ""
        var last = 0
        for match in call.matches(in: path, range: NSRange(location: 0, length: nsPath.length)) {
            result += nsPath.substring(with: NSRange(location: last, length: match.range.location - last))
            let inner = nsPath.substring(with: match.range(at: 1))
            if inner.contains("=") {
                result += "(" + replace(argument, in: inner, with: "={}") + ")"
            } else {
                result += inner.isEmpty ? "()" : "({})"
            }
            last = match.range.location + match.range.length
        }
        result += nsPath.substring(from: last)
        return result.lowercased()
    }

    private static func replace(_ regex: NSRegularExpression, in text: String, with template: String) -> String {
        regex.stringByReplacingMatches(
            in: text, range: NSRange(text.startIndex..., in: text), withTemplate: template)
    }

    /// Whether a normalized documented path could be a template's: it starts with `/`,
    /// and its braces and parentheses balance.
    static func isWellFormed(_ path: String) -> Bool {
        path.hasPrefix("/") && path.filter({ $0 == "{" }).count == path.filter({ $0 == "}" }).count
            && path.filter({ $0 == "(" }).count == path.filter({ $0 == ")" }).count
    }
}
