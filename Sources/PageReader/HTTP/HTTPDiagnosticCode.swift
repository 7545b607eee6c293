/// The codes of the diagnostics that ``parseHTTPBlock(_:diagnostics:)`` emits.
///
/// Every one is a warning: the parser keeps all the text of a block and
/// reports what it had to repair or guess.
public enum HTTPDiagnosticCode: String, Hashable, Sendable, CaseIterable {
    /// The block has no text.
    case emptyBlock = "http-empty-block"
    /// The block starts with a header, a JSON body or other text, not with a
    /// request or status line.
    case missingStartLine = "http-missing-start-line"
    /// A request line is only a URL or a path, without a method.
    case missingMethod = "http-missing-method"
    /// A request method is not one of the standard methods, as spelled in the standard.
    case unknownMethod = "http-unknown-method"
    /// A relative request target does not start with `/`.
    case targetWithoutLeadingSlash = "http-target-without-leading-slash"
    /// An API version segment is not written `v1.0` or `beta` (such as `V1.0` or `v1`).
    case nonCanonicalAPIVersion = "http-noncanonical-api-version"
    /// A status line is not of the form `HTTP/1.1 200 OK` (such as `400 Bad Request`
    /// or `HTTP code: 201 Created`).
    case nonStandardStatusLine = "http-nonstandard-status-line"
    /// A status code is outside 100...599.
    case invalidStatusCode = "http-invalid-status-code"
    /// A blank line separates the request line from its headers.
    case blankLineBeforeHeaders = "http-blank-line-before-headers"
    /// A body (a `{` or `[` line) follows the headers without a blank line.
    case missingBlankLineBeforeBody = "http-missing-blank-line-before-body"
    /// A line in the header section is not a header; it is kept in `unrecognizedLines`.
    case unrecognizedHeaderLine = "http-unrecognized-header-line"
    /// A header field name is not a valid token (or has whitespace before its colon).
    case invalidHeaderName = "http-invalid-header-name"
    /// An indented line continues the previous header (obsolete line folding).
    case foldedHeader = "http-folded-header"
}
