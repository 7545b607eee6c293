import GraphDocCore
import LenientJSON

/// A JSON example the documentation shows: the body of a request, of a response, or a
/// standalone example of a type. Examples become the generated package's fixture tests.
public struct APIExample: Hashable, Sendable, Codable {
    /// What the example shows.
    public enum Kind: String, Hashable, Sendable, Codable {
        /// The body of an example request (`"blockType": "request"`).
        case request
        /// The body of an example response (`"blockType": "response"`).
        case response
        /// A value of a type (`"blockType": "example"`).
        case example
    }

    /// A name unique in the model: the annotation's `name`; for a response, its request's
    /// name and `-response`; for an unnamed example, the page's name and the example's
    /// position on the page; a name already taken gets the page's name before it.
    public var name: String
    /// What the example shows.
    public var kind: Kind
    /// The qualified type of the body: the annotation's `@odata.type`, else for a response
    /// the operation's response type; `nil` when neither names a documented type.
    public var type: String?
    /// Whether the body is a collection of `type` (`{"value": […]}`).
    public var collection: Bool
    /// Whether the docs shortened the body (`"truncated": true`): the members shown must
    /// survive, others may be missing.
    public var truncated: Bool
    /// The request line's method, for requests.
    public var method: String?
    /// The request line's path below the API version, for requests, as written.
    public var path: String?
    /// The absolute URL of a request its annotation marks `"opaqueUrl": true`, as written: a
    /// URL the service handed out (an upload session's), which the client sends as it is, not
    /// a path of the API; `nil` for other examples.
    public var opaqueURL: String? = nil
    /// The request line's query items, as written (not percent-decoded), for requests.
    public var query: [Field] = []
    /// The headers the example's HTTP block writes, in order.
    public var headers: [Field] = []
    /// The status of a response.
    public var status: Int?
    /// The name of the request example a response answers, when the page shows one before it.
    public var request: String?
    /// The request a response answers when the page shows it without annotating it as an
    /// example (`"blockType": "ignored"`): it is no example of its own, but the response's
    /// test sends it.
    public var shownRequest: ShownRequest?
    /// The JSON body after the lenient reader's repairs, when there is one.
    public var body: JSONValue?
    /// The body's text when it is not JSON (the number a `…/$count` answers, say).
    public var text: String? = nil
    /// The page (relative path).
    public var source: String
    /// Where the example's code block starts.
    public var location: SourceLocation
    /// The page line just before the body: a value at line `n` of the body (its JSON
    /// position) is at page line `bodyLine + n`.
    public var bodyLine: Int?

    /// A request line and headers a page shows outside any request example.
    public struct ShownRequest: Hashable, Sendable, Codable {
        /// The method, uppercased.
        public var method: String?
        /// The path below the API version, as written.
        public var path: String?
        /// The query items, as written.
        public var query: [Field]
        /// The headers, in order.
        public var headers: [Field]
        /// Its JSON body after the lenient reader's repairs, when it shows one.
        public var body: JSONValue?
        /// Its body's text when the body is not JSON (MIME text, say).
        public var text: String?
        /// The page line just before the body (see ``APIExample/bodyLine``).
        public var bodyLine: Int?
        /// Where its code block starts.
        public var location: SourceLocation

        /// Creates a shown request.
        public init(
            method: String?, path: String?, query: [Field], headers: [Field], body: JSONValue? = nil, text: String? = nil,
            bodyLine: Int? = nil, location: SourceLocation
        ) {
            self.method = method
            self.path = path
            self.query = query
            self.headers = headers
            self.body = body
            self.text = text
            self.bodyLine = bodyLine
            self.location = location
        }
    }

    /// A name and a value: a query item (an empty value when it has no `=`) or a header.
    public struct Field: Hashable, Sendable, Codable {
        /// The name as written.
        public var name: String
        /// The value as written.
        public var value: String

        /// Creates a field.
        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    /// Creates an example.
    public init(
        name: String, kind: Kind, type: String?, collection: Bool, truncated: Bool, method: String?, path: String?,
        status: Int?, body: JSONValue?, source: String, location: SourceLocation, bodyLine: Int?
    ) {
        self.name = name
        self.kind = kind
        self.type = type
        self.collection = collection
        self.truncated = truncated
        self.method = method
        self.path = path
        self.status = status
        self.body = body
        self.source = source
        self.location = location
        self.bodyLine = bodyLine
    }
}
