import Foundation
import GraphSDK
import HTTPTypes
import LocalHTTPServer
import Testing

/// The documented create-call exchange over real HTTP: the SDK generated from `docs-input/`
/// sends through URLSession to a local server that plays the service, accepting only the
/// documented request and answering with the documented response.
@Suite("The SDK generated from docs-input over HTTP", .timeLimit(.minutes(3)))
struct CreateCallRoundTripTests {
    /// Hands out an access token the way an app's token cache would: asynchronously.
    actor TokenSource {
        private(set) var fetched = 0
        func accessToken() async throws -> String {
            try await Task.sleep(for: .milliseconds(1))
            fetched += 1
            return "eyJ0eXAi.app-token-\(fetched)"
        }
    }

    /// What the service would object to in `request`, given the documented one.
    static func problems(with request: ReceivedRequest, documented: DocumentedMessages.Message) throws -> [String] {
        var problems: [String] = []
        if request.method.rawValue != documented.method { problems.append("method \(request.method)") }
        // The documented path below the service root, which is /v1.0 here.
        if request.target != "/v1.0" + (documented.path ?? "") { problems.append("target \(request.target)") }
        if request.headerFields[.authorization] != "Bearer eyJ0eXAi.app-token-1" {
            problems.append("Authorization \(request.headerFields[.authorization] ?? "missing")")
        }
        if request.headerFields[.contentType] != documented.headers["Content-Type"] {
            problems.append("Content-Type \(request.headerFields[.contentType] ?? "missing")")
        }
        if try GeneratedSDKTests.object(request.body) != GeneratedSDKTests.object(documented.body) {
            problems.append("body \(String(decoding: request.body, as: UTF8.self))")
        }
        return problems
    }

    @Test("creating a call sends the documented request over HTTP and returns the documented 201 response")
    func createCall() async throws {
        let (documentedRequest, documentedResponse) = try DocumentedMessages.createCall()
        let responseBody = try #require(documentedResponse.body)
        #expect(documentedResponse.status == 201)
        let call = try GraphJSON.decoder().decode(Graph.Call.self, from: try #require(documentedRequest.body))
        let tokens = TokenSource()

        let (created, received) = try await LocalHTTPServer.run { request, _ in
            let problems = try Self.problems(with: request, documented: documentedRequest)
            guard problems.isEmpty else {
                let envelope = ["error": ["code": "BadRequest", "message": problems.joined(separator: "; ")]]
                return .json(.badRequest, try JSONSerialization.data(withJSONObject: envelope))
            }
            var headerFields = HTTPFields()
            for (name, value) in documentedResponse.headers {
                if let name = HTTPField.Name(name) { headerFields[name] = value }
            }
            return ServerResponse(
                status: .init(code: documentedResponse.status ?? 201), headerFields: headerFields, body: responseBody)
        } _: { server in
            let graph = GraphClient(
                serverURL: server.url("/v1.0"), transport: roundTripTransport(),
                middlewares: [BearerTokenMiddleware { try await tokens.accessToken() }])
            return (try await graph.communications.calls.create(call), await server.received.all)
        }

        // The server answered 201 only to the documented request; it was sent once.
        #expect(received.count == 1)
        #expect(try GeneratedSDKTests.object(GraphJSON.encoder().encode(created)) == GeneratedSDKTests.object(responseBody))
        #expect(await tokens.fetched == 1)
    }
}
