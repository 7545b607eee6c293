import GraphDocCore

/// One HTTP message written in a documentation code block: a request or a
/// response, with its headers and body as the page shows them.
///
/// A message normally starts with a request line (`GET /me/events`) or a status
/// line (`HTTP/1.1 200 OK`). A few blocks start with a header or with a JSON body;
/// their message has neither, and its ``kind`` is ``Kind/unknown``.
public struct HTTPMessage: Hashable, Sendable, Codable {
    /// Whether a message is a request or a response.
    public enum Kind: String, Hashable, Sendable, Codable {
        /// A message that starts with a request line (or a bare URL or path).
        case request
        /// A message that starts with a status line.
        case response
        /// A message written without a request or status line (only headers or a body).
        case unknown
    }

    /// The request line, when the message is a request.
    public var requestLine: HTTPRequestLine?
    /// The status line, when the message is a response.
    public var statusLine: HTTPStatusLine?
    /// The header fields, in the order they are written.
    public var headers: [HTTPHeader]
    /// The body, or `nil` when the message has none.
    public var body: HTTPBody?
    /// Lines in the header section that are neither headers nor the start of a body
    /// (such as an `or` between two request lines); kept so that no text is lost.
    public var unrecognizedLines: [HTTPTextLine]
    /// The position in the page of the message's first line.
    public var position: SourcePosition
    /// The index in ``Page/codeBlocks`` of the code block the message is written in.
    public var codeBlock: Int?
    /// The index in ``Page/codeBlocks`` of the `json` block that holds the body of a
    /// message written without one (a notification's headers, then its JSON in the next block).
    public var bodyCodeBlock: Int?

    /// Creates a message.
    public init(
        requestLine: HTTPRequestLine? = nil,
        statusLine: HTTPStatusLine? = nil,
        headers: [HTTPHeader] = [],
        body: HTTPBody? = nil,
        unrecognizedLines: [HTTPTextLine] = [],
        position: SourcePosition
    ) {
        self.requestLine = requestLine
        self.statusLine = statusLine
        self.headers = headers
        self.body = body
        self.unrecognizedLines = unrecognizedLines
        self.position = position
    }

    /// Whether the message is a request or a response, from its start line.
    public var kind: Kind {
        if requestLine != nil { return .request }
        if statusLine != nil { return .response }
        return .unknown
    }

    /// The values of the headers named `name`, compared case-insensitively, in order.
    public func headerValues(named name: String) -> [String] {
        let wanted = name.lowercased()
        return headers.filter { $0.name.lowercased() == wanted }.map(\.value)
    }

    private enum CodingKeys: String, CodingKey {
        case kind
        case requestLine
        case statusLine
        case headers
        case body
        case unrecognizedLines
        case position
        case codeBlock
        case bodyCodeBlock
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        requestLine = try container.decodeIfPresent(HTTPRequestLine.self, forKey: .requestLine)
        statusLine = try container.decodeIfPresent(HTTPStatusLine.self, forKey: .statusLine)
        headers = try container.decode([HTTPHeader].self, forKey: .headers)
        body = try container.decodeIfPresent(HTTPBody.self, forKey: .body)
        unrecognizedLines = try container.decode([HTTPTextLine].self, forKey: .unrecognizedLines)
        position = try container.decode(SourcePosition.self, forKey: .position)
        codeBlock = try container.decodeIfPresent(Int.self, forKey: .codeBlock)
        bodyCodeBlock = try container.decodeIfPresent(Int.self, forKey: .bodyCodeBlock)
    }

    /// Encodes the message, with its ``kind`` for readers of the JSON.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encodeIfPresent(requestLine, forKey: .requestLine)
        try container.encodeIfPresent(statusLine, forKey: .statusLine)
        try container.encode(headers, forKey: .headers)
        try container.encodeIfPresent(body, forKey: .body)
        try container.encode(unrecognizedLines, forKey: .unrecognizedLines)
        try container.encode(position, forKey: .position)
        try container.encodeIfPresent(codeBlock, forKey: .codeBlock)
        try container.encodeIfPresent(bodyCodeBlock, forKey: .bodyCodeBlock)
    }
}
