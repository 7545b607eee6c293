import GraphDocCore
import PageReader
import TestSupport
import Testing

/// Pages shaped to make the reader's work grow faster than the page: each is read in
/// time proportional to its size (about a megabyte here; a quadratic pass over it would
/// take minutes).
@Suite("Hostile input: scale")
struct HostileScaleTests {
    static let pair = TestPages.pair("a-1", "местный", "English")

    @Test("one line of 10,000 translation pairs")
    func oneLineOfPairs() {
        let page = Hostile.read("# T\n\n" + String(repeating: Self.pair + " ", count: 10_000) + "\n")
        #expect(page.textSource == .sideBySide)
        #expect(page.sections.first?.paragraphs.first?.text.text.hasPrefix("English English") == true)
    }

    @Test("one table row of 10,000 translation pairs")
    func tableRowOfPairs() {
        let row = "| " + String(repeating: Self.pair + " ", count: 10_000) + "| String | x |\n"
        let page = Hostile.read("# T\n\n| Property | Type | Description |\n|:--|:--|:--|\n" + row)
        #expect(page.tables.first?.rows.first?.cells.count == 3)
    }

    @Test(
        "one line of 50,000 spans that never close, or whose tag never ends",
        arguments: [
            #"<span data-ttu-id="a-1">x "#,
            #"<span data-ttu-id="a-1" "#,
            #"<span data-ttu-id="a-1">x</span><span class="sxs-lookup"><span data-stu-id="a-1">y "#,
        ])
    func unclosedSpans(_ span: String) {
        let page = Hostile.read("# T\n\n" + String(repeating: span, count: 50_000) + "\n")
        #expect(page.sections.first?.paragraphs.isEmpty == false)
    }

    @Test("an HTTP block of 20,000 requests followed by a JSON block")
    func manyHTTPMessages() {
        let requests = (0..<20_000).map { "GET /items/\($0)" }.joined(separator: "\n")
        let page = Hostile.read("# T\n\n```http\n\(requests)\n```\n```json\n{}\n```\n")
        #expect(page.httpMessages.count == 20_000)
        #expect(page.httpMessages.allSatisfy { $0.bodyCodeBlock == nil })
    }

    @Test("20,000 annotations that describe nothing are each reported at their line")
    func manyAnnotations() {
        let page = Hostile.read("# T\n\n" + String(repeating: "<!-- {\"blockType\": \"example\"} -->\n\n", count: 20_000))
        #expect(Hostile.positions(page, "annotation-without-code-block").count == 20_000)
        #expect(Hostile.positions(page, "annotation-without-code-block").last == "40001:1")
    }
}
