import GraphDocCore
import LenientJSON
@testable import SchemaInference
import Testing

/// Types no page documents are inferred from the example values of an invented API
/// (`contoso.zoo`): a visit is created and notified about, but only animals have a page.
@Suite("Types known only from examples")
struct ExampleTypeTests {
    static let animalPage = ("resources/animal.md", """
        # animal resource type
        Namespace: contoso.zoo

        An animal in the zoo.
        ## Properties
        | Property | Type | Description |
        |:--|:--|:--|
        | name | String | The animal's name. |
        | weight | Double | In kilograms. |
        ## JSON representation
        \(SchemaTestSupport.resourceBlock("contoso.zoo.animal", json: #"{ "name": "String", "weight": "Double" }"#))
        """)

    /// Creates a visit (no page documents `visit` or `ticket`): the request and the
    /// response show different properties, and the response's ticket does not name its type.
    static let createVisitPage = ("api/create-visit.md", """
        # Create visit
        Namespace: contoso.zoo

        Create a [visit](../resources/visit.md).
        ## HTTP request
        <!-- { "blockType": "ignored" } -->
        ```http
        POST /zoos/{id}/visits
        ```
        ## Request body
        In the request body, supply a JSON representation of a [visit](../resources/visit.md) object.
        ## Response
        If successful, this method returns a `201 Created` response code and a [visit](../resources/visit.md) object in the response body.
        ## Example
        ### Request
        <!-- { "blockType": "request", "name": "create_visit" } -->
        ```http
        POST https://api.contoso.com/v2.0/zoos/z1/visits
        Content-type: application/json

        {
          "visitor": "String",
          "groupSize": 3,
          "startDateTime": "2024-05-01T09:30:00Z",
          "ticket": {
            "@odata.type": "#contoso.zoo.ticket",
            "price": 12.5,
            "code": "A-1"
          },
          "favourite": { "@odata.type": "#contoso.zoo.animal", "name": "Okapi", "colour": "brown" },
          "notes": null,
          "extras": { "parking": true }
        }
        ```
        ### Response
        <!-- { "blockType": "response", "@odata.type": "contoso.zoo.visit", "truncated": true } -->
        ```http
        HTTP/1.1 201 Created
        Content-type: application/json

        {
          "@odata.context": "https://api.contoso.com/v2.0/$metadata#visits/$entity",
          "id": "v1",
          "visitor": "Ada",
          "groupSize": 3,
          "startDateTime": "2024-05-01T09:30:00Z",
          "ticket": { "price": 12, "code": "A-1", "validUntil": "2024-05-01T18:00:00Z" },
          "stops": ["lions", "okapis"],
          "notes": "Bring water",
          "paid": true,
          ...
        }
        ```
        """)

    /// A notification example: a visit's value inside a notification collection.
    static let notificationPage = ("api/visit-notifications.md", """
        # Visit notifications
        Namespace: contoso.zoo

        The zoo notifies the visitor's callback when a visit changes.
        ## Example
        <!-- { "blockType": "example", "@odata.type": "contoso.zoo.visitNotifications" } -->
        ```json
        {
          "value": [
            {
              "@odata.type": "#contoso.zoo.visitNotification",
              "changeType": "updated",
              "resourceData": { "@odata.type": "#contoso.zoo.visit", "id": "v1", "state": "started", "groupSize": 4 }
            }
          ]
        }
        ```
        """)

    /// Lists animals: the example shows an okapi, a kind of animal no page documents.
    static let listAnimalsPage = ("api/list-animals.md", """
        # List animals
        Namespace: contoso.zoo

        List the [animal](../resources/animal.md) objects.
        ## HTTP request
        <!-- { "blockType": "ignored" } -->
        ```http
        GET /animals
        ```
        ## Response
        If successful, this method returns a `200 OK` response code and a collection of [animal](../resources/animal.md) objects in the response body.
        ## Example
        <!-- { "blockType": "request", "name": "list_animals" } -->
        ```http
        GET https://api.contoso.com/v2.0/animals
        ```
        <!-- { "blockType": "response", "@odata.type": "contoso.zoo.animal", "isCollection": true } -->
        ```http
        HTTP/1.1 200 OK
        Content-type: application/json

        { "value": [ { "@odata.type": "#contoso.zoo.okapi", "name": "Stripey", "weight": 230.5, "stripes": 12 } ] }
        ```
        """)

