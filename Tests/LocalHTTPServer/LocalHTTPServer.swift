public import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle

/// An HTTP/1.1 server on `127.0.0.1`, on a port the system picks, that answers each request
/// with what a test's `respond` returns and records what it received: the other end of a real
/// HTTP round trip.
///
/// `LocalHTTPServer.run(respond:_:)` starts it, runs the test's body against it, and stops it,
/// all within a time limit, so a test that loses a request cannot hang.
public struct LocalHTTPServer: Sendable {
    /// Answers a request; it may throw, which the server answers with `500`.
    public typealias Respond = @Sendable (ReceivedRequest, LocalHTTPServer) async throws -> ServerResponse

    /// The port the server listens on.
    public let port: Int
    /// The requests received so far.
    public let received: ReceivedRequests

    /// `http://127.0.0.1:<port>`.
    public var origin: URL { URL(string: "http://127.0.0.1:\(port)")! }

    /// The URL of `pathAndQuery` (already percent-encoded) on this server.
    public func url(_ pathAndQuery: String) -> URL {
        URL(string: origin.absoluteString + pathAndQuery)!
    }

    /// The largest request body the server reads.
    static let maximumBodySize = 4 << 20

    /// Starts a server answering with `respond`, runs `body` with it, then stops it; throws
    /// `TimeLimitExceeded` when `body` has not finished within `timeLimit`.
    ///
    /// At the limit (the server's start included), `body` is cancelled and the server
    /// stopped as when `body` ends: the answers still being computed are cancelled (the
    /// client gets `500`), then a graceful shutdown closes the connections. Cancelling the
    /// server itself is the last resort, a minute after twice the limit: cancelled while it
    /// holds a connection, swift-nio traps ("Deinited NIOAsyncWriter without calling finish()").
    public static func run<T: Sendable>(
        timeLimit: Duration = .seconds(60), respond: @escaping Respond,
        _ body: @escaping @Sendable (LocalHTTPServer) async throws -> T
    ) async throws -> T {
        try await withTimeLimit(timeLimit * 2 + .seconds(60)) {
            try await serve(timeLimit: timeLimit, respond: respond, body)
        }
    }

    private static func serve<T: Sendable>(
        timeLimit: Duration, respond: @escaping Respond, _ body: @escaping @Sendable (LocalHTTPServer) async throws -> T
    ) async throws -> T {
        let received = ReceivedRequests()
        let answers = PendingAnswers()
        let logger = Logger(label: "LocalHTTPServer", factory: { _ in SwiftLogNoOpLogHandler() })
        let (ports, portContinuation) = AsyncStream.makeStream(of: Int.self)
        let responder = CallbackResponder<BasicRequestContext> { request, _ in
            // Requests arrive only once the server is running, so its port is known by then.
            let server = LocalHTTPServer(port: await received.port ?? 0, received: received)
            let buffer = try await request.body.collect(upTo: maximumBodySize)
            let receivedRequest = await received.record(
                ReceivedRequest(
                    index: 0, method: request.head.method, target: request.head.path ?? "",
                    headerFields: request.headers, body: Data(buffer.readableBytesView),
                    receivedAt: .now))
            let answer = try await answers.answer { try await respond(receivedRequest, server) }
            return Response(
                status: answer.status, headers: answer.headerFields,
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: answer.body)))
        }
        let app = Application(
            responder: responder,
            configuration: ApplicationConfiguration(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in
                if let port = channel.localAddress?.port {
                    await received.setPort(port)
                    portContinuation.yield(port)
                }
                portContinuation.finish()
            },
            logger: logger)
        // The server is stopped by a graceful shutdown (it stops accepting and closes its
        // connections) when the body ends, not by cancelling it: cancelled while a connection it
        // accepted is not yet handed to its handler, swift-nio traps ("Deinited NIOAsyncWriter
        // without calling finish()"). Cancellation stays the way out of the time limit.
        let services = ServiceGroup(configuration: .init(services: [app], logger: logger))

        return try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask {
                defer { portContinuation.finish() }  // when the server could not start
                try await services.run()
                return nil
            }
            defer { group.cancelAll() }
            let result: Result<T, any Error>
            do {
                result = .success(try await withTimeLimit(timeLimit) {
                    var port: Int?
                    for await bound in ports {
                        port = bound
                        break
                    }
                    guard let port else { throw ServerDidNotStart() }
                    return try await body(LocalHTTPServer(port: port, received: received))
                })
            } catch {
                result = .failure(error)
            }
            await answers.cancelAll()
            await services.triggerGracefulShutdown()
            _ = try await group.next()
            return try result.get()
        }
    }

    /// The server stopped before it listened.
    struct ServerDidNotStart: Error {}
}

/// The answers the server is computing, cancelled together when the server stops, so that
/// no connection outlives the graceful shutdown waiting for it.
private actor PendingAnswers {
    private var tasks: [Task<ServerResponse, any Error>] = []
    private var stopped = false

    /// The answer `respond` computes, in a task that ``cancelAll()`` cancels (at once when
    /// it has already been called).
    func answer(_ respond: @escaping @Sendable () async throws -> ServerResponse) async throws -> ServerResponse {
        let task = Task { try await respond() }
        if stopped { task.cancel() } else { tasks.append(task) }
        return try await withTaskCancellationHandler { try await task.value } onCancel: { task.cancel() }
    }

    /// Cancels every answer, and those asked for from now on.
    func cancelAll() {
        stopped = true
        for task in tasks { task.cancel() }
        tasks = []
    }
}
