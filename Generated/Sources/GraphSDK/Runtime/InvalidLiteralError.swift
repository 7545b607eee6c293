// Copied by graphdocgen from its runtime (Sources/GraphRuntime/InvalidLiteralError.swift). Do not edit.

/// Text that is not a valid literal of a Graph primitive type (`Edm.Date`, `Edm.Duration`, …),
/// or a value that has no such literal.
public struct InvalidLiteralError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The OData type, e.g. `Edm.DateTimeOffset`.
    public let type: String
    /// The offending text.
    public let text: String

    public init(type: String, text: String) {
        self.type = type
        self.text = text
    }

    public var description: String { "not a valid \(type) literal: \"\(text)\"" }
}