    static let pages = [animalPage, createVisitPage, notificationPage, listAnimalsPage]

    let model = SchemaTestSupport.model(Self.pages)

    /// A property's name and type.
    static func shape(_ type: APIType?) -> [String] {
        (type?.properties ?? []).map { "\($0.name): \($0.type)" }
    }

    @Test("an undocumented type has the properties of all its examples, in the order first met, typed by their values")
    func visit() throws {
        let visit = try #require(model.type("contoso.zoo.visit"))
        #expect(Self.shape(visit) == [
            "visitor: Edm.String", "groupSize: Edm.Int64", "startDateTime: Edm.DateTimeOffset",
            "ticket: contoso.zoo.ticket", "favourite: contoso.zoo.animal", "notes: Edm.String", "extras: Edm.Untyped",
            "id: Edm.String", "stops: Collection(Edm.String)", "paid: Edm.Boolean", "state: Edm.String",
        ])
        #expect(visit.properties.allSatisfy { $0.nullable && !$0.readOnly && !$0.navigation })
        #expect(visit.properties.allSatisfy { $0.description.contains("Inferred from examples") })
        #expect(visit.description.contains("inferred from examples"))
        #expect(visit.sources == ["api/create-visit.md", "api/visit-notifications.md"])
        #expect(visit.baseType == nil)
        // The operation creates it (`POST`, `201 Created`): an entity.
        #expect(visit.kind == .entity)
    }

    @Test("an object that does not name its type counts for the type other values of its property name")
    func ticket() throws {
        let ticket = try #require(model.type("contoso.zoo.ticket"))
        #expect(Self.shape(ticket) == ["price: Edm.Double", "code: Edm.String", "validUntil: Edm.DateTimeOffset"])
        #expect(ticket.kind == .complex)
        #expect(ticket.sources == ["api/create-visit.md"])
    }

    @Test("types named only by nested @odata.type values and annotations are inferred")
    func notifications() throws {
        #expect(Self.shape(model.type("contoso.zoo.visitNotifications")) == ["value: Collection(contoso.zoo.visitNotification)"])
        #expect(Self.shape(model.type("contoso.zoo.visitNotification")) == [
            "changeType: Edm.String", "resourceData: contoso.zoo.visit",
        ])
    }

    @Test("documented types keep what their pages say; examples add nothing to them")
    func documentedTypesUnchanged() throws {
        let animal = try #require(model.type("contoso.zoo.animal"))
        let alone = try #require(SchemaTestSupport.model([Self.animalPage]).type("contoso.zoo.animal"))
        #expect(animal.properties == alone.properties)
        #expect(animal.property("colour") == nil)
        #expect(animal.sources == ["resources/animal.md"])
    }

    @Test("an undocumented type shown where a documented one is expected derives from it, and keeps only its own properties")
    func derivedFromDocumented() throws {
        let okapi = try #require(model.type("contoso.zoo.okapi"))
        #expect(okapi.baseType == "contoso.zoo.animal")
        #expect(Self.shape(okapi) == ["stripes: Edm.Int64"])
        let warning = try #require(model.diagnostics.first { $0.code == "type-from-examples" && $0.message.contains("okapi") })
        #expect(warning.message
            == "no page documents 'contoso.zoo.okapi'; its 1 property is inferred from 1 example; the examples show 2 more, which its base type 'contoso.zoo.animal' has")
    }

    @Test("each inferred type is reported once, at the start of its first example")
    func warnings() throws {
        let warnings = model.diagnostics.filter { $0.code == "type-from-examples" }
        #expect(warnings.count == 5)
        #expect(warnings.allSatisfy { $0.severity == .warning })
        let visit = try #require(warnings.first { $0.message.contains("'contoso.zoo.visit'") })
        #expect(visit.message == "no page documents 'contoso.zoo.visit'; its 11 properties are inferred from 3 examples")
        // The request body's `{` in create-visit.md.
        #expect(visit.formatted.hasPrefix("api/create-visit.md:21:1: warning:"))
        let ticket = try #require(warnings.first { $0.message.contains("'contoso.zoo.ticket'") })
        #expect(ticket.message == "no page documents 'contoso.zoo.ticket'; its 3 properties are inferred from 2 examples")
    }

    @Test("a type a documented property names but no page documents is inferred from the property's values")
    func namedByTable() throws {
        let keeper = ("resources/keeper.md", """
            # keeper resource type
            Namespace: contoso.zoo

            A keeper.
            ## Properties
            | Property | Type | Description |
            |:--|:--|:--|
            | name | String | The keeper's name. |
            | badge | [badge](badge.md) | The keeper's badge. |
            \(SchemaTestSupport.resourceBlock("contoso.zoo.keeper"))
            ## Example
            <!-- { "blockType": "example", "@odata.type": "contoso.zoo.keeper" } -->
            ```json
            { "name": "Sam", "badge": { "number": 7, "issued": "2020-01-01T00:00:00Z" } }
            ```
            """)
        let model = SchemaTestSupport.model([keeper])
        #expect(model.type("contoso.zoo.keeper")?.property("badge")?.type == "contoso.zoo.badge")
        #expect(Self.shape(model.type("contoso.zoo.badge")) == ["number: Edm.Int64", "issued: Edm.DateTimeOffset"])
        // The type is documented by its examples: it is no longer reported as used but undocumented.
        #expect(!model.diagnostics.contains { $0.code == "type-undocumented" })
        #expect(model.diagnostics.contains { $0.code == "type-from-examples" && $0.message.contains("'contoso.zoo.badge'") })
    }

    @Test("the model does not depend on the order pages are given in")
    func pageOrder() throws {
        let encoder = LenientJSONTestEncoder()
        let forward = try encoder.text(model)
        #expect(try encoder.text(SchemaTestSupport.model(Self.pages.reversed())) == forward)
        #expect(try encoder.text(SchemaTestSupport.model([Self.pages[2], Self.pages[0], Self.pages[3], Self.pages[1]])) == forward)
    }

    @Test("the same examples on pages of other names (locales) give the same types")
    func sameExamplesElsewhere() throws {
        /// The types without the pages they come from.
        func types(_ pages: [(String, String)]) throws -> String {
            var types = SchemaTestSupport.model(pages).types
            for index in types.indices { types[index].sources = [] }
            return try LenientJSONTestEncoder().text(APIModel(types: types))
        }
        let english = [Self.createVisitPage]
        let renamed = [("api/create-visit.de-DE.md", Self.createVisitPage.1)]
        let both = english + renamed
        #expect(try types(english) == types(renamed))
        #expect(try types(both) == types(english))
        #expect(try types(both.reversed()) == types(english))
    }

    @Test("no examples, no example types; a value that names no type where none is expected adds nothing")
    func nothingToInfer() {
        let page = ("api/feed.md", """
            # Feed
            Namespace: contoso.zoo

            Feeding notes.
            <!-- { "blockType": "example" } -->
            ```json
            { "food": "hay", "amount": { "value": 3 } }
            ```
            """)
        let model = SchemaTestSupport.model([Self.animalPage, page])
        #expect(model.types.map(\.name) == ["contoso.zoo.animal"])
        #expect(!model.diagnostics.contains { $0.code == "type-from-examples" })
    }
}
