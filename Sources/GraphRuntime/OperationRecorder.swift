public import Foundation
public import HTTPTypes
public import OpenAPIRuntime

/// A middleware that records the operations a client sends, each once, in the order first
/// sent: give it to the client an app's tests use, then ask ``leastPrivilege(for:among:)``
/// which scopes the app needs for exactly the calls it made.
public actor OperationRecorder: ClientMiddleware {
    /// The operations sent so far, each once, in the order first sent.
    public private(set) var operations: [GraphOperation] = []

    /// Creates a recorder that has recorded nothing.
    public init() {}

    public func intercept(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        if let operation = GraphOperation.current, !operations.contains(operation) { operations.append(operation) }
        return try await next(request, body, baseURL)
    }

    /// The least privileged scopes of `scheme` for the operations recorded, coverage learned
    /// from `known` (every documented operation, `GraphOperation.all` in a generated package).
    public func leastPrivilege(for scheme: GraphPermissions.Scheme, among known: [GraphOperation]) -> LeastPrivilege {
        LeastPrivilege(for: operations, scheme: scheme, among: known)
    }
}
