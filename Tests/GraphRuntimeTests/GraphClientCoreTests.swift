import Foundation
import GraphRuntime
import HTTPTypes
import OpenAPIRuntime
import Testing

@Suite("GraphClientCore")
struct GraphClientCoreTests {
    let serverURL = URL(string: "https://graph.microsoft.com/v1.0")!

    @Test func buildsTheRequest() async throws {
        let transport = FakeTransport { _, _ in (response(.created), ##"{"@odata.type":"#contoso.zoo.lion","id":"9"}"##) }
        let core = GraphClientCore(serverURL: serverURL, transport: transport)
        let request = try GraphRequest(
            method: .post, path: "/zoos/\("north/east")/animals", query: ODataQuery(select: ["id", "name"]),
            headerFields: [HTTPField.Name("Prefer")!: "return=representation"],
            jsonBody: Lion(name: .value("Leo")), operationID: "zoos.animals.create")
        let created = try await core.send(request, decoding: AnyAnimal.self)
        #expect(created == .lion(Lion(id: "9")))
        let sent = try #require(await transport.sent.all.first)
        #expect(sent.request.method == .post)
        #expect(sent.request.path == "/zoos/north%2Feast/animals?$select=id%2Cname")
        #expect(sent.baseURL == serverURL)
        #expect(sent.operationID == "zoos.animals.create")
        #expect(sent.request.headerFields[.contentType] == "application/json")
        #expect(sent.request.headerFields[.accept] == "application/json")
        #expect(sent.request.headerFields[HTTPField.Name("Prefer")!] == "return=representation")
        #expect(sent.body.map { String(decoding: $0, as: UTF8.self) } == ##"{"@odata.type":"#contoso.zoo.lion","name":"Leo"}"##)
    }

    @Test("header fields added to a core go with every request; the request's own field of a name wins")
    func addedHeaderFields() async throws {
        let transport = FakeTransport { _, _ in (response(.noContent), "") }
        let prefer = HTTPField.Name("Prefer")!, tag = HTTPField.Name("X-Tag")!
        let core = GraphClientCore(serverURL: serverURL, transport: transport)
            .addingHeaderFields([prefer: "return=minimal", tag: "a"])
            .addingHeaderFields([prefer: "return=representation"])
        #expect(core.headerFields[prefer] == "return=representation")
        try await core.send(GraphRequest(method: .get, path: "/zoos/1"))
        try await core.send(GraphRequest(method: .get, path: "/zoos/2", headerFields: [tag: "b"]))
        let sent = await transport.sent.all
        #expect(sent.map { $0.request.headerFields[prefer] } == ["return=representation", "return=representation"])
        #expect(sent.map { $0.request.headerFields[values: tag] } == [["a"], ["b"]])
    }

    @Test("a request to a URL the service handed out goes to that URL as it is, without middlewares or added fields")
    func opaqueURL() async throws {
        let transport = FakeTransport { _, _ in (response(.accepted), #"{"nextExpectedRanges":["26-"]}"#) }
        let core = GraphClientCore(
            serverURL: serverURL, transport: transport,
            middlewares: [BearerTokenMiddleware(token: { "secret" })], headerFields: [HTTPField.Name("X-Tag")!: "a"])
        let range = HTTPField.Name("Content-Range")!
        let (answer, body) = try await core.send(OpaqueURLRequest(
            method: .put, url: URL(string: "https://up.example.com:8443/up/fe%2069?s=1")!,
            headerFields: [range: "bytes 0-25/128"], body: Data("0123".utf8)))
        #expect(answer.status == .accepted)
        #expect(String(decoding: body, as: UTF8.self) == #"{"nextExpectedRanges":["26-"]}"#)
        let sent = try #require(await transport.sent.all.first)
        #expect(sent.baseURL.absoluteString == "https://up.example.com:8443")
        #expect(sent.request.path == "/up/fe%2069?s=1")
        #expect(sent.request.method == .put)
        #expect(sent.request.headerFields[range] == "bytes 0-25/128")
        #expect(sent.request.headerFields[.authorization] == nil)
        #expect(sent.request.headerFields[HTTPField.Name("X-Tag")!] == nil)
        #expect(sent.body == Data("0123".utf8))
        // Another status throws, as for the service's own paths.
        let failing = GraphClientCore(serverURL: serverURL, transport: FakeTransport { _, _ in (response(.notFound), "") })
        await #expect(throws: GraphError.self) {
            try await failing.send(OpaqueURLRequest(method: .get, url: URL(string: "https://up.example.com/x")!))
        }
    }

    @Test func aGetHasNoBodyNorContentType() async throws {
        let transport = FakeTransport { _, _ in (response(.noContent), "") }
        let core = GraphClientCore(serverURL: serverURL, transport: transport)
        let (reply, body) = try await core.send(GraphRequest(method: .delete, path: "/zoos/1"))
        #expect(reply.status == .noContent)
        #expect(body.isEmpty)
        let sent = try #require(await transport.sent.all.first)
        #expect(sent.body == nil)
        #expect(sent.request.headerFields[.contentType] == nil)
        #expect(sent.request.path == "/zoos/1")
    }

    @Test func mapsNon2xxToGraphError() async throws {
        let body = #"{"error":{"code":"Request_ResourceNotFound","message":"Not here.","innerError":{"request-id":"r9"}}}"#
        let transport = FakeTransport { _, _ in (response(.notFound), body) }
        let core = GraphClientCore(serverURL: serverURL, transport: transport)
        do {
            _ = try await core.send(GraphRequest(method: .get, path: "/zoos/1"), decoding: Animal.self)
            Issue.record("no error thrown")
        } catch let error as GraphError {
            #expect(error.status == .notFound)
            #expect(error.code == "Request_ResourceNotFound")
            #expect(error.requestID == "r9")
            #expect(error.body == Data(body.utf8))
        }
    }

    @Test func middlewaresRunInOrder() async throws {
        struct Stamp: ClientMiddleware {
            let name: String
            func intercept(
                _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
                next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
            ) async throws -> (HTTPResponse, HTTPBody?) {
                var request = request
                let trace = HTTPField.Name("x-trace")!
                request.headerFields[trace] = (request.headerFields[trace] ?? "") + name
                return try await next(request, body, baseURL)
            }
        }
        let transport = FakeTransport { _, _ in (response(.ok), "{}") }
        let core = GraphClientCore(
            serverURL: serverURL, transport: transport, middlewares: [Stamp(name: "a"), Stamp(name: "b"), Stamp(name: "c")])
        try await core.send(GraphRequest(method: .get, path: "/me"))
        #expect(await transport.sent.all.first?.request.headerFields[HTTPField.Name("x-trace")!] == "abc")
    }

    @Test func aCollectionFollowsNextLinksWithTheRequestsHeaders() async throws {
        let transport = FakeTransport { attempt, _ in
            switch attempt {
            case 0: (response(.ok), #"{"value":[{"id":"1"}],"@odata.nextLink":"https://graph.microsoft.com/v1.0/zoos?$top=1&$skiptoken=X%2FY"}"#)
            case 1: (response(.ok), ##"{"value":[{"@odata.type":"#contoso.zoo.lion","id":"2"}],"@odata.nextLink":"https://graph.microsoft.com/v1.0/zoos?$top=1&$skiptoken=Z"}"##)
            default: (response(.ok), #"{"value":[{"id":"3"}]}"#)
            }
        }
        let core = GraphClientCore(serverURL: serverURL, transport: transport)
        let request = GraphRequest(
            method: .get, path: "/zoos", query: ODataQuery(top: 1),
            headerFields: [HTTPField.Name("ConsistencyLevel")!: "eventual"])
        var ids: [String] = []
        for try await animal in core.collection(request, of: AnyAnimal.self) {
            switch animal {
            case .animal(let animal): ids.append(animal.id ?? "")
            case .lion(let lion): ids.append("lion " + (lion.id ?? ""))
            }
        }
        #expect(ids == ["1", "lion 2", "3"])
        let sent = await transport.sent.all
        #expect(sent.map(\.request.path) == ["/zoos?$top=1", "/v1.0/zoos?$top=1&$skiptoken=X%2FY", "/v1.0/zoos?$top=1&$skiptoken=Z"])
        #expect(sent.map(\.baseURL.absoluteString) == [
            "https://graph.microsoft.com/v1.0", "https://graph.microsoft.com", "https://graph.microsoft.com",
        ])
        #expect(sent.allSatisfy { $0.request.headerFields[HTTPField.Name("ConsistencyLevel")!] == "eventual" })
    }

    @Test(arguments: [
        "https://evil.example/v1.0/zoos?$skiptoken=1", "http://graph.microsoft.com/v1.0/zoos?$skiptoken=1",
        "https://graph.microsoft.com:8443/v1.0/zoos?$skiptoken=1",
    ])
    func refusesANextLinkOutsideTheService(nextLink: String) async throws {
        let transport = FakeTransport { _, _ in (response(.ok), #"{"value":[1],"@odata.nextLink":"\#(nextLink)"}"#) }
        let core = GraphClientCore(
            serverURL: serverURL, transport: transport, middlewares: [BearerTokenMiddleware { "secret" }])
        var values: [Int] = []
        await #expect(throws: PagingError.nextLinkOutsideService(URL(string: nextLink)!)) {
            for try await value in core.collection(GraphRequest(method: .get, path: "/zoos"), of: Int.self) {
                values.append(value)
            }
        }
        #expect(values == [1])
        #expect(await transport.sent.all.count == 1)
    }

    @Test func refusesAResponseLargerThanTheLimit() async throws {
        let transport = FakeTransport { _, _ in (response(.ok), String(repeating: " ", count: 100) + "{}") }
        let core = GraphClientCore(serverURL: serverURL, transport: transport, maximumResponseBodySize: 64)
        await #expect(throws: (any Error).self) { try await core.send(GraphRequest(method: .get, path: "/me")) }
    }

    @Test("a redirect the transport did not follow is followed with a GET to its Location, without the middlewares' token")
    func followsARedirect() async throws {
        let location = "https://reports.example/data/download/abc?sig=x%2Fy"
        let transport = FakeTransport { index, _ in
            index == 0 ? (response(.found, [.location: location]), "") : (response(.ok, [.contentType: "text/csv"]), "a,b\n1,2\n")
        }
        let core = GraphClientCore(serverURL: serverURL, transport: transport, middlewares: [BearerTokenMiddleware { "secret" }])
        let (reply, body) = try await core.send(GraphRequest(method: .get, path: "/reports/getEmailActivityCounts(period='D7')"))
        #expect(reply.status == .ok)
        #expect(String(decoding: body, as: UTF8.self) == "a,b\n1,2\n")
        let sent = await transport.sent.all
        try #require(sent.count == 2)
        #expect(sent[0].request.headerFields[.authorization] == "Bearer secret")
        #expect(sent[1].request.method == .get)
        #expect(sent[1].baseURL.absoluteString == "https://reports.example")
        #expect(sent[1].request.path == "/data/download/abc?sig=x%2Fy")
        #expect(sent[1].request.headerFields[.authorization] == nil)
        #expect(sent[1].operationID == sent[0].operationID)
    }

    @Test("a relative Location is read against the request's service; a 303 is followed for any method, a 302 only for a GET")
    func redirectRules() async throws {
        let relative = FakeTransport { index, _ in
            index == 0 ? (response(.seeOther, [.location: "/v1.0/operations/7"]), "") : (response(.ok), "{}")
        }
        _ = try await GraphClientCore(serverURL: serverURL, transport: relative).send(GraphRequest(method: .post, path: "/zoos"))
        let followed = await relative.sent.all
        #expect(followed.map(\.request.method) == [.post, .get])
        #expect(followed.last?.baseURL.absoluteString == "https://graph.microsoft.com")
        #expect(followed.last?.request.path == "/v1.0/operations/7")

        let post = FakeTransport { _, _ in (response(.found, [.location: "https://elsewhere.example/x"]), "") }
        await #expect(throws: GraphError.self) {
            try await GraphClientCore(serverURL: serverURL, transport: post).send(GraphRequest(method: .post, path: "/zoos"))
        }
        #expect(await post.sent.all.count == 1)
    }

    @Test("redirects stop after maximumRedirects: the last 3xx is the error")
    func redirectLoop() async throws {
        let transport = FakeTransport { _, _ in (response(.found, [.location: "https://loop.example/again"]), "") }
        await #expect(throws: GraphError.self) {
            try await GraphClientCore(serverURL: serverURL, transport: transport).send(GraphRequest(method: .get, path: "/x"))
        }
        #expect(await transport.sent.all.count == 1 + GraphClientCore.maximumRedirects)
    }
}

@Suite("GraphClientCore: $count")
struct GraphClientCoreCountTests {
    let serverURL = URL(string: "https://graph.microsoft.com/v1.0")!

    @Test("a $count's plain-text number is read as an Int; text that is no number is an error")
    func count() async throws {
        let transport = FakeTransport { _, _ in (response(.ok), "893\n") }
        let core = GraphClientCore(serverURL: serverURL, transport: transport)
        #expect(try await core.count(GraphRequest(method: .get, path: "/users/$count")) == 893)
        #expect(await transport.sent.all.first?.request.path == "/users/$count")

        let wrong = GraphClientCore(serverURL: serverURL, transport: FakeTransport { _, _ in (response(.ok), "{}") })
        await #expect(throws: DecodingError.self) {
            try await wrong.count(GraphRequest(method: .get, path: "/users/$count"))
        }
    }

    @Test("a result that may be empty is nil for a 204 or an empty body, and decoded otherwise")
    func sendIfPresent() async throws {
        let request = GraphRequest(method: .patch, path: "/zoos/1/animals/9")
        for (status, body) in [(HTTPResponse.Status.noContent, ""), (.ok, ""), (.created, " \n")] {
            let core = GraphClientCore(serverURL: serverURL, transport: FakeTransport { _, _ in (response(status), body) })
            #expect(try await core.sendIfPresent(request, decoding: AnyAnimal.self) == nil)
        }
        let typed = GraphClientCore(serverURL: serverURL, transport: FakeTransport { _, _ in
            (response(.ok), ##"{"@odata.type":"#contoso.zoo.lion","id":"9"}"##)
        })
        #expect(try await typed.sendIfPresent(request, decoding: AnyAnimal.self) == .lion(Lion(id: "9")))
        let broken = GraphClientCore(serverURL: serverURL, transport: FakeTransport { _, _ in (response(.ok), "{") })
        await #expect(throws: DecodingError.self) {
            try await broken.sendIfPresent(request, decoding: AnyAnimal.self)
        }
    }
}
