import GraphDocConfig
import GraphDocCore
import PageReader
import Testing

/// Choosing the pages to read: API version, globs, preferred locale.
@Suite("Page selection")
struct PageSelectionTests {
    func files(_ paths: [String]) -> [InputFile] { paths.map { InputFile(path: "in/" + $0, relativePath: $0) } }

    @Test("locale tags are recognized in file names, other dotted names are left alone")
    func pageNames() {
        #expect(PageName(path: "api/create-call.ru-RU.md") == PageName(path: "api/create-call.md").withLocale("ru-RU"))
        #expect(PageName(path: "create-call.zh-CN.md").page == "create-call.md")
        #expect(PageName(path: "api/sr.sr-Latn-RS.md").locale == "sr-Latn-RS")
        #expect(PageName(path: "api/call.md").locale == nil)
        #expect(PageName(path: "api/v1.0-notes.md").locale == nil)
        #expect(PageName(path: "api/event.delta.md").locale == nil)
        #expect(PageName.isLocale("en-US") && !PageName.isLocale("english") && !PageName.isLocale("e-US"))
    }

    @Test("globs: * within a step, ** over whole steps, ? one character")
    func globs() {
        #expect(PathGlob("api/*.md").matches("api/call.md"))
        #expect(!PathGlob("api/*.md").matches("v1.0/api/call.md"))
        #expect(PathGlob("**/api/*.md").matches("v1.0/api/call.md"))
        #expect(PathGlob("**/api/*.md").matches("api/call.md"))
        #expect(PathGlob("api/**").matches("api/x/y/z.md"))
        #expect(!PathGlob("api/*").matches("api/x/y.md"))
        #expect(PathGlob("api/call-?.md").matches("api/call-2.md"))
        #expect(!PathGlob("api/call-?.md").matches("api/call-22.md"))
        #expect(PathGlob("**/*-delete.md").matches("beta/api/call-delete.md"))
    }

    @Test("the preferred locale's copy is kept, else the first by path; single copies stay")
    func locales() {
        let input = files([
            "api/create-call.de-DE.md", "api/create-call.es-ES.md", "api/create-call.ru-RU.md",
            "api/delete-call.de-DE.md", "api/delete-call.es-ES.md", "api/get-call.zh-CN.md", "api/list.md",
        ])
        let (kept, notes) = PageSelection(locale: "ru-RU").apply(to: input)
        #expect(kept.map(\.relativePath) == [
            "api/create-call.ru-RU.md", "api/delete-call.de-DE.md", "api/get-call.zh-CN.md", "api/list.md",
        ])
        #expect(notes.map(\.code) == ["locale-selected"])
        #expect(notes.first?.severity == .note)
        #expect(PageSelection().apply(to: input).files == input)
    }

    @Test("an API version keeps the pages under its directory when the input holds both, and says so")
    func apiVersions() {
        let both = files(["beta/api/a.md", "beta/resources/r.md", "v1.0/api/a.md", "v1.0/api/b.md"])
        let (kept, notes) = PageSelection(apiVersion: .v1).apply(to: both)
        #expect(kept.map(\.relativePath) == ["v1.0/api/a.md", "v1.0/api/b.md"])
        #expect(notes.map(\.message) == ["apiVersion 'v1.0': reading the 2 pages under a 'v1.0' directory, skipping 2 others"])
        let one = files(["api/a.md", "api/b.md"])
        let (all, note) = PageSelection(apiVersion: .beta).apply(to: one)
        #expect(all == one)
        #expect(note.map(\.code) == ["api-version-unused"])
    }

    @Test("include keeps only matching pages, exclude drops matching ones; an include matching nothing is a warning")
    func includeExclude() {
        let input = files(["api/call-get.md", "api/call-delete.md", "resources/call.md"])
        let selection = PageSelection(include: [PathGlob("api/**"), PathGlob("nothing/*")], exclude: [PathGlob("**/*-delete.md")])
        let (kept, diagnostics) = selection.apply(to: input)
        #expect(kept.map(\.relativePath) == ["api/call-get.md"])
        #expect(diagnostics.filter { $0.severity == .warning }.map(\.message) == ["include pattern 'nothing/*' matches no page"])
    }

    @Test("a configuration's settings make the selection")
    func fromConfiguration() {
        let configuration = GraphDocConfiguration(
            apiVersion: .beta, locale: "de-DE", filters: ConfigurationFilters(include: ["a/*"], exclude: ["b/*"]))
        let selection = PageSelection(configuration)
        #expect(selection == PageSelection(apiVersion: .beta, locale: "de-DE", include: [PathGlob("a/*")], exclude: [PathGlob("b/*")]))
    }
}

extension PageName {
    func withLocale(_ locale: String) -> PageName {
        var copy = self
        copy.locale = locale
        return copy
    }
}
