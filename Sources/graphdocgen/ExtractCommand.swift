import ArgumentParser
import GraphDocCore
import LenientJSON
import PageReader

/// `graphdocgen extract`: reads pages and prints what the page reader found.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Read documentation pages and print their English text, tables, code blocks and HTTP messages.",
        discussion: """
            Diagnostics are printed to standard error as 'path:line:column: severity: message'.

            Examples:
              graphdocgen extract docs-input
              graphdocgen extract docs-input/api/create-call.ru-RU.md --format json
              graphdocgen extract ../shared/corpus/ru-RU/v1.0 --summary
            """
    )

    /// How pages are printed.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "Page files, or directories searched recursively for *.md and *.txt pages.")
    var paths: [String] = ["docs-input"]

    @Option(help: "How to print each page: a line of counts (text) or the whole page model (json).")
    var format: Format = .text

    @Flag(help: "Print only one JSON object that counts pages, code blocks, HTTP messages, JSON bodies and diagnostics.")
    var summary = false

    func run() throws {
        let files = try ModelReading.inputFiles(paths)
        var total = ExtractSummary()
        var unreadable = 0
        var output = StandardOutput()
        if !summary, format == .json { output.write("[") }
        try PageBatchReader.read(files) { file, result in
            let page: Page
            switch result {
            case .success(let read): page = read
            case .failure(let error):
                unreadable += 1
                StandardStreams.error(error.description)
                return
            }
            for diagnostic in page.diagnostics {
                StandardStreams.error(diagnostic.formatted)
            }
            if !summary {
                switch format {
                case .json:
                    let text = try JSONValueEncoder().encodeToString(page)
                    output.write((total.pages == 0 ? "\n" : ",\n") + text)
                case .text:
                    output.write(Self.line(for: page) + "\n")
                }
            }
            total.add(ExtractSummary(page))
        }
        if summary {
            output.write(try JSONValueEncoder().encodeToString(total) + "\n")
        } else if format == .json {
            output.write("\n]\n")
        }
        output.flush()
        if unreadable > 0 { throw ExitCode(1) }
    }

    /// One line per page for the text format.
    static func line(for page: Page) -> String {
        let title = page.title ?? "(untitled)"
        let locale = page.locale ?? "no locale"
        let english = switch page.englishRecovered {
        case true?: "English recovered"
        case false?: "no English"
        case nil: "no spans"
        }
        return "\(page.relativePath): \"\(title)\" [\(locale), \(english)] "
            + "sections=\(page.sections.count) tables=\(page.tables.count) "
            + "codeBlocks=\(page.codeBlocks.count) httpMessages=\(page.httpMessages.count) "
            + "diagnostics=\(page.diagnostics.count)"
    }
}
