import Foundation
import HTTPTypes
import TestTransport
import Testing

/// Uses the reference client the way an app would, through a transport that records the
/// requests and answers as the zoo's documentation says.
@Suite("Reference client in use")
struct GoldenClientTests {
    /// A client whose transport answers every request with `status` and `body`.
    static func client(_ status: HTTPResponse.Status = .ok, _ body: String = "{}") -> (GraphClient, FakeTransport) {
        let transport = FakeTransport { _, _ in (HTTPResponse(status: status), body) }
        let url = URL(string: "https://zoo.example/v1")!
        return (GraphClient(serverURL: url, transport: transport), transport)
    }

    static func sent(_ transport: FakeTransport) async -> [SentRequest] {
        await transport.sent.all
    }

    @Test("a key in the path is percent-encoded and the item's GET decodes the derived type")
    func getItem() async throws {
        let (client, transport) = Self.client(.ok, ##"{"@odata.type": "#contoso.zoo.lion", "id": "7", "maneLength": 3}"##)
        let animal = try await client.zoos("north/1").animals("a b").get(query: ODataQuery(select: ["name"]))
        guard case .lion(let lion) = animal else {
            Issue.record("the lion decoded as \(animal)")
            return
        }
        #expect(lion.maneLength == .value(3))
        let request = try #require(await Self.sent(transport).first)
        #expect(request.request.method == .get)
        #expect(request.request.path == "/zoos/north%2F1/animals/a%20b?$select=name")
        #expect(request.operationID == "animal-get")
    }

    @Test("a type cast lists the derived type's items, typed as such, at the cast's path")
    func typeCast() async throws {
        let (client, transport) = Self.client(
            .ok, ##"{"value": [{"@odata.type": "#contoso.zoo.lion", "id": "7", "maneLength": 3, "lastFed": "2021-08-27T10:11:12Z"}]}"##)
        let lions = try await client.zoos("z").animals.contosoZooLion.list(query: ODataQuery(filter: "weight gt 2"), consistencyLevel: "eventual")
            .firstPage()
        #expect(lions.value.map(\.maneLength) == [.value(3)])
        let request = try #require(await Self.sent(transport).first)
        #expect(request.request.path == "/zoos/z/animals/contoso.zoo.lion?$filter=weight%20gt%202")
        #expect(request.request.headerFields[HTTPField.Name("ConsistencyLevel")!] == "eventual")
        #expect(request.operationID == "zoo-list-animals-as-lion")
    }

    @Test("every path to an entity of one type gives its one request type, whose steps and methods are sent to that path")
    func borrowed() async throws {
        let (client, transport) = Self.client(.ok, #"{"value": [{"id": "3"}]}"#)
        // `/zoos/{id}/class` and `/enclosures/{id}` are both enclosures: one type serves both.
        let paths: [GraphClient.EnclosureRequests] = [client.zoos("z").class, client.enclosures("e")]
        #expect(paths.map(\.path.encoded) == ["/zoos/z/class", "/enclosures/e"])
        let residents = try await client.zoos("z").class.residents.list().firstPage()
        #expect(residents.value.count == 1)
        let (updating, updates) = Self.client(.noContent, "")
        try await updating.zoos("z").class.update(Zoo.Enclosure(residents: []))
        #expect(await Self.sent(transport).map(\.request.path) == ["/zoos/z/class/residents"])
        let update = try #require(await Self.sent(updates).first)
        #expect(update.request.method == .patch)
        #expect(update.request.path == "/zoos/z/class")
        #expect(update.operationID == "enclosure-update")
    }

    @Test("a collection is listed page by page along @odata.nextLink, with the documented header")
    func listPages() async throws {
        let transport = FakeTransport { index, _ in
            let body = index == 0
                ? #"{"value": [{"id": "1"}], "@odata.nextLink": "https://zoo.example/v1/zoos/z/animals?$skiptoken=2"}"#
                : #"{"value": [{"id": "2"}]}"#
            return (HTTPResponse(status: .ok), body)
        }
        let client = GraphClient(serverURL: URL(string: "https://zoo.example/v1")!, transport: transport)
        var ids: [String] = []
        for try await animal in client.zoos("z").animals.list(query: ODataQuery(top: 1), consistencyLevel: "eventual") {
            if case .animal(let plain) = animal, let id = plain.id { ids.append(id) }
        }
        #expect(ids == ["1", "2"])
        let requests = await Self.sent(transport)
        #expect(requests.map(\.request.path) == ["/zoos/z/animals?$top=1", "/v1/zoos/z/animals?$skiptoken=2"])
        #expect(requests.allSatisfy { $0.request.headerFields[HTTPField.Name("ConsistencyLevel")!] == "eventual" })
    }

    @Test("an action sends its parameters as one JSON object, leaving out the ones not given")
    func action() async throws {
        let (client, transport) = Self.client(.accepted, "")
        try await client.zoos("z").animals("1").feed(food: .value(.carnivore), class: "big")
        let request = try #require(await Self.sent(transport).first)
        #expect(request.request.method == .post)
        #expect(request.request.path == "/zoos/z/animals/1/feed")
        #expect(request.request.headerFields[.contentType] == "application/json")
        let body = try #require(request.body)
        #expect(try JSONSerialization.jsonObject(with: body) as? NSDictionary == ["food": "carnivore", "class": "big"])
    }

    @Test("a recorder middleware sees the operations an app sends, and the scopes that cover them")
    func permissions() async throws {
        let transport = FakeTransport { _, _ in (HTTPResponse(status: .accepted), "") }
        let recorder = OperationRecorder()
        let client = GraphClient(serverURL: URL(string: "https://zoo.example/v1")!, transport: transport, middlewares: [recorder])
        try await client.zoos("z").animals("1").feed(grams: 5)
        try await client.zoos("z").animals("2").feed(grams: 7)
        #expect(await recorder.operations == [GraphOperation.postZoosItemAnimalsItemFeed])
        #expect(GraphOperation.postZoosItemAnimalsItemFeed.permissions?.delegatedPersonal == [])
        let work = await recorder.leastPrivilege(for: .delegatedWork, among: GraphOperation.all)
        #expect(work.scopes == ["Zoo.ReadWrite"])
        let personal = await recorder.leastPrivilege(for: .delegatedPersonal, among: GraphOperation.all)
        #expect(personal.scopes.isEmpty && personal.unsupported == [GraphOperation.postZoosItemAnimalsItemFeed])
    }

    @Test("create sends the body and decodes the created item")
    func create() async throws {
        let (client, transport) = Self.client(.created, #"{"id": "9", "name": "Rex"}"#)
        let created = try await client.zoos("z").animals.create(.animal(Zoo.Animal(name: .value("Rex"))))
        guard case .animal(let animal) = created else {
            Issue.record("decoded \(created)")
            return
        }
        #expect(animal.id == "9")
        let body = try #require(await Self.sent(transport).first?.body)
        #expect(String(decoding: body, as: UTF8.self).contains(#""name":"Rex""#))
    }

    @Test("a stream goes out and comes back as bytes, with its media type")
    func streams() async throws {
        let (client, transport) = Self.client(.ok, "PNG")
        let photo = client.zoos("z").animals("1").photo.value
        #expect(try await photo.get() == Data("PNG".utf8))
        try await photo.replace(Data([1, 2]), contentType: "image/png")
        let requests = await Self.sent(transport)
        #expect(requests.map(\.request.path) == ["/zoos/z/animals/1/photo/$value", "/zoos/z/animals/1/photo/$value"])
        #expect(requests[1].request.headerFields[.contentType] == "image/png")
        #expect(requests[1].body == Data([1, 2]))
    }

    @Test("a path below an item keeps its slashes; a function's arguments are quoted and encoded")
    func addressesAndFunctions() async throws {
        let (client, transport) = Self.client(.ok, #"{"value": 42}"#)
        _ = try await client.keepers("k").files.root.atPath("Notes/day 1.txt").content.get()
        let count = try await client.zoos("z").visitorCount(period: "it's", top: 5).get()
        #expect(count == 42)
        let paths = await Self.sent(transport).map(\.request.path)
        #expect(paths == [
            "/keepers/k/files/root:/Notes/day%201.txt:/content",
            "/zoos/z/visitorCount(period='it%27%27s',top=5)",
        ])
    }

    @Test("an operation's own query parameters join the OData options")
    func customQuery() async throws {
        let (client, transport) = Self.client(.ok, #"{"value": ["9:00"]}"#)
        var times: [String] = []
        for try await time in client.zoos("z").schedule.list(query: ODataQuery(top: 2), startDateTime: "2021-01-01T00:00:00Z") {
            times.append(time)
        }
        #expect(times == ["9:00"])
        #expect(await Self.sent(transport).first?.request.path == "/zoos/z/schedule?$top=2&startDateTime=2021-01-01T00%3A00%3A00Z")
    }

    @Test("a documented error comes back as a GraphError")
    func error() async throws {
        let (client, _) = Self.client(.notFound, #"{"error": {"code": "itemNotFound", "message": "No such animal."}}"#)
        await #expect(throws: GraphError.self) { try await client.zoos("z").animals("0").delete() }
        do {
            try await client.zoos("z").animals("0").delete()
        } catch let error as GraphError {
            #expect(error.code == "itemNotFound")
        }
    }
}
