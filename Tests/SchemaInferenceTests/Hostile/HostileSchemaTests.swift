import GraphDocCore
import LenientJSON
import PageReader
@testable import SchemaInference
import TestSupport
import Testing

/// Invented pages that declare hostile names and impossible inheritance: the model is
/// inferred in bounded time, keeps what it can, and reports what it cannot at its line.
@Suite("Hostile documentation: the API model")
struct HostileSchemaTests {
    /// The hang guard: generous, only there to fail a test that would otherwise run for minutes.
    static let timeLimit: Duration = .seconds(10)

    /// Infers the model of pages given as (relative path, text), within ``timeLimit``.
    static func model(
        _ pages: [(String, String)], sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) -> APIModel {
        var model: APIModel?
        let elapsed = ContinuousClock().measure { model = SchemaTestSupport.model(pages) }
        #expect(elapsed < timeLimit, "inference took \(elapsed)", sourceLocation: sourceLocation)
        for diagnostic in model!.diagnostics {
            #expect(diagnostic.location != nil, "diagnostic without a location: \(diagnostic.formatted)", sourceLocation: sourceLocation)
        }
        return model!
    }

    /// The diagnostics with `code`, as `path:line`.
    static func located(_ model: APIModel, _ code: String) -> [String] {
        model.diagnostics.filter { $0.code == code }.compactMap { diagnostic in
            diagnostic.location.map { "\($0.file):\($0.position.line)" }
        }
    }

    // MARK: Inheritance cycles

