import GraphDocCore

/// The body of a documented HTTP message, kept as raw text for a later reader
/// (such as the lenient JSON reader) to parse.
///
/// The body is every line from its first non-blank line to its last non-blank
/// line, as written. ``span`` maps those lines back to the page so that the
/// reader of the body can report positions in the original file.
public struct HTTPBody: Hashable, Sendable, Codable {
    /// The body's lines joined with `\n`, without trailing blank lines.
    public var text: String
    /// The position in the page of the start of the body's first line.
    public var position: SourcePosition
    /// The body's lines and their positions in the page. It is not encoded, so
    /// it is `nil` in a body decoded from JSON; the parser always sets it.
    public var span: SourceSpan?
    /// The body read as JSON, when it is JSON (by its content type, or by its first character when it has none).
    public var json: JSONBody?

    /// Creates a body.
    public init(text: String, position: SourcePosition, span: SourceSpan?) {
        self.text = text
        self.position = position
        self.span = span
    }

    private enum CodingKeys: String, CodingKey {
        case text
        case position
        case json
    }

    /// Bodies are equal when their text, position and JSON are; the span, which only
    /// locates that text, is not compared.
    public static func == (lhs: HTTPBody, rhs: HTTPBody) -> Bool {
        lhs.text == rhs.text && lhs.position == rhs.position && lhs.json == rhs.json
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(text)
        hasher.combine(position)
    }
}
