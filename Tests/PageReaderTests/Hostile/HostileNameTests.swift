import GraphDocCore
import LenientJSON
import PageReader
import TestSupport
import Testing

/// Names that break naive string handling, in every place a page names things: JSON
/// keys and values, annotation names and types, table cells and headings. The reader
/// keeps them exactly as written (later stages turn them into identifiers).
@Suite("Hostile input: names")
struct HostileNameTests {
    /// A name as a JSON string literal.
    static func literal(_ name: String) -> String {
        JSONWriter(style: .compact).string(from: .string(name))
    }

    @Test("names in JSON keys, values and annotation names are kept exactly", arguments: Hostile.names + [""])
    func namesInJSON(_ name: String) throws {
        let key = Self.literal(name)
        let page = Hostile.read("""
            # T

            <!-- { "blockType": "request", "name": \(key), "@odata.type": \(key) } -->
            ```json
            { \(key): \(key), "nested": { \(key): [\(key)] } }
            ```
            """)
        let block = try #require(page.codeBlocks.first)
        #expect(block.annotation?.names == [name])
        #expect(block.annotation?.odataType == name)
        let value = try #require(block.json?.value)
        #expect(value.keys == [name, "nested"])
        #expect(value[name]?.stringValue == name)
        #expect(value["nested"]?[name]?[0]?.stringValue == name)
    }

    @Test("names in headings and table cells are read without crashing, each cell in its column", arguments: Hostile.names)
    func namesInMarkdown(_ name: String) throws {
        // A table cell holds one line, and `|` would split it.
        let cell = name.replacingOccurrences(of: "\n", with: " ")
        let page = Hostile.read("""
            # \(cell) resource type

            ## Properties
            | Property | Type | Description |
            |:--|:--|:--|
            | \(cell) | \(cell) | \(cell) |
            """)
        let row = try #require(page.tables.first?.rows.first)
        #expect(row.cells.count == 3)
        #expect(page.title?.isEmpty == false)
    }

    @Test("a translation pair whose English holds quotes, backslashes and markup recovers it exactly")
    func hostileEnglishInPairs() {
        let english = #"say "hi" \ `*/` """ #" and | pipes"#
        let page = Hostile.read("# T\n\n" + TestPages.pair("a-1", "x", english) + "\n")
        #expect(page.sections.first?.paragraphs.first?.text.text == #"say "hi" \ */ """ #" and | pipes"#)
    }

    @Test("a span id with a stray quote ends at its quote; an id cut by '>' makes a malformed span, reported")
    func hostileSpanIDs() {
        let line = #"<span data-ttu-id="a"b">x</span> and <span data-ttu-id="open>y</span>"#
        let page = Hostile.read("# T\n\n" + line + "\n")
        #expect(page.textSource == .localizedOnly)
        #expect(page.sections.first?.paragraphs.first?.text.text == #"x and <span data-ttu-id="open>y"#)
        #expect(Hostile.positions(page, "span-malformed") == ["3:38"])
    }
}
