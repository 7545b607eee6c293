import GraphDocCore
import HTTPTypes

/// The first line of a documented response, such as `HTTP/1.1 201 Created`.
///
/// Besides the standard form, the documentation also writes `HTTP/1.1 200`
/// (no reason phrase), `HTTP 201 Created`, `400 Bad Request` and
/// `HTTP code: 201 Created` (no HTTP version); all are read into this type.
public struct HTTPStatusLine: Hashable, Sendable, Codable {
    /// The HTTP version as written (such as `HTTP/1.1`), or `nil` when the line has none.
    public var httpVersion: String?
    /// The three-digit status code.
    public var code: Int
    /// The reason phrase as written (such as `Created`), or `nil` when the line has none.
    public var reasonPhrase: String?

    /// Creates a status line.
    public init(httpVersion: String?, code: Int, reasonPhrase: String?) {
        self.httpVersion = httpVersion
        self.code = code
        self.reasonPhrase = reasonPhrase
    }

    /// The status as an HTTPTypes value.
    public var status: HTTPResponse.Status {
        HTTPResponse.Status(code: code, reasonPhrase: reasonPhrase ?? "")
    }
}
