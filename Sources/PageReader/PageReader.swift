import Foundation
import GraphDocCore

/// Reads documentation pages into ``Page`` models: the first stage of the pipeline.
///
/// Reading never fails: problems become diagnostics on the page, and a page that
/// cannot be read at all (too large, binary) is returned empty with an error.
public enum PageReader {
    /// The largest page read, in bytes; larger files are refused with an error.
    public static let maxPageBytes = 8 * 1024 * 1024

    /// How deeply markdown may nest: block quotes, lists, emphasis, links and images
    /// inside each other (a top-level paragraph is at depth 1, its text at depth 2).
    /// What stands deeper is not read, with a warning; documentation nests a dozen
    /// levels at most, and the reader walks the markdown tree recursively.
    public static let maxMarkdownDepth = 64

    /// How deeply front matter may nest (flow brackets, indentation and block indicators
    /// together); deeper front matter is read line by line as `key: value`, with a warning.
    public static let maxFrontMatterDepth = FrontMatterReader.maxDepth

    /// Reads a page from its bytes.
    /// - Parameters:
    ///   - bytes: The page file's contents.
    ///   - path: The path shown in diagnostics.
    ///   - relativePath: The path relative to the input directory, with `/` separators.
    public static func read(bytes: [UInt8], path: String, relativePath: String) -> Page {
        var diagnostics = Diagnostics()
        var page = Page(
            path: path, relativePath: relativePath, title: nil, locale: nil, textSource: .plain,
            frontMatter: FrontMatter(), sections: [], tables: [], codeBlocks: [], httpMessages: [],
            references: [], annotations: [], diagnostics: [])
        let start = SourceLocation(file: path, line: 1, column: 1)
        if bytes.count > maxPageBytes {
            diagnostics.emit(
                .error, code: "page-too-large",
                "page is \(bytes.count) bytes, more than the \(maxPageBytes) bytes a page may have; it is not read",
                at: start)
            page.diagnostics = diagnostics.all
            return page
        }
        if bytes.prefix(8192).contains(0) {
            diagnostics.emit(.error, code: "page-binary", "page is a binary file (it holds NUL bytes); it is not read", at: start)
            page.diagnostics = diagnostics.all
            return page
        }
        var bytes = bytes
        endLinesAtLoneCarriageReturns(&bytes)
        let pageLines = LineIndex(bytes)
        if let invalid = UTF8Repair.replaceInvalidSequences(in: &bytes) {
            diagnostics.emit(
                .warning, code: "page-invalid-utf8",
                "page is not valid UTF-8: \(invalid.count) invalid byte(s) read as '?'",
                at: SourceLocation(file: path, position: pageLines.position(ofOffset: invalid.first)))
        }

        var bodyStart = 0
        if let bounds = FrontMatterReader.bounds(in: bytes) {
            let yaml = String(decoding: bytes[bounds.yaml], as: UTF8.self)
            page.frontMatter = FrontMatterReader.read(yaml, firstLine: bounds.firstLine, file: path, diagnostics: &diagnostics)
            bodyStart = bounds.bodyStart
        }
        page.locale = page.frontMatter.locale

        let recovery = EnglishRecovery.recover(bytes, from: bodyStart)
        page.textSource = recovery.textSource
        let locator = PageLocator(
            file: path, recoveredLines: LineIndex(recovery.bytes), map: recovery.map, pageLines: pageLines)
        for problem in recovery.problems {
            diagnostics.emit(.warning, code: problem.code, problem.message, at: locator.location(pageOffset: problem.offset))
        }

        let document = MarkdownDocument(parsing: recovery.bytes)
        var builder = PageBuilder(locator: locator, recovered: recovery.bytes, diagnostics: diagnostics)
        builder.reportTooDeep(document)
        builder.read(document.document)
        page.sections = builder.sections
        page.tables = builder.tables
        page.codeBlocks = builder.codeBlocks
        page.httpMessages = builder.httpMessages
        page.references = builder.references
        page.annotations = builder.pageAnnotations
        diagnostics = builder.diagnostics

        page.title = title(of: page, diagnostics: &diagnostics)
        page.diagnostics = diagnostics.sorted
        return page
    }

    /// Turns each `\r` not followed by `\n` into `\n`, one byte for one: cmark-gfm (and
    /// editors) end lines there too, so every position keeps its offset and line numbers
    /// agree with cmark-gfm's.
    private static func endLinesAtLoneCarriageReturns(_ bytes: inout [UInt8]) {
        guard bytes.contains(UInt8(ascii: "\r")) else { return }
        for index in bytes.indices where bytes[index] == UInt8(ascii: "\r") {
            if index + 1 == bytes.count || bytes[index + 1] != UInt8(ascii: "\n") { bytes[index] = UInt8(ascii: "\n") }
        }
    }

    /// The English title: the first level-1 heading, else the first heading; a page
    /// without headings falls back to its front-matter title, with a warning.
    private static func title(of page: Page, diagnostics: inout Diagnostics) -> String? {
        let headings = page.sections.filter { $0.level > 0 && !$0.title.isEmpty }
        if let title = (headings.first { $0.level == 1 } ?? headings.first)?.title { return title }
        let fallback = page.frontMatter.title ?? (page.relativePath as NSString).lastPathComponent
        diagnostics.emit(
            .warning, code: "page-without-heading",
            "page has no heading to take its English title from; using '\(fallback)'",
            at: SourceLocation(file: page.path, line: 1, column: 1))
        return fallback
    }
}
