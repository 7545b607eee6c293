import Foundation
import HTTPTypes
import LocalHTTPServer
import OpenAPIRuntime
import Testing

/// The reference client over real HTTP: URLSession on one side, a local server on the other,
/// which checks what actually crossed the socket and answers as the zoo's service would.
@Suite("Reference client over HTTP", .timeLimit(.minutes(3)))
struct ZooRoundTripTests {
    /// A client of the service at `http://127.0.0.1:<port>/v1.0`, over URLSession.
    static func client(_ server: LocalHTTPServer, middlewares: [any ClientMiddleware] = []) -> GraphClient {
        GraphClient(serverURL: server.url("/v1.0"), transport: roundTripTransport(), middlewares: middlewares)
    }

    static let lion = ##"{"@odata.type": "#contoso.zoo.lion", "id": "7", "name": "Rex", "maneLength": 3}"##

    @Test("keys, paths below an item, function arguments and OData options arrive percent-encoded")
    func encoding() async throws {
        let received = try await LocalHTTPServer.run { request, _ in
            request.path.hasSuffix("/content") ? ServerResponse(status: .ok, body: Data("notes".utf8))
                : request.path.contains("visitorCount") ? .json(.ok, #"{"value": 42}"#) : .json(.ok, Self.lion)
        } _: { server in
            let client = Self.client(server)
            let query = ODataQuery(select: ["name", "id"], filter: "name eq 'Rex the 1st' and weight gt 2")
            let animal = try await client.zoos("north/1").animals("Rex's pen 2").get(query: query)
            guard case .lion(let lion) = animal else {
                Issue.record("the lion decoded as \(animal)")
                return [ReceivedRequest]()
            }
            #expect(lion.maneLength == .value(3))
            #expect(try await client.keepers("k").files.root.atPath("Notes/day 1.txt").content.get() == Data("notes".utf8))
            #expect(try await client.zoos("z").visitorCount(period: "it's", top: 5).get() == 42)
            return await server.received.all
        }
        #expect(received.map(\.target) == [
            "/v1.0/zoos/north%2F1/animals/Rex%27s%20pen%202"
                + "?$select=name%2Cid&$filter=name%20eq%20%27Rex%20the%201st%27%20and%20weight%20gt%202",
            "/v1.0/keepers/k/files/root:/Notes/day%201.txt:/content",
            "/v1.0/zoos/z/visitorCount(period='it%27%27s',top=5)",
        ])
        // What the service reads back out of them.
        let item = try #require(received.first)
        #expect(item.method == .get)
        #expect(item.path.split(separator: "/").map { $0.removingPercentEncoding } == ["v1.0", "zoos", "north/1", "animals", "Rex's pen 2"])
        #expect(item.queryItems == ["$select": "name,id", "$filter": "name eq 'Rex the 1st' and weight gt 2"])
        #expect(item.headerFields[.accept] == "application/json")
    }

    @Test("a collection is read over three pages along the absolute next links the server returns")
    func paging() async throws {
        let received = try await LocalHTTPServer.run { request, server in
            let (ids, next): ([Int], String?) = switch request.queryItems["$skiptoken"] {
            case nil: ([1, 2], "X'page2'")
            case "X'page2'": ([3, 4], "X'page3'")
            default: ([5], nil)
            }
            var page: [String: Any] = ["value": ids.map { ["id": String($0), "name": "animal \($0)"] }]
            if let next {
                let token = next.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
                page["@odata.nextLink"] = server.url("/v1.0/zoos/z/animals?$top=2&$skiptoken=\(token)").absoluteString
            }
            return .json(.ok, try JSONSerialization.data(withJSONObject: page))
        } _: { server in
            var ids: [String] = []
            let animals = Self.client(server).zoos("z").animals
            for try await animal in animals.list(query: ODataQuery(top: 2), consistencyLevel: "eventual") {
                ids.append(try animal.base.id ?? "?")
            }
            #expect(ids == ["1", "2", "3", "4", "5"])
            return await server.received.all
        }
        #expect(received.map(\.target) == [
            "/v1.0/zoos/z/animals?$top=2",
            "/v1.0/zoos/z/animals?$top=2&$skiptoken=X%27page2%27",
            "/v1.0/zoos/z/animals?$top=2&$skiptoken=X%27page3%27",
        ])
        #expect(received.allSatisfy { $0.method == .get && $0.headerFields[HTTPField.Name("ConsistencyLevel")!] == "eventual" })
    }

    @Test("Graph's error envelope comes back as a GraphError with its code, message and request id")
    func errorEnvelope() async throws {
        let envelope = #"""
            {"error": {"code": "itemNotFound", "message": "No animal 0 in zoo z.",
             "innerError": {"request-id": "4f0b4c6e-0001", "date": "2024-05-01T10:00:00"}}}
            """#
        let error = try await LocalHTTPServer.run { _, _ in
            .json(.notFound, envelope, headerFields: [HTTPField.Name("request-id")!: "4f0b4c6e-0001"])
        } _: { server in
            try await #require(throws: GraphError.self) { try await Self.client(server).zoos("z").animals("0").delete() }
        }
        #expect(error.status == .notFound)
        #expect(error.code == "itemNotFound")
        #expect(error.message == "No animal 0 in zoo z.")
        #expect(error.requestID == "4f0b4c6e-0001")
        #expect(error.headerFields[.contentType] == "application/json")
    }

    /// A 429 with `Retry-After: 1` first, then the lion.
    static func throttledOnce(_ request: ReceivedRequest, _ server: LocalHTTPServer) -> ServerResponse {
        request.index == 0
            ? .json(.tooManyRequests, #"{"error": {"code": "TooManyRequests", "message": "Slow down."}}"#,
                headerFields: [.retryAfter: "1"])
            : .json(.ok, lion)
    }

    @Test("a 429 with Retry-After: 1 is retried once after a real one-second wait, with a fresh token")
    func retryAfter() async throws {
        let waits = Recorded<Duration>()
        let tokens = Recorded<String>()
        let retry = RetryMiddleware(sleep: { delay in
            await waits.append(delay)
            try await Task.sleep(for: delay)
        })
        let bearer = BearerTokenMiddleware {
            let token = "token-\(await tokens.all.count + 1)"
            await tokens.append(token)
            return token
        }
        let received = try await LocalHTTPServer.run(respond: Self.throttledOnce) { server in
            let animal = try await Self.client(server, middlewares: [retry, bearer]).zoos("z").animals("7").get()
            #expect(try animal.base.id == "7")
            return await server.received.all
        }
        #expect(await waits.all == [.seconds(1)])
        #expect(received.count == 2)
        #expect(Set(received.map(\.target)) == ["/v1.0/zoos/z/animals/7"])
        #expect(received.map { $0.headerFields[.authorization] } == ["Bearer token-1", "Bearer token-2"])
        // The server saw the second request a full second after the first.
        if received.count == 2 {
            #expect(received[0].receivedAt.duration(to: received[1].receivedAt) >= .seconds(1))
        }
    }

    @Test("a policy of one attempt returns the 429 as a GraphError without waiting")
    func noRetry() async throws {
        let waits = Recorded<Duration>()
        let retry = RetryMiddleware(maxAttempts: 1, sleep: { await waits.append($0) })
        let (error, received) = try await LocalHTTPServer.run(respond: Self.throttledOnce) { server in
            let error = try await #require(throws: GraphError.self) {
                try await Self.client(server, middlewares: [retry]).zoos("z").animals("7").get()
            }
            return (error, await server.received.all)
        }
        #expect(error.status == .tooManyRequests)
        #expect(error.code == "TooManyRequests")
        #expect(error.headerFields[.retryAfter] == "1")
        #expect(received.count == 1)
        #expect(await waits.all.isEmpty)
    }

    @Test("a $count's plain-text number comes back as an Int; an entity reference goes out as {\"@odata.id\": …}")
    func countAndReference() async throws {
        let received = try await LocalHTTPServer.run { request, _ in
            request.method == .post ? ServerResponse(status: .noContent)
                : ServerResponse(status: .ok, headerFields: [.contentType: "text/plain"], body: Data("893".utf8))
        } _: { server in
            let zoo = Self.client(server).zoos("z")
            #expect(try await zoo.animals.count(query: ODataQuery(filter: "weight gt 2"), consistencyLevel: "eventual") == 893)
            try await zoo.keepers.ref(EntityReference(id: "https://zoo.test/v1.0/keepers/k1"))
            return await server.received.all
        }
        #expect(received.map(\.target) == ["/v1.0/zoos/z/animals/$count?$filter=weight%20gt%202", "/v1.0/zoos/z/keepers/$ref"])
        #expect(received.first?.headerFields[HTTPField.Name("ConsistencyLevel")!] == "eventual")
        let body = try JSONSerialization.jsonObject(with: try #require(received.last?.body)) as? [String: String]
        #expect(body == ["@odata.id": "https://zoo.test/v1.0/keepers/k1"])
    }

    @Test("a stream goes out and comes back byte for byte, with its media type")
    func bytes() async throws {
        let bytes = Data([0, 1, 2, 0x7F, 0x80, 0xFF, 0x0D, 0x0A])
        let received = try await LocalHTTPServer.run { request, _ in
            request.method == .put ? ServerResponse(status: .noContent) : ServerResponse(status: .ok, body: bytes)
        } _: { server in
            let photo = Self.client(server).zoos("z").animals("1").photo.value
            try await photo.replace(bytes, contentType: "image/png")
            #expect(try await photo.get() == bytes)
            return await server.received.all
        }
        #expect(received.map(\.method) == [.put, .get])
        #expect(received.map(\.target) == ["/v1.0/zoos/z/animals/1/photo/$value", "/v1.0/zoos/z/animals/1/photo/$value"])
        #expect(received.first?.headerFields[.contentType] == "image/png")
        #expect(received.first?.body == bytes)
    }
}

/// Values recorded from concurrent code, in order.
actor Recorded<Value: Sendable> {
    private(set) var all: [Value] = []
    func append(_ value: Value) { all.append(value) }
}
