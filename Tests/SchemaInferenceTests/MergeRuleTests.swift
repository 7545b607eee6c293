import GraphDocCore
import PageReader
@testable import SchemaInference
import LenientJSON
import TestSupport
import Testing

/// One test per rule that combines what several pages say.
@Suite("Merge rules")
struct MergeRuleTests {
    typealias Support = SchemaTestSupport

    static let root = ("resources/thing.md", """
        # thing resource type
        Namespace: contoso.zoo
        ## Properties
        | Property | Type | Description |
        |:--|:--|:--|
        | id | String | The id. |
        \(Support.resourceBlock("contoso.zoo.thing", extra: #""abstract": true, "keyProperty": "id","#))
        """)

    @Test("the page named after a type describes it, whichever page sorts first")
    func namesakePageDescribes() throws {
        let model = Support.model([
            ("resources/keeper.md", """
                # keeper resource type
                Namespace: contoso.zoo

                A person who looks after animals.
                \(Support.resourceBlock("contoso.zoo.keeper"))
                """),
            ("resources/aquarium-keeper.md", """
                # keeper resource type
                Namespace: contoso.zoo

                Not yet documented
                \(Support.resourceBlock("contoso.zoo.keeper"))
                """),
        ])
        let keeper = try #require(model.type("contoso.zoo.keeper"))
        #expect(keeper.description == "A person who looks after animals.")
        #expect(keeper.sources == ["resources/keeper.md", "resources/aquarium-keeper.md"])
    }

    @Test("the prose's base type wins over the annotation's when it derives from it")
    func moreSpecificBaseWins() throws {
        let model = Support.model([
            Self.root,
            ("resources/creature.md", """
                # creature resource type
                Namespace: contoso.zoo
                \(Support.resourceBlock("contoso.zoo.creature", extra: #""keyProperty": "id", "baseType": "contoso.zoo.thing","#))
                """),
            ("resources/fish.md", """
                # fish resource type
                Namespace: contoso.zoo

                Inherits from [creature](creature.md).
                \(Support.resourceBlock("contoso.zoo.fish", extra: #""keyProperty": "id", "baseType": "contoso.zoo.thing","#))
                """),
        ])
        #expect(model.type("contoso.zoo.fish")?.baseType == "contoso.zoo.creature")
        let conflict = try #require(model.diagnostics.first { $0.code == "type-base-conflict" })
        #expect(conflict.location?.file == "resources/fish.md")
    }

    @Test("an \"Untyped JSON object\" is Edm.Untyped, and yields to the type the resource JSON names")
    func untyped() throws {
        let model = Support.model([
            ("resources/note.md", """
                # note resource type
                Namespace: contoso.zoo
                ## Properties
                | Property | Type | Description |
                |:--|:--|:--|
                | content | Untyped JSON object | Anything. |
                | extra | Untyped JSON object | Anything else. |
                \(Support.resourceBlock("contoso.zoo.note", json: #"{ "content": { "@odata.type": "contoso.zoo.json" } }"#))
                """),
        ])
        let note = try #require(model.type("contoso.zoo.note"))
        #expect(note.property("extra")?.type == "Edm.Untyped")
        #expect(note.property("content")?.type == "contoso.zoo.json")
        #expect(!model.diagnostics.contains { $0.code == "type-undocumented" && $0.message.contains("Untyped") })
    }

    @Test("a table and the resource JSON disagreeing on one value or many: the JSON wins, with a warning")
    func collectionConflict() throws {
        let model = Support.model([
            ("resources/mood.md", """
                # mood resource type
                Namespace: contoso.zoo
                ## Properties
                | Property | Type | Description |
                |:--|:--|:--|
                | feeling | string collection | How the animal feels. |
                | tags | String | Its tags. |
                | name | String | Its name. |
                \(Support.resourceBlock("contoso.zoo.mood", json: #"{ "feeling": "string", "tags": ["string"], "name": "string" }"#))
                """),
        ])
        let mood = try #require(model.type("contoso.zoo.mood"))
        #expect(mood.property("feeling")?.type == "Edm.String")
        #expect(mood.property("tags")?.type == "Collection(Edm.String)")
        #expect(mood.property("name")?.type == "Edm.String")
        let conflicts = model.diagnostics.filter { $0.code == "property-collection-conflict" }
        #expect(conflicts.map(\.severity) == [.warning, .warning])
        #expect(conflicts.allSatisfy { $0.location?.file == "resources/mood.md" })
    }

