import GraphDocCore
import LenientJSON
import PageReader
import TestSupport
import Testing

/// Page fragment → page model tests, one construct each.
@Suite("Page structure")
struct PageStructureTests {
    let pair = TestPages.pair

    @Test("front matter is parsed; the English title comes from the first heading")
    func titleAndFrontMatter() {
        let page = TestPages.read("""
            ---
            title: Создание звонка
            doc_type: apiPageType
            ms.contentlocale: ru-RU
            ---
            # <a name="create-call"></a>\(pair("b7382-103", "Создание звонка", "Create call"))

            \(pair("b7382-104", "Пространство имен: microsoft.graph", "Namespace: microsoft.graph"))
            """)
        #expect(page.title == "Create call")
        #expect(page.frontMatter.title == "Создание звонка")
        #expect(page.frontMatter.docType == "apiPageType")
        #expect(page.locale == "ru-RU")
        #expect(page.englishRecovered == true)
        #expect(page.sections.first?.anchor == "create-call")
        #expect(page.sections.first?.line == 6)
        #expect(page.sections.first?.paragraphs.map(\.text.text) == ["Namespace: microsoft.graph"])
    }

    @Test("pages without spans pass through and say so")
    func plainPage() {
        let page = TestPages.read("# Create call\n\nCreate a new [call](../resources/call.md).\n")
        #expect(page.englishRecovered == nil)
        #expect(page.textSource == .plain)
        #expect(page.title == "Create call")
        let text = page.sections[0].paragraphs[0].text
        #expect(text.text == "Create a new call.")
        #expect(text.markdown == "Create a new [call](../resources/call.md).")
        #expect(text.links == [.init(text: "call", target: "../resources/call.md")])
    }

    @Test("sections nest by heading level")
    func sectionTree() {
        let page = TestPages.read("# A\n## B\n### C\n## D\n# E\n")
        #expect(page.sections.map(\.title) == ["A", "B", "C", "D", "E"])
        #expect(page.sections.map(\.parent) == [nil, 0, 1, 0, nil])
        #expect(page.sections.map(\.level) == [1, 2, 3, 2, 1])
    }

    @Test("English that holds markdown keeps it: code, bold, links, in list items and quotes")
    func englishMarkup() {
        let page = TestPages.read("""
            # T

            > \(pair("x-1", "**Примечание:**", "**Note:** See `id`."))

            - \(pair("x-2", "Элемент", "[An item](item.md)"))
            """)
        let paragraphs = page.sections[0].paragraphs
        #expect(paragraphs.map(\.kind) == [.blockQuote, .listItem])
        #expect(paragraphs[0].text.text == "Note: See id.")
        #expect(paragraphs[0].text.markdown == "**Note:** See `id`.")
        #expect(paragraphs[1].text.links == [.init(text: "An item", target: "item.md")])
    }

    @Test("table cells are English, links kept as text and target")
    func tables() throws {
        let page = TestPages.read("""
            ## Properties
            | \(pair("t-1", "Свойство", "Property")) | \(pair("t-2", "Тип", "Type")) | \(pair("t-3", "Описание", "Description")) |
            |:--|:--|:--|
            | \(pair("t-4", "id", "id")) | [\(pair("t-5", "вызов", "call"))](call.md) collection | \(pair("t-6", "Возможные значения: `a`, `b`.", "Possible values are: `a | b`, `c`.")) |
            | \(pair("t-7", "Фото\nграфия", "Photo\ngraph")) | String |
            """)
        let table = try #require(page.tables.first)
        #expect(table.header.map(\.text) == ["Property", "Type", "Description"])
        #expect(table.section == 0)
        #expect(table.line == 2)
        #expect(table.rows.count == 2)
        #expect(table.rows[0].cells[1].text == "call collection")
        #expect(table.rows[0].cells[1].links == [.init(text: "call", target: "call.md")])
        #expect(table.rows[0].cells[2].markdown == "Possible values are: `a | b`, `c`.")
        #expect(table.rows[1].cells.map(\.text) == ["Photo graph", "String", ""])
        #expect(table.rows[1].line == 5)
    }

