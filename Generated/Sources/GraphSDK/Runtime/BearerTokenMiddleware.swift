// Copied by graphdocgen from its runtime (Sources/GraphRuntime/BearerTokenMiddleware.swift). Do not edit.

public import Foundation
public import HTTPTypes
public import OpenAPIRuntime

/// Sets `Authorization: Bearer <token>` on every request, asking `token` each time so that the
/// provider can cache and refresh as it sees fit.
public struct BearerTokenMiddleware: ClientMiddleware {
    private let token: @Sendable () async throws -> String

    public init(token: @escaping @Sendable () async throws -> String) {
        self.token = token
    }

    public func intercept(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        var request = request
        request.headerFields[.authorization] = "Bearer \(try await token())"
        return try await next(request, body, baseURL)
    }
}
