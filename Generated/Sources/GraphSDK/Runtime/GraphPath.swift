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
            let text = value.description
            encoded += text == "." || text == ".." ? String(repeating: "%2E", count: text.count) : text.percentEncoded()
        }
    }
}
