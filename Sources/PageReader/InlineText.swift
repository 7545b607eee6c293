/// A run of inline markdown (a paragraph, a heading, a table cell) as plain text,
/// as normalized markdown, and with its links.
public struct InlineText: Hashable, Sendable, Codable {
    /// The text without markup: code spans keep their content, links their text,
    /// line breaks (`<br>`, hard breaks) become `\n`, soft breaks a space.
    public var text: String
    /// The text with its inline markup written back as markdown: `` `code` ``,
    /// `**strong**`, `*emphasis*`, `[text](target)`.
    public var markdown: String
    /// The links, in order.
    public var links: [Link]

    /// Creates inline text.
    public init(text: String = "", markdown: String = "", links: [Link] = []) {
        self.text = text
        self.markdown = markdown
        self.links = links
    }

    /// A link: its text and its target as written (`call.md`, `#tab/http`, `https://…`).
    public struct Link: Hashable, Sendable, Codable {
        /// The link's text, without markup.
        public var text: String
        /// The link's destination as written.
        public var target: String

        /// Creates a link.
        public init(text: String, target: String) {
            self.text = text
            self.target = target
        }
    }
}
