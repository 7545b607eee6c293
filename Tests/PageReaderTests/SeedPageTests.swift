import GraphDocCore
import LenientJSON
import PageReader
import TestSupport
import Testing

/// The five seed pages: the "Create call" page in five locales and vintages.
@Suite("Seed pages")
struct SeedPageTests {
    struct Seed: CustomTestStringConvertible, Sendable {
        var file: String
        var locale: String
        var requestPaths: [String]
        var testDescription: String { file }
    }

    static let seeds: [Seed] = [
        Seed(file: "api/create-call.es-ES.md", locale: "es-ES", requestPaths: ["/app/calls", "/applications/{id}/calls"]),
        Seed(file: "api/create-call.zh-CN.md", locale: "zh-CN", requestPaths: ["/app/calls", "/applications/{id}/calls"]),
        Seed(file: "api/create-call.pt-BR.md", locale: "pt-BR", requestPaths: ["/app/calls", "/applications/{id}/calls"]),
        Seed(file: "api/create-call.ru-RU.md", locale: "ru-RU", requestPaths: ["/communications/calls"]),
        Seed(file: "api/create-call.de-DE.md", locale: "de-DE", requestPaths: ["/app/calls", "/applications/{id}/calls"]),
    ]

    @Test("English title, locale and the HTTP request section's POST paths", arguments: seeds)
    func titleAndRequestPaths(seed: Seed) throws {
        let page = try TestPages.readFile(seed.file)
        #expect(page.title == "Create call")
        #expect(page.locale == seed.locale)
        #expect(page.englishRecovered == true)
        let requestSection = try #require(page.sections.first { $0.title == "HTTP request" })
        let listed = page.httpMessages.filter { message in
            message.codeBlock.map { page.codeBlocks[$0].section == requestSection.index } ?? false
        }
        #expect(listed.map { $0.requestLine?.method } == Array(repeating: "POST", count: seed.requestPaths.count))
        #expect(listed.map { $0.requestLine?.url.path } == seed.requestPaths)
    }

    @Test("every example body parses, and every repair is reported", arguments: seeds)
    func examplesParse(seed: Seed) throws {
        let page = try TestPages.readFile(seed.file)
        let jsonBlocks = page.codeBlocks.filter { $0.language == "json" }
        #expect(!jsonBlocks.isEmpty)
        for block in jsonBlocks {
            #expect(block.json?.value != nil, "json block at line \(block.line) did not parse")
        }
        let bodies = page.httpMessages.compactMap(\.body)
        #expect(!bodies.isEmpty)
        for body in bodies {
            #expect(body.json?.value != nil, "HTTP body at line \(body.position.line) did not parse")
        }
        let repaired = (jsonBlocks.compactMap(\.json) + bodies.compactMap(\.json)).filter { !$0.isStrict }.count
        let reported = page.diagnostics.filter { $0.code.hasPrefix("json-") }.count
        #expect(reported >= repaired)
        #expect(page.diagnostics.allSatisfy { $0.severity != .error })
    }

    @Test("the ru-RU seed has its eight examples and the roster notification")
    func russianSeedExamples() throws {
        let page = try TestPages.readFile("api/create-call.ru-RU.md")
        let examples = page.sections.filter { $0.title.hasPrefix("Example ") }
        #expect(examples.count == 8)
        #expect(examples.first?.title == "Example 1: Create peer-to-peer VoIP call with service hosted media")
        let roster = try #require(page.sections.first { $0.title == "Notification - roster" })
        let blocks = page.codeBlocks.filter { $0.section == roster.index }
        #expect(blocks.map(\.language) == ["http", "json"])
        let notification = try #require(blocks.last)
        #expect(notification.annotation?.blockType == "example")
        #expect(notification.annotation?.odataType == "microsoft.graph.commsNotifications")
        #expect(notification.annotation?.isTruncated == true)
        #expect(notification.json?.value?["@odata.type"]?.stringValue == "#microsoft.graph.commsNotifications")
        // The callback request has headers only; its body is the JSON block after it.
        let callback = try #require(page.httpMessages.first { $0.codeBlock == blocks.first?.index })
        #expect(callback.requestLine?.url.host == "bot.contoso.com")
        #expect(callback.bodyCodeBlock == notification.index)
    }
}
