// Copied by graphdocgen from its runtime (Sources/GraphRuntime/GraphError.swift). Do not edit.

public import Foundation
public import HTTPTypes

/// A Graph response whose status is not 2xx, with the service's error envelope read from it:
/// `{"error": {"code": "…", "message": "…", "innerError": {"request-id": "…", …}}}`.
public struct GraphError: Error, Sendable, CustomStringConvertible {
    public let status: HTTPResponse.Status
    public let headerFields: HTTPFields
    /// The body as received, whatever its content.
    public let body: Data
    /// The envelope's `error.code`, e.g. `Request_ResourceNotFound`.
    public let code: String?
    /// The envelope's `error.message`.
    public let message: String?
    /// The envelope's `error.innerError` (`innererror` in OData's spelling): `request-id`,
    /// `client-request-id`, `date`, sometimes a nested error.
    public let innerError: JSONValue?

    /// Reads the envelope from `body` when it holds one.
    public init(status: HTTPResponse.Status, headerFields: HTTPFields = [:], body: Data) {
        self.status = status
        self.headerFields = headerFields
        self.body = body
        let error = (try? GraphJSON.decoder().decode(JSONValue.self, from: body))?["error"]
        code = error?["code"]?.stringValue
        message = error?["message"]?.stringValue
        innerError = error?["innerError"] ?? error?["innererror"]
    }

    /// The request id to quote to Microsoft support, from the envelope or the headers.
    public var requestID: String? {
        innerError?["request-id"]?.stringValue ?? headerFields[HTTPField.Name("request-id")!]
    }

    public var description: String {
        let text = message ?? String(decoding: body.prefix(500), as: UTF8.self)
        return "Graph error \(status.code)\(code.map { " \($0)" } ?? ""): \(text)"
    }
}
