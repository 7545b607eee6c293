import Foundation
import GraphRuntime
import TestSupport
import Testing

@testable import GraphMocks

/// The catalog the generator wrote for `docs-input/` (`Generated/Sources/GraphSDKMocks/Mocks.json`),
/// read by the mocks runtime: what the generator writes is what the runtime reads.
@Suite("The generated mock catalog")
struct GeneratedCatalogTests {
    @Test("Generated's Mocks.json decodes, and its transport answers the documented POST /communications/calls")
    func committedCatalog() async throws {
        let url = TestPages.packageRoot.appendingPathComponent("Generated/Sources/GraphSDKMocks/Mocks.json")
        let catalog = try MockCatalog(json: try Data(contentsOf: url))
        #expect(catalog.exchanges.count == 8)
        #expect(catalog.serviceRoot.hasPrefix("https://graph.microsoft.com/"))
        let transport = MockTransport(catalog: catalog)
        let core = GraphClientCore(serverURL: transport.serverURL, transport: transport)
        let (response, body) = try await core.send(
            GraphRequest(method: .post, path: "/communications/calls", body: Data(#"{"callbackUri": "https://bot.example"}"#.utf8)))
        #expect(response.status.code == 201)
        let call = try GraphJSON.decoder().decode(JSONValue.self, from: body)
        #expect(call["@odata.type"] == "#microsoft.graph.call")
        #expect(transport.requests.first?.exchange == catalog.exchanges.first { $0.request.path == "/communications/calls" }?.name)
    }
}
