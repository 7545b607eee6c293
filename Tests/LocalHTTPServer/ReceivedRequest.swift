public import Foundation
public import HTTPTypes

/// A request as the local server read it off the connection.
public struct ReceivedRequest: Sendable {
    /// Its place among the requests the server received, from 0.
    public var index: Int
    public var method: HTTPRequest.Method
    /// The request target exactly as sent (path and query, percent-encoding kept).
    public var target: String
    public var headerFields: HTTPFields
    public var body: Data
    /// When the server had read the request.
    public var receivedAt: ContinuousClock.Instant

    /// The target's path, percent-encoding kept.
    public var path: String {
        String(target.prefix { $0 != "?" })
    }

    /// The target's query, percent-encoding kept; `nil` without `?`.
    public var query: String? {
        target.firstIndex(of: "?").map { String(target[target.index(after: $0)...]) }
    }

    /// The query's items decoded (`+` is not a space in Graph queries, so it is kept).
    public var queryItems: [String: String] {
        var items: [String: String] = [:]
        for pair in (query ?? "").split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(parts[0]).removingPercentEncoding ?? String(parts[0])
            let value = parts.count > 1 ? String(parts[1]).removingPercentEncoding ?? String(parts[1]) : ""
            items[name] = value
        }
        return items
    }
}

/// The requests a local server received, in the order it read them.
public actor ReceivedRequests {
    public private(set) var all: [ReceivedRequest] = []
    /// The port the server listens on, once it does.
    private(set) var port: Int?

    func setPort(_ port: Int) {
        self.port = port
    }

    /// Records `request`, numbering it.
    func record(_ request: ReceivedRequest) -> ReceivedRequest {
        var request = request
        request.index = all.count
        all.append(request)
        return request
    }
}
