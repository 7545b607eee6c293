import GraphDocCore
@testable import PageReader
import TestSupport
import Testing

@Suite("English recovery")
struct EnglishRecoveryTests {
    func recover(_ text: String) -> EnglishRecovery.Result {
        EnglishRecovery.recover(Array(text.utf8), from: 0)
    }

    func string(_ result: EnglishRecovery.Result) -> String {
        String(decoding: result.bytes, as: UTF8.self)
    }

    @Test("a pair becomes its English side, wherever it stands")
    func replacesPairs() {
        let page = """
            # <a name="x"></a>\(TestPages.pair("a-1", "Создание", "Create call"))
            [\(TestPages.pair("a-2", "вызов", "call"))](call.md) and \(TestPages.pair("a-p102", "Два. Предложения.", "Two `code`. **Sentences**."))
            """
        let result = recover(page)
        #expect(string(result) == """
            # <a name="x"></a>Create call
            [call](call.md) and Two `code`. **Sentences**.
            """)
        #expect(result.textSource == .sideBySide)
        #expect(result.pairCount == 3)
        #expect(result.problems.isEmpty)
    }

    @Test("a pair broken across two lines stays on one line")
    func joinsBrokenPairs() {
        let result = recover("| " + TestPages.pair("b-1", "Фото\nграфия", "Photo\ngraph") + " | String |\nnext")
        #expect(string(result) == "| Photo graph | String |\nnext")
    }

    @Test("pipes inside English are escaped on table rows only")
    func escapesPipesOnTableRows() {
        let row = "| " + TestPages.pair("c-1", "а | б", "`a | b` or \\| c") + " |"
        #expect(string(recover(row)) == "| `a \\| b` or \\| c |")
        let prose = TestPages.pair("c-2", "а | б", "a | b")
        #expect(string(recover(prose)) == "a | b")
    }

    @Test("spans without an English side keep their localized text")
    func localizedOnly() {
        let result = recover(#"<span data-ttu-id="d-1">Только перевод</span> text"#)
        #expect(string(result) == "Только перевод text")
        #expect(result.textSource == .localizedOnly)
        #expect(result.textSource.englishRecovered == false)
    }

    @Test("pages without spans pass through unchanged")
    func plainPages() {
        let text = "# Create call\n\nPlain <b>English</b>.\n"
        let result = recover(text)
        #expect(string(result) == text)
        #expect(result.textSource == .plain)
        #expect(result.textSource.englishRecovered == nil)
    }

    @Test("every recovered byte maps back to its page offset")
    func mapsOffsets() {
        let prefix = "ab "
        let page = prefix + TestPages.pair("e-1", "Привет", "Hello") + " tail"
        let result = recover(page)
        #expect(string(result) == "ab Hello tail")
        let englishOffset = Array(page.utf8).firstRange(of: Array("Hello".utf8))!.lowerBound
        #expect(result.map.originalOffset(of: 3) == englishOffset)
        #expect(result.map.originalOffset(of: 4) == englishOffset + 1)
        let tailOffset = Array(page.utf8).firstRange(of: Array(" tail".utf8))!.lowerBound
        #expect(result.map.originalOffset(of: 8) == tailOffset)
        #expect(result.map.originalOffset(of: 1) == 1)
    }

    @Test("mismatched ids and unclosed spans are reported")
    func problems() {
        let mismatched = #"<span data-ttu-id="f-1">а</span><span class="sxs-lookup"><span data-stu-id="f-2">a</span></span>"#
        let result = recover(mismatched)
        #expect(string(result) == "a")
        #expect(result.problems.map(\.code) == ["span-id-mismatch"])
        let unclosed = recover(#"x <span data-ttu-id="f-3">never closed"#)
        #expect(unclosed.problems.map(\.code) == ["span-malformed"])
        #expect(unclosed.problems.first?.offset == 2)
        #expect(string(unclosed) == #"x <span data-ttu-id="f-3">never closed"#)
    }
}
