import CallsSDK
import Testing

/// The app's code against the mock service the plugin compiled in from the page's examples
/// (`mocks: true` in graphdocgen.yaml): no server, no network.
@Suite("The app against the documented examples")
struct CreateCallMockTests {
    @Test("placing a call gets the call the page documents for POST /communications/calls")
    func placeCall() async throws {
        let transport = try DocumentedMocks.transport()
        let graph = GraphClient(transport: transport)

        let created = try await CallPlacement.place(callbackURI: "https://bot.contoso.com/callback", with: graph)

        #expect(created.id?.value == "2e1a0b00-2db4-4022-9570-243709c565ab")
        #expect(created.state?.value == "establishing")
        #expect(transport.requests.map(\.path) == ["/communications/calls"])
        #expect(transport.requests.first?.exchange == "create-call-app-hosted-media")
    }

    @Test("a throttled request is retried after the Retry-After the mock service sends")
    func throttled() async throws {
        let transport = try DocumentedMocks.transport(faults: [.throttling(retryAfter: 0)])
        let graph = GraphClient(transport: transport, middlewares: [RetryMiddleware()])

        let created = try await CallPlacement.place(callbackURI: "https://bot.contoso.com/callback", with: graph)

        #expect(created.id?.value == "2e1a0b00-2db4-4022-9570-243709c565ab")
        #expect(transport.requests.count == 2)
    }
}
