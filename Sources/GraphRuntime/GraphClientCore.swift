public import Foundation
public import HTTPTypes
public import OpenAPIRuntime

/// Sends `GraphRequest`s through a `ClientTransport`, with middlewares, and reads the responses:
/// the one piece of transport code every generated client shares.
///
/// The first middleware sees the request first and the response last. A non-2xx response throws
/// a `GraphError`; a 2xx response body decodes with `GraphJSON.decoder()` (reporting to
/// ``onDecodingMismatch`` the values that do not fit their documented properties).
///
/// A redirect the transport did not follow itself (`3xx` with a `Location`, for a `GET`, or a
/// `303` for any method) is followed here, at most ``maximumRedirects`` times: Graph answers
/// downloads (reports, file content) with a `302` to a preauthenticated URL, often on another
/// host, so the follow-up `GET` goes straight to the transport, without the middlewares and
/// so without the bearer token.
public struct GraphClientCore: Sendable {
    /// The service root, e.g. `https://graph.microsoft.com/v1.0`.
    public let serverURL: URL
    private let transport: any ClientTransport
    private let middlewares: [any ClientMiddleware]
    /// The largest response body read; a larger one throws.
    private let maximumResponseBodySize: Int
    /// Header fields sent with every request; a field the request sets itself wins.
    public let headerFields: HTTPFields
    /// Hears of each value in a response that does not fit its documented property (the value
    /// is kept in additional data, the response still decodes): for logging what the service
    /// sends otherwise than documented.
    public let onDecodingMismatch: DecodingMismatch.Handler?

    public init(
        serverURL: URL, transport: any ClientTransport, middlewares: [any ClientMiddleware] = [],
        headerFields: HTTPFields = [:], maximumResponseBodySize: Int = 64 << 20,
        onDecodingMismatch: DecodingMismatch.Handler? = nil
    ) {
        self.serverURL = serverURL
        self.transport = transport
        self.middlewares = middlewares
        self.headerFields = headerFields
        self.maximumResponseBodySize = maximumResponseBodySize
        self.onDecodingMismatch = onDecodingMismatch
    }

    /// The decoder of response bodies.
    private var decoder: JSONDecoder {
        GraphJSON.decoder(reportingMismatches: onDecodingMismatch)
    }

    /// This core, sending `fields` with every request as well: headers no method takes,
    /// such as a `Prefer` the docs show in an example but do not list. A field of the same
    /// name given before is replaced.
    public func addingHeaderFields(_ fields: HTTPFields) -> GraphClientCore {
        GraphClientCore(
            serverURL: serverURL, transport: transport, middlewares: middlewares,
            headerFields: Self.merging(fields, into: headerFields, replacing: true),
            maximumResponseBodySize: maximumResponseBodySize, onDecodingMismatch: onDecodingMismatch)
    }

    /// Sends `request` and returns the 2xx response and its body.
    @discardableResult
    public func send(_ request: GraphRequest) async throws -> (response: HTTPResponse, body: Data) {
        let query = request.query.rendered
        let path = request.path.encoded + (query.isEmpty ? "" : "?" + query)
        return try await send(request, path: path, baseURL: serverURL)
    }

    /// Sends `request` and decodes the 2xx response's body as `Response`.
    public func send<Response: Decodable>(
        _ request: GraphRequest, decoding type: Response.Type
    ) async throws -> Response {
        try decoder.decode(Response.self, from: try await send(request).body)
    }

