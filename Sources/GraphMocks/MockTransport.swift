public import Foundation
import GraphRuntime
public import HTTPTypes
public import OpenAPIRuntime

/// A `ClientTransport` that answers every documented request with its documented response,
/// without a network: for an app's tests, `GraphClient(transport: MockTransport(catalog: …))`.
///
/// A request is answered by the exchange (``MockExchange``) of its method whose path template
/// matches its path (below the service root) most closely: fixed names over values, then the
/// exchange whose example wrote this very path, then the one whose query options the request
/// sends. On a collection it honours `$top`: the documented elements come `$top` at a time,
/// each page with an `@odata.nextLink` to the next. A request no exchange answers gets `404`
/// with Graph's error envelope; the ``MockFault``s it is given fail requests as the service
/// does (`429` with `Retry-After`, `503`, slow answers).
public final class MockTransport: ClientTransport, @unchecked Sendable {
    /// A request the transport was sent, and the exchange that answered it.
    public struct SentRequest: Sendable {
        public var method: HTTPRequest.Method
        /// The path below the service root, with its query, as sent.
        public var path: String
        public var headerFields: HTTPFields
        public var body: Data
        /// The name of the exchange that answered, `nil` for a fault or a `404`.
        public var exchange: String?
    }

    /// The exchanges it answers from.
    public let catalog: MockCatalog
    /// The service root the client sends to: the paths of requests are read below its path.
    public let serverURL: URL
    private let faults: [MockFault]
    private let templates: [MockPathTemplate?]
    private let rootPath: String
    /// The `@odata.nextLink`s and `Location`s the documented responses hand out.
    private let documentedLinks: Set<String>
    private let lock = NSLock()
    private var faultUses: [Int]
    private var sent: [SentRequest] = []

    /// A transport answering from `catalog` for a client of `serverURL` (by default the
    /// documented service root), playing `faults` in order: each request gets the first
    /// fault that applies to it and has uses left (after any latency).
    public init(catalog: MockCatalog, serverURL: URL? = nil, faults: [MockFault] = []) {
        self.catalog = catalog
        self.serverURL = serverURL ?? URL(string: catalog.serviceRoot) ?? URL(string: "https://localhost")!
        self.faults = faults
        faultUses = faults.map { _ in 0 }
        templates = catalog.exchanges.map { $0.request.path.map(MockPathTemplate.init) }
        rootPath = Self.withoutTrailingSlash(URLComponents(url: self.serverURL, resolvingAgainstBaseURL: false)?.percentEncodedPath ?? "")
        var links: Set<String> = []
        for exchange in catalog.exchanges {
            if let json = exchange.response.json, json.contains("@odata.nextLink"),
               let link = (try? GraphJSON.decoder().decode(JSONValue.self, from: Data(json.utf8)))?["@odata.nextLink"]?.stringValue {
                links.insert(link)
            }
            for header in exchange.response.headers where header.name.lowercased() == "location" { links.insert(header.value) }
        }
        documentedLinks = links
    }

    /// The requests sent so far, in order.
    public var requests: [SentRequest] {
        lock.withLock { sent }
    }

    public func send(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String
    ) async throws -> (HTTPResponse, HTTPBody?) {
        let bytes = if let body { try await Data(collecting: body, upTo: .max) } else { Data() }
        let base = Self.withoutTrailingSlash(baseURL.absoluteString)
        let target = request.path ?? "/"
        let pathPart = String(target.prefix { $0 != "?" })
        let queryText = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).dropFirst().first.map(String.init) ?? ""
        let basePath = URLComponents(string: base)?.percentEncodedPath ?? ""
        var servicePath = basePath + pathPart
        if !rootPath.isEmpty, servicePath.lowercased().hasPrefix(rootPath.lowercased()) {
            servicePath = String(servicePath.dropFirst(rootPath.count))
        }
        let method = request.method.rawValue
        let index = lock.withLock {
            sent.append(SentRequest(
                method: request.method, path: servicePath + (queryText.isEmpty ? "" : "?" + queryText),
                headerFields: request.headerFields, body: bytes))
            return sent.count - 1
        }

