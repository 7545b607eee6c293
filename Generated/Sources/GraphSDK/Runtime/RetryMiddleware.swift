// Copied by graphdocgen from its runtime (Sources/GraphRuntime/RetryMiddleware.swift). Do not edit.

public import Foundation
public import HTTPTypes
public import OpenAPIRuntime

/// Sends a request again when the service is throttling (`429`) or unavailable (`503`), after
/// the delay its `Retry-After` header asks for (in seconds), up to `maxAttempts` sends in all.
///
/// Put it before the other middlewares so each attempt goes through them (and gets a fresh
/// token). A request whose body can be read only once is not retried, nor one whose wait would
/// exceed `maximumDelay`: the response is returned as it is.
public struct RetryMiddleware: ClientMiddleware {
    /// Sends in all, the first included: 2 is one retry.
    public var maxAttempts: Int
    public var retryableStatuses: Set<Int>
    /// The wait when the response has no `Retry-After` in seconds.
    public var defaultDelay: Duration
    /// The longest wait accepted.
    public var maximumDelay: Duration
    /// Waits; tests replace it to not wait.
    public var sleep: @Sendable (Duration) async throws -> Void

    public init(
        maxAttempts: Int = 2, retryableStatuses: Set<Int> = [429, 503], defaultDelay: Duration = .seconds(1),
        maximumDelay: Duration = .seconds(60),
        sleep: @escaping @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) }
    ) {
        self.maxAttempts = maxAttempts
        self.retryableStatuses = retryableStatuses
        self.defaultDelay = defaultDelay
        self.maximumDelay = maximumDelay
        self.sleep = sleep
    }

    public func intercept(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        var attempt = 1
        while true {
            let (response, responseBody) = try await next(request, body, baseURL)
            let delay = response.headerFields[.retryAfter].flatMap { Int($0) }.map { Duration.seconds(max(0, $0)) }
                ?? defaultDelay
            guard attempt < maxAttempts, retryableStatuses.contains(response.status.code),
                body?.iterationBehavior != .single, delay <= maximumDelay
            else { return (response, responseBody) }
            try await sleep(delay)
            attempt += 1
        }
    }
}