    @Test("two pages typing one property differently: the first wins, with a warning")
    func propertyTypeConflict() throws {
        let model = Support.model([
            ("resources/pen.md", """
                # pen resource type
                Namespace: contoso.zoo
                ## Properties
                | Property | Type | Description |
                |:--|:--|:--|
                | size | Int32 | The size. |
                | size | String | The size again. |
                \(Support.resourceBlock("contoso.zoo.pen"))
                """),
        ])
        #expect(model.type("contoso.zoo.pen")?.properties.map(\.name) == ["size"])
        #expect(model.type("contoso.zoo.pen")?.property("size")?.type == "Edm.Int32")
        let conflict = try #require(model.diagnostics.first { $0.code == "property-type-conflict" })
        #expect(conflict.location?.position.line == 7)
    }

    @Test("an example that puts a value of one type where another is expected makes it derived")
    func baseTypeFromExamples() {
        let model = Support.model([
            ("resources/enclosure.md", """
                # enclosure resource type
                Namespace: contoso.zoo
                ## Properties
                | Property | Type | Description |
                |:--|:--|:--|
                | resident | [creature](creature.md) | Who lives there. |
                \(Support.resourceBlock("contoso.zoo.enclosure"))
                """),
            ("resources/creature.md", """
                # creature resource type
                Namespace: contoso.zoo
                ## Properties
                | Property | Type | Description |
                |:--|:--|:--|
                | name | String | The name. |
                \(Support.resourceBlock("contoso.zoo.creature"))
                """),
            ("resources/lion.md", """
                # lion resource type
                Namespace: contoso.zoo
                ## Properties
                | Property | Type | Description |
                |:--|:--|:--|
                | name | String | The name. |
                | maneLength | Double | In cm. |
                \(Support.resourceBlock("contoso.zoo.lion"))
                """),
            ("api/enclosure-get.md", """
                # Get enclosure
                <!-- { "blockType": "response", "@odata.type": "contoso.zoo.enclosure" } -->
                ```http
                HTTP/1.1 200 OK
                Content-Type: application/json

                { "resident": { "@odata.type": "#contoso.zoo.lion", "name": "Leo", "maneLength": 30.5 } }
                ```
                """),
        ])
        #expect(model.type("contoso.zoo.lion")?.baseType == "contoso.zoo.creature")
        #expect(model.type("contoso.zoo.creature")?.baseType == nil)
        #expect(model.diagnostics.contains { $0.code == "type-base-from-examples" })
    }

    @Test("'Inherited from' in property descriptions names the base type")
    func inheritedFromRows() {
        let model = Support.model([
            ("resources/policy.md", """
                # policy resource type
                Namespace: contoso.zoo
                ## Properties
                | Property | Type | Description |
                |:--|:--|:--|
                | version | Int32 | The version. |
                \(Support.resourceBlock("contoso.zoo.policy"))
                """),
            ("resources/feedingpolicy.md", """
                # feedingPolicy resource type
                Namespace: contoso.zoo
                ## Properties
                | Property | Type | Description |
                |:--|:--|:--|
                | version | Int32 | The version. Inherited from [policy](policy.md) |
                | mealsPerDay | Int32 | How often. |
                \(Support.resourceBlock("contoso.zoo.feedingPolicy"))
                """),
        ])
        #expect(model.type("contoso.zoo.feedingPolicy")?.baseType == "contoso.zoo.policy")
    }

    @Test("keyed types derive from the root only when the docs declare exactly one abstract keyed root")
    func rootOnlyWhenUnique() {
        let keeper = ("resources/keeper.md", """
            # keeper resource type
            Namespace: contoso.zoo
            ## Properties
            | Property | Type | Description |
            |:--|:--|:--|
            | id | String | The id. |
            \(Support.resourceBlock("contoso.zoo.keeper", extra: #""keyProperty": "id","#))
            """)
        #expect(Support.model([Self.root, keeper]).type("contoso.zoo.keeper")?.baseType == "contoso.zoo.thing")
        let secondRoot = ("resources/other.md", """
            # other resource type
            Namespace: contoso.zoo
            \(Support.resourceBlock("contoso.zoo.other", extra: #""abstract": "true", "keyProperty": "id","#))
            """)
        #expect(Support.model([Self.root, secondRoot, keeper]).type("contoso.zoo.keeper")?.baseType == nil)
    }

    @Test("a relationship's target is an entity; a key the type does not have makes none")
    func entityEvidence() {
        let model = Support.model([
            Self.root,
            ("resources/pen.md", """
                # pen resource type
                Namespace: contoso.zoo
                ## Properties
                | Property | Type | Description |
                |:--|:--|:--|
                | id | String | The id. |
                ## Relationships
                | Relationship | Type | Description |
                |:--|:--|:--|
                | visits | [visit](visit.md) collection | Who came. |
                \(Support.resourceBlock("contoso.zoo.pen", extra: #""keyProperty": "id","#))
                """),
            ("resources/visit.md", """
                # visit resource type
                Namespace: contoso.zoo
                ## Properties
                | Property | Type | Description |
                |:--|:--|:--|
                | id | String | The id. |
                \(Support.resourceBlock("contoso.zoo.visit"))
                """),
            ("resources/gate.md", """
                # gate resource type
                Namespace: contoso.zoo
                ## Properties
                | Property | Type | Description |
                |:--|:--|:--|
                | width | Double | In metres. |
                \(Support.resourceBlock("contoso.zoo.gate", extra: #""keyProperty": "id","#))
                """),
        ])
        #expect(model.type("contoso.zoo.visit")?.kind == .entity)
        #expect(model.type("contoso.zoo.visit")?.baseType == "contoso.zoo.thing")
        #expect(model.type("contoso.zoo.gate")?.kind == .complex)
        #expect(model.type("contoso.zoo.gate")?.baseType == nil)
    }

