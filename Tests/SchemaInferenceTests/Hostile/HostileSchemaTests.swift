import GraphDocCore
import LenientJSON
import PageReader
@testable import SchemaInference
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

    /// A resource page of one type: a property table and a resource block.
    static func resourcePage(
        _ name: String, extra: String = "", prose: String = "", rows: [String] = [], json: String = "{}"
    ) -> String {
        """
        # \(name.split(separator: ".").last ?? "") resource type
        Namespace: microsoft.graph

        A type. \(prose)
        ## Properties
        | Property | Type | Description |
        |:--|:--|:--|
        \(rows.joined(separator: "\n"))

        ## JSON representation
        <!-- {
          "blockType": "resource",
          \(extra)
          "@odata.type": \(JSONWriter(style: .compact).string(from: .string(name)))
        } -->
        ```json
        \(json)
        ```
        """
    }

    // MARK: Inheritance cycles

    @Test("a type that gives itself as its base type loses that base type, with a warning at its declaration")
    func selfBaseType() {
        let model = Self.model([
            ("resources/loop.md", Self.resourcePage("microsoft.graph.loop", extra: #""baseType": "microsoft.graph.loop","#)),
        ])
        #expect(model.type("microsoft.graph.loop")?.baseType == nil)
        #expect(Self.located(model, "type-base-cycle") == ["resources/loop.md:11"])
    }

    @Test("two types that name each other as base type: one link is dropped, with a warning")
    func mutualBaseTypes() {
        let model = Self.model([
            ("resources/a.md", Self.resourcePage("microsoft.graph.a", extra: #""baseType": "microsoft.graph.b","#)),
            ("resources/b.md", Self.resourcePage("microsoft.graph.b", extra: #""baseType": "microsoft.graph.A","#)),
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
            ("resources/x.md", Self.resourcePage("microsoft.graph.x", prose: "Inherits from [y](y.md).") + derived),
            ("resources/y.md", Self.resourcePage("microsoft.graph.y", prose: "Inherits from [z](z.md).")),
            ("resources/z.md", Self.resourcePage("microsoft.graph.z")),
        ])
        #expect(["x", "y", "z"].map { model.type("microsoft.graph.\($0)")?.baseType } == ["microsoft.graph.y", "microsoft.graph.z", nil])
        #expect(Self.located(model, "type-base-cycle") == ["resources/z.md:11"])
    }

    @Test("a chain of 1,000 types is walked in linear time, and the loop closing it is broken")
    func longChain() {
        var pages: [(String, String)] = []
        for index in 0..<1_000 {
            let base = "microsoft.graph.t\((index + 1) % 1_000)"
            pages.append(("resources/t\(index).md", Self.resourcePage("microsoft.graph.t\(index)", extra: #""baseType": "\#(base)","#)))
        }
        let model = Self.model(pages)
        #expect(model.types.filter { $0.baseType == nil }.count == 1)
        #expect(Self.located(model, "type-base-cycle").count == 1)
    }

    // MARK: Scale and depth

    @Test("a type with 20,000 properties in its table and its JSON is built in linear time")
    func manyProperties() throws {
        let rows = (0..<20_000).map { "| p\($0) | String | Property \($0). |" }
        let json = "{ " + (0..<20_000).map { "\"p\($0 * 2)\": \"Int32\"" }.joined(separator: ", ") + " }"
        let model = Self.model([("resources/wide.md", Self.resourcePage("microsoft.graph.wide", rows: rows, json: json))])
        let type = try #require(model.type("microsoft.graph.wide"))
        #expect(type.properties.count == 30_000)
        #expect(type.properties.last?.name == "p39998")
    }

    @Test("15,000 rows naming the same enumeration's possible values are merged in linear time")
    func manyPossibleValues() throws {
        let rows = (0..<15_000).map { "| p\($0) | sharedKind | Possible values are: `v\($0 % 1_000)`, `w\($0)`. |" }
        let model = Self.model([("resources/enums.md", Self.resourcePage("microsoft.graph.enums", rows: rows))])
        let members = try #require(model.type("microsoft.graph.sharedKind")?.members)
        #expect(members.count == 16_000)
        #expect(members.prefix(3) == ["v0", "w0", "v1"])
    }

    @Test("a resource block whose JSON nests 100,000 levels declares its type without JSON members")
    func deepResourceJSON() throws {
        let json = String(repeating: "{\"a\":", count: 100_000) + "1" + String(repeating: "}", count: 100_000)
        let model = Self.model([("resources/deep.md", Self.resourcePage("microsoft.graph.deep", json: json))])
        let type = try #require(model.type("microsoft.graph.deep"))
        #expect(type.properties.isEmpty)
    }
}
