// Copied by graphdocgen from its runtime (Sources/GraphMocks/MockFault.swift). Do not edit.

/// A way the service fails, which a ``MockTransport`` plays for the requests it is told to,
/// so that an app can test its retry and error paths (with the SDK's `RetryMiddleware`).
public struct MockFault: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        /// Answers with this status, Graph's error envelope and `Retry-After`, if given.
        case status(Int, code: String, retryAfter: Int?)
        /// Answers after waiting this long.
        case latency(Duration)
    }

    let kind: Kind
    /// How many matching requests get the fault; the ones after are answered normally.
    let count: Int
    /// The method the requests must have, if any.
    let method: String?
    /// The text the path must start with (below the service root, without case), if any.
    let pathPrefix: String?

    /// `429 Too Many Requests` with `Retry-After: retryAfter` (seconds), for the first `count`
    /// requests, as the service throttles.
    public static func throttling(retryAfter seconds: Int = 1, count: Int = 1) -> MockFault {
        MockFault(kind: .status(429, code: "activityLimitReached", retryAfter: seconds), count: count, method: nil, pathPrefix: nil)
    }

    /// `503 Service Unavailable`, with `Retry-After` if given, for the first `count` requests.
    public static func unavailable(retryAfter seconds: Int? = nil, count: Int = 1) -> MockFault {
        MockFault(kind: .status(503, code: "serviceNotAvailable", retryAfter: seconds), count: count, method: nil, pathPrefix: nil)
    }

    /// Any status with Graph's error envelope (`code`), for the first `count` requests.
    public static func status(_ status: Int, code: String, retryAfter seconds: Int? = nil, count: Int = 1) -> MockFault {
        MockFault(kind: .status(status, code: code, retryAfter: seconds), count: count, method: nil, pathPrefix: nil)
    }

    /// A slow answer: each of the first `count` requests (by default all) waits `duration`
    /// before it is answered.
    public static func latency(_ duration: Duration, count: Int = .max) -> MockFault {
        MockFault(kind: .latency(duration), count: count, method: nil, pathPrefix: nil)
    }

    /// This fault, for the requests with `method` (if given) whose path below the service root
    /// starts with `pathPrefix` (if given, without case) only.
    public func matching(method: String? = nil, pathPrefix: String? = nil) -> MockFault {
        MockFault(kind: kind, count: count, method: method?.uppercased() ?? self.method, pathPrefix: pathPrefix?.lowercased() ?? self.pathPrefix)
    }

    /// Whether a request with `method` to `path` (below the service root) is one it is for.
    func applies(to method: String, path: String) -> Bool {
        (self.method.map { $0 == method.uppercased() } ?? true)
            && (pathPrefix.map { path.lowercased().hasPrefix($0) } ?? true)
    }
}
