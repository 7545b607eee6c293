import Foundation
import GraphDocCore
import PageReader
import TestSupport
import Testing

/// Reads the whole v1.0 corpus (3,310 ru-RU side-by-side pages) from `../shared`.
@Suite("Corpus", .enabled(if: TestPages.hasShared, "needs ../shared (the v1.0 corpus and the oracle) beside the clone"))
struct CorpusTests {
    static let corpus = TestPages.corpus

    @Test("every page is read with an English title; every JSON body parses or carries a located diagnostic")
    func readsWholeCorpus() throws {
        let files = try InputFiles.find([Self.corpus.path])
        #expect(files.count == 3310)
        var untitled: [String] = []
        var unlocated: [String] = []
        var bodies = 0
        try PageBatchReader.read(files) { file, result in
            let page = try result.get()
            if page.title?.isEmpty ?? true { untitled.append(file.relativePath) }
            #expect(page.englishRecovered == true, "\(file.relativePath)")
            // A body that did not parse needs an error inside its own lines.
            func check(_ json: JSONBody?, lines: ClosedRange<Int>, what: String) {
                guard let json else { return }
                bodies += 1
                guard json.value == nil else { return }
                let located = page.diagnostics.contains { diagnostic in
                    diagnostic.severity == .error && lines.contains(diagnostic.location?.position.line ?? 0)
                }
                if !located { unlocated.append("\(file.relativePath): \(what) at line \(lines.lowerBound)") }
            }
            for block in page.codeBlocks {
                check(block.json, lines: block.line...(block.line + block.span.lines.count + 1), what: "json block")
            }
            for message in page.httpMessages {
                guard let body = message.body else { continue }
                let lines = body.text.split(separator: "\n", omittingEmptySubsequences: false).count
                check(body.json, lines: body.position.line...(body.position.line + lines), what: "http body")
            }
        }
        #expect(untitled.isEmpty, "pages without a title: \(untitled.prefix(10))")
        #expect(unlocated.isEmpty, "bodies that neither parse nor carry a located error: \(unlocated.prefix(10))")
        #expect(bodies > 3_000)
    }
}
