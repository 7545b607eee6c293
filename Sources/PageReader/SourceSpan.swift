import GraphDocCore

/// A piece of a page's text (such as a code block's content) together with the
/// means to find each of its bytes in the original page file.
///
/// Parsers of code block contents (HTTP messages, JSON bodies) work on the
/// lines of a `SourceSpan` and report positions in the page through `location(line:column:)`,
/// so every diagnostic points at the original file, not at a stripped copy.
public struct SourceSpan: Sendable {
    /// The lines of the text, without their line breaks.
    public let lines: [Substring]
    /// The file the text comes from, as shown to the user.
    public let file: String
    private let locate: @Sendable (_ line: Int, _ column: Int) -> SourcePosition

    /// Creates a span from its lines and a function from a 0-based line index and
    /// 0-based byte column in those lines to a position in the file.
    public init(
        lines: [Substring],
        file: String,
        locate: @escaping @Sendable (_ line: Int, _ column: Int) -> SourcePosition
    ) {
        self.lines = lines
        self.file = file
        self.locate = locate
    }

    /// A span whose first line starts at `firstLine`, column `firstColumn` of `file`,
    /// and whose further lines start at column 1 of the following lines.
    ///
    /// Lines end at each `\n` byte; a `\r` before it stays at the end of its line.
    public init(text: Substring, file: String, firstLine: Int, firstColumn: Int = 1) {
        // Split the bytes: as characters, `\r\n` is one character that is not `\n`.
        let lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Substring.init)
        self.init(lines: lines, file: file) { line, column in
            SourcePosition(line: firstLine + line, column: (line == 0 ? firstColumn : 1) + column)
        }
    }

    /// The position in the file of a 0-based line index and 0-based byte column of this span.
    public func position(line: Int, column: Int) -> SourcePosition {
        locate(line, column)
    }

    /// The location in the file of a 0-based line index and 0-based byte column of this span.
    public func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(file: file, position: locate(line, column))
    }
}
