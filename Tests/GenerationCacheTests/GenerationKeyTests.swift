import GenerationCache
import GraphDocCore
import Testing

@Suite("GenerationKey")
struct GenerationKeyTests {
    let generator = [ContentDigest(of: "executable"), ContentDigest(of: "template")]
    let pages = [(path: "api/a.md", digest: ContentDigest(of: "A")), (path: "api/b.md", digest: ContentDigest(of: "B"))]

    func key(
        generator: [ContentDigest]? = nil, settings: [String] = ["layout=package"],
        pages: [(path: String, digest: ContentDigest)]? = nil
    ) -> ContentDigest {
        GenerationKey(generator: generator ?? self.generator, settings: settings, pages: pages ?? self.pages).digest
    }

    @Test("is the same for the same generator, settings and pages")
    func stable() {
        #expect(key() == key())
        #expect(GenerationKey(generator: generator, settings: [], pages: pages).pageCount == 2)
    }

    @Test("changes with a page's contents, a page's path, the page list, a setting or the generator")
    func changes() {
        let base = key()
        #expect(key(pages: [pages[0], (path: "api/b.md", digest: ContentDigest(of: "B changed"))]) != base)
        #expect(key(pages: [pages[0], (path: "api/c.md", digest: ContentDigest(of: "B"))]) != base)
        #expect(key(pages: [pages[0]]) != base)
        #expect(key(pages: [pages[1], pages[0]]) != base)
        #expect(key(settings: ["layout=plugin"]) != base)
        #expect(key(generator: [ContentDigest(of: "rebuilt executable"), generator[1]]) != base)
    }

    @Test("keeps list boundaries: parts do not run together")
    func boundaries() {
        #expect(key(settings: ["ab", "c"]) != key(settings: ["a", "bc"]))
        #expect(key(settings: ["a", ""]) != key(settings: ["a"]))
        #expect(key(generator: [], settings: [ContentDigest(of: "x").hex]) != key(generator: [ContentDigest(of: "x")], settings: []))
    }
}
