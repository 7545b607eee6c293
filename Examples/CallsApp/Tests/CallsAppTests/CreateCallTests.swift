import CallsSDK
import Foundation
import HTTPTypes
import OpenAPIRuntime
import Testing

/// A stub transport: keeps the request it is sent and answers `201 Created` with `answer`.
final class StubTransport: ClientTransport, @unchecked Sendable {
    private let lock = NSLock()
    private var sent: [(request: HTTPRequest, body: Data?, baseURL: URL)] = []
    let answer: String

    init(answer: String) { self.answer = answer }

    /// The requests sent so far, in order.
    var requests: [(request: HTTPRequest, body: Data?, baseURL: URL)] { lock.withLock { sent } }

    func send(_ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String) async throws -> (
        HTTPResponse, HTTPBody?
    ) {
        let data = if let body { try await Data(collecting: body, upTo: 1 << 20) } else { Data?.none }
        lock.withLock { sent.append((request, data, baseURL)) }
        var response = HTTPResponse(status: .created)
        response.headerFields[.contentType] = "application/json"
        return (response, HTTPBody(answer))
    }
}

@Suite("The SDK the plugin generated")
struct CreateCallTests {
    @Test("communications.calls.create posts the call to /communications/calls and reads the created call")
    func createCall() async throws {
        let transport = StubTransport(answer: #"{"id": "2f1a1100-b174-40a0-aba7-0b405e01ed92", "state": "establishing"}"#)
        let graph = GraphClient(serverURL: URL(string: "https://graph.example/v1.0")!, transport: transport)

        let created = try await CallPlacement.place(callbackURI: "https://bot.contoso.com/callback", with: graph)

        let sent = try #require(transport.requests.first)
        #expect(transport.requests.count == 1)
        #expect(sent.request.method == .post)
        #expect(sent.baseURL.absoluteString == "https://graph.example/v1.0")
        #expect(sent.request.path == "/communications/calls")
        let body = try #require(sent.body)
        let json = try #require(try JSONSerialization.jsonObject(with: body) as? [String: Any])
        #expect(json["callbackUri"] as? String == "https://bot.contoso.com/callback")
        #expect(json["requestedModalities"] as? [String] == ["audio"])
        #expect(created.id?.value == "2f1a1100-b174-40a0-aba7-0b405e01ed92")
        #expect(created.state?.value == "establishing")
    }
}