    /// Sends `request` and decodes the 2xx response's body as `Response`, or returns `nil`
    /// when the response has no body (`204 No Content`, or an empty body): for operations
    /// the docs show answering either way.
    public func sendIfPresent<Response: Decodable>(
        _ request: GraphRequest, decoding type: Response.Type
    ) async throws -> Response? {
        let (response, body) = try await send(request)
        if response.status == .noContent || body.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            return nil
        }
        return try decoder.decode(Response.self, from: body)
    }

    /// Sends `request` for a collection's `…/$count` and reads the number OData answers
    /// with as plain text (`893`).
    public func count(_ request: GraphRequest) async throws -> Int {
        let body = try await send(request).body
        let text = String(decoding: body, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let count = Int(text) else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: [], debugDescription: "a $count answered '\(text.prefix(40))', which is not a number"))
        }
        return count
    }

    /// The elements of the collection `request` returns, following `@odata.nextLink` (with the
    /// request's header fields) page by page.
    public func collection<Element: Decodable & Sendable>(
        _ request: GraphRequest, of type: Element.Type
    ) -> PagedCollection<Element> {
        PagedCollection { link in
            let body = if let link { try await send(request, following: link).body } else { try await send(request).body }
            return try decoder.decode(Page<Element>.self, from: body)
        }
    }

    /// Sends a `GET` for a next link, which must stay on the service's scheme, host and port.
    private func send(_ request: GraphRequest, following link: URL) async throws -> (response: HTTPResponse, body: Data) {
        guard link.scheme?.lowercased() == serverURL.scheme?.lowercased(),
            link.host?.lowercased() == serverURL.host?.lowercased(), link.port == serverURL.port,
            let target = Self.split(link)?.target, let baseURL = Self.split(serverURL)?.origin
        else { throw PagingError.nextLinkOutsideService(link) }
        var get = request
        get.method = .get
        get.body = nil
        return try await send(get, path: target, baseURL: baseURL)
    }

    private func send(
        _ request: GraphRequest, path: String, baseURL: URL
    ) async throws -> (response: HTTPResponse, body: Data) {
        var headerFields = Self.merging(self.headerFields, into: request.headerFields, replacing: false)
        headerFields[.accept] = headerFields[.accept] ?? "application/json"
        if request.body != nil {
            headerFields[.contentType] = headerFields[.contentType] ?? "application/json"
        }
        let httpRequest = HTTPRequest(method: request.method, scheme: nil, authority: nil, path: path, headerFields: headerFields)
        let operationID = request.operationID
        var next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?) = {
            [transport] request, body, baseURL in
            try await transport.send(request, body: body, baseURL: baseURL, operationID: operationID)
        }
        for middleware in middlewares.reversed() {
            next = { [next] request, body, baseURL in
                try await middleware.intercept(request, body: body, baseURL: baseURL, operationID: operationID, next: next)
            }
        }
        // The middlewares see the operation being sent as `GraphOperation.current`.
        var (response, responseBody) = try await GraphOperation.$current.withValue(request.operation) {
            try await next(httpRequest, request.body.map { HTTPBody($0) }, baseURL)
        }
        var redirects = 0
        while let location = Self.redirect(response, to: request.method), redirects < Self.maximumRedirects {
            redirects += 1
            guard let (url, target) = URL(string: location, relativeTo: baseURL).flatMap({ Self.split($0.absoluteURL) })
            else { throw RedirectError(location: location) }
            let get = HTTPRequest(method: .get, scheme: nil, authority: nil, path: target, headerFields: [.accept: "*/*"])
            (response, responseBody) = try await transport.send(get, body: nil, baseURL: url, operationID: operationID)
        }
        return try await Self.successful(response, responseBody, upTo: maximumResponseBodySize)
    }

    /// Sends `request` to the URL the service handed out, straight to the transport: not
    /// through the middlewares, so without the bearer token (the docs warn that an
    /// `Authorization` header can make an upload URL refuse the request), and without the
    /// header fields added to every request. Returns the 2xx response and its body, which
    /// may be JSON (an upload session's state) or bytes (part of a download); another
    /// status throws a `GraphError`, a URL without a host a `URLError(.badURL)`.
    @discardableResult
    public func send(_ request: OpaqueURLRequest) async throws -> (response: HTTPResponse, body: Data) {
        guard let (origin, target) = Self.split(request.url) else { throw URLError(.badURL) }
        let httpRequest = HTTPRequest(
            method: request.method, scheme: nil, authority: nil, path: target, headerFields: request.headerFields)
        let (response, responseBody) = try await transport.send(
            httpRequest, body: request.body.map { HTTPBody($0) }, baseURL: origin, operationID: "opaqueURL")
        return try await Self.successful(response, responseBody, upTo: maximumResponseBodySize)
    }

    /// The response and its body read whole (at most `limit` bytes) when it is a success;
    /// else the `GraphError` of its status, headers and body.
    private static func successful(
        _ response: HTTPResponse, _ responseBody: HTTPBody?, upTo limit: Int
    ) async throws -> (response: HTTPResponse, body: Data) {
        var body = Data()
        if let responseBody {
            body = try await Data(collecting: responseBody, upTo: limit)
        }
        guard response.status.kind == .successful else {
            throw GraphError(status: response.status, headerFields: response.headerFields, body: body)
        }
        return (response, body)
    }

    /// `base` with the fields of `added`, name by name in `added`'s order: a name `base`
    /// lacks is added; one it has gets `added`'s values when `replacing`, else keeps its own.
    private static func merging(_ added: HTTPFields, into base: HTTPFields, replacing: Bool) -> HTTPFields {
        var merged = base
        var names: [HTTPField.Name] = []
        for field in added where !names.contains(field.name) {
            names.append(field.name)
            if replacing || base[field.name] == nil { merged[values: field.name] = added[values: field.name] }
        }
        return merged
    }

    /// The most redirects followed for one request.
    public static let maximumRedirects = 5

    /// The `Location` of a redirect to follow with a `GET`: a `301`, `302`, `307` or `308` answering
    /// a `GET`, or a `303` answering anything.
    private static func redirect(_ response: HTTPResponse, to method: HTTPRequest.Method) -> String? {
        guard let location = response.headerFields[.location], !location.isEmpty else { return nil }
        switch response.status.code {
        case 303: return location
        case 301, 302, 307, 308: return method == .get ? location : nil
        default: return nil
        }
    }

    /// The origin (scheme, host and port) of an absolute URL, and its path (`/` when it has
    /// none) and query, percent-encoded, as a request's target; `nil` for a URL without a host.
    private static func split(_ url: URL) -> (origin: URL, target: String)? {
        guard var components = URLComponents(url: url, resolvingAgainstBaseURL: false), components.host != nil else { return nil }
        let path = components.percentEncodedPath.isEmpty ? "/" : components.percentEncodedPath
        let target = path + (components.percentEncodedQuery.map { "?" + $0 } ?? "")
        components.percentEncodedPath = ""
        components.percentEncodedQuery = nil
        components.fragment = nil
        guard let origin = components.url else { return nil }
        return (origin, target)
    }
}
