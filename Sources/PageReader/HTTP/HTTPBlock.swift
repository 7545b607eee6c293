/// What a ```` ```http ```` or ```` ```msgraph-interactive ```` code block contains:
/// the HTTP messages written in it.
///
/// Most blocks hold one request or one response. A block that lists several
/// request lines (the "HTTP request" section of an API page) is a syntax
/// listing: each of its request lines is a message of its own.
public struct HTTPBlock: Hashable, Sendable, Codable {
    /// The messages, in the order they are written.
    public var messages: [HTTPMessage]

    /// Creates a block from its messages.
    public init(messages: [HTTPMessage]) {
        self.messages = messages
    }

    /// Whether the block lists several requests (a syntax listing) rather than
    /// showing one example exchange.
    public var isSyntaxListing: Bool {
        messages.lazy.filter { $0.requestLine != nil }.count > 1
    }

    private enum CodingKeys: String, CodingKey {
        case messages
        case isSyntaxListing
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        messages = try container.decode([HTTPMessage].self, forKey: .messages)
    }

    /// Encodes the block, with ``isSyntaxListing`` for readers of the JSON.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(messages, forKey: .messages)
        try container.encode(isSyntaxListing, forKey: .isSyntaxListing)
    }
}
