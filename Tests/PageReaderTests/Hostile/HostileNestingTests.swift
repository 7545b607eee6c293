import GraphDocCore
import PageReader
import Testing

/// Structures nested far deeper than documentation ever nests them: each is cut at a
/// limit with a located diagnostic, and never exhausts the stack.
@Suite("Hostile input: nesting")
struct HostileNestingTests {
    static let depth = 100_000

    @Test("JSON nested 100,000 levels deep in a code block is refused with a located error")
    func deepJSONInCodeBlock() {
        let json = String(repeating: "[", count: Self.depth) + String(repeating: "]", count: Self.depth)
        let page = Hostile.read("# T\n\n```json\n\(json)\n```\n")
        #expect(Hostile.severities(page, "json-nesting-too-deep") == [.error])
        // The reader gives up when it opens the 513th bracket.
        #expect(Hostile.positions(page, "json-nesting-too-deep") == ["4:513"])
        #expect(page.codeBlocks.first?.json?.value == nil)
    }

    @Test("JSON nested 100,000 levels deep in an annotation is refused with a located error")
    func deepJSONInAnnotation() {
        let json = String(repeating: "{\"a\":", count: Self.depth) + "1" + String(repeating: "}", count: Self.depth)
        let page = Hostile.read("# T\n\n<!-- {\"blockType\": \"example\", \"x\": \(json)} -->\n```json\n{}\n```\n")
        #expect(Hostile.severities(page, "json-nesting-too-deep") == [.error])
        #expect(Hostile.positions(page, "json-nesting-too-deep") == ["3:2591"])
        #expect(Hostile.positions(page, "annotation-not-object") == ["3:6"])
        #expect(page.codeBlocks.first?.annotation == nil)
    }

    @Test(
        "markdown nested 100,000 levels deep is cut at the nesting limit with a located warning",
        arguments: [
            // The 65th block quote, list (or item), item, image: each at its own column.
            ("block quotes", String(repeating: ">", count: depth) + " deep\n", "3:65"),
            ("list items", String(repeating: "- ", count: depth) + "deep\n", "3:65"),
            ("block quotes in list items", String(repeating: "- > ", count: depth / 2) + "deep\n", "3:85"),
            ("images", String(repeating: "![", count: depth) + "deep" + String(repeating: "](i.png)", count: depth) + "\n", "3:127"),
            // cmark-gfm gives emphasis no position: the paragraph holding it is pointed at.
            ("strong emphasis", String(repeating: "**", count: depth) + "deep" + String(repeating: "**", count: depth) + "\n", "3:1"),
        ])
    func deepMarkdown(_ shape: String, _ markdown: String, _ cut: String) {
        let page = Hostile.read("# T\n\n" + markdown + "\nAfter.\n")
        #expect(Hostile.positions(page, "markdown-too-deep") == [cut], "\(shape)")
        #expect(Hostile.severities(page, "markdown-too-deep") == [.warning])
        // What follows the deep structure is read.
        #expect(page.sections.first?.paragraphs.last?.text.text == "After.", "\(shape)")
    }

    @Test("markdown nested right up to the limit is read whole on a 512 KiB stack")
    func markdownAtTheLimitOnASmallStack() {
        let limit = PageReader.maxMarkdownDepth
        // Block quotes at depths 1 to limit - 3, their paragraph at limit - 2, the emphasis
        // and the link at limit - 1, and their text at the limit.
        let quotes = String(repeating: ">", count: limit - 3) + " deep *and* [linked](x.md)\n"
        // A paragraph at depth 1, strong emphasis at 2 to limit - 1, its text at the limit.
        let strong = String(repeating: "**", count: limit - 2)
        let page = Hostile.onSmallStack {
            PageReader.read(bytes: Array("# T\n\n\(quotes)\n\(strong)deep\(strong)\n".utf8), path: "p.md", relativePath: "p.md")
        }
        #expect(page.diagnostics.isEmpty)
        #expect(page.sections.first?.paragraphs.map(\.text.text) == ["deep and linked", "deep"])
    }
}
