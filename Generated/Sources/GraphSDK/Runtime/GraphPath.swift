// Copied by graphdocgen from its runtime (Sources/GraphRuntime/GraphPath.swift). Do not edit.

/// A request path whose interpolated values are percent-encoded, so generated code cannot
/// forget to: `"/users/\(userID)/messages"` with `userID == "a/b c'd"` is
/// `/users/a%2Fb%20c%27d/messages`.
///
/// The literal parts are written as they are. An interpolated value is its `description` with
/// every byte outside RFC 3986's unreserved characters encoded (`/` and `'` included), and `.`
/// or `..` encoded whole so that a value cannot climb the path.
public struct GraphPath: ExpressibleByStringInterpolation, Hashable, Sendable, CustomStringConvertible {
    /// The encoded path.
    public let encoded: String

    public init(stringLiteral value: String) {
        encoded = value
    }

    public init(stringInterpolation: StringInterpolation) {
        encoded = stringInterpolation.encoded
    }

    public var description: String { encoded }

    /// The path `lhs` followed by `rhs` (`rhs` brings its own separator).
    public static func + (lhs: GraphPath, rhs: GraphPath) -> GraphPath {
        GraphPath(encoded: lhs.encoded + rhs.encoded)
    }

    private init(encoded: String) {
        self.encoded = encoded
    }

    /// Collects the literal parts as written and the values percent-encoded.
    public struct StringInterpolation: StringInterpolationProtocol {
        fileprivate var encoded = ""

        public init(literalCapacity: Int, interpolationCount: Int) {
            encoded.reserveCapacity(literalCapacity + 16 * interpolationCount)
        }

        public mutating func appendLiteral(_ literal: String) {
            encoded += literal
        }

        public mutating func appendInterpolation(_ value: some CustomStringConvertible) {
            encoded += Self.segment(value.description)
        }

        /// Interpolates a path below an item (`root:/\(path: "a/b c.txt"):`): each
        /// `/`-separated part is encoded as a segment, the slashes between them are kept.
        public mutating func appendInterpolation(path value: some CustomStringConvertible) {
            encoded += value.description.split(separator: "/", omittingEmptySubsequences: false)
                .map { Self.segment(String($0)) }.joined(separator: "/")
        }

        /// Interpolates a function parameter as an OData string literal
        /// (`range(address='\(quoted: "A1:B2")')`): a `'` is doubled, then the text is encoded.
        public mutating func appendInterpolation(quoted value: some CustomStringConvertible) {
            var text = ""
            for character in value.description { text += character == "'" ? "''" : String(character) }
            encoded += text.percentEncoded()
        }

        /// One encoded segment: `.` and `..` are encoded whole, so a value cannot climb the path.
        private static func segment(_ text: String) -> String {
            text == "." || text == ".." ? String(repeating: "%2E", count: text.count) : text.percentEncoded()
        }
    }
}
