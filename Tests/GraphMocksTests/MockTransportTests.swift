import Foundation
import GraphRuntime
import HTTPTypes
import OpenAPIRuntime
import Testing

@testable import GraphMocks

@Suite("The mock transport")
struct MockTransportTests {
    /// A catalog of a few exchanges of an invented API.
    static let catalog = MockCatalog(serviceRoot: "https://zoo.example/v2", exchanges: [
        MockExchange(
            name: "list-animals", page: "api/list-animals.md",
            request: .init(method: "GET", path: "/animals", documentedPath: "/animals"),
            response: .init(status: 200, json: #"{"value": [{"name": "ada"}, {"name": "bo"}, {"name": "cy"}]}"#)),
        MockExchange(
            name: "list-animals-select", page: "api/list-animals.md",
            request: .init(method: "GET", path: "/animals", documentedPath: "/animals", query: [.init(name: "$select", value: "name")]),
            response: .init(status: 200, json: #"{"value": [{"name": "ada"}]}"#)),
        MockExchange(
            name: "get-animal", page: "api/get-animal.md",
            request: .init(method: "GET", path: "/animals/{id}", documentedPath: "/animals/ada"),
            response: .init(status: 200, headers: [.init(name: "Content-Type", value: "application/json")], json: #"{"name": "ada"}"#)),
        MockExchange(
            name: "get-animal-bo", page: "api/get-animal.md",
            request: .init(method: "GET", path: "/animals/{id}", documentedPath: "/animals/bo"),
            response: .init(status: 200, json: #"{"name": "bo"}"#)),
        MockExchange(
            name: "feed-animal", page: "api/animal-feed.md",
            request: .init(method: "POST", path: "/animals/{id}/feed", documentedPath: "/animals/ada/feed"),
            response: .init(status: 204)),
        MockExchange(
            name: "count-animals", page: "api/list-animals.md",
            request: .init(method: "GET", path: "/animals/$count", documentedPath: "/animals/$count"),
            response: .init(status: 200, text: "3")),
        MockExchange(
            name: "list-keepers", page: "api/list-keepers.md",
            request: .init(method: "GET", path: "/keepers", documentedPath: "/keepers"),
            response: .init(status: 200, json: #"{"value": [{"name": "kim"}], "@odata.nextLink": "https://zoo.example/v2/keepers?$skiptoken=X1"}"#)),
        MockExchange(
            name: "upload-chunk", page: "api/upload.md",
            request: .init(method: "PUT", url: "https://upload.zoo.example/session/1"),
            response: .init(status: 202, json: #"{"nextExpectedRanges": ["26-"]}"#)),
    ])

    /// Sends `method` to `path` below the catalog's root and returns the status and the JSON body.
    static func send(
        _ transport: MockTransport, _ method: HTTPRequest.Method, _ path: String, client: [any ClientMiddleware] = []
    ) async throws -> (status: Int, body: JSONValue?) {
        let core = GraphClientCore(serverURL: URL(string: "https://zoo.example/v2")!, transport: transport, middlewares: client)
        do {
            let (response, body) = try await core.send(GraphRequest(method: method, path: GraphPath(stringLiteral: path)))
            return (response.status.code, body.isEmpty ? nil : try GraphJSON.decoder().decode(JSONValue.self, from: body))
        } catch let error as GraphError {
            return (error.status.code, try GraphJSON.decoder().decode(JSONValue.self, from: error.body))
        }
    }

    @Test("a request gets its exchange: the example of this very key first, else the first of its template")
    func matching() async throws {
        let transport = MockTransport(catalog: Self.catalog)
        #expect(try await Self.send(transport, .get, "/animals/bo").body == ["name": "bo"])
        #expect(try await Self.send(transport, .get, "/animals/zed").body == ["name": "ada"])
        #expect(try await Self.send(transport, .post, "/animals/zed/feed").status == 204)
        #expect(transport.requests.map(\.exchange) == ["get-animal-bo", "get-animal", "feed-animal"])
        #expect(transport.requests.map(\.path) == ["/animals/bo", "/animals/zed", "/animals/zed/feed"])
    }

    @Test("the query options a request sends choose among the exchanges of one path")
    func queryChooses() async throws {
        let transport = MockTransport(catalog: Self.catalog)
        let core = GraphClientCore(serverURL: URL(string: "https://zoo.example/v2")!, transport: transport)
        _ = try await core.send(GraphRequest(method: .get, path: "/animals", query: ODataQuery(select: ["name"])))
        _ = try await core.send(GraphRequest(method: .get, path: "/animals"))
        #expect(transport.requests.map(\.exchange) == ["list-animals-select", "list-animals"])
    }

    @Test("$top pages through the documented elements with next links the client follows")
    func paging() async throws {
        let transport = MockTransport(catalog: Self.catalog)
        let core = GraphClientCore(serverURL: URL(string: "https://zoo.example/v2")!, transport: transport)
        let request = GraphRequest(method: .get, path: "/animals", query: ODataQuery(top: 2))
        var names: [String] = []
        for try await animal in core.collection(request, of: JSONValue.self) {
            names.append(animal["name"]?.stringValue ?? "")
        }
        #expect(names == ["ada", "bo", "cy"])
        #expect(transport.requests.count == 2)
        #expect(transport.requests.last?.path == "/animals?$top=2&$skiptoken=mock-2")
    }

    @Test("a documented next link ends the collection instead of repeating its page")
    func documentedNextLink() async throws {
        let transport = MockTransport(catalog: Self.catalog)
        let core = GraphClientCore(serverURL: URL(string: "https://zoo.example/v2")!, transport: transport)
        var names: [String] = []
        for try await keeper in core.collection(GraphRequest(method: .get, path: "/keepers"), of: JSONValue.self) {
            names.append(keeper["name"]?.stringValue ?? "")
        }
        #expect(names == ["kim"])
        #expect(transport.requests.count == 2)
    }

    @Test("a $count is answered with its documented text; a bodiless response with its status")
    func textAndEmpty() async throws {
        let transport = MockTransport(catalog: Self.catalog)
        let core = GraphClientCore(serverURL: URL(string: "https://zoo.example/v2")!, transport: transport)
        #expect(try await core.count(GraphRequest(method: .get, path: "/animals/$count")) == 3)
    }

    @Test("a request no exchange answers gets a 404 with Graph's error envelope, not a crash")
    func unknown() async throws {
        let transport = MockTransport(catalog: Self.catalog)
        let (status, body) = try await Self.send(transport, .get, "/plants")
        #expect(status == 404)
        #expect(body?["error"]?["code"] == "itemNotFound")
        #expect(body?["error"]?["message"]?.stringValue?.contains("GET /plants") == true)
        #expect(try await Self.send(transport, .delete, "/animals/ada").status == 404)
    }

    @Test("a request to a URL the service handed out is matched whole, off the service root")
    func absoluteURL() async throws {
        let transport = MockTransport(catalog: Self.catalog)
        let core = GraphClientCore(serverURL: URL(string: "https://zoo.example/v2")!, transport: transport)
        let (response, body) = try await core.send(OpaqueURLRequest(method: .put, url: URL(string: "https://upload.zoo.example/session/1")!, body: Data("x".utf8)))
        #expect(response.status.code == 202)
        #expect(try GraphJSON.decoder().decode(JSONValue.self, from: body) == ["nextExpectedRanges": ["26-"]])
    }

    @Test("429 with Retry-After is retried by RetryMiddleware after the delay it asks for")
    func throttled() async throws {
        let waits = WaitRecorder()
        let transport = MockTransport(catalog: Self.catalog, faults: [.throttling(retryAfter: 3)])
        let retry = RetryMiddleware(maxAttempts: 3, sleep: { await waits.record($0) })
        let (status, body) = try await Self.send(transport, .get, "/animals/bo", client: [retry])
        #expect(status == 200)
        #expect(body == ["name": "bo"])
        #expect(await waits.waits == [.seconds(3)])
        #expect(transport.requests.map(\.exchange) == [nil, "get-animal-bo"])
    }

    @Test("503 surfaces as a GraphError; faults apply to the requests they match, as many times as told")
    func unavailable() async throws {
        let transport = MockTransport(catalog: Self.catalog, faults: [.unavailable(count: 2).matching(method: "GET", pathPrefix: "/animals")])
        let first = try await Self.send(transport, .get, "/animals/ada")
        #expect(first.status == 503)
        #expect(first.body?["error"]?["code"] == "serviceNotAvailable")
        #expect(try await Self.send(transport, .post, "/animals/ada/feed").status == 204)
        #expect(try await Self.send(transport, .get, "/animals/ada").status == 503)
        #expect(try await Self.send(transport, .get, "/animals/ada").status == 200)
    }

    @Test("a slow answer waits before it is given")
    func latency() async throws {
        let transport = MockTransport(catalog: Self.catalog, faults: [.latency(.milliseconds(50))])
        let clock = ContinuousClock()
        let start = clock.now
        #expect(try await Self.send(transport, .get, "/animals/ada").status == 200)
        #expect(clock.now - start >= .milliseconds(50))
    }

    @Test("the catalog reads back from the JSON it is written as")
    func catalogJSON() throws {
        let data = try GraphJSON.encoder().encode(Self.catalog)
        #expect(try MockCatalog(json: data) == Self.catalog)
    }
}

/// The waits a `RetryMiddleware` asked for, instead of waiting.
actor WaitRecorder {
    private(set) var waits: [Duration] = []
    func record(_ wait: Duration) { waits.append(wait) }
}
