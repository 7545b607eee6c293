/// A file of the generated package: its path inside the package and its text.
public struct RenderedFile: Hashable, Sendable {
    /// The path relative to the package root, with `/` separators (`Sources/GraphSDK/Call.swift`).
    public var path: String
    /// The file's text.
    public var contents: String

    /// Creates a file.
    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }
}