    @Test("a type that gives itself as its base type loses that base type, with a warning at its declaration")
    func selfBaseType() {
        let model = Self.model([
            ("resources/loop.md", HostilePages.resourcePage("microsoft.graph.loop", extra: #""baseType": "microsoft.graph.loop","#)),
        ])
        #expect(model.type("microsoft.graph.loop")?.baseType == nil)
        #expect(Self.located(model, "type-base-cycle") == ["resources/loop.md:11"])
    }

    @Test("two types that name each other as base type: one link is dropped, with a warning")
    func mutualBaseTypes() {
        let model = Self.model([
            ("resources/a.md", HostilePages.resourcePage("microsoft.graph.a", extra: #""baseType": "microsoft.graph.b","#)),
            ("resources/b.md", HostilePages.resourcePage("microsoft.graph.b", extra: #""baseType": "microsoft.graph.A","#)),
        ])
        #expect(model.type("microsoft.graph.a")?.baseType == "microsoft.graph.b")
        #expect(model.type("microsoft.graph.b")?.baseType == nil)
        #expect(Self.located(model, "type-base-cycle") == ["resources/b.md:11"])
        #expect(model.diagnostics.first { $0.code == "type-base-cycle" }?.message.contains(
            "microsoft.graph.b → microsoft.graph.a → microsoft.graph.b") == true)
    }

    @Test("a cycle of three types through prose and a derived-type table is broken once")
    func threeTypeCycle() {
        let derived = "\n## Derived types\n| Type | Description |\n|:--|:--|\n| [z](z.md) | Z. |\n"
        let model = Self.model([
            ("resources/x.md", HostilePages.resourcePage("microsoft.graph.x", prose: "Inherits from [y](y.md).") + derived),
            ("resources/y.md", HostilePages.resourcePage("microsoft.graph.y", prose: "Inherits from [z](z.md).")),
            ("resources/z.md", HostilePages.resourcePage("microsoft.graph.z")),
        ])
        #expect(["x", "y", "z"].map { model.type("microsoft.graph.\($0)")?.baseType } == ["microsoft.graph.y", "microsoft.graph.z", nil])
        #expect(Self.located(model, "type-base-cycle") == ["resources/z.md:11"])
    }

    @Test("a chain of 1,000 types is walked in linear time, and the loop closing it is broken")
    func longChain() {
        var pages: [(String, String)] = []
        for index in 0..<1_000 {
            let base = "microsoft.graph.t\((index + 1) % 1_000)"
            pages.append(("resources/t\(index).md", HostilePages.resourcePage("microsoft.graph.t\(index)", extra: #""baseType": "\#(base)","#)))
        }
        let model = Self.model(pages)
        #expect(model.types.filter { $0.baseType == nil }.count == 1)
        #expect(Self.located(model, "type-base-cycle").count == 1)
    }

    // MARK: Names

    @Test("@odata.type values that are paths, or not names, declare no type; each is reported at its annotation")
    func typeNamesThatArePaths() {
        let declared = [
            "../../etc/passwd", "microsoft.graph/../x", "/absolute", "microsoft.graph.a/b", #"microsoft.graph.quote"d"#,
            "microsoft.graph.1stPlace", "microsoft..graph", "microsoft.graph.", "",
            "microsoft.graph." + String(repeating: "long", count: 1_500),
        ]
        let pages = declared.enumerated().map { index, name in ("resources/p\(index).md", HostilePages.resourcePage(name)) }
        let model = Self.model(pages)
        #expect(model.types.isEmpty)
        #expect(Self.located(model, "type-name-invalid") == declared.indices.map { "resources/p\($0).md:11" })
    }

    @Test("a base type that is a path is ignored with a warning; the type is kept")
    func baseTypeThatIsAPath() {
        let model = Self.model([
            ("resources/c.md", HostilePages.resourcePage("microsoft.graph.c", extra: #""baseType": "../../microsoft.graph.entity","#)),
        ])
        #expect(model.type("microsoft.graph.c")?.baseType == nil)
        #expect(Self.located(model, "type-name-invalid") == ["resources/c.md:11"])
    }

    @Test("Swift keywords and look-alike letters are names: the types are kept as written")
    func keywordAndLookAlikeTypeNames() {
        let names = ["microsoft.graph.class", "microsoft.graph.self", "microsoft.graph.Type", "microsoft.graph.protocol",
                     "microsoft.graph.n\u{0430}me", "microsoft.graph.\u{FF4E}\u{FF41}\u{FF4D}\u{FF45}"]
        let model = Self.model(names.enumerated().map { ("resources/k\($0).md", HostilePages.resourcePage($1)) })
        #expect(Set(model.types.map(\.name)) == Set(names))
        #expect(model.diagnostics.filter { $0.code == "type-name-invalid" }.isEmpty)
    }

    @Test("JSON keys that are not property names are reported at the key; the others are kept exactly")
    func hostilePropertyNamesInJSON() throws {
        let keys = HostilePages.names.map { JSONWriter(style: .compact).string(from: .string($0)) }
        let json = "{\n" + keys.map { "  \($0): \"String\"" }.joined(separator: ",\n") + "\n}"
        let model = Self.model([("resources/names.md", HostilePages.resourcePage("microsoft.graph.names", json: json))])
        let type = try #require(model.type("microsoft.graph.names"))
        #expect(type.properties.map(\.name) == ["n\u{0430}me", "\u{FF4E}\u{FF41}\u{FF4D}\u{FF45}", "class", "self", "Type", "protocol"])
        // The JSON block starts on line 17; each key is on its own line, at column 3.
        let invalid = model.diagnostics.filter { $0.code == "property-name-invalid" }
        #expect(invalid.map { $0.location.map { "\($0.position.line):\($0.position.column)" } ?? "" }
            == ["18:3", "19:3", "20:3", "21:3", "22:3", "23:3", "30:3", "31:3", "32:3"])
    }

    @Test("table names that are not property names are reported at their row", arguments: [
        (#"quote"d"#, "quote"), ("end*/comment", "end"), ("1stPlace", nil), (#"""triple"#, nil), ("", nil),
        (#"back\slash"#, "back"),
    ] as [(String, String?)])
    func hostilePropertyNamesInTables(_ cell: String, _ readAs: String?) {
        let model = Self.model([
            ("resources/t.md", HostilePages.resourcePage("microsoft.graph.t", rows: ["| \(cell) | String | A property. |", "| ok | String | Another. |"])),
        ])
        #expect(model.type("microsoft.graph.t")?.properties.map(\.name) == [readAs, "ok"].compactMap { $0 })
        #expect(Self.located(model, "property-name-invalid") == ["resources/t.md:8"])
    }

    @Test("enumeration members that are not names are reported; the others are kept exactly")
    func hostileEnumMembers() throws {
        let page = """
            # pet resource type
            Namespace: microsoft.graph

            ## Properties
            | Property | Type | Description |
            |:--|:--|:--|
            | mood | moodKind | Possible values are: `happy`, `"quoted"`, `a\\b`, `*/`, `class`, `self`, `Type`, `1st`, `\(String(repeating: "z", count: 200))`, `unknownFutureValue`. |
            | kind | petKind | The kind. |
            ### petKind values
            | Member | Description |
            |:--|:--|
            | dog | A dog. |
            | 2cats | Two cats. |
            | ca"t | A cat. |

            ## JSON representation
            \(SchemaTestSupport.resourceBlock("microsoft.graph.pet"))
            """
        let model = Self.model([("resources/pet.md", page)])
        #expect(model.type("microsoft.graph.moodKind")?.members == ["happy", "class", "self", "Type", "unknownFutureValue"])
        #expect(model.type("microsoft.graph.petKind")?.members == ["dog", "ca"])
        #expect(Self.located(model, "enum-member-invalid") == Array(repeating: "resources/pet.md:7", count: 5)
            + ["resources/pet.md:13", "resources/pet.md:14"])
    }

    @Test("the model of hostile names encodes as JSON that reads back strictly, unchanged")
    func modelJSONRoundTrip() throws {
        let json = "{ " + HostilePages.names.map { "\(JSONWriter(style: .compact).string(from: .string($0))): \"String\"" }.joined(separator: ", ") + " }"
        let model = Self.model([
            ("resources/names.md", HostilePages.resourcePage("microsoft.graph.names", prose: #"Say "hi" \ */ """ #"."#, json: json)),
        ])
        let value = try JSONValueEncoder().encode(model)
        let text = JSONWriter().string(from: value)
        let again = LenientJSONReader().read(text)
        #expect(again.isStrict)
        #expect(again.value == value)
    }

    // MARK: Scale and depth

    @Test("a type with 20,000 properties in its table and its JSON is built in linear time")
    func manyProperties() throws {
        let rows = (0..<20_000).map { "| p\($0) | String | Property \($0). |" }
        let json = "{ " + (0..<20_000).map { "\"p\($0 * 2)\": \"Int32\"" }.joined(separator: ", ") + " }"
        let model = Self.model([("resources/wide.md", HostilePages.resourcePage("microsoft.graph.wide", rows: rows, json: json))])
        let type = try #require(model.type("microsoft.graph.wide"))
        #expect(type.properties.count == 30_000)
        #expect(type.properties.last?.name == "p39998")
    }

    @Test("15,000 rows naming the same enumeration's possible values are merged in linear time")
    func manyPossibleValues() throws {
        let rows = (0..<15_000).map { "| p\($0) | sharedKind | Possible values are: `v\($0 % 1_000)`, `w\($0)`. |" }
        let model = Self.model([("resources/enums.md", HostilePages.resourcePage("microsoft.graph.enums", rows: rows))])
        let members = try #require(model.type("microsoft.graph.sharedKind")?.members)
        #expect(members.count == 16_000)
        #expect(members.prefix(3) == ["v0", "w0", "v1"])
    }

    @Test("a resource block whose JSON nests 100,000 levels declares its type without JSON members")
    func deepResourceJSON() throws {
        let json = String(repeating: "{\"a\":", count: 100_000) + "1" + String(repeating: "}", count: 100_000)
        let model = Self.model([("resources/deep.md", HostilePages.resourcePage("microsoft.graph.deep", json: json))])
        let type = try #require(model.type("microsoft.graph.deep"))
        #expect(type.properties.isEmpty)
    }

    // MARK: Types known only from examples

    /// A page whose one example is `json`, annotated as a value of `type`.
    static func examplePage(_ type: String, json: String) -> String {
        """
        # Examples
        Namespace: microsoft.graph

        Examples.
        <!-- { "blockType": "example", "@odata.type": "\(type)" } -->
        ```json
        \(json)
        ```
        """
    }

    @Test("an example of 20,000 members and 5,000 objects naming 1,000 types is read in linear time")
    func wideExamples() throws {
        let members = (0..<20_000).map { "\"p\($0)\": \($0)" }
        let objects = (0..<5_000).map { "{ \"@odata.type\": \"#microsoft.graph.t\($0 % 1_000)\", \"x\($0 % 7)\": \"v\" }" }
        let json = "{ " + members.joined(separator: ", ") + ", \"items\": [" + objects.joined(separator: ", ") + "] }"
        let model = Self.model([("api/wide.md", Self.examplePage("microsoft.graph.wideExample", json: json))])
        let wide = try #require(model.type("microsoft.graph.wideExample"))
        #expect(wide.properties.count == 20_001)
        // The items name a thousand types that share no documented base: no type is invented for them.
        #expect(wide.property("items")?.type == "Collection(Edm.Untyped)")
        #expect(model.types.count == 1_001)
        #expect(model.type("microsoft.graph.t999")?.properties.map(\.name) == ["x5", "x4", "x3", "x2", "x1"])
    }

    @Test("arrays nested 500 deep in an example stop showing a type past 16 levels")
    func deepArraysInExamples() throws {
        let json = "{ \"a\": " + String(repeating: "[", count: 500) + "1" + String(repeating: "]", count: 500) + " }"
        let model = Self.model([("api/deep.md", Self.examplePage("microsoft.graph.deepExample", json: json))])
        let type = try #require(model.type("microsoft.graph.deepExample")?.property("a")?.type)
        #expect(type == String(repeating: "Collection(", count: 16) + "Edm.Untyped" + String(repeating: ")", count: 16))
    }

    @Test("objects that name their type only in another example are read again until the types settle")
    func typesSettleOverReadings() throws {
        // Example k names the type of the object k levels down; the objects above it name
        // none, so each level's type is known only once the level above it is: the leaf
        // example's innermost object is a level5 after six readings.
        func nested(_ depth: Int, around inner: String) -> String {
            String(repeating: "{ \"next\": ", count: depth) + inner + String(repeating: " }", count: depth)
        }
        var pages = (1...5).map { level in
            ("api/\(level).md", Self.examplePage(
                "microsoft.graph.level0", json: nested(level, around: "{ \"@odata.type\": \"#microsoft.graph.level\(level)\" }")))
        }
        pages.append(("api/leaf.md", Self.examplePage("microsoft.graph.level0", json: nested(5, around: "{ \"leaf\": 1 }"))))
        let model = Self.model(pages)
        for level in 0..<5 {
            #expect(model.type("microsoft.graph.level\(level)")?.property("next")?.type == "microsoft.graph.level\(level + 1)")
        }
        #expect(model.type("microsoft.graph.level5")?.properties.map(\.name) == ["leaf"])
    }
}