    @Test("tab groups keep the HTTP tab's blocks and record other tabs and includes as references")
    func tabGroups() throws {
        let page = TestPages.read("""
            ##### Request
            # <a name="http"></a>[\(pair("y-1", "HTTP", "HTTP"))](#tab/http)
            <!-- { "blockType": "request", "name": "create-call" } -->
            ```http
            POST /communications/calls
            ```
            # [C#](#tab/csharp)
            [!INCLUDE [sample-code](../includes/snippets/csharp/create-call-csharp-snippets.md)]
            [!INCLUDE [sdk-documentation](../includes/snippets/snippets-sdk-documentation-link.md)]

            ---

            After the tabs.
            """)
        #expect(page.sections.map(\.title) == ["Request"])
        let block = try #require(page.codeBlocks.first)
        #expect(block.tab == "http")
        #expect(block.annotation?.names == ["create-call"])
        #expect(page.references.map(\.kind) == [.tab, .tab, .include, .include])
        #expect(page.references.map(\.label) == ["HTTP", "C#", "sample-code", "sdk-documentation"])
        #expect(page.references[2].target == "../includes/snippets/csharp/create-call-csharp-snippets.md")
        #expect(page.references[2].tab == "csharp")
        #expect(page.references[3].line == 9)
        #expect(page.sections[0].paragraphs.map(\.text.text) == ["After the tabs."])
        #expect(page.diagnostics.isEmpty)
    }

    @Test("annotations attach to the code block they precede; page annotations to the page")
    func annotations() throws {
        let page = TestPages.read("""
            # T
            <!-- {
              "blockType": "response",
              "truncated": "true",
              "@odata.type": "microsoft.graph.call"
            } -->


            ```json
            { "id": "1" }
            ```

            ```json
            {}
            ```
            <!--
            {
              "type": "#page.annotation",
              "description": "Create call",
            }
            -->
            <!-- uuid: 8fcb5dbc-d5aa-4681-8e31-b001d5168d79 -->
            """)
        #expect(page.codeBlocks.count == 2)
        let annotation = try #require(page.codeBlocks[0].annotation)
        #expect(annotation.blockType == "response")
        #expect(annotation.isTruncated)
        #expect(annotation.odataType == "microsoft.graph.call")
        #expect(annotation.line == 2)
        #expect(page.codeBlocks[1].annotation == nil)
        #expect(page.annotations.count == 1)
        #expect(page.annotations.first?.value["description"]?.stringValue == "Create call")
        // The page annotation's trailing comma is repaired and reported where it stands.
        let comma = try #require(page.diagnostics.first { $0.code.hasPrefix("json-") })
        #expect(comma.severity == .warning)
        #expect(comma.location?.position.line == 19)
    }

    @Test("an annotation that names its type with '@type' is read as '@odata.type', with a warning where it starts")
    func misspeltTypeKey() throws {
        let page = TestPages.read("""
            # T

            <!-- { "blockType": "response", "@type": "microsoft.graph.list" } -->
            ```json
            {}
            ```
            """)
        #expect(page.codeBlocks.first?.annotation?.odataType == "microsoft.graph.list")
        let warning = try #require(page.diagnostics.first)
        #expect(TestPages.codes(page) == ["annotation-type-key"])
        #expect(warning.severity == .warning)
        #expect(warning.location?.position.line == 3)
        // With both keys, '@odata.type' wins and nothing is reported.
        let both = TestPages.read("# T\n\n<!-- { \"@odata.type\": \"a.b.c\", \"@type\": \"x.y.z\" } -->\n```json\n{}\n```\n")
        #expect(both.codeBlocks.first?.annotation?.odataType == "a.b.c")
        #expect(both.diagnostics.isEmpty)
    }

    @Test("a plain-text response's body written as a code span right after its closed fence is read as its body")
    func textBodyAfterFence() throws {
        let page = TestPages.read("""
            # T

            ```http
            HTTP/1.1 200 OK
            Content-type: text/plain
            ```

            `893`

            ```http
            HTTP/1.1 200 OK
            Content-type: application/json
            ```

            `7`
            """)
        #expect(page.httpMessages.map { $0.body?.text } == ["893", nil])
        #expect(TestPages.codes(page) == ["http-body-after-fence"])
        #expect(page.diagnostics.first?.location?.position == SourcePosition(line: 8, column: 2))
        // The paragraph stays prose as well.
        #expect(page.sections.first?.paragraphs.map(\.text.text) == ["893", "7"])
        // Not when other content stands between, or the paragraph holds more than the span.
        for between in ["Some text.\n\n`893`", "`893` items"] {
            let other = TestPages.read("# T\n\n```http\nHTTP/1.1 200 OK\nContent-type: text/plain\n```\n\n\(between)\n")
            #expect(other.httpMessages.first?.body == nil)
            #expect(other.diagnostics.isEmpty)
        }
    }

