import GraphDocCore
import LenientJSON
@testable import SchemaInference
import Testing

/// Keeping a part of the model: operations by path prefix, types by name, and their closure.
@Suite("Model selection")
struct ModelSelectionTests {
    /// An invented operation page: feeding an animal (an action with a typed body parameter).
    static let feedPage = """
        # animal: feed
        Namespace: contoso.zoo

        Feed an animal.
        ## HTTP request
        <!-- { "blockType": "ignored" } -->
        ```http
        POST /animals/{id}/feed
        ```
        ## Request body
        | Parameter | Type | Description |
        |:--|:--|:--|
        | meal | [feeding](../resources/feeding.md) | What it gets. |
        ## Response
        If successful, this method returns a `204 No Content` response code.
        ## Example
        <!-- { "blockType": "request", "name": "feed_animal" } -->
        ```http
        POST https://api.contoso.com/v2.0/animals/a1/feed
        Content-type: application/json

        { "meal": { "amount": 2.5 } }
        ```
        """

    /// An invented operation page: reading a keeper.
    static let keeperPage = """
        # Get keeper
        Namespace: contoso.zoo

        Read a keeper.
        ## HTTP request
        <!-- { "blockType": "ignored" } -->
        ```http
        GET /keepers/{id}
        ```
        ## Response
        If successful, this method returns a `200 OK` response code and a [keeper](../resources/keeper.md) object in the response body.
        ## Example
        <!-- { "blockType": "request", "name": "get_keeper" } -->
        ```http
        GET https://api.contoso.com/v2.0/keepers/k1
        ```
        <!-- { "blockType": "response", "@odata.type": "contoso.zoo.keeper" } -->
        ```http
        HTTP/1.1 200 OK
        Content-type: application/json

        { "id": "k1" }
        ```
        """

    static let model = SchemaTestSupport.model(
        ContosoZooTests.pages + [("api/animal-feed.md", feedPage), ("api/keeper-get.md", keeperPage)])

    @Test("the invented pages give the operations and types the selections below start from")
    func premise() {
        #expect(Self.model.operations.map(\.path) == ["/animals/{id}/feed", "/keepers/{id}"])
        #expect(Self.model.operations.first?.bodyParameters.map(\.type) == ["contoso.zoo.feeding"])
        #expect(Self.model.types.count > 4)
    }

    @Test("an empty selection keeps the model as it is")
    func emptySelection() {
        #expect(ModelSelection().apply(to: Self.model) == Self.model)
    }

    @Test("a path prefix keeps its operations, the types they use, their base types, and their pages' examples")
    func pathPrefixClosure() {
        let selected = ModelSelection(pathPrefixes: ["/keepers"]).apply(to: Self.model)
        #expect(selected.operations.map(\.path) == ["/keepers/{id}"])
        // keeper (the response), zooEntity (its base); shiftPattern is documented nowhere.
        #expect(selected.types.map(\.name) == ["contoso.zoo.keeper", "contoso.zoo.zooEntity"])
        #expect(selected.examples.map(\.name) == ["get_keeper", "get_keeper-response"])
        #expect(!selected.diagnostics.contains { $0.code == "filter-no-match" })
    }

    @Test("an action's body parameter types are pulled in")
    func actionParameters() {
        let selected = ModelSelection(pathPrefixes: ["/animals/"]).apply(to: Self.model)
        #expect(selected.operations.map(\.name) == ["animal-feed"])
        #expect(selected.types.map(\.name) == ["contoso.zoo.feeding"])
        #expect(selected.examples.map(\.name) == ["feed_animal"])
    }

