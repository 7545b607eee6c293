import Foundation
import GraphSDK
import HTTPTypes
import TestTransport
import Testing

/// An app's tests against the package generated from `docs-input/` (`Generated/`): the
/// documented request goes out as documented, the documented response comes back whole.
@Suite("An app using the SDK generated from docs-input")
struct GeneratedSDKTests {
    /// The JSON as Foundation objects, to compare semantically (key order aside, numbers by value).
    static func object(_ data: Data?) throws -> NSObject? {
        try data.map { try JSONSerialization.jsonObject(with: $0, options: [.fragmentsAllowed]) as? NSObject } ?? nil
    }

    @Test("creating a call sends the documented request and returns the documented response")
    func createCall() async throws {
        let (documentedRequest, documentedResponse) = try DocumentedMessages.createCall()
        let responseBody = try #require(documentedResponse.body)
        let transport = FakeTransport { _, _ in
            (HTTPResponse(status: .init(code: documentedResponse.status ?? 201)), String(decoding: responseBody, as: UTF8.self))
        }
        let graph = GraphClient(transport: transport, middlewares: [BearerTokenMiddleware { "app-token" }])

        let call = try GraphJSON.decoder().decode(Graph.Call.self, from: try #require(documentedRequest.body))
        let created = try await graph.communications.calls.create(call)

        let sent = try #require(await transport.sent.all.first)
        #expect(sent.request.method.rawValue == documentedRequest.method)
        // The documented path below the API version; the version is the server URL's.
        #expect(sent.request.path == documentedRequest.path)
        #expect(sent.baseURL == GraphClient.documentedServerURL)
        #expect(sent.request.headerFields[.contentType] == documentedRequest.headers["Content-Type"])
        #expect(sent.request.headerFields[.authorization] == "Bearer app-token")
        #expect(try Self.object(sent.body) == Self.object(documentedRequest.body))
        #expect(try Self.object(GraphJSON.encoder().encode(created)) == Self.object(responseBody))
    }
}