    @Test("a derived type's resource JSON showing an inherited property leaves it to the base type's table")
    func inheritedJSONProperties() throws {
        let model = Support.model([
            Self.root,
            ("resources/reading.md", """
                # reading resource type
                Namespace: contoso.zoo
                ## Properties
                | Property | Type | Description |
                |:--|:--|:--|
                | lossRate | Double | The loss rate, 0.01 for 0.01%. |
                \(Support.resourceBlock("contoso.zoo.reading", extra: #""baseType": "contoso.zoo.thing","#))
                """),
            ("resources/audioreading.md", """
                # audioReading resource type
                Namespace: contoso.zoo
                ## Properties
                | Property | Type | Description |
                |:--|:--|:--|
                | codec | String | The codec. |
                | lossRate | Double | Documented again in the derived type's own table. |
                \(Support.resourceBlock("contoso.zoo.audioReading", extra: #""baseType": "contoso.zoo.reading","#, json: #"{ "codec": "String", "lossRate": 10 }"#))
                """),
            ("resources/videoreading.md", """
                # videoReading resource type
                Namespace: contoso.zoo
                \(Support.resourceBlock("contoso.zoo.videoReading", extra: #""baseType": "contoso.zoo.reading","#, json: #"{ "lossRate": 10, "frames": 30 }"#))
                """),
        ])
        #expect(model.type("contoso.zoo.videoReading")?.properties.map(\.name) == ["frames"])
        #expect(model.type("contoso.zoo.audioReading")?.properties.map(\.name) == ["codec", "lossRate"])  // its table says so
        #expect(model.type("contoso.zoo.reading")?.property("lossRate")?.type == "Edm.Double")
    }

    @Test("the resource JSON's placeholders type the properties no table lists")
    func jsonPlaceholders() throws {
        let model = Support.model([
            ("resources/ticket.md", """
                # ticket resource type
                Namespace: contoso.zoo
                \(Support.resourceBlock("contoso.zoo.ticket", json: """
                    {
                      "price": "Double",
                      "issued": "DateTimeOffset",
                      "kind": "adult | child",
                      "holder": { "@odata.type": "contoso.zoo.visitor" },
                      "visits": [{ "@odata.type": "contoso.zoo.visit" }],
                      "serial": "String (identifier)",
                      "count": 3,
                      "@odata.etag": "ignored"
                    }
                    """))
                """),
        ])
        let ticket = try #require(model.type("contoso.zoo.ticket"))
        #expect(ticket.properties.map(\.name) == ["price", "issued", "kind", "holder", "visits", "serial", "count"])
        #expect(ticket.properties.map(\.type) == [
            "Edm.Double", "Edm.DateTimeOffset", "Edm.String", "contoso.zoo.visitor", "Collection(contoso.zoo.visit)",
            "Edm.String", "Edm.Int32",
        ])
    }

    @Test("the same pages in another locale give the same model, byte for byte")
    func localeIndependence() throws {
        let english = Support.model([Self.root])
        let russian = Support.model([("resources/thing.md", """
            ---
            title: Тип ресурса thing
            ms.contentlocale: ru-RU
            ---
            # \(TestPages.pair("a-1", "Тип ресурса thing", "thing resource type"))
            \(TestPages.pair("a-2", "Пространство имен: contoso.zoo", "Namespace: contoso.zoo"))
            ## \(TestPages.pair("a-3", "Свойства", "Properties"))
            | \(TestPages.pair("a-4", "Свойство", "Property")) | \(TestPages.pair("a-5", "Тип", "Type")) | \(TestPages.pair("a-6", "Описание", "Description")) |
            |:--|:--|:--|
            | id | \(TestPages.pair("a-7", "Строка", "String")) | \(TestPages.pair("a-8", "Идентификатор.", "The id.")) |
            \(Support.resourceBlock("contoso.zoo.thing", extra: #""abstract": true, "keyProperty": "id","#))
            """)])
        let encoder = LenientJSONTestEncoder()
        #expect(try encoder.text(english.types) == encoder.text(russian.types))
    }
}
