public import Foundation
public import HTTPTypes

/// A request to a URL the service handed out, not to a path below the service root: an
/// upload session's `uploadUrl`, a file's download URL. Such a URL is opaque (its path means
/// nothing to the client) and authorizes itself, so `GraphClientCore` sends it as it is,
/// without the middlewares and their bearer token (``GraphClientCore`` `send(_:)`).
public struct OpaqueURLRequest: Sendable {
    public var method: HTTPRequest.Method
    /// The absolute URL, as the service gave it.
    public var url: URL
    /// The header fields to send (`Content-Range` for a piece of an upload, `Range` for part
    /// of a download); `Content-Length` is the transport's to set.
    public var headerFields: HTTPFields
    /// The bytes to send, if any.
    public var body: Data?

    public init(method: HTTPRequest.Method, url: URL, headerFields: HTTPFields = [:], body: Data? = nil) {
        self.method = method
        self.url = url
        self.headerFields = headerFields
        self.body = body
    }
}
