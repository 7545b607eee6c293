import GraphDocCore
import PageReader
import Testing

@Suite("HTTP blocks: the header section and where the body starts")
struct HTTPHeaderSectionTests {
    @Test("A blank line between the request line and its headers (api/event-delta.md)")
    func blankLineBeforeHeaders() throws {
        let parsed = parseTestBlock("""
            GET https://graph.microsoft.com/v1.0/me/calendarView/delta?startdatetime={start_datetime}

            Prefer: odata.maxpagesize=2
            """)
        let message = try #require(parsed.messages.only)
        #expect(message.headers == [
            HTTPHeader(name: "Prefer", value: "odata.maxpagesize=2", position: SourcePosition(line: 42, column: 1))
        ])
        #expect(message.body == nil)
        #expect(message.requestLine?.url.queryItems == [.init(name: "startdatetime", value: "{start_datetime}")])
        #expect(parsed.diagnosticsAtPositions == ["http-blank-line-before-headers@41:1"])
    }

    @Test("Headers after a blank line, then a blank line and the body (the Intune pages)")
    func blankLineBeforeHeadersThenBody() throws {
        let parsed = parseTestBlock("""
            POST https://graph.microsoft.com/v1.0/deviceAppManagement/mobileApps/{mobileAppId}/assign

            Content-type: application/json
            Content-length: 12

            {
              "mobileAppAssignments": []
            }
            """)
        let message = try #require(parsed.messages.only)
        #expect(message.headers.map(\.name) == ["Content-type", "Content-length"])
        #expect(message.body?.position == SourcePosition(line: 45, column: 1))
        #expect(message.body?.text.hasPrefix("{\n  \"mobileAppAssignments\"") == true)
        #expect(parsed.diagnosticsAtPositions == ["http-blank-line-before-headers@41:1"])
    }

    @Test("A body that starts right after the headers (api/channel-post-tabs.md)")
    func bodyWithoutBlankLine() throws {
        let parsed = parseTestBlock("""
            POST https://graph.microsoft.com/v1.0/teams/{id}/channels/{id}/tabs
            Content-type: application/json
            {
              "displayName": "My Contoso Tab"
            }
            """)
        let message = try #require(parsed.messages.only)
        #expect(message.headers.map(\.name) == ["Content-type"])
        #expect(message.body?.text == "{\n  \"displayName\": \"My Contoso Tab\"\n}")
        #expect(message.body?.position == SourcePosition(line: 42, column: 1))
        #expect(parsed.diagnosticsAtPositions == ["http-missing-blank-line-before-body@42:1"])
    }

    @Test("A JSON array body right after the request line")
    func arrayBodyWithoutBlankLine() throws {
        let parsed = parseTestBlock("""
            POST /me/events
            [1, 2]
            """)
        #expect(parsed.messages.only?.body?.text == "[1, 2]")
        #expect(parsed.diagnosticsAtPositions == ["http-missing-blank-line-before-body@41:1"])
    }

    @Test("A non-header line between request lines is kept and reported (api/user-list-joinedteams.md)")
    func nonHeaderLine() throws {
        let parsed = parseTestBlock("""
            GET /me/joinedTeams
            or
            GET /users/{id | user-principal-name}/joinedTeams
            """)
        #expect(parsed.messages.map(\.requestLine?.url.path) == ["/me/joinedTeams", "/users/{id | user-principal-name}/joinedTeams"])
        #expect(parsed.messages.first?.unrecognizedLines
            == [HTTPTextLine(text: "or", position: SourcePosition(line: 41, column: 1))])
        #expect(parsed.messages.first?.headers.isEmpty == true)
        #expect(parsed.block.isSyntaxListing)
        #expect(parsed.diagnosticsAtPositions == ["http-unrecognized-header-line@41:1"])
    }

    @Test("A header-like line after the blank line is body text (api/attachment-get.md)")
    func headerLikeBody() throws {
        let parsed = parseTestBlock("""
            HTTP/1.1 200 OK

            From: Megan Bowen <MeganB@contoso.OnMicrosoft.com>
            To: Adele Vance <AdeleV@contoso.OnMicrosoft.com>
            Message-ID:
                <CY4PR2201MB1046@CY4PR2201MB1046.namprd22.prod.outlook.com>
            MIME-Version: 1.0

            Does mid month work for you?
            """)
        let message = try #require(parsed.messages.only)
        #expect(message.headers.isEmpty)
        let body = try #require(message.body)
        #expect(body.position == SourcePosition(line: 42, column: 1))
        #expect(body.text.hasPrefix("From: Megan Bowen"))
        #expect(body.text.hasSuffix("Does mid month work for you?"))
        #expect(parsed.diagnostics.isEmpty)
    }

    @Test("A request whose blank line is followed by a non-header line has that text as its body")
    func textBodyAfterBlankLine() throws {
        let parsed = parseTestBlock("""
            PUT /me/drive/items/{parent-id}:/{filename}:/content
            Content-Type: text/plain

            The contents of the file goes here.
            """)
        let message = try #require(parsed.messages.only)
        #expect(message.headers.map(\.value) == ["text/plain"])
        #expect(message.body?.text == "The contents of the file goes here.")
        #expect(parsed.diagnostics.isEmpty)
    }

    @Test("An invalid header name is kept and reported")
    func invalidHeaderName() throws {
        let parsed = parseTestBlock("""
            GET /me
            Bad(Name): x
            Warning : 199 - "Provider"
            """)
        let message = try #require(parsed.messages.only)
        #expect(message.headers.map(\.name) == ["Bad(Name)", "Warning"])
        #expect(message.headers.map(\.value) == ["x", "199 - \"Provider\""])
        #expect(message.headers.first?.fieldName == nil)
        #expect(message.headers.last?.fieldName != nil)
        #expect(parsed.diagnosticsAtPositions == ["http-invalid-header-name@41:1", "http-invalid-header-name@42:8"])
    }

    @Test("An indented line continues the previous header")
    func foldedHeader() throws {
        let parsed = parseTestBlock("""
            HTTP/1.1 200 OK
            Content-Type: multipart/alternative;
                boundary="boundary-1"
            """)
        let message = try #require(parsed.messages.only)
        #expect(message.headers.map(\.value) == ["multipart/alternative; boundary=\"boundary-1\""])
        #expect(message.body == nil)
        #expect(parsed.diagnosticsAtPositions == ["http-folded-header@42:5"])
    }

    @Test("Positions go through the span's own mapping (an indented fence in a list item)")
    func spanMapping() throws {
        let lines: [Substring] = ["GET policies/x", "Content-type: application/json", "", "{}"]
        // The fence is indented by 2 in the page; its content starts at line 10.
        let span = SourceSpan(lines: lines, file: testFile) { line, column in
            SourcePosition(line: 10 + line, column: 3 + column)
        }
        var diagnostics = Diagnostics()
        let block = parseHTTPBlock(span, diagnostics: &diagnostics)
        let message = try #require(block.messages.only)
        #expect(message.position == SourcePosition(line: 10, column: 3))
        #expect(message.headers.first?.position == SourcePosition(line: 11, column: 3))
        #expect(message.body?.position == SourcePosition(line: 13, column: 3))
        #expect(diagnostics.all.map(\.location) == [SourceLocation(file: testFile, line: 10, column: 7)])
    }
}
