// Copied by graphdocgen from its runtime (Sources/GraphRuntime/GraphRequest.swift). Do not edit.

public import Foundation
public import HTTPTypes

/// A request to a Graph operation, before it becomes an `HTTPRequest`: what generated
/// operation methods build and hand to `GraphClientCore`.
public struct GraphRequest: Sendable {
    public var method: HTTPRequest.Method
    /// The path below the service root, e.g. `"/users/\(id)/messages"`.
    public var path: GraphPath
    public var query: ODataQuery
    /// Extra header fields (`ConsistencyLevel`, `Prefer`, …); `Accept` and `Content-Type` are set.
    public var headerFields: HTTPFields
    /// The JSON body, already encoded.
    public var body: Data?
    /// The documented operation the request sends, which middlewares see as `GraphOperation.current`.
    public var operation: GraphOperation?
    /// The operation's identifier, passed on to the transport and middlewares.
    public var operationID: String

    public init(
        method: HTTPRequest.Method, path: GraphPath, query: ODataQuery = ODataQuery(),
        headerFields: HTTPFields = [:], body: Data? = nil, operationID: String = ""
    ) {
        self.method = method
        self.path = path
        self.query = query
        self.headerFields = headerFields
        self.body = body
        self.operationID = operationID
    }

    /// A request that sends `operation`, whose identifier is the `operationID`.
    public init(
        method: HTTPRequest.Method, path: GraphPath, query: ODataQuery = ODataQuery(),
        headerFields: HTTPFields = [:], body: Data? = nil, operation: GraphOperation
    ) {
        self.init(method: method, path: path, query: query, headerFields: headerFields, body: body, operationID: operation.id)
        self.operation = operation
    }

    /// A request whose body is `body` encoded with `GraphJSON.encoder()`.
    public init(
        method: HTTPRequest.Method, path: GraphPath, query: ODataQuery = ODataQuery(),
        headerFields: HTTPFields = [:], jsonBody body: some Encodable, operationID: String = ""
    ) throws {
        self.init(
            method: method, path: path, query: query, headerFields: headerFields,
            body: try GraphJSON.encoder().encode(body), operationID: operationID)
    }

    /// A request that sends `operation` with `body` encoded with `GraphJSON.encoder()`.
    public init(
        method: HTTPRequest.Method, path: GraphPath, query: ODataQuery = ODataQuery(),
        headerFields: HTTPFields = [:], jsonBody body: some Encodable, operation: GraphOperation
    ) throws {
        self.init(
            method: method, path: path, query: query, headerFields: headerFields,
            body: try GraphJSON.encoder().encode(body), operation: operation)
    }

    /// Sets the header field `name` to `value`, or removes it when `value` is `nil`. A name
    /// that is not a valid field name (generated code never passes one) is ignored.
    public mutating func setHeaderField(_ name: String, to value: String?) {
        guard let field = HTTPField.Name(name) else { return }
        headerFields[field] = value
    }
}
