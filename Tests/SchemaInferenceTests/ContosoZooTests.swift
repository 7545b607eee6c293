import GraphDocCore
import PageReader
@testable import SchemaInference
import Testing

/// The rules work on an API nobody wrote them for: an invented `contoso.zoo` namespace.
@Suite("An invented API (contoso.zoo)")
struct ContosoZooTests {
    static let pages: [(String, String)] = [
        ("resources/zooentity.md", """
            # zooEntity resource type
            Namespace: contoso.zoo

            The base of everything with an id.
            ## Properties
            | Property | Type | Description |
            |:--|:--|:--|
            | id | String | The identifier. Read-only. |
            ## JSON representation
            \(SchemaTestSupport.resourceBlock("contoso.zoo.zooEntity", extra: #""abstract": true, "keyProperty": "id","#, json: #"{ "id": "String (identifier)" }"#))
            """),
        ("resources/animal.md", """
            # animal resource type
            Namespace: contoso.zoo

            An animal in the zoo. Inherits from [zooEntity](zooentity.md).
            ## Properties
            | Property | Type | Description |
            |:--|:--|:--|
            | name | String | The animal's name. |
            | diet | [dietKind](#dietkind-values) | What it eats. |
            | feedings | [feeding](feeding.md) collection | When it was fed. |
            | species | [species](species.md) | Its species. |
            | habitat | habitatKind | Where it lives. Possible values are: `savanna`, `jungle`, `unknownFutureValue`. |
            ### dietKind values
            | Member | Description |
            |:--|:--|
            | herbivore | Eats plants. |
            | carnivore | Eats meat. |
            | unknownFutureValue | Evolvable enumeration sentinel value. |
            ## Relationships
            | Relationship | Type | Description |
            |:--|:--|:--|
            | keeper | [keeper](keeper.md) | Who looks after it. |
            ## JSON representation
            \(SchemaTestSupport.resourceBlock("contoso.zoo.animal", extra: #""keyProperty": "id","#, json: #"{ "name": "String", "weight": "Double", "tags": ["String"] }"#))
            """),
        ("resources/keeper.md", """
            # keeper resource type
            Namespace: contoso.zoo

            A person who looks after animals.
            ## Methods
            | Method | Return Type | Description |
            |:--|:--|:--|
            | [Get keeper](../api/keeper-get.md) | [keeper](keeper.md) | Read a keeper. |
            ## Properties
            | Property | Type | Description |
            |:--|:--|:--|
            | id | String | The identifier. |
            | shift | [shiftPattern](shiftpattern.md) | When they work. |
            \(SchemaTestSupport.resourceBlock("contoso.zoo.keeper"))
            """),
        ("resources/feeding.md", """
            # feeding resource type
            Namespace: contoso.zoo

            A meal.
            ## Properties
            | Property | Type | Description |
            |:--|:--|:--|
            | time | DateTimeOffset | When. |
            | amount | Double | How much. |
            \(SchemaTestSupport.resourceBlock("contoso.zoo.feeding"))
            """),
        ("resources/species.md", """
            # species resource type
            Namespace: contoso.zoo

            A kind of animal.
            ## Properties
            | Property | Type | Description |
            |:--|:--|:--|
            | latinName | String | The scientific name. |
            ## Derived types
            | Type | Description |
            |:--|:--|
            | [birdSpecies](birdspecies.md) | Species that fly. |
            \(SchemaTestSupport.resourceBlock("contoso.zoo.species"))
            """),
        ("resources/birdspecies.md", """
            # birdSpecies resource type
            Namespace: contoso.zoo

            Birds.
            ## Properties
            | Property | Type | Description |
            |:--|:--|:--|
            | latinName | String | The scientific name. |
            | wingspan | Double | In metres. |
            \(SchemaTestSupport.resourceBlock("contoso.zoo.birdSpecies"))
            """),
    ]

    let model = SchemaTestSupport.model(Self.pages)

    @Test("every resource annotation yields a type in its namespace")
    func typesAndNamespaces() {
        let names = model.types.map(\.name)
        for name in ["contoso.zoo.zooEntity", "contoso.zoo.animal", "contoso.zoo.keeper", "contoso.zoo.feeding",
                     "contoso.zoo.species", "contoso.zoo.birdSpecies", "contoso.zoo.dietKind", "contoso.zoo.habitatKind"] {
            #expect(names.contains(name), "\(name) missing from \(names)")
        }
        #expect(names == names.sorted { $0.lowercased() < $1.lowercased() })
    }

    @Test("base types come from prose, Derived types tables, and the abstract keyed root")
    func baseTypes() {
        #expect(model.type("contoso.zoo.animal")?.baseType == "contoso.zoo.zooEntity")
        #expect(model.type("contoso.zoo.birdSpecies")?.baseType == "contoso.zoo.species")
        // keeper documents methods, so it is an entity; with no documented base it derives from the root.
        #expect(model.type("contoso.zoo.keeper")?.baseType == "contoso.zoo.zooEntity")
        #expect(model.type("contoso.zoo.feeding")?.baseType == nil)
        #expect(model.type("contoso.zoo.zooEntity")?.baseType == nil)
    }

    @Test("kinds: keyed, navigating or addressable types are entities; the rest complex")
    func kinds() {
        #expect(model.type("contoso.zoo.animal")?.kind == .entity)
        #expect(model.type("contoso.zoo.keeper")?.kind == .entity)
        #expect(model.type("contoso.zoo.feeding")?.kind == .complex)
        #expect(model.type("contoso.zoo.dietKind")?.kind == .enum)
        #expect(model.type("contoso.zoo.zooEntity")?.abstract == true)
    }

    @Test("property types resolve links, anchors, plain names and collections")
    func propertyTypes() throws {
        let animal = try #require(model.type("contoso.zoo.animal"))
        #expect(animal.property("name")?.type == "Edm.String")
        #expect(animal.property("diet")?.type == "contoso.zoo.dietKind")
        #expect(animal.property("feedings")?.type == "Collection(contoso.zoo.feeding)")
        #expect(animal.property("species")?.type == "contoso.zoo.species")
        #expect(animal.property("habitat")?.type == "contoso.zoo.habitatKind")
        #expect(animal.property("keeper")?.type == "contoso.zoo.keeper")
        #expect(animal.property("keeper")?.navigation == true)
        #expect(animal.property("name")?.navigation == false)
        // Properties only the resource JSON lists are kept, typed from their placeholders.
        #expect(animal.property("weight")?.type == "Edm.Double")
        #expect(animal.property("tags")?.type == "Collection(Edm.String)")
        #expect(model.type("contoso.zoo.zooEntity")?.property("id")?.readOnly == true)
    }

    @Test("enumeration members come from member tables and from 'Possible values'")
    func enumMembers() {
        #expect(model.type("contoso.zoo.dietKind")?.members == ["herbivore", "carnivore", "unknownFutureValue"])
        #expect(model.type("contoso.zoo.habitatKind")?.members == ["savanna", "jungle", "unknownFutureValue"])
    }

    @Test("a type used but never documented is reported where it is used")
    func undocumentedType() throws {
        let diagnostic = try #require(model.diagnostics.first { $0.code == "type-undocumented" })
        #expect(diagnostic.message.contains("shiftPattern"))
        #expect(diagnostic.location?.file == "resources/keeper.md")
        #expect(model.type("contoso.zoo.keeper")?.property("shift")?.type == "contoso.zoo.shiftPattern")
    }
}
