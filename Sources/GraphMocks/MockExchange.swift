/// One exchange the documentation shows: a request as an example sends it, and the response
/// the page shows for it. What a ``MockTransport`` answers with.
public struct MockExchange: Codable, Hashable, Sendable {
    /// A header field or query option, by name.
    public struct Field: Codable, Hashable, Sendable {
        public var name: String
        public var value: String

        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    /// The request the docs show.
    public struct Request: Codable, Hashable, Sendable {
        /// The HTTP method (`POST`).
        public var method: String
        /// The path below the service root, with `{…}` where any value matches: keys
        /// (`/users/{id}/messages`), function arguments (`range(address='{address}')`) and paths
        /// below an item (`root:/{item-path}:`); `nil` for a request to an absolute ``url``.
        public var path: String?
        /// The path as the example writes it, with its values (`/users/87d3…/messages`): a
        /// request to this very path is answered by this exchange before others of its template.
        public var documentedPath: String?
        /// A URL the service handed out (an upload session's), matched whole, without its query.
        public var url: String?
        /// The query options the example sends, percent-decoded.
        public var query: [Field]

        public init(method: String, path: String? = nil, documentedPath: String? = nil, url: String? = nil, query: [Field] = []) {
            self.method = method
            self.path = path
            self.documentedPath = documentedPath
            self.url = url
            self.query = query
        }
    }

    /// The response the docs show.
    public struct Response: Codable, Hashable, Sendable {
        /// The status code (`201`).
        public var status: Int
        /// The header fields the docs show (`Content-Type`, `Location`, …).
        public var headers: [Field]
        /// The JSON body as the docs write it after repair, as text: served as it is (kept as
        /// text so that a catalog of thousands of bodies reads fast, and each keeps its order).
        public var json: String?
        /// A body that is not JSON (the number a `$count` answers), as text.
        public var text: String?

        public init(status: Int, headers: [Field] = [], json: String? = nil, text: String? = nil) {
            self.status = status
            self.headers = headers
            self.json = json
            self.text = text
        }
    }

    /// The example's name (`create-call-app-hosted-media`).
    public var name: String
    /// The page that documents it (`api/create-call.md`).
    public var page: String
    public var request: Request
    public var response: Response

    public init(name: String, page: String, request: Request, response: Response) {
        self.name = name
        self.page = page
        self.request = request
        self.response = response
    }
}
