@testable import APIDiff
import Foundation
import LenientJSON
import PageReader
import SchemaInference
import SwiftRendering
import TestSupport
import Testing

/// Small page trees of an invented API (`contoso.zoo`), changed one way at a time, and the
/// changes `graphdocgen diff` reports for them.
@Suite("API diff")
struct APIDiffTests {
    /// A resource page.
    static func resource(_ name: String, base: String? = nil, rows: [String], members: [String] = []) -> (String, String) {
        var text = """
            # \(name) resource type
            Namespace: contoso.zoo

            A \(name).\(base.map { " Inherits from [\($0)](\($0.lowercased()).md)." } ?? "")
            ## Properties
            | Property | Type | Description |
            |:--|:--|:--|
            \(rows.joined(separator: "\n"))

            """
        if !members.isEmpty {
            text += "### dietKind values\n| Member | Description |\n|:--|:--|\n" + members.map { "| \($0) | A kind. |" }.joined(separator: "\n") + "\n"
        }
        text += """
            ## JSON representation
            <!-- { "blockType": "resource", \(base.map { #""baseType": "contoso.zoo.\#($0)", "# } ?? "")"keyProperty": "id", "@odata.type": "contoso.zoo.\(name)" } -->
            ```json
            {}
            ```
            """
        return ("resources/\(name.lowercased()).md", text)
    }

    /// An operation page: `request` is its HTTP request line, `permissions` its delegated scopes.
    static func operation(_ file: String, _ request: String, response: String = "animal", permissions: String? = nil, functionTable: String? = nil) -> (String, String) {
        var text = "# \(file)\nNamespace: contoso.zoo\n\nDoes something.\n"
        if let permissions {
            text += """
                ## Permissions
                | Permission type | Permissions (from least to most privileged) |
                |:--|:--|
                | Delegated (work or school account) | \(permissions) |
                | Delegated (personal Microsoft account) | Not supported. |
                | Application | Not supported. |

                """
        }
        text += "## HTTP request\n```http\n\(request)\n```\n"
        if let functionTable { text += "## Function parameters\n| Parameter | Type | Description |\n|:--|:--|:--|\n\(functionTable)\n" }
        text += "## Response\nIf successful, this method returns a `200 OK` response code and an [\(response)](../resources/\(response).md) object.\n"
        return ("api/\(file).md", text)
    }

    /// The base pages, with `changes` replacing pages of the same path.
    static func pages(_ changes: [(String, String)] = [], removing removed: Set<String> = []) -> [(String, String)] {
        var pages = [
            resource("zooEntity", rows: ["| id | String | The id. |"]),
            resource("animal", base: "zooEntity", rows: [
                "| name | String | The name. |",
                "| weight | Int32 | In kg. |",
                "| diet | [dietKind](#dietkind-values) | What it eats. |",
                "| tags | String collection | Tags. |",
                "| Nickname | String | What keepers call it. |",
                "| habitat | String | Where it lives. |",
            ], members: ["herbivore", "carnivore"]),
            resource("keeper", rows: ["| id | String | The id. |", "| name | String | The name. |"]),
            operation("animal-get", "GET /animals/{id}", permissions: "Zoo.Read, Zoo.ReadWrite"),
            operation("animal-weigh", "GET /animals/{id}/weigh(unit='{unit}')", functionTable: "| unit | String | The unit. |"),
            operation("keeper-get", "GET /keepers/{id}", response: "keeper"),
        ]
        pages.removeAll { removed.contains($0.0) }
        for (path, text) in changes {
            if let index = pages.firstIndex(where: { $0.0 == path }) { pages[index] = (path, text) } else { pages.append((path, text)) }
        }
        return pages
    }

    static func surface(_ pages: [(String, String)]) -> APISurface {
        let model = SchemaInference.infer(from: pages.map { SchemaInference.evidence(from: TestPages.read($1, path: $0)) })
        let renderer = PackageRenderer(templates: try! TemplateLibrary(), runtime: [])
        return APISurface(model: model, renderer: renderer)
    }

    static func changes(to pages: [(String, String)]) -> [APIChange] {
        APIDiff.changes(from: surface(Self.pages()), to: surface(pages))
    }

