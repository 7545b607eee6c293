import Foundation
import GraphRuntime
import HTTPTypes
import OpenAPIRuntime
import Testing

/// Decodes `json` with `GraphJSON.decoder()`.
func decode<T: Decodable>(_ type: T.Type, _ json: String) throws -> T {
    try GraphJSON.decoder().decode(T.self, from: Data(json.utf8))
}

/// Encodes `value` with `GraphJSON.encoder()` (sorted keys) as text.
func encode(_ value: some Encodable) throws -> String {
    String(decoding: try GraphJSON.encoder().encode(value), as: UTF8.self)
}

/// `json` with its keys sorted and spaces removed, to compare with `encode`'s output.
func canonical(_ json: String) throws -> String {
    let object = try JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed])
    let data = try JSONSerialization.data(
        withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes, .fragmentsAllowed])
    return String(decoding: data, as: UTF8.self)
}

/// A request as a fake transport received it.
struct SentRequest: Sendable {
    var request: HTTPRequest
    var body: Data?
    var baseURL: URL
    var operationID: String
}

/// Records what a fake transport is sent, in order.
actor SentRequests {
    private(set) var all: [SentRequest] = []
    func append(_ request: SentRequest) { all.append(request) }
}

/// A transport that records each request and answers with `respond`, given the attempt number
/// (0 for the first request).
struct FakeTransport: ClientTransport {
    let sent = SentRequests()
    let respond: @Sendable (Int, SentRequest) throws -> (HTTPResponse, String)

    func send(_ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String) async throws -> (
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

func response(_ status: HTTPResponse.Status, _ headerFields: HTTPFields = [:]) -> HTTPResponse {
    HTTPResponse(status: status, headerFields: headerFields)
}
