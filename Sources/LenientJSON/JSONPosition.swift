/// Where something was read in the reader's input: a 1-based line, a 1-based
/// column counted in UTF-8 bytes, and the 0-based byte offset.
///
/// A line ends after a `\n` byte. Columns count bytes, not characters, as
/// clang and swiftc do, so that a caller can add the position of the text it
/// handed to the reader (for example a fenced code block in a page) and point
/// editors at the right place.
public struct JSONPosition: Hashable, Comparable, Sendable, Codable {
    /// The 1-based line number.
    public var line: Int
    /// The 1-based column, in UTF-8 bytes from the start of the line.
    public var column: Int
    /// The 0-based offset, in UTF-8 bytes from the start of the input.
    public var offset: Int

    /// Creates a position from its line, column and byte offset.
    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    public static func < (lhs: JSONPosition, rhs: JSONPosition) -> Bool {
        (lhs.offset, lhs.line, lhs.column) < (rhs.offset, rhs.line, rhs.column)
    }
}

extension JSONPosition: CustomStringConvertible {
    /// The position as `line:column`.
    public var description: String { "\(line):\(column)" }
}
