import GraphDocCore
@testable import PageReader
import Testing

@Suite("Front matter")
struct FrontMatterTests {
    @Test("is found between --- lines and read in order")
    func readsEntries() throws {
        let page = Array("---\ntitle: Создание звонка\ndoc_type: apiPageType\nms.contentlocale: ru-RU\nms.locfileid: \"52666249\"\n---\n# Create call\n".utf8)
        let bounds = try #require(FrontMatterReader.bounds(in: page))
        #expect(String(decoding: page[bounds.bodyStart...], as: UTF8.self) == "# Create call\n")
        var diagnostics = Diagnostics()
        let frontMatter = FrontMatterReader.read(
            String(decoding: page[bounds.yaml], as: UTF8.self), firstLine: bounds.firstLine, file: "p.md",
            diagnostics: &diagnostics)
        #expect(frontMatter.entries.map(\.key) == ["title", "doc_type", "ms.contentlocale", "ms.locfileid"])
        #expect(frontMatter.title == "Создание звонка")
        #expect(frontMatter.docType == "apiPageType")
        #expect(frontMatter.locale == "ru-RU")
        #expect(frontMatter["ms.locfileid"] == "52666249")
        #expect(frontMatter.entries[2].line == 4)
        #expect(diagnostics.all.isEmpty)
    }

    @Test("a page without front matter has none")
    func absent() {
        #expect(FrontMatterReader.bounds(in: Array("# Title\n---\n".utf8)) == nil)
        #expect(FrontMatterReader.bounds(in: Array("---\ntitle: never closed\n".utf8)) == nil)
    }

    @Test("invalid YAML is read line by line, with a located warning")
    func invalidYAML() {
        var diagnostics = Diagnostics()
        let frontMatter = FrontMatterReader.read(
            "title: \"unclosed\ndoc_type: apiPageType\n", firstLine: 2, file: "p.md", diagnostics: &diagnostics)
        #expect(frontMatter.docType == "apiPageType")
        #expect(diagnostics.all.map(\.code) == ["front-matter-invalid-yaml"])
        #expect(diagnostics.all.first?.location?.file == "p.md")
    }
}