    /// The changes as `class kind subject` lines.
    static func lines(_ changes: [APIChange]) -> [String] {
        changes.map { "\($0.changeClass.rawValue) \($0.kind) \($0.subject)" }
    }

    @Test("a tree against itself, and the same snapshot in two locales, report nothing")
    func noChanges() throws {
        #expect(Self.changes(to: Self.pages()).isEmpty)
        let locales = ["es-ES", "de-DE"].map { locale in
            let model = SchemaInference.infer(from: [SchemaInference.evidence(from: try! TestPages.readFile("api/create-call.\(locale).md"))])
            return APISurface(model: model, renderer: PackageRenderer(templates: try! TemplateLibrary(), runtime: []))
        }
        #expect(APIDiff.changes(from: locales[0], to: locales[1]).isEmpty)
        #expect(APISurfaceFile.contents(of: locales[0]) == APISurfaceFile.contents(of: locales[1]))
    }

    @Test("the surface generate records from the rendered package is the one worked out without rendering")
    func surfaceOfRenderedPackage() throws {
        let model = SchemaInference.infer(from: Self.pages().map { SchemaInference.evidence(from: TestPages.read($1, path: $0)) })
        let renderer = PackageRenderer(templates: try TemplateLibrary(), runtime: [])
        let package = try renderer.render(model, sourceSummary: "test")
        let surface = APISurface(model: model, renderer: renderer, package: package)
        #expect(!surface.client.isEmpty && surface.types.contains { $0.polymorphicCases != nil })
        #expect(surface == APISurface(model: model, renderer: renderer))
    }

