import GraphDocCore
import PageReader
import Testing

@Suite("HTTP blocks without a request or status line")
struct HTTPBlockWithoutStartLineTests {
    @Test("A block that is only a header (api/event-get.md)")
    func headerOnly() throws {
        let parsed = parseTestBlock("""
            Prefer: outlook.timezone="Eastern Standard Time"
            """)
        let message = try #require(parsed.messages.only)
        #expect(message.kind == .unknown)
        #expect(message.requestLine == nil && message.statusLine == nil)
        #expect(message.headers == [
            HTTPHeader(
                name: "Prefer", value: "outlook.timezone=\"Eastern Standard Time\"",
                position: SourcePosition(line: 40, column: 1))
        ])
        #expect(parsed.diagnosticsAtPositions == ["http-missing-start-line@40:1"])
    }

    @Test("A block that is only a JSON body (api/opentypeextension-update.md)")
    func bodyOnly() throws {
        let parsed = parseTestBlock("""

            {
                "extensionName": "Com.Contoso.Referral"
            }
            """)
        let message = try #require(parsed.messages.only)
        #expect(message.kind == .unknown)
        #expect(message.position == SourcePosition(line: 41, column: 1))
        #expect(message.body?.text == "{\n    \"extensionName\": \"Com.Contoso.Referral\"\n}")
        #expect(message.body?.position == SourcePosition(line: 41, column: 1))
        #expect(parsed.diagnosticsAtPositions == ["http-missing-start-line@41:1"])
    }

    @Test("A block of other text is kept as a body")
    func otherText() throws {
        let parsed = parseTestBlock("Report Refresh Date,Send,Receive")
        let message = try #require(parsed.messages.only)
        #expect(message.kind == .unknown)
        #expect(message.body?.text == "Report Refresh Date,Send,Receive")
        #expect(parsed.diagnosticsAtPositions == ["http-missing-start-line@40:1"])
    }

    @Test("An empty block has no messages")
    func emptyBlock() {
        let parsed = parseTestBlock("\n  \n")
        #expect(parsed.messages.isEmpty)
        #expect(!parsed.block.isSyntaxListing)
        #expect(parsed.diagnosticsAtPositions == ["http-empty-block@40:1"])
    }
}
