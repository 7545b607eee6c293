public import Foundation
public import HTTPTypes
public import OpenAPIRuntime

// A transport double for tests of generated clients and of the runtime: it depends only on
// swift-openapi-runtime, so it serves the runtime module and generated packages alike.

/// A request as a fake transport received it.
public struct SentRequest: Sendable {
    public var request: HTTPRequest
    public var body: Data?
    public var baseURL: URL
    public var operationID: String
}

/// Records what a fake transport is sent, in order.
public actor SentRequests {
    public private(set) var all: [SentRequest] = []
    public func append(_ request: SentRequest) { all.append(request) }
}

/// A transport that records each request and answers with `respond`, given the attempt number
/// (0 for the first request).
public struct FakeTransport: ClientTransport {
    public let sent = SentRequests()
    public let respond: @Sendable (Int, SentRequest) throws -> (HTTPResponse, String)

    public init(respond: @escaping @Sendable (Int, SentRequest) throws -> (HTTPResponse, String)) {
        self.respond = respond
    }

    public func send(_ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String) async throws -> (
        HTTPResponse, HTTPBody?
    ) {
        var bodyData: Data?
        if let body { bodyData = try await Data(collecting: body, upTo: 1 << 20) }
        let sentRequest = SentRequest(request: request, body: bodyData, baseURL: baseURL, operationID: operationID)
        let index = await sent.all.count
        await sent.append(sentRequest)
        let (response, text) = try respond(index, sentRequest)
        return (response, HTTPBody(text))
    }
}
