import GraphDocCore
import PageReader
import Testing

/// Files that are not documentation pages, or hardly: too large, empty, binary, not UTF-8.
@Suite("Hostile input: size and bytes")
struct HostileInputTests {
    @Test("a 50 MB page is refused at once with an error")
    func fiftyMegabytePageIsRefused() {
        let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 50 * 1024 * 1024)
        let page = Hostile.read(bytes)
        #expect(page.diagnostics.map(\.code) == ["page-too-large"])
        #expect(Hostile.severities(page, "page-too-large") == [.error])
        #expect(Hostile.positions(page, "page-too-large") == ["1:1"])
        #expect(page.sections.isEmpty && page.codeBlocks.isEmpty)
    }

    @Test("a page one byte over the limit is refused; the limit is 8 MiB")
    func limitIsEightMebibytes() {
        #expect(PageReader.maxPageBytes == 8 * 1024 * 1024)
        let page = Hostile.read([UInt8](repeating: UInt8(ascii: "#"), count: PageReader.maxPageBytes + 1))
        #expect(page.diagnostics.map(\.code) == ["page-too-large"])
    }

    @Test("an empty file is read as a page without content, titled by its file name, with a warning")
    func emptyFile() {
        let page = Hostile.read([UInt8](), path: "docs/empty.md")
        #expect(page.title == "empty.md")
        #expect(page.sections.isEmpty && page.tables.isEmpty && page.codeBlocks.isEmpty)
        #expect(Hostile.positions(page, "page-without-heading") == ["1:1"])
    }

    @Test("a binary file is refused with an error")
    func binaryFile() {
        // The start of a PNG file: signature, then an IHDR chunk with NUL bytes.
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]
        var bytes = png
        for index in 0..<100_000 { bytes.append(UInt8(truncatingIfNeeded: index &* 2_654_435_761 >> 13)) }
        let page = Hostile.read(bytes)
        #expect(page.diagnostics.map(\.code) == ["page-binary"])
        #expect(Hostile.severities(page, "page-binary") == [.error])
        #expect(Hostile.positions(page, "page-binary") == ["1:1"])
    }

    @Test("invalid UTF-8 is read as '?' with a warning at the first bad byte")
    func invalidUTF8() {
        let bytes = Array("# Title\n\nab".utf8) + [0xFF, 0xC3, 0x28] + Array("cd\n\n```json\n{\"k\": \"".utf8) + [0xE2, 0x82]
            + Array("\"}\n```\n".utf8)
        let page = Hostile.read(bytes)
        #expect(Hostile.positions(page, "page-invalid-utf8") == ["3:3"])
        #expect(page.diagnostics.first { $0.code == "page-invalid-utf8" }?.message.contains("4 invalid byte(s)") == true)
        #expect(page.sections.first?.paragraphs.first?.text.text == "ab??(cd")
        #expect(page.codeBlocks.first?.json?.value?["k"]?.stringValue == "??")
    }

    @Test("bytes that are all invalid UTF-8 (but hold no NUL) are read with a warning at 1:1")
    func noiseWithoutNULBytes() {
        let bytes = (0..<200_000).map { UInt8(0x80 + ($0 &* 7_919) % 0x80) }
        let page = Hostile.read(bytes)
        #expect(Hostile.positions(page, "page-invalid-utf8") == ["1:1"])
    }

    @Test("lines ending in a lone carriage return are lines: diagnostics point at the right byte")
    func carriageReturnLineEndings() {
        let page = Hostile.read("# T\r\r```json\r{\r  \"a\": 1,\r  \"b\": 2,\r}\r```\r")
        // The trailing comma is on the sixth line, as cmark-gfm (and editors) count lines.
        #expect(Hostile.positions(page, "json-trailing-comma") == ["6:9"])
        #expect(page.codeBlocks.first?.line == 3)
    }
}
