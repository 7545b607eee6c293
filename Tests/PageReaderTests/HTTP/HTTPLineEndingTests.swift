import GraphDocCore
import PageReader
import Testing

@Suite("HTTP blocks with CRLF line breaks")
struct HTTPLineEndingTests {
    @Test("a span over CRLF text has a line per line break; each keeps its \\r")
    func spanLinesEndAtEachLineFeed() {
        // As characters, "\r\n" is one character that is not "\n": the span splits the bytes.
        let span = SourceSpan(text: "GET /a\r\nBad header\r\n\r\n", file: testFile, firstLine: 10)
        #expect(span.lines == ["GET /a\r", "Bad header\r", "\r", ""])
        #expect(span.position(line: 1, column: 3) == SourcePosition(line: 11, column: 4))
    }

    @Test("the messages and diagnostics of a CRLF block are on their own lines")
    func crlfBlock() {
        let parsed = parseTestBlock("GET /a\r\nBad header line\r\nX: y\r\n\r\n{}", firstLine: 40)
        #expect(parsed.diagnosticsAtPositions == ["http-unrecognized-header-line@41:1"])
        #expect(parsed.messages.first?.headers.first?.position == SourcePosition(line: 42, column: 1))
        #expect(parsed.messages.first?.body?.position == SourcePosition(line: 44, column: 1))
    }
}
