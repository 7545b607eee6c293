import GraphDocCore
import PageReader
@testable import SchemaInference
import Testing

/// Operations as the service defines them, on the invented `contoso.zoo` API: the type a
/// path addresses settles what the docs leave out or show for another purpose, actions read
/// their parameter tables but not the value tables beside them, a result named only in prose
/// is the result on every path, and one page's signature is the operation's.
@Suite("Operations as the service defines them (contoso.zoo)")
struct OperationFidelityTests {
    static let pages: [(String, String)] = ContosoZooTests.pages + [
        ("resources/zoo.md", """
            # zoo resource type
            Namespace: contoso.zoo

            A zoo. Inherits from [zooEntity](zooentity.md).
            ## Properties
            | Property | Type | Description |
            |:--|:--|:--|
            | city | String | Where it is. |
            ## Relationships
            | Relationship | Type | Description |
            |:--|:--|:--|
            | animals | [animal](animal.md) collection | The animals. |
            | keepers | [keeper](keeper.md) collection | The keepers. |
            \(SchemaTestSupport.resourceBlock("contoso.zoo.zoo", extra: #""keyProperty": "id","#))
            """),
        ("api/zoo-get.md", """
            # Get zoo
            Namespace: contoso.zoo

            Read a [zoo](../resources/zoo.md).
            ## Permissions
            | Permission type | Permissions (from least to most privileged) |
            |:--|:--|
            | Delegated (work or school account) | Zoo.Read, Zoo.ReadWrite.All |
            | Delegated (personal Microsoft account) | Not supported. |
            | Application | Zoo.Read.All |
            ## HTTP request
            ```http
            GET /zoos/{zoo-id}
            ```
            ## Response
            If successful, this method returns a `200 OK` response code and a [zoo](../resources/zoo.md) object in the response body.
            """),
        ("api/animal-get-feedings.md", """
            # List feedings of an animal
            Namespace: contoso.zoo

            Read when an animal was fed.
            ## HTTP request
            ```http
            GET /zoos/{zoo-id}/animals/{animal-id}/feedings
            ```
            ## Response
            If successful, this method returns a `200 OK` response code.
            """),
        ("api/feeding-expand.md", """
            # Get an animal with its feedings expanded
            Namespace: contoso.zoo

            Show the [feeding](../resources/feeding.md) values of an animal.
            ## HTTP request
            ```http
            GET /zoos/{zoo-id}/animals/{animal-id}?$expand=feedings
            ```
            ## Response
            If successful, this method returns a `200 OK` response code and a [feeding](../resources/feeding.md) object in the response body.
            """),
        ("api/animal-transfer.md", """
            # animal: transfer
            Namespace: contoso.zoo

            Move an animal to another zoo.
            ## HTTP request
            ```http
            POST /zoos/{zoo-id}/animals/{animal-id}/transfer
            POST /animals/{animal-id}/transfer
            ```
            ## Request body
            | Parameter | Type | Description |
            |:--|:--|:--|
            | destination | String | The zoo it goes to. |
            | reason | transferReason | Why it moves. |
            ### transferReason values
            | Member | Description |
            |:--|:--|
            | breeding | To breed. |
            | space | For room. |
            ## Response
            This method returns a single [animal](../resources/animal.md) resource in the response body.

            The response is `200 OK` when the animal was already there.
            """),
        ("api/keeper-assign.md", """
            # keeper: assign
            Namespace: contoso.zoo

            Give a keeper a shift.
            ## HTTP request
            ```http
            POST /zoos/{zoo-id}/keepers/{keeper-id}/assign
            POST /keepers/{keeper-id}/assign
            ```
            ## Response
            If successful, this method returns a `200 OK` response code.
            ## Example
            ### Request
            <!-- { "blockType": "request", "name": "assign_keeper" } -->
            ```http
            POST https://api.contoso.com/v2.0/keepers/k1/assign
            ```
            ### Response
            <!-- { "blockType": "response", "@odata.type": "contoso.zoo.keeper" } -->
            ```http
            HTTP/1.1 200 OK
            Content-Type: application/json

            { "id": "k1" }
            ```
            """),
        ("api/animal-update.md", """
            # Update animal
            Namespace: contoso.zoo

            Change an animal.
            ## HTTP request
            ```http
            PATCH /zoos/{zoo-id}/animals/{animal-id}
            ```
            ## Request body
            | Property | Type | Description |
            |:--|:--|:--|
            | name | String | The new name. |
            ## Response
            If successful, this method returns a `204 No Content` response code.
            """),
        ("api/animal-feed.md", """
            # animal: feed
            Namespace: contoso.zoo

            Feed an animal.
            ## HTTP request
            ```http
            POST /zoos/{zoo-id}/animals/{animal-id}/feed
            ```
            ## Request body
            In the request body, provide a [feeding](../resources/feeding.md) object.

            | Property | Type | Description |
            |:--|:--|:--|
            | amount | number | How much. |
            | food | String | What. |
            ## Response
            If successful, this action returns a `204 No Content` response code.
            """),
        ("api/zoo-get-headkeeper.md", """
            # Get head keeper
            Namespace: contoso.zoo

            Read the head keeper.
            ## HTTP request
            ```http
            GET /zoos/{zoo-id}/headKeeper
            ```
            ## Response
            If successful, this method returns a `200 OK` response code and a [keeper](../resources/keeper.md) object in the response body.
            """),
        ("api/zoo-update-headkeeper.md", """
            # Update head keeper
            Namespace: contoso.zoo

            Change the head keeper's shift.
            ## HTTP request
            ```http
            PATCH /zoos/{zoo-id}/headKeeper
            ```
            ## Request body
            | Property | Type | Description |
            |:--|:--|:--|
            | shift | [shiftPattern](../resources/shiftpattern.md) | When they work. |
            ## Response
            If successful, this method returns a `204 No Content` response code.
            """),
        ("api/tag-transfer-examples.md", """
            # Tag animals while moving them
            Namespace: contoso.zoo

            Shows tags on many requests.
            ## HTTP request
            ```http
            POST /zoos/{id}/animals/{id}/transfer
            GET /zoos/{id}
            GET /zoos/{id}/keepers
            ```
            ## Request body
            | Parameter | Type | Description |
            |:--|:--|:--|
            | tags | String collection | The tags. |
            ## Response
            If successful, this method returns a `200 OK` response code.
            """),
    ]

