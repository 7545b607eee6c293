/// A request target as the documentation writes it, taken apart without
/// percent-decoding or validating anything.
///
/// Documented targets are templates rather than URLs: they contain placeholders
/// (`{id | userPrincipalName}`, `<address>`), OData key and function segments
/// (`range(address='{address}')`), colon addressing (`root:/{item-path}:`) and
/// unencoded spaces in query values. Every part is kept as written.
public struct DocumentedURL: Hashable, Sendable, Codable {
    /// The scheme of an absolute URL (such as `https`), or `nil` for a path.
    public var scheme: String?
    /// The host (with its port, if written) of an absolute URL, or `nil` for a path.
    public var host: String?
    /// The API version segment (`v1.0`, `beta`), when the target starts with one.
    public var apiVersion: APIVersion?
    /// The path after the host and API version, always starting with `/`.
    public var path: String
    /// The query items, in order; empty when the target has no query.
    public var queryItems: [QueryItem]

    /// Creates a URL from its parts.
    public init(
        scheme: String? = nil,
        host: String? = nil,
        apiVersion: APIVersion? = nil,
        path: String,
        queryItems: [QueryItem] = []
    ) {
        self.scheme = scheme
        self.host = host
        self.apiVersion = apiVersion
        self.path = path
        self.queryItems = queryItems
    }

    /// Whether the target is an absolute URL (it has a scheme and a host).
    public var isAbsolute: Bool { scheme != nil }

    /// The API version segment of a Microsoft Graph URL.
    public struct APIVersion: Hashable, Sendable, Codable {
        /// The segment as written (such as `V1.0`).
        public var written: String
        /// The segment in lowercase (such as `v1.0`).
        public var normalized: String

        /// Creates a version from the segment as written.
        public init(written: String) {
            self.written = written
            self.normalized = written.lowercased()
        }

        /// Whether the segment is written as Microsoft Graph spells its versions:
        /// `v1.0`, `beta`, or a `{version}` placeholder.
        public var isCanonical: Bool {
            written == "v1.0" || written == "beta" || written == "{version}"
        }
    }

    /// One `name=value` item of a query string, kept raw (not percent-decoded).
    public struct QueryItem: Hashable, Sendable, Codable {
        /// The name as written (such as `$filter`).
        public var name: String
        /// The value as written, or `nil` when the item has no `=`.
        public var value: String?

        /// Creates a query item.
        public init(name: String, value: String?) {
            self.name = name
            self.value = value
        }
    }
}
