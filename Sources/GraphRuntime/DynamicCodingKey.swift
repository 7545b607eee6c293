/// A coding key for any member name: the keys of models' members (written as string literals,
/// `forKey: "displayName"`), of additional data and of annotations.
///
/// Models key their members with it rather than with an enumeration of their own: one key type
/// for all of them means one copy of each generic decoding helper per property type, not per
/// model and property type, and no `CodingKeys` conformances (a large part of a large SDK's
/// machine code and build time).
public struct DynamicCodingKey: CodingKey, Hashable, Sendable, ExpressibleByStringLiteral {
    public let stringValue: String
    public let intValue: Int?

    public init(_ name: String) {
        stringValue = name
        intValue = nil
    }

    public init(stringValue: String) { self.init(stringValue) }

    public init(stringLiteral name: String) { self.init(name) }

    public init?(intValue: Int) {
        stringValue = String(intValue)
        self.intValue = intValue
    }
}
