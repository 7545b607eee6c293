import Foundation
import GraphDocCore
import PageReader
import Testing

@Suite("HTTP model encoding")
struct HTTPModelCodableTests {
    @Test("A block encodes its kinds and listing flag, not the body's span, and decodes back")
    func roundTrip() throws {
        let parsed = parseTestBlock("""
            PATCH /me/events/{id}
            Content-type: application/json

            {"subject": "x"}
            """)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(parsed.block)
        let json = try #require(String(data: data, encoding: .utf8))
        #expect(json.contains("\"kind\":\"request\""))
        #expect(json.contains("\"isSyntaxListing\":false"))
        #expect(json.contains("\"text\":\"{\\\"subject\\\": \\\"x\\\"}\""))
        #expect(!json.contains("span"))

        let decoded = try JSONDecoder().decode(HTTPBlock.self, from: data)
        #expect(decoded == parsed.block)
        #expect(decoded.messages.first?.body?.span == nil)
        #expect(parsed.block.messages.first?.body?.span != nil)
    }
}
