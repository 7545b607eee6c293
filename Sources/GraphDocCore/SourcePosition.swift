/// A position in a text: a 1-based line and a 1-based column.
///
/// Columns count UTF-8 bytes, as clang and swiftc do, so that editors and
/// Xcode place the caret on the same character the tools mean.
public struct SourcePosition: Hashable, Comparable, Sendable, Codable {
    /// The 1-based line number.
    public var line: Int
    /// The 1-based column, in UTF-8 bytes from the start of the line.
    public var column: Int

    /// Creates a position from a 1-based line and column.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

/// A position in a named file.
public struct SourceLocation: Hashable, Comparable, Sendable, Codable {
    /// The file's path, as it should be shown to the user.
    public var file: String
    /// The position inside the file.
    public var position: SourcePosition

    /// Creates a location in `file` at `position`.
    public init(file: String, position: SourcePosition) {
        self.file = file
        self.position = position
    }

    /// Creates a location in `file` at a 1-based line and column.
    public init(file: String, line: Int, column: Int) {
        self.init(file: file, position: SourcePosition(line: line, column: column))
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.position) < (rhs.file, rhs.position)
    }
}
