import GraphDocCore

/// A line of a documented HTTP message that the parser kept without understanding it.
public struct HTTPTextLine: Hashable, Sendable, Codable {
    /// The line's text, without its leading and trailing whitespace.
    public var text: String
    /// The position in the page of the text's first character.
    public var position: SourcePosition

    /// Creates a text line.
    public init(text: String, position: SourcePosition) {
        self.text = text
        self.position = position
    }
}
