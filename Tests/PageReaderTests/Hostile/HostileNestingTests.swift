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

    @Test("front matter nested 100,000 levels deep is read line by line with a located warning")
    func deepFrontMatter() {
        let yaml = "title: " + String(repeating: "[", count: Self.depth) + String(repeating: "]", count: Self.depth)
        let page = Hostile.read("---\nms.topic: x\n\(yaml)\nms.contentlocale: de-DE\n---\n# T\n")
        #expect(Hostile.positions(page, "front-matter-too-deep") == ["3:1"])
        #expect(page.locale == "de-DE")
    }

    @Test("front matter nested right up to its limit is read as YAML on a 512 KiB stack")
    func frontMatterAtTheLimitOnASmallStack() {
        let depth = PageReader.maxFrontMatterDepth
        let yaml = "title: " + String(repeating: "[", count: depth) + "x" + String(repeating: "]", count: depth)
        let page = Hostile.onSmallStack {
            PageReader.read(bytes: Array("---\n\(yaml)\n---\n# T\n".utf8), path: "p.md", relativePath: "p.md")
        }
        #expect(page.diagnostics.isEmpty)
        #expect(page.frontMatter.title == "x")
    }

    @Test(
        "front matter nested deeper than its limit is read line by line",
        arguments: [
            "title: " + String(repeating: "[", count: 65) + "x" + String(repeating: "]", count: 65),
            "title:\n" + (1...65).map { String(repeating: " ", count: $0) + "- x:" }.joined(separator: "\n"),
            "title:\n" + String(repeating: "- ", count: 40) + "x",
        ])
    func frontMatterPastTheLimit(_ yaml: String) {
        let page = Hostile.read("---\n\(yaml)\n---\n# T\n")
        #expect(Hostile.severities(page, "front-matter-too-deep") == [.warning])
    }

    @Test("brackets and quotes inside quoted front-matter values do not count as nesting")
    func quotedBracketsInFrontMatter() {
        let brackets = String(repeating: "[", count: 100)
        let page = Hostile.read("---\ntitle: \"\(brackets) \\\" \(brackets)\"\ndescription: '\(brackets) '' \(brackets)'\n---\n# T\n")
        #expect(page.diagnostics.isEmpty)
        #expect(page.frontMatter.title == "\(brackets) \" \(brackets)")
        #expect(page.frontMatter.description == "\(brackets) ' \(brackets)")
    }

    @Test("front matter whose aliases expand a billion times is cut with a located warning")
    func billionLaughs() {
        var lines = [#"a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]"#]
        for level in 1...9 {
            lines.append("a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]")
        }
        let page = Hostile.read("---\n" + lines.joined(separator: "\n") + "\ntitle: Laughs\n---\n# T\n")
        #expect(page.frontMatter.title == "Laughs")
        #expect(page.frontMatter["a1"]?.hasPrefix("lol, lol") == true)
        #expect(Hostile.severities(page, "front-matter-value-too-large").allSatisfy { $0 == .warning })
        #expect(Hostile.positions(page, "front-matter-value-too-large").first == "6:1")
    }

    @Test("front matter whose aliases nest each other 60 levels at a time is cut on a 512 KiB stack")
    func aliasesNestingDeeply() {
        var lines = ["a0: &a0 x"]
        for level in 1...30 {
            lines.append("a\(level): &a\(level) " + String(repeating: "[", count: 60) + "*a\(level - 1)" + String(repeating: "]", count: 60))
        }
        let text = "---\n" + lines.joined(separator: "\n") + "\n---\n# T\n"
        let page = Hostile.onSmallStack { PageReader.read(bytes: Array(text.utf8), path: "p.md", relativePath: "p.md") }
        #expect(page.frontMatter["a1"] == "x")
        #expect(Hostile.positions(page, "front-matter-value-too-large").first == "4:1")
    }
}
