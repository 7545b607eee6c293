import GraphDocCore
import PageReader
@testable import SchemaInference
import TestSupport
import Testing

@Suite("Relationships documented by methods")
struct NavigationFromMethodsTests {
    typealias Support = SchemaTestSupport

    static func pages(
        methodRow: String, apiFile: String, apiTitle: String, path: String, relationshipRow: String = ""
    ) -> [(String, String)] {
        [
            ("resources/keeper.md", """
                # keeper resource type
                Namespace: contoso.zoo
                ## Methods
                | Method | Return Type | Description |
                |:--|:--|:--|
                | \(methodRow) | [animal](animal.md) collection | Lists the animals. |
                ## Properties
                | Property | Type | Description |
                |:--|:--|:--|
                | name | String | The name. |
                ## Relationships
                | Relationship | Type | Description |
                |:--|:--|:--|
                \(relationshipRow)
                \(Support.resourceBlock("contoso.zoo.keeper", extra: #""keyProperty": "id","#))
                """),
            ("resources/animal.md", """
                # animal resource type
                Namespace: contoso.zoo
                \(Support.resourceBlock("contoso.zoo.animal", extra: #""keyProperty": "id","#))
                """),
            ("api/\(apiFile)", """
                # \(apiTitle)
                Namespace: contoso.zoo
                ## HTTP request
                ```http
                GET \(path)
                ```
                ## Response
                If successful, this method returns a `200 OK` response code and a collection of [animal](../resources/animal.md) objects in the response body.
                """),
        ]
    }

    @Test("a List method on the type's own page documents a relationship")
    func listMethod() throws {
        let model = Support.model(Self.pages(
            methodRow: "[List animals](../api/keeper-list-animals.md)", apiFile: "keeper-list-animals.md",
            apiTitle: "List animals", path: "/keepers/{id}/animals"))
        let property = try #require(model.type("contoso.zoo.keeper")?.property("animals"))
        #expect(property.type == "Collection(contoso.zoo.animal)")
        #expect(property.navigation)
        #expect(model.diagnostics.contains { $0.code == "property-from-methods" })
    }

    @Test("a relationship documented as one value is a collection when its List method returns one")
    func collectionFromListMethod() throws {
        let model = Support.model(Self.pages(
            methodRow: "[List animals](../api/keeper-list-animals.md)", apiFile: "keeper-list-animals.md",
            apiTitle: "List animals", path: "/keepers/{id}/animals",
            relationshipRow: "| animals | [animal](animal.md) | The animals kept. |"))
        let property = try #require(model.type("contoso.zoo.keeper")?.property("animals"))
        #expect(property.type == "Collection(contoso.zoo.animal)")
        #expect(property.description == "The animals kept.")
        let warning = try #require(model.diagnostics.first { $0.code == "relationship-collection-from-methods" })
        #expect(warning.severity == .warning)
        #expect(!model.diagnostics.contains { $0.code == "property-from-methods" })
    }

    @Test("a relationship documented as one value stays one when its method returns one")
    func singleStaysSingle() throws {
        let pages = Self.pages(
            methodRow: "[Get animal](../api/keeper-get-animal.md)", apiFile: "keeper-get-animal.md",
            apiTitle: "Get animal", path: "/keepers/{id}/animal",
            relationshipRow: "| animal | [animal](animal.md) | The animal kept. |"
        ).map { file, text in
            (file, text.replacingOccurrences(
                of: "a collection of [animal](../resources/animal.md) objects",
                with: "an [animal](../resources/animal.md) object")
                .replacingOccurrences(of: "(animal.md) collection", with: "(animal.md)"))
        }
        let model = Support.model(pages)
        #expect(model.type("contoso.zoo.keeper")?.property("animal")?.type == "contoso.zoo.animal")
        #expect(!model.diagnostics.contains { $0.code == "relationship-collection-from-methods" })
    }

    @Test("shared pages, functions and entity sets document no relationship", arguments: [
        ("[List animals](../api/animal-list.md)", "animal-list.md", "List animals", "/keepers/{id}/animals"),
        ("[getAnimals](../api/keeper-getanimals.md)", "keeper-getanimals.md", "getAnimals", "/keepers/{id}/getAnimals"),
        ("[List animals](../api/keeper-list-animals.md)", "keeper-list-animals.md", "List animals", "/animals"),
    ])
    func notRelationships(methodRow: String, apiFile: String, apiTitle: String, path: String) {
        let model = Support.model(Self.pages(methodRow: methodRow, apiFile: apiFile, apiTitle: apiTitle, path: path))
        #expect(model.type("contoso.zoo.keeper")?.properties.map(\.name) == ["name"])
    }
}