    let model = SchemaTestSupport.model(Self.pages)

    func operation(_ method: String, _ path: String, on page: String) -> APIOperation? {
        model.operations.first { $0.method == method && $0.path == path && $0.source == page }
    }

    func codes(at page: String) -> [String] {
        model.diagnostics.filter { $0.location?.file == page }.compactMap(\.code)
    }

    @Test("a zoo page's permissions table gives its operation the zoo's scopes; a page without one gives none")
    func permissions() throws {
        let get = try #require(model.operations.first { $0.name == "zoo-get" })
        #expect(get.permissions == APIPermissions(
            delegatedWork: ["Zoo.Read", "Zoo.ReadWrite.All"], delegatedPersonal: [], application: ["Zoo.Read.All"]))
        #expect(model.operations.first { $0.name == "animal-get-feedings" }?.permissions == nil)
    }

    @Test("a GET the docs give no type answers the type its path addresses")
    func untypedRead() throws {
        let feedings = try #require(operation("GET", "/zoos/{zoo-id}/animals/{animal-id}/feedings", on: "api/animal-get-feedings.md"))
        #expect(feedings.response?.type == "contoso.zoo.feeding")
        #expect(feedings.response?.collection == true)
        #expect(codes(at: "api/animal-get-feedings.md").contains(OperationDiagnosticCode.responseFromPath.rawValue))
    }

    @Test("a page that shows another type's path to illustrate $expand does not change what the path answers")
    func expandExample() throws {
        let read = try #require(operation("GET", "/zoos/{zoo-id}/animals/{animal-id}", on: "api/feeding-expand.md"))
        #expect(read.response?.type == "contoso.zoo.animal")
        #expect(read.response?.collection == false)
        let warning = try #require(model.diagnostics.first {
            $0.location?.file == "api/feeding-expand.md" && $0.code == OperationDiagnosticCode.responseFromPath.rawValue
        })
        #expect(warning.severity == .warning)
        #expect(warning.message.contains("contoso.zoo.feeding"))
    }

    @Test("an action reads its parameter table, not the enumeration's value table under it")
    func actionParameters() throws {
        let transfer = try #require(operation("POST", "/zoos/{zoo-id}/animals/{animal-id}/transfer", on: "api/animal-transfer.md"))
        #expect(transfer.bodyParameters.map(\.name) == ["destination", "reason"])
        #expect(transfer.requestBody == nil)
    }

    @Test("a result the prose names before the sentence that gives the status is the result on every path")
    func resultNamedInProse() throws {
        for path in ["/zoos/{zoo-id}/animals/{animal-id}/transfer", "/animals/{animal-id}/transfer"] {
            let transfer = try #require(operation("POST", path, on: "api/animal-transfer.md"))
            #expect(transfer.response?.type == "contoso.zoo.animal")
            #expect(transfer.response?.status == 200)
        }
    }

    @Test("an example's response types the same operation on the page's other paths")
    func resultFromAnotherPathsExample() throws {
        for path in ["/zoos/{zoo-id}/keepers/{keeper-id}/assign", "/keepers/{keeper-id}/assign"] {
            let assign = try #require(operation("POST", path, on: "api/keeper-assign.md"))
            #expect(assign.response?.type == "contoso.zoo.keeper")
        }
    }

    @Test("an update whose table lists the entity's properties sends the entity its path addresses")
    func updateBody() throws {
        let update = try #require(operation("PATCH", "/zoos/{zoo-id}/animals/{animal-id}", on: "api/animal-update.md"))
        #expect(update.requestBody == "contoso.zoo.animal")
        #expect(update.bodyParameters.isEmpty)
    }

    @Test("a page that lists another page's action among many takes that page's signature, with a note")
    func canonicalSignature() throws {
        let shown = try #require(operation("POST", "/zoos/{zoo-id}/animals/{animal-id}/transfer", on: "api/tag-transfer-examples.md"))
        #expect(shown.bodyParameters.map(\.name) == ["destination", "reason"])
        #expect(shown.response?.type == "contoso.zoo.animal")
        #expect(codes(at: "api/tag-transfer-examples.md").contains(OperationDiagnosticCode.canonicalOperation.rawValue))
        // The page about the action keeps its own.
        let documented = try #require(operation("POST", "/zoos/{zoo-id}/animals/{animal-id}/transfer", on: "api/animal-transfer.md"))
        #expect(!codes(at: "api/animal-transfer.md").contains(OperationDiagnosticCode.canonicalOperation.rawValue))
        #expect(documented.bodyParameters.map(\.name) == ["destination", "reason"])
    }

    @Test("an action sends the parameters its table documents, not the type its prose links; 'number' is a Double")
    func actionBody() throws {
        let feed = try #require(operation("POST", "/zoos/{zoo-id}/animals/{animal-id}/feed", on: "api/animal-feed.md"))
        #expect(feed.requestBody == nil)
        #expect(feed.bodyParameters.map(\.name) == ["amount", "food"])
        #expect(feed.bodyParameters.first?.type == "Edm.Double")
        #expect(codes(at: "api/animal-feed.md").contains(OperationDiagnosticCode.actionParameters.rawValue))
    }

    @Test("an update of a path the types cannot follow sends what the GET of that path answers")
    func updateOfReadPath() throws {
        let update = try #require(operation("PATCH", "/zoos/{zoo-id}/headKeeper", on: "api/zoo-update-headkeeper.md"))
        #expect(update.requestBody == "contoso.zoo.keeper")
        #expect(update.bodyParameters.isEmpty)
    }

    @Test("a page that spells a relationship in another case is read with the type's spelling")
    func relationshipSpelling() {
        let paths = PathTypes(types: model.types, operations: model.operations)
        #expect(paths.spelled("/zoos/{id}/Animals/{id}/KEEPER?$select=id") == "/zoos/{id}/animals/{id}/keeper?$select=id")
        #expect(paths.spelled("/zoos/{id}/aquariums") == "/zoos/{id}/aquariums")
    }

    @Test("a path that calls a function with some of the page's parameters takes those (the page lists two overloads)")
    func calledParameters() {
        let parameters: [APIOperation.Parameter] = [.init(name: "period", type: "Edm.String"), .init(name: "date", type: "Edm.Date")]
        #expect(OperationFacts.called(parameters, by: "/reports/getCounts(date={date-value})").map(\.name) == ["date"])
        #expect(OperationFacts.called(parameters, by: "/reports/getCounts(period='{period-value}')").map(\.name) == ["period"])
        #expect(OperationFacts.called(parameters, by: "/reports/getCounts").map(\.name) == ["period", "date"])
        #expect(OperationFacts.called(parameters, by: "/reports/getCounts(x={x})").map(\.name) == ["period", "date"])
    }

    @Test("path typing follows roots, relationships, keys and the derived types' properties")
    func pathTypes() {
        let paths = PathTypes(types: model.types, operations: model.operations)
        #expect(paths.target(of: "/zoos/{id}/animals") == .init(type: "contoso.zoo.animal", collection: true))
        #expect(paths.target(of: "/zoos/{id}/animals/{id}/keeper") == .init(type: "contoso.zoo.keeper", collection: false))
        #expect(paths.target(of: "/zoos/{id}/animals/{id}/species/wingspan") == .init(type: "Edm.Double", collection: false))
        // A function bound to a collection, an unknown step, an OData segment: not typed.
        #expect(paths.target(of: "/zoos/delta") == nil)
        #expect(paths.target(of: "/zoos/{id}/aquariums") == nil)
        #expect(paths.target(of: "/zoos/{id}/animals/$count") == nil)
        #expect(paths.callsBoundOperation("/zoos/{id}/animals/{id}/feed"))
        #expect(!paths.callsBoundOperation("/zoos/{id}/animals/{id}/keeper"))
        #expect(!paths.callsBoundOperation("/zoos/{id}/animals"))
    }
}
