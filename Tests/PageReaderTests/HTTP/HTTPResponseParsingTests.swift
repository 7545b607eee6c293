import GraphDocCore
import PageReader
import Testing

@Suite("HTTP blocks: responses")
struct HTTPResponseParsingTests {
    @Test("A standard status line with headers and a body")
    func standardStatusLine() throws {
        let parsed = parseTestBlock("""
            HTTP/1.1 201 Created
            Content-type: application/json

            {
              "id": "1"
            }
            """)
        let message = try #require(parsed.messages.only)
        #expect(message.kind == .response)
        #expect(message.statusLine == HTTPStatusLine(httpVersion: "HTTP/1.1", code: 201, reasonPhrase: "Created"))
        #expect(message.statusLine?.status.code == 201)
        #expect(message.statusLine?.status.reasonPhrase == "Created")
        #expect(message.headers.map(\.value) == ["application/json"])
        #expect(message.body?.text == "{\n  \"id\": \"1\"\n}")
        #expect(parsed.diagnostics.isEmpty)
    }

    @Test("HTTP/1.1 200 has no reason phrase and no diagnostic")
    func noReasonPhrase() throws {
        let parsed = parseTestBlock("HTTP/1.1 200")
        let statusLine = try #require(parsed.messages.only?.statusLine)
        #expect(statusLine.code == 200)
        #expect(statusLine.reasonPhrase == nil)
        #expect(statusLine.httpVersion == "HTTP/1.1")
        #expect(parsed.diagnostics.isEmpty)
    }

    @Test("A status line without HTTP version: 400 Bad Request")
    func codeAndReasonOnly() throws {
        let parsed = parseTestBlock("""
            400 Bad Request
            Content-Type: application/json
            """)
        let statusLine = try #require(parsed.messages.only?.statusLine)
        #expect(statusLine == HTTPStatusLine(httpVersion: nil, code: 400, reasonPhrase: "Bad Request"))
        #expect(parsed.diagnosticsAtPositions == ["http-nonstandard-status-line@40:1"])
    }

    @Test("HTTP code: 201 Created and HTTP 201 Created are read with a warning")
    func httpCodeForms() throws {
        let parsed = parseTestBlock("""
            HTTP code: 201 Created
            content-type: application/json;odata.metadata

            {}

            HTTP 204 No Content
            """)
        #expect(parsed.messages.map(\.statusLine) == [
            HTTPStatusLine(httpVersion: nil, code: 201, reasonPhrase: "Created"),
            HTTPStatusLine(httpVersion: nil, code: 204, reasonPhrase: "No Content"),
        ])
        #expect(parsed.messages.first?.body?.text == "{}")
        #expect(parsed.diagnosticsAtPositions == [
            "http-nonstandard-status-line@40:1", "http-nonstandard-status-line@45:1",
        ])
    }

    @Test("A status code outside 100...599 is reported")
    func invalidStatusCode() throws {
        let parsed = parseTestBlock("HTTP/1.1 999 Whatever")
        #expect(parsed.messages.only?.statusLine?.code == 999)
        #expect(parsed.diagnosticsAtPositions == ["http-invalid-status-code@40:1"])
    }

    @Test("A number alone is not a status line")
    func numberAlone() throws {
        let parsed = parseTestBlock("""
            HTTP/1.1 200 OK
            Content-type: text/plain

            893
            """)
        let message = try #require(parsed.messages.only)
        #expect(message.body?.text == "893")
        #expect(parsed.diagnostics.isEmpty)
    }
}
