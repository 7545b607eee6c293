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
        let start = ContinuousClock.now
        await #expect(throws: TimeLimitExceeded.self) {
            try await LocalHTTPServer.run(timeLimit: .milliseconds(500)) { _, _ in
                try await Task.sleep(for: .seconds(3600))
                return .json(.ok, "{}")
            } _: { server in
                _ = try await Self.client(server).zoos("z").animals("1").get()
            }
        }
        // About 0.5 s; the margin is for a loaded machine, where other tests hold the threads.
        #expect(start.duration(to: .now) < .seconds(20))
    }
}
