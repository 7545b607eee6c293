import PageReader
@testable import SchemaInference
import Testing

/// What tells an edit of descriptions alone from one that changes what inference reads.
@Suite("ProseEdit")
struct ProseEditTests {
    /// A resource page of `contoso.zoo.thing`: its description, two property rows and,
    /// when asked, a request line.
    static func page(description: String = "A thing of the zoo.", label: String = "The label.", size: String = "Its size.",
                     sizeType: String = "Int32", request: Bool = false) -> String {
        """
        # thing resource type

        Namespace: contoso.zoo

        \(description)

        \(request ? "## HTTP request\n\n```http\nGET /things/{id}\n```\n" : "")
        ## Properties
        | Property | Type | Description |
        |:--|:--|:--|
        | label | String | \(label) |
        | size | \(sizeType) | \(size) |

        ## JSON representation
        <!-- { "blockType": "resource", "@odata.type": "contoso.zoo.thing" } -->
        ```json
        { "label": "String", "size": 1 }
        ```
        """
    }

    static func evidence(_ text: String) -> SchemaInference.PageEvidence {
        SchemaInference.evidence(from: PageReader.read(bytes: Array(text.utf8), path: "resources/thing.md", relativePath: "resources/thing.md"))
    }

    static func edits(from old: String, to new: String) -> [ProseEdit]? {
        SchemaInference.proseEdits(from: evidence(old), to: evidence(new))
    }

    @Test("the page's description and a row's description edited: one edit each, where the model holds them")
    func proseOnly() throws {
        let edits = try #require(Self.edits(from: Self.page(), to: Self.page(description: "A thing kept at the zoo.", size: "How big it is.")))
        #expect(edits == [
            ProseEdit(origin: ProseOrigin(page: "resources/thing.md"), text: "A thing kept at the zoo."),
            ProseEdit(origin: ProseOrigin(page: "resources/thing.md", row: 1), text: "How big it is."),
        ])
        #expect(Self.edits(from: Self.page(), to: Self.page()) == [])
        let model = SchemaInference.infer(from: [Self.evidence(Self.page())])
        let thing = try #require(model.types.first { $0.name == "contoso.zoo.thing" })
        #expect(thing.descriptionOrigin == ProseOrigin(page: "resources/thing.md"))
        #expect(thing.properties.map(\.descriptionOrigin) == [
            ProseOrigin(page: "resources/thing.md", row: 0), ProseOrigin(page: "resources/thing.md", row: 1),
        ])
    }

    @Test("an edit that changes what inference reads of a description, or anything else, is not prose alone", arguments: [
        page(label: "Read-only. The label."),
        page(label: "The label. Not nullable."),
        page(label: "The label. Possible values are: `a`, `b`."),
        page(label: "The [label](label.md)."),
        page(label: ""),
        page(description: ""),
        page(sizeType: "Int64"),
        page(size: "Its size.\n\nMore."),
    ])
    func notProse(_ edited: String) {
        #expect(Self.edits(from: Self.page(), to: edited) == nil)
    }

    @Test("the opening paragraph of a page that documents requests is also their summary: not prose alone")
    func operationSummary() {
        #expect(Self.edits(from: Self.page(request: true), to: Self.page(description: "Edited.", request: true)) == nil)
        #expect(Self.edits(from: Self.page(request: true), to: Self.page(label: "Edited.", request: true))?.count == 1)
        #expect(Self.edits(from: Self.page(), to: Self.page(description: "Edited."))?.count == 1)
    }
}
