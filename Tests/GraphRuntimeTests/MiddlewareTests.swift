import Foundation
import GraphRuntime
import HTTPTypes
import OpenAPIRuntime
import Testing

/// The delays a retry middleware waited, in order.
actor Sleeps {
    private(set) var all: [Duration] = []
    func append(_ delay: Duration) { all.append(delay) }
}

@Suite("Middlewares")
struct MiddlewareTests {
    let serverURL = URL(string: "https://graph.microsoft.com/v1.0")!

    @Test func bearerTokenIsAskedForEachRequest() async throws {
        let transport = FakeTransport { _, _ in (response(.ok), "{}") }
        let tokens = Sleeps()  // counts calls
        let core = GraphClientCore(
            serverURL: serverURL, transport: transport,
            middlewares: [
                BearerTokenMiddleware {
                    await tokens.append(.zero)
                    return "token-\(await tokens.all.count)"
                }
            ])
        try await core.send(GraphRequest(method: .get, path: "/me"))
        try await core.send(GraphRequest(method: .get, path: "/me"))
        let sent = await transport.sent.all
        #expect(sent.map { $0.request.headerFields[.authorization] } == ["Bearer token-1", "Bearer token-2"])
    }

    @Test func aFailingTokenProviderSendsNothing() async {
        struct SignedOut: Error {}
        let transport = FakeTransport { _, _ in (response(.ok), "{}") }
        let core = GraphClientCore(
            serverURL: serverURL, transport: transport, middlewares: [BearerTokenMiddleware { throw SignedOut() }])
        await #expect(throws: SignedOut.self) { try await core.send(GraphRequest(method: .get, path: "/me")) }
        #expect(await transport.sent.all.isEmpty)
    }

    @Test func retriesA429AfterRetryAfterThroughEveryMiddleware() async throws {
        let transport = FakeTransport { attempt, _ in
            attempt == 0
                ? (response(.tooManyRequests, [.retryAfter: "7"]), #"{"error":{"code":"TooManyRequests"}}"#)
                : (response(.ok), #"{"id":"1"}"#)
        }
        let sleeps = Sleeps()
        let core = GraphClientCore(
            serverURL: serverURL, transport: transport,
            middlewares: [RetryMiddleware { await sleeps.append($0) }, BearerTokenMiddleware { "t" }])
        let request = try GraphRequest(method: .post, path: "/zoo/animals", jsonBody: Animal(id: "1"))
        let animal = try await core.send(request, decoding: Animal.self)
        #expect(animal.id == "1")
        let sent = await transport.sent.all
        #expect(sent.count == 2)
        #expect(sent.allSatisfy { $0.request.headerFields[.authorization] == "Bearer t" })
        #expect(sent.map { $0.body.map { String(decoding: $0, as: UTF8.self) } } == Array(repeating: ##"{"@odata.type":"#contoso.zoo.animal","id":"1"}"##, count: 2))
        #expect(await sleeps.all == [.seconds(7)])
    }

    @Test func givesUpAfterMaxAttemptsAndReportsTheLastResponse() async throws {
        let transport = FakeTransport { _, _ in (response(.serviceUnavailable), #"{"error":{"code":"serviceNotAvailable"}}"#) }
        let sleeps = Sleeps()
        let core = GraphClientCore(
            serverURL: serverURL, transport: transport,
            middlewares: [RetryMiddleware(maxAttempts: 3, defaultDelay: .milliseconds(250)) { await sleeps.append($0) }])
        do {
            try await core.send(GraphRequest(method: .get, path: "/me"))
            Issue.record("no error thrown")
        } catch let error as GraphError {
            #expect(error.status == .serviceUnavailable)
            #expect(error.code == "serviceNotAvailable")
        }
        #expect(await transport.sent.all.count == 3)
        #expect(await sleeps.all == [.milliseconds(250), .milliseconds(250)])
    }

    @Test func retriesOnceByDefault() async throws {
        let transport = FakeTransport { _, _ in (response(.tooManyRequests, [.retryAfter: "0"]), "") }
        let sleeps = Sleeps()
        let core = GraphClientCore(
            serverURL: serverURL, transport: transport, middlewares: [RetryMiddleware { await sleeps.append($0) }])
        await #expect(throws: GraphError.self) { try await core.send(GraphRequest(method: .get, path: "/me")) }
        #expect(await transport.sent.all.count == 2)
        #expect(await sleeps.all == [.zero])
    }

    @Test func doesNotRetryOtherStatusesOrLongWaits() async throws {
        for (status, retryAfter) in [(HTTPResponse.Status.internalServerError, "1"), (.tooManyRequests, "3600")] {
            let transport = FakeTransport { _, _ in (response(status, [.retryAfter: retryAfter]), "") }
            let core = GraphClientCore(
                serverURL: serverURL, transport: transport, middlewares: [RetryMiddleware { _ in }])
            await #expect(throws: GraphError.self) { try await core.send(GraphRequest(method: .get, path: "/me")) }
            #expect(await transport.sent.all.count == 1)
        }
    }

    @Test func doesNotRetryABodyThatCanBeReadOnce() async throws {
        let transport = FakeTransport { _, _ in (response(.tooManyRequests), "") }
        let stream = AsyncStream<ArraySlice<UInt8>> { continuation in
            continuation.yield(ArraySlice("{}".utf8))
            continuation.finish()
        }
        let (reply, _) = try await RetryMiddleware { _ in }.intercept(
            HTTPRequest(method: .post, scheme: nil, authority: nil, path: "/x"),
            body: HTTPBody(stream, length: .unknown, iterationBehavior: .single), baseURL: serverURL, operationID: "op"
        ) { request, body, baseURL in
            try await transport.send(request, body: body, baseURL: baseURL, operationID: "op")
        }
        #expect(reply.status == .tooManyRequests)
        #expect(await transport.sent.all.count == 1)
    }
}
