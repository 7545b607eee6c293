// Copied by graphdocgen from its runtime (Sources/GraphRuntime/GraphPath.swift). Do not edit.

/// A request path whose interpolated values are percent-encoded, so generated code cannot
/// forget to: `"/users/\(userID)/messages"` with `userID == "a/b c'd"` is
/// `/users/a%2Fb%20c%27d/messages`.
///
/// The literal parts are written as they are. An interpolated value is its `description` with
/// every byte outside RFC 3986's unreserved characters encoded (`/` and `'` included), and `.`
/// or `..` encoded whole so that a value cannot climb the path.
///
/// A path that ends with a path below an item (`/me/drive/root:/\(path: "a/b.txt")`) is closed
/// with `:` when a step follows it (`/me/drive/root:/a/b.txt:/children`), so that one request
/// type serves an item however it was reached.
public struct GraphPath: ExpressibleByStringInterpolation, Hashable, Sendable, CustomStringConvertible {
    /// The encoded path.
    public let encoded: String
    /// Whether the path ends with a path below an item, which a following step closes with `:`.
    private let endsBelowItem: Bool

    public init(stringLiteral value: String) {
        encoded = value
        endsBelowItem = false
    }

    public init(stringInterpolation: StringInterpolation) {
        encoded = stringInterpolation.encoded
        endsBelowItem = stringInterpolation.endsBelowItem
    }

    public var description: String { encoded }

    /// The path `lhs` followed by `rhs` (`rhs` brings its own separator; a `:` closes a path
    /// below an item that `lhs` ends with).
    public static func + (lhs: GraphPath, rhs: GraphPath) -> GraphPath {
        if rhs.encoded.isEmpty { return lhs }
        let closing = lhs.endsBelowItem && rhs.encoded.hasPrefix("/") ? ":" : ""
        return GraphPath(encoded: lhs.encoded + closing + rhs.encoded, endsBelowItem: rhs.endsBelowItem)
    }

    private init(encoded: String, endsBelowItem: Bool) {
        self.encoded = encoded
        self.endsBelowItem = endsBelowItem
    }

    /// Collects the literal parts as written and the values percent-encoded.
    public struct StringInterpolation: StringInterpolationProtocol {
        fileprivate var encoded = ""
        /// Whether the last thing appended is a path below an item.
        fileprivate var endsBelowItem = false

        public init(literalCapacity: Int, interpolationCount: Int) {
            encoded.reserveCapacity(literalCapacity + 16 * interpolationCount)
        }

        public mutating func appendLiteral(_ literal: String) {
            encoded += literal
            if !literal.isEmpty { endsBelowItem = false }
        }

        public mutating func appendInterpolation(_ value: some CustomStringConvertible) {
            encoded += Self.segment(value.description)
            endsBelowItem = false
        }

        /// Interpolates a path below an item (`root:/\(path: "a/b c.txt")`): each
        /// `/`-separated part is encoded as a segment, the slashes between them are kept.
        public mutating func appendInterpolation(path value: some CustomStringConvertible) {
            encoded += value.description.split(separator: "/", omittingEmptySubsequences: false)
                .map { Self.segment(String($0)) }.joined(separator: "/")
            endsBelowItem = true
        }

        /// Interpolates a function parameter as an OData string literal
        /// (`range(address='\(quoted: "A1:B2")')`): a `'` is doubled, then the text is encoded.
        public mutating func appendInterpolation(quoted value: some CustomStringConvertible) {
            var text = ""
            for character in value.description { text += character == "'" ? "''" : String(character) }
            encoded += text.percentEncoded()
            endsBelowItem = false
        }

        /// One encoded segment: `.` and `..` are encoded whole, so a value cannot climb the path.
        private static func segment(_ text: String) -> String {
            text == "." || text == ".." ? String(repeating: "%2E", count: text.count) : text.percentEncoded()
        }
    }
}