    @Test("a request or response example written without a language is read as HTTP when its first line is", arguments: [
        ("request", "GET https://graph.microsoft.com/v1.0/teams/t1/channels\nConsistencyLevel: eventual", true),
        ("response", "HTTP/1.1 200 OK\nContent-type: application/json\n\n{\"id\": \"1\"}", true),
        ("request", "{\"id\": \"1\"}", false),
        ("response", "GET /me", false),
        ("example", "GET /me", false),
    ])
    func unlabeledHTTP(kind: String, content: String, isHTTP: Bool) {
        let page = TestPages.read("# T\n\n<!-- { \"blockType\": \"\(kind)\" } -->\n```\n\(content)\n```\n")
        #expect(page.httpMessages.count == (isHTTP ? 1 : 0))
        #expect(TestPages.codes(page) == (isHTTP ? ["code-block-unlabeled-http"] : []))
        if isHTTP, kind == "request" {
            #expect(page.httpMessages.first?.requestLine?.url.path == "/teams/t1/channels")
            #expect(page.httpMessages.first?.headers.map(\.name) == ["ConsistencyLevel"])
        }
        if isHTTP, kind == "response" {
            #expect(page.httpMessages.first?.statusLine?.code == 200)
            #expect(page.httpMessages.first?.body?.json?.value != nil)
        }
    }

    @Test("an annotation with text before its code block, or none after it, is reported")
    func strayAnnotations() {
        let separated = TestPages.read("""
            # T
            <!-- { "blockType": "ignored" } -->
            Some text.
            ```http
            GET /me
            ```
            """)
        #expect(separated.codeBlocks.first?.annotation?.blockType == "ignored")
        #expect(TestPages.codes(separated) == ["annotation-separated"])
        let dangling = TestPages.read("# T\n<!-- { \"blockType\": \"request\" } -->\n\nThe end.\n")
        #expect(TestPages.codes(dangling) == ["annotation-without-code-block"])
        #expect(dangling.diagnostics.first?.location?.position.line == 2)
    }

    @Test("an annotation at the end of a paragraph line attaches to the next code block")
    func inlineAnnotation() {
        let page = TestPages.read("""
            # T
            \(pair("z-1", "Вложения", "Attachments.")) <!-- { "blockType": "ignored" } -->
            ```http
            DELETE /me/messages/{id}
            ```
            """)
        #expect(page.codeBlocks.first?.annotation?.blockType == "ignored")
        #expect(page.sections[0].paragraphs.map(\.text.text) == ["Attachments."])
    }

    @Test("JSON repairs are reported at their line and column in the original page")
    func jsonPositions() throws {
        // The span pair on line 2 makes the recovered text shorter than the page;
        // positions must still be those of the page.
        let page = TestPages.read("""
            # T
            \(pair("j-1", "Длинный русский текст перед блоком", "Text"))
            ```json
            {
              "a": 1,
            }
            ```
            """)
        let block = try #require(page.codeBlocks.first)
        #expect(block.line == 3)
        #expect(block.json?.value?["a"]?.intValue == 1)
        #expect(block.json?.isStrict == false)
        let diagnostic = try #require(page.diagnostics.first)
        #expect(diagnostic.code == "json-trailing-comma")
        #expect(diagnostic.location == SourceLocation(file: "test.md", line: 5, column: 9))
    }

    @Test("code blocks inside list items are located despite their indentation")
    func indentedCodeBlocks() throws {
        let page = TestPages.read("""
            # T
            1. Step:

               ```json
               { "a": 1, }
               ```
            """)
        let block = try #require(page.codeBlocks.first)
        #expect(block.line == 4)
        #expect(page.diagnostics.first?.location?.position == SourcePosition(line: 5, column: 12))
    }

    @Test("info strings are normalized: case, spaces, no info")
    func infoStrings() {
        let page = TestPages.read("# T\n``` HTTP\nGET /me\n```\n```JSON\n{}\n```\n```\nplain\n```\n")
        #expect(page.codeBlocks.map(\.language) == ["http", "json", ""])
        #expect(page.codeBlocks.map(\.info) == ["HTTP", "JSON", ""])
    }
}
