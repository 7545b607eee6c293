// Copied by graphdocgen from its runtime (Sources/GraphRuntime/GraphTextLiteral.swift). Do not edit.

/// A value Graph writes as a JSON string in a fixed syntax (a date, a time of day, a
/// duration), kept as its text so that it encodes back exactly as read.
///
/// Conforming types get `Codable` and `CustomStringConvertible` from their text.
public protocol GraphTextLiteral: Codable, CustomStringConvertible {
    /// The text as read or written.
    var text: String { get }

    /// Reads the text; throws when it is not in the type's syntax.
    init(_ text: String) throws(InvalidLiteralError)
}

extension GraphTextLiteral {
    public var description: String { text }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do { try self.init(text) } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "\(error)")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}
