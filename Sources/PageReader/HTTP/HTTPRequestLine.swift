import GraphDocCore
import HTTPTypes

/// The first line of a documented request: `METHOD target [HTTP-version]`.
///
/// The method and target are kept as written. A line that is only a URL or a
/// path (no method) is read as a request line whose ``method`` is `nil`.
public struct HTTPRequestLine: Hashable, Sendable, Codable {
    /// The method as written (such as `GET`), or `nil` when the line has no method.
    public var method: String?
    /// The request target exactly as written, which may contain spaces
    /// (`{id | userPrincipalName}`, `$filter=startswith(displayName, 'a')`).
    public var target: String
    /// The target taken apart into host, API version, path and query.
    public var url: DocumentedURL
    /// The HTTP version written after the target (such as `HTTP/1.1`), if any.
    public var httpVersion: String?
    /// The position in the page of the target's first character.
    public var targetPosition: SourcePosition

    /// Creates a request line.
    public init(
        method: String?,
        target: String,
        url: DocumentedURL,
        httpVersion: String? = nil,
        targetPosition: SourcePosition
    ) {
        self.method = method
        self.target = target
        self.url = url
        self.httpVersion = httpVersion
        self.targetPosition = targetPosition
    }

    /// The methods defined by RFC 9110 and RFC 5789 (`PATCH`), spelled as they must be.
    public static let standardMethods: Set<String> = [
        "GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH",
    ]

    /// The method as an HTTPTypes value, or `nil` when there is no method or it is not a valid token.
    public var httpMethod: HTTPRequest.Method? {
        method.flatMap { HTTPRequest.Method($0) }
    }

    /// Whether the method is one of ``standardMethods`` (method names are case-sensitive).
    public var hasStandardMethod: Bool {
        method.map { Self.standardMethods.contains($0) } ?? false
    }
}
