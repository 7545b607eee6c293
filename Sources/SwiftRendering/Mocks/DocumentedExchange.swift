import GraphDocCore
import LenientJSON

/// One request and the response its page shows for it, as the fixture tests send and read
/// them: what the generated mock service answers with and `graphdocgen mocks` writes.
///
/// Only the pairs whose test sends the request through the client and reads the response
/// back whole are exchanges: the response's body, repaired and with its placeholders' sample
/// values, decodes as the operation's documented type.
public struct DocumentedExchange: Hashable, Sendable {
    /// A header field or query option.
    public struct Field: Hashable, Sendable {
        public var name: String
        public var value: String

        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    /// The request example's name.
    public var name: String
    /// The page, without its locale (`api/create-call.md`).
    public var page: String
    /// Where the request example is, for diagnostics.
    public var location: SourceLocation
    /// The HTTP method, uppercased.
    public var method: String
    /// The path the example writes as a template below the service root (`/users/{id}`);
    /// `nil` for a request to an absolute ``url``.
    public var pathTemplate: String?
    /// The path as the example writes it, percent-decoded; `nil` with ``url``.
    public var documentedPath: String?
    /// A URL the service handed out, which the example sends to.
    public var url: String?
    /// The query options, percent-decoded.
    public var query: [Field]
    /// The response's status.
    public var status: Int
    /// The response's header fields as documented.
    public var headers: [Field]
    /// The response's JSON body.
    public var body: JSONValue?
    /// The response's body when it is not JSON.
    public var text: String?

    /// The fixed text of the path, for ordering the most specific first (`/users/{id}/manager`
    /// before `/users/{id}`): its length without the placeholders.
    var specificity: Int {
        let template = pathTemplate ?? url ?? ""
        var count = 0
        var inValue = false
        for character in template {
            if character == "{" { inValue = true } else if character == "}" { inValue = false } else if !inValue { count += 1 }
        }
        return count
    }
}