    @Test("properties: added is additive, removed breaks Swift, moved into the base type is no change")
    func addedRemovedMoved() {
        let moved = Self.changes(to: Self.pages([
            Self.resource("zooEntity", rows: ["| id | String | The id. |", "| name | String | The name. |"]),
            Self.resource("animal", base: "zooEntity", rows: [
                "| weight | Int32 | In kg. |", "| diet | [dietKind](#dietkind-values) | What it eats. |", "| tags | String collection | Tags. |",
                "| Nickname | String | What keepers call it. |", "| habitat | String | Where it lives. |", "| age | Int32 | In years. |",
            ], members: ["herbivore", "carnivore"]),
        ]))
        #expect(Self.lines(moved) == [
            "additive property-added contoso.zoo.animal.age",
            "additive property-added contoso.zoo.zooEntity.name",
        ])
        let removed = Self.changes(to: Self.pages([
            Self.resource("keeper", rows: ["| id | String | The id. |"]),
        ]))
        #expect(Self.lines(removed) == ["breaking-swift property-removed contoso.zoo.keeper.name"])
        #expect(removed.first?.swift == "Keeper.name")
        #expect(removed.first?.file == "resources/keeper.md")
    }

    @Test("property types: String to an enumeration breaks Swift, not the wire; Int32 to Int64 is additive (both Int64); one to many breaks both")
    func propertyTypes() {
        let changes = Self.changes(to: Self.pages([
            Self.resource("animal", base: "zooEntity", rows: [
                "| name | String | The name. |", "| weight | Int64 | In kg. |", "| diet | [dietKind](#dietkind-values) | What it eats. |",
                "| tags | String | Tags. |", "| Nickname | String | What keepers call it. |",
                "| habitat | habitatKind | Where it lives. Possible values are: `savanna`, `jungle`. |",
            ], members: ["herbivore", "carnivore"]),
        ]))
        #expect(Self.lines(changes) == [
            "breaking-swift property-type contoso.zoo.animal.habitat",
            "breaking-swift property-cardinality contoso.zoo.animal.tags",
            "additive property-type contoso.zoo.animal.weight",
            "additive type-added contoso.zoo.habitatKind",
        ])
        #expect(changes.map(\.wire) == [false, true, false, false])
        #expect(changes[0].message.contains("(`String` → `Zoo.HabitatKind`); the values the service sent before still decode"))
    }

    @Test("properties in another order change the memberwise initializer: Swift-breaking")
    func initializerOrder() {
        let changes = Self.changes(to: Self.pages([
            Self.resource("keeper", rows: ["| name | String | The name. |", "| id | String | The id. |"]),
        ]))
        #expect(Self.lines(changes) == ["breaking-swift initializer-order contoso.zoo.keeper"])
        #expect(changes.first?.swift == "Keeper.init")
        #expect(changes.first?.message.hasPrefix("its initializer takes the properties in another order (`id:name` → `name:id`)") == true)
    }

    @Test("a JSON name whose case changes under the same Swift name breaks the wire only")
    func jsonName() {
        let changes = Self.changes(to: Self.pages([
            Self.resource("animal", base: "zooEntity", rows: [
                "| name | String | The name. |", "| weight | Int32 | In kg. |", "| diet | [dietKind](#dietkind-values) | What it eats. |",
                "| tags | String collection | Tags. |", "| nickname | String | What keepers call it. |", "| habitat | String | Where it lives. |",
            ], members: ["herbivore", "carnivore"]),
        ]))
        #expect(Self.lines(changes) == ["breaking-wire property-json-name contoso.zoo.animal.nickname"])
        #expect(changes.first?.message == "its JSON name changes from `Nickname` to `nickname` under the same Swift name")
    }

    @Test("enumeration members: added is additive, removed breaks Swift; types added and removed; a new base type breaks Swift")
    func membersAndTypes() {
        let changes = Self.changes(to: Self.pages([
            Self.resource("animal", base: "zooEntity", rows: [
                "| name | String | The name. |", "| weight | Int32 | In kg. |", "| diet | [dietKind](#dietkind-values) | What it eats. |",
                "| tags | String collection | Tags. |", "| Nickname | String | What keepers call it. |", "| habitat | String | Where it lives. |",
            ], members: ["herbivore", "omnivore"]),
            Self.resource("keeper", base: "zooEntity", rows: ["| name | String | The name. |"]),
            Self.resource("visitor", rows: ["| id | String | The id. |"]),
        ]))
        #expect(Self.lines(changes) == [
            "breaking-swift member-removed contoso.zoo.dietKind.carnivore",
            "additive member-added contoso.zoo.dietKind.omnivore",
            "breaking-swift base-type contoso.zoo.keeper",
            "additive type-added contoso.zoo.visitor",
            "breaking-swift polymorphic-cases contoso.zoo.zooEntity",
        ])
        #expect(changes.last?.message == "`AnyZooEntity` gains the case `keeper` (a type derives from it now): a switch over it must handle it")
        let removed = APIDiff.changes(from: Self.surface(Self.pages()), to: Self.surface(Self.pages(removing: ["resources/keeper.md"])))
        #expect(Self.lines(removed).contains("breaking-swift type-removed contoso.zoo.keeper"))
    }

    @Test("operations: added, removed, a function's argument now quoted otherwise, a first scope no longer listed")
    func operations() {
        let changes = Self.changes(to: Self.pages([
            Self.operation("animal-get", "GET /animals/{animal-id}", permissions: "Zoo.ReadWrite"),
            Self.operation("animal-weigh", "GET /animals/{id}/weigh(unit={unit})", functionTable: "| unit | String | The unit. |"),
            Self.operation("animal-feed", "POST /animals/{id}/feed"),
        ], removing: ["api/keeper-get.md"])).filter { $0.namespace != APIDiff.clientNamespace }
        #expect(Self.lines(changes) == [
            "breaking-wire permissions GET /animals/{animal-id}",
            "breaking-wire function-encoding GET /animals/{id}/weigh(unit={unit})",
            "breaking-swift operation-removed GET /keepers/{id}",
            "additive operation-added POST /animals/{id}/feed",
        ])
        #expect(changes[0].message.contains("`Zoo.Read` no longer listed"))
        #expect(changes[0].line != nil && changes[0].file == "api/animal-get.md")
        #expect(changes[1].message == "its argument `unit` is now written without quotes in the path")
        #expect(changes[2].swift == "GraphOperation.getKeepersItem")
        let required = Self.changes(to: Self.pages([
            Self.operation("animal-weigh", "GET /animals/{id}/weigh(unit='{unit}',precision={precision})",
                           functionTable: "| unit | String | The unit. |\n| precision | Int32 | Digits. |"),
        ]))
        #expect(Self.lines(required) == [
            "breaking-swift client-changed GraphClient.AnimalRequests.weigh",
            "breaking-wire parameter-added GET /animals/{id}/weigh(unit='{unit}',precision={precision})",
        ])
        #expect(required.first?.message == "its signature changes: `func weigh(unit: String) -> GraphClient.AnimalRequests.WeighRequests` → "
            + "`func weigh(unit: String, precision: Int) -> GraphClient.AnimalRequests.WeighRequests`")
        // Internal parameter names are not the API.
        #expect(APIDiff.withoutInternalNames("X: func users(_ id: String, select: [String]? = nil) -> Y") == "X: func users(_: String, select: [String]? = nil) -> Y")
        #expect(APIDiff.withoutInternalNames("X: var calls: Y") == "X: var calls: Y")
    }

    @Test("the client: the request types and members an operation removes or adds, as the Swift API digester sees them")
    func client() {
        let changes = Self.changes(to: Self.pages([Self.operation("animal-feed", "POST /animals/{id}/feed")], removing: ["api/keeper-get.md"]))
            .filter { $0.namespace == APIDiff.clientNamespace }
        #expect(Self.lines(changes) == [
            "additive client-added GraphClient.AnimalRequests.feed",
            "breaking-swift client-removed GraphClient.KeeperRequests",
            "breaking-swift client-removed GraphClient.KeeperRequests.get",
            "breaking-swift client-removed GraphClient.KeepersRequests",
            "breaking-swift client-removed GraphClient.keepers",
            "breaking-swift client-removed GraphOperation.getKeepersItem",
            "additive client-added GraphOperation.postAnimalsItemFeed",
        ])
        #expect(changes.first?.message == "`func feed() async throws -> Zoo.Animal` is added")
    }

    @Test("the report: the bump, counts per class, JSON with the issue's keys, a changelog grouped by namespace and class")
    func report() throws {
        let changes = Self.changes(to: Self.pages([
            Self.resource("keeper", rows: ["| id | String | The id. |"]),
            Self.resource("visitor", rows: ["| id | String | The id. |"]),
        ]))
        let report = APIChangeReport(changes: changes)
        #expect(report.bump == .major)
        #expect(report.summaryLine == "1 breaking-swift, 0 breaking-wire, 1 additive: a major version")
        #expect(APIChangeReport(changes: changes.filter { $0.changeClass == .additive }).bump == .minor)
        #expect(APIChangeReport(changes: []).bump == .patch)
        let json = try #require(LenientJSONReader().read(report.json).value)
        #expect(json["summary"]?["bump"]?.stringValue == "major")
        #expect(json["summary"]?["counts"]?["breaking-swift"]?.content == .number("1"))
        #expect(json["changes"]?[0]?["class"]?.stringValue == "breaking-swift")
        #expect(json["changes"]?[0]?["subject"]?.stringValue == "contoso.zoo.keeper.name")
        #expect(json["changes"]?[0]?["file"]?.stringValue == "resources/keeper.md")
        #expect(report.markdown == """
            ## API changes (major)

            1 breaking in swift, 1 additive.

            ### contoso.zoo

            **Breaking in Swift**

            - `contoso.zoo.keeper.name` ([resources/keeper.md](resources/keeper.md)): the property is removed

            **Additive**

            - `contoso.zoo.visitor` ([resources/visitor.md](resources/visitor.md)): the type is added

            """)
        #expect(report.text.hasPrefix("resources/keeper.md: breaking-swift: contoso.zoo.keeper.name: the property is removed [Keeper.name]\n"))
    }

    @Test("the recorded surface reads back as it was, without line numbers, the same bytes each time")
    func recorded() throws {
        let surface = Self.surface(Self.pages())
        #expect(surface.operations.contains { $0.line != nil })
        let text = APISurfaceFile.contents(of: surface)
        #expect(text == APISurfaceFile.contents(of: Self.surface(Self.pages().reversed())))
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("surface-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try APISurfaceFile.read(path) == surface.recorded)
        #expect(APIDiff.changes(from: try APISurfaceFile.read(path), to: surface).isEmpty)
        #expect(throws: APISurfaceFile.Unreadable.self) { try APISurfaceFile.read(path + ".missing") }
    }
}