    @Test("a named type pulls in its property types (enums, collections, navigation) and bases, not derived types")
    func typeClosure() {
        let selected = ModelSelection(types: ["animal"]).apply(to: Self.model)
        #expect(selected.operations.isEmpty)
        #expect(selected.types.map(\.name) == [
            "contoso.zoo.animal", "contoso.zoo.dietKind", "contoso.zoo.feeding", "contoso.zoo.habitatKind",
            "contoso.zoo.keeper", "contoso.zoo.species", "contoso.zoo.zooEntity",
        ])
        #expect(!selected.types.contains { $0.name == "contoso.zoo.birdSpecies" })
    }

    @Test("a derived type pulls in its base's chain")
    func derivedTypePullsBase() {
        let selected = ModelSelection(types: ["contoso.zoo.birdSpecies"]).apply(to: Self.model)
        #expect(selected.types.map(\.name) == ["contoso.zoo.birdSpecies", "contoso.zoo.species"])
    }

    @Test("path steps are matched whole and without regard to ASCII case")
    func pathSteps() {
        #expect(ModelSelection.path("/communications/calls/{id}", startsWith: "/communications/calls"))
        #expect(ModelSelection.path("/communications/calls", startsWith: "/Communications/Calls/"))
        #expect(ModelSelection.path("/me/drive/root:/{path}:", startsWith: "/me/drive/root"))
        #expect(!ModelSelection.path("/communications/callsX", startsWith: "/communications/calls"))
        #expect(!ModelSelection.path("/me", startsWith: "/me/events"))
    }

    @Test("type expressions name their element type; primitives name none")
    func namedTypes() {
        #expect(ModelSelection.namedType("Collection(contoso.zoo.feeding)") == "contoso.zoo.feeding")
        #expect(ModelSelection.namedType("contoso.zoo.feeding") == "contoso.zoo.feeding")
        #expect(ModelSelection.namedType("Collection(Edm.String)") == nil)
        #expect(ModelSelection.namedType("Edm.Int64") == nil)
    }

    @Test("a closure follows chains through hand-built types, and examples of kept types stay")
    func handBuiltClosure() {
        func type(_ name: String, base: String? = nil, properties: [String] = []) -> APIType {
            APIType(
                name: name, kind: .complex, baseType: base, abstract: false, openType: false, keyProperty: nil,
                description: "", properties: properties.enumerated().map {
                    APIProperty(name: "p\($0.offset)", type: $0.element, nullable: true, readOnly: false, navigation: false, description: "")
                }, members: [], sources: [])
        }
        func example(_ name: String, type: String?, source: String) -> APIExample {
            APIExample(
                name: name, kind: .example, type: type, collection: false, truncated: false, method: nil, path: nil, status: nil,
                body: nil, source: source, location: SourceLocation(file: source, line: 1, column: 1), bodyLine: nil)
        }
        let model = APIModel(
            types: [
                type("x.a", properties: ["Collection(x.b)"]), type("x.b", base: "x.c"), type("x.c", properties: ["x.d"]),
                type("x.d"), type("x.e", base: "x.c"), type("y.f"), type("y.g", properties: ["x.a"]),
            ],
            operations: [
                APIOperation(
                    name: "op", method: "GET", path: "/gs", queryOptions: [.init(name: "kind", type: "x.d")],
                    response: .init(status: 200, type: "y.g", collection: true), source: "api/op.md"),
                APIOperation(name: "other", method: "GET", path: "/fs", response: .init(status: 200, type: "y.f"), source: "api/other.md"),
            ],
            examples: [
                example("of-a", type: "x.a", source: "resources/a.md"), example("of-f", type: "y.f", source: "resources/f.md"),
                example("untyped-on-op", type: nil, source: "api/op.md"), example("untyped-elsewhere", type: nil, source: "api/other.md"),
            ])
        let byPrefix = ModelSelection(pathPrefixes: ["/gs"]).apply(to: model)
        #expect(byPrefix.types.map(\.name) == ["x.a", "x.b", "x.c", "x.d", "y.g"])
        #expect(byPrefix.operations.map(\.name) == ["op"])
        #expect(byPrefix.examples.map(\.name) == ["of-a", "untyped-on-op"])
        let byNamespace = ModelSelection(namespaces: ["y"]).apply(to: model)
        #expect(byNamespace.types.map(\.name) == ["x.a", "x.b", "x.c", "x.d", "y.f", "y.g"])
        #expect(byNamespace.examples.map(\.name) == ["of-a", "of-f"])
    }

    @Test("names and prefixes that match nothing are reported as warnings")
    func unmatched() {
        let selected = ModelSelection(pathPrefixes: ["/nowhere"], types: ["unicorn"], namespaces: ["contoso.mars"])
            .apply(to: Self.model)
        let warnings = selected.diagnostics.filter { $0.code == "filter-no-match" }.map(\.message)
        #expect(warnings.count == 3)
        #expect(warnings.contains("type 'unicorn' names no type of the model"))
        #expect(selected.types.isEmpty && selected.operations.isEmpty && selected.examples.isEmpty)
    }
}
