import GraphDocCore
import HTTPTypes

/// A header field written in a documented HTTP message, such as `Content-type: application/json`.
///
/// The name and value are kept as written, even when the name is not a valid
/// field name (the parser reports those); ``fieldName`` gives the validated name.
public struct HTTPHeader: Hashable, Sendable, Codable {
    /// The field name as written, without the colon.
    public var name: String
    /// The field value, without the whitespace around it; folded continuation
    /// lines are joined to it with a single space.
    public var value: String
    /// The position in the page of the field name's first character.
    public var position: SourcePosition

    /// Creates a header field.
    public init(name: String, value: String, position: SourcePosition) {
        self.name = name
        self.value = value
        self.position = position
    }

    /// The name as an HTTPTypes field name, or `nil` when the name is not a valid token.
    public var fieldName: HTTPField.Name? {
        HTTPField.Name(name)
    }
}