        for position in faults.indices where faults[position].applies(to: method, path: servicePath) {
            let used = lock.withLock {
                guard faultUses[position] < faults[position].count else { return false }
                faultUses[position] += 1
                return true
            }
            guard used else { continue }
            switch faults[position].kind {
            case .latency(let duration):
                try await Task.sleep(for: duration)
            case .status(let status, let code, let retryAfter):
                var fields = HTTPFields()
                if let retryAfter { fields[.retryAfter] = String(retryAfter) }
                return Self.error(status, code: code, message: "The mock service was told to fail this request.", fields: fields)
            }
        }

        let url = base + pathPart
        let query = Self.query(queryText)
        if documentedLinks.contains(url + (queryText.isEmpty ? "" : "?" + queryText)) {
            // A link a documented response hands out, whose target the docs do not show:
            // a download's bytes (none), or the end of a collection (no more elements).
            let isPage = query.contains { ["$skiptoken", "$skip", "$deltatoken"].contains($0.name.lowercased()) }
            return isPage ? try Self.json(200, [], .object(["value": .array([])])) : (HTTPResponse(status: .ok), nil)
        }
        guard let position = bestExchange(method: method, url: url, servicePath: servicePath, query: query) else {
            return Self.error(404, code: "itemNotFound", message: "No documented example answers \(method) \(servicePath).")
        }
        let exchange = catalog.exchanges[position]
        lock.withLock { sent[index].exchange = exchange.name }
        if let text = exchange.response.text {
            var fields = Self.fields(exchange.response.headers)
            fields[.contentType] = fields[.contentType] ?? "text/plain"
            return (HTTPResponse(status: .init(code: exchange.response.status), headerFields: fields), HTTPBody(text))
        }
        guard let json = exchange.response.json else {
            return (HTTPResponse(status: .init(code: exchange.response.status), headerFields: Self.fields(exchange.response.headers)), nil)
        }
        let pages = query.contains { ["$top", "$skiptoken"].contains($0.name.lowercased()) }
        guard pages, let documented = try? GraphJSON.decoder().decode(JSONValue.self, from: Data(json.utf8)) else {
            var fields = Self.fields(exchange.response.headers)
            fields[.contentType] = fields[.contentType] ?? "application/json"
            return (HTTPResponse(status: .init(code: exchange.response.status), headerFields: fields), HTTPBody(json))
        }
        let paged = Self.page(of: documented, query: query, link: { offset in
            var items = queryText.split(separator: "&").filter { item in
                let name = item.prefix { $0 != "=" }
                return (String(name).removingPercentEncoding ?? String(name)).lowercased() != "$skiptoken"
            }.map(String.init)
            items.append("$skiptoken=\(Self.skipTokenPrefix)\(offset)")
            return url + "?" + items.joined(separator: "&")
        })
        return try Self.json(exchange.response.status, exchange.response.headers, paged)
    }

    /// The exchange that answers `method` on `servicePath` (or the absolute `url`) with `query`, if any.
    private func bestExchange(method: String, url: String, servicePath: String, query: [MockExchange.Field]) -> Int? {
        var best: (position: Int, score: [Int])?
        for (position, exchange) in catalog.exchanges.enumerated() where exchange.request.method.uppercased() == method.uppercased() {
            let pathScore: Int
            if let documentedURL = exchange.request.url {
                let documented = String(documentedURL.prefix { $0 != "?" })
                guard documented.lowercased() == url.lowercased() else { continue }
                pathScore = documented.count
            } else {
                guard let template = templates[position], let score = template.match(servicePath) else { continue }
                pathScore = score
            }
            let samePath = exchange.request.documentedPath.map {
                MockPathTemplate.steps(of: $0) == MockPathTemplate.steps(of: servicePath)
            } ?? false
            var queryScore = 0
            for field in exchange.request.query {
                if let sent = query.first(where: { $0.name.lowercased() == field.name.lowercased() }) {
                    queryScore += sent.value == field.value ? 2 : 1
                } else {
                    queryScore -= 1
                }
            }
            let score = [pathScore, samePath ? 1 : 0, queryScore]
            // A tie keeps the earlier exchange.
            if best.map({ $0.score.lexicographicallyPrecedes(score) }) ?? true {
                best = (position, score)
            }
        }
        return best?.position
    }

    /// The text a `$skiptoken` of this transport's next links starts with, before the offset.
    static let skipTokenPrefix = "mock-"

    /// `body`, when it is a page (`{"value": […]}`) and the query asks for `$top` elements or
    /// continues after an offset (this transport's `$skiptoken`): the elements asked for, with
    /// a next link (`link(offset)`) while elements remain.
    static func page(of body: JSONValue, query: [MockExchange.Field], link: (Int) -> String) -> JSONValue {
        guard case .object(var members) = body, case .array(let elements)? = members["value"] else { return body }
        let top = query.last { $0.name.lowercased() == "$top" }.flatMap { Int($0.value) }.flatMap { $0 > 0 ? $0 : nil }
        let offset = query.last { $0.name.lowercased() == "$skiptoken" }.flatMap { field in
            field.value.hasPrefix(skipTokenPrefix) ? Int(field.value.dropFirst(skipTokenPrefix.count)) : nil
        }
        guard top != nil || offset != nil else { return body }
        let start = min(max(0, offset ?? 0), elements.count)
        let end = top.map { min(elements.count, start + $0) } ?? elements.count
        members["value"] = .array(Array(elements[start..<end]))
        if end < elements.count { members["@odata.nextLink"] = .string(link(end)) }
        return .object(members)
    }

    /// The query options of a query string, percent-decoded.
    static func query(_ text: String) -> [MockExchange.Field] {
        text.split(separator: "&").map { item in
            let parts = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(parts[0])
            let value = parts.count > 1 ? String(parts[1]) : ""
            return MockExchange.Field(name: name.removingPercentEncoding ?? name, value: value.removingPercentEncoding ?? value)
        }
    }

    /// The header fields `headers`, without the ones a transport sets (`Content-Length`) and
    /// those whose names HTTP does not allow.
    static func fields(_ headers: [MockExchange.Field]) -> HTTPFields {
        var fields = HTTPFields()
        for header in headers where header.name.lowercased() != "content-length" {
            guard let name = HTTPField.Name(header.name) else { continue }
            fields.append(HTTPField(name: name, value: header.value))
        }
        return fields
    }

    /// A JSON response.
    static func json(_ status: Int, _ headers: [MockExchange.Field], _ body: JSONValue) throws -> (HTTPResponse, HTTPBody?) {
        var fields = Self.fields(headers)
        fields[.contentType] = fields[.contentType] ?? "application/json"
        return (HTTPResponse(status: .init(code: status), headerFields: fields), HTTPBody(try GraphJSON.encoder().encode(body)))
    }

    /// A response with Graph's error envelope: `{"error": {"code": …, "message": …}}`.
    static func error(_ status: Int, code: String, message: String, fields: HTTPFields = [:]) -> (HTTPResponse, HTTPBody?) {
        var fields = fields
        fields[.contentType] = "application/json"
        let envelope: JSONValue = ["error": ["code": .string(code), "message": .string(message)]]
        let body = (try? GraphJSON.encoder().encode(envelope)) ?? Data()
        return (HTTPResponse(status: .init(code: status), headerFields: fields), HTTPBody(body))
    }

    private static func withoutTrailingSlash(_ text: String) -> String {
        text.hasSuffix("/") ? String(text.dropLast()) : text
    }
}
