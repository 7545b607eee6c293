import PageReader
@testable import SchemaInference
import Testing

@Suite("Type expressions in table cells")
struct TypeExpressionTests {
    func parse(_ text: String, links: [InlineText.Link] = []) -> TypeExpression? {
        TypeExpression.parse(cell: InlineText(text: text, markdown: text, links: links))
    }

    @Test("plain primitives and names, with notes and markup removed")
    func plainNames() {
        #expect(parse("String") == TypeExpression(targets: [.name("String")], isCollection: false))
        #expect(parse("String (identifier)")?.targets == [.name("String")])
        #expect(parse("string (url)")?.targets == [.name("string")])
        #expect(parse("callState")?.targets == [.name("callState")])
        #expect(parse("microsoft.graph.callRecords.userAgent")?.targets == [.name("microsoft.graph.callRecords.userAgent")])
        #expect(parse("") == nil)
    }

    @Test("collections in every spelling")
    func collections() {
        #expect(parse("String collection") == TypeExpression(targets: [.name("String")], isCollection: true))
        #expect(parse("Collection(microsoft.graph.x)") == TypeExpression(targets: [.name("microsoft.graph.x")], isCollection: true))
        #expect(parse("collection(string)") == TypeExpression(targets: [.name("string")], isCollection: true))
        #expect(parse("Collection of String") == TypeExpression(targets: [.name("String")], isCollection: true))
    }

    @Test("links name the linked page's type; two links joined by 'or' are alternatives")
    func links() {
        let call = InlineText.Link(text: "call", target: "call.md")
        #expect(parse("call collection", links: [call]) == TypeExpression(targets: [.link(text: "call", target: "call.md")], isCollection: true))
        let union = parse("a or b", links: [.init(text: "a", target: "a.md"), .init(text: "b", target: "b.md")])
        #expect(union?.targets.count == 2)
        #expect(union?.isCollection == false)
        let siteCollection = InlineText.Link(text: "siteCollection", target: "sitecollection.md")
        #expect(parse("siteCollection", links: [siteCollection])?.isCollection == false)  // a name ending in the word
        #expect(parse("siteCollection collection", links: [siteCollection])?.isCollection == true)
    }

    @Test("'Possible values are' lists code spans up to the end of the sentence")
    func possibleValues() {
        #expect(TypeModelBuilder.possibleValues(in: "The state. Possible values are: `incoming`, `outgoing`. Read-only.") == ["incoming", "outgoing"])
        #expect(TypeModelBuilder.possibleValues(in: "Possible values are `a`, `b`, `unknownFutureValue`.") == ["a", "b", "unknownFutureValue"])
        #expect(TypeModelBuilder.possibleValues(in: "The id. Read-only.").isEmpty)
    }
}
