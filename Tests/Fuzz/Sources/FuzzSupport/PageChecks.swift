import GraphDocCore
import PageReader

extension LocationChecker {
    /// Checks that everything a page reports is at a line (and column) of the page's
    /// bytes: each diagnostic (which must have a location), section, paragraph, table,
    /// row, code block and each of its lines, annotation, HTTP message and reference.
    public func check(_ page: Page) {
        check(page.diagnostics, requireLocation: true, stage: "page")
        func line(_ line: Int, _ what: @autoclosure () -> String) {
            Fuzzer.check(contains(SourcePosition(line: line, column: 1)), "\(what()) at line \(line), outside the page")
        }
        for section in page.sections {
            // The implicit section of prose before the first heading has the line of that prose.
            line(section.line, "section '\(section.title.prefix(40))'")
            for paragraph in section.paragraphs { line(paragraph.line, "paragraph") }
        }
        for table in page.tables {
            line(table.line, "table")
            for row in table.rows { line(row.line, "table row") }
        }
        for block in page.codeBlocks {
            line(block.line, "code block")
            if let annotation = block.annotation { line(annotation.line, "annotation") }
            for (index, text) in block.span.lines.enumerated() {
                for column in [0, text.utf8.count] {
                    let position = block.span.position(line: index, column: column)
                    Fuzzer.check(contains(position), "code block \(block.index) line \(index) column \(column) at \(position), outside the page")
                }
            }
        }
        for annotation in page.annotations { line(annotation.line, "page annotation") }
        for reference in page.references { line(reference.line, "reference") }
        for message in page.httpMessages {
            Fuzzer.check(contains(message.position), "HTTP message at \(message.position), outside the page")
            for header in message.headers {
                Fuzzer.check(contains(header.position), "HTTP header at \(header.position), outside the page")
            }
            if let body = message.body {
                Fuzzer.check(contains(body.position), "HTTP body at \(body.position), outside the page")
            }
        }
        for entry in page.frontMatter.entries { line(entry.line, "front matter entry '\(entry.key.prefix(40))'") }
    }
}
