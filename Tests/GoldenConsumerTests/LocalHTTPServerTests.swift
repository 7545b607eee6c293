import Foundation
import LocalHTTPServer
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The round trips' server cannot leave a test hanging: it stops when the test's body ends,
/// and the time limit ends a round trip that gets no answer.
@Suite("Local HTTP server of the round trips", .timeLimit(.minutes(3)))
struct LocalHTTPServerTests {
    static func client(_ server: LocalHTTPServer) -> GraphClient {
        GraphClient(serverURL: server.url("/v1.0"), transport: roundTripTransport())
    }

    @Test("the server listens on an ephemeral port while the body runs, and not after")
    func stops() async throws {
        let origin = try await LocalHTTPServer.run { _, _ in .json(.ok, "{}") } _: { server in
            #expect(server.port > 0)
            let data = try await Self.client(server).keepers("k").files.root.atPath("a").content.get()
            #expect(data == Data("{}".utf8))
            return server.origin
        }
        let client = GraphClient(serverURL: origin, transport: roundTripTransport())
        let error = try await #require(throws: URLError.self) {
            try await client.keepers("k").files.root.atPath("a").content.get()
        }
        #expect(error.code == .cannotConnectToHost)
    }

    @Test("a request the server never answers ends at the time limit, the server stopped")
    func timeLimit() async throws {
        let origin = ServerOrigin()
        let error = await #expect(throws: TimeLimitExceeded.self) {
            try await LocalHTTPServer.run(timeLimit: .seconds(2)) { _, _ in
                try await Task.sleep(for: .seconds(3600))
                return .json(.ok, "{}")
            } _: { server in
                await origin.set(server.origin)
                _ = try await Self.client(server).zoos("z").animals("1").get()
            }
        }
        // The limit, not the hour-long handler, ended the round trip; how long the cancellation
        // takes on a loaded machine is not measured here (the suite's time limit bounds it).
        #expect(error?.limit == .seconds(2))
        // On a loaded machine the limit may end the run before the server listens; once it
        // listened, it must be stopped.
        if let stopped = await origin.value {
            let client = GraphClient(serverURL: stopped, transport: roundTripTransport())
            let refused = try await #require(throws: URLError.self) {
                try await client.zoos("z").animals("1").get()
            }
            #expect(refused.code == .cannotConnectToHost)
        }
    }
}

/// The origin of a server, kept past the server's run.
private actor ServerOrigin {
    private(set) var value: URL?
    func set(_ url: URL) { value = url }
}
