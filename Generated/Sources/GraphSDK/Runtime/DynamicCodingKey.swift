// Copied by graphdocgen from its runtime (Sources/GraphRuntime/DynamicCodingKey.swift). Do not edit.

/// A coding key for any member name: the keys of additional data and of annotations.
public struct DynamicCodingKey: CodingKey, Hashable, Sendable {
    public let stringValue: String
    public let intValue: Int?

    public init(_ name: String) {
        stringValue = name
        intValue = nil
    }

    public init(stringValue: String) { self.init(stringValue) }

    public init?(intValue: Int) {
        stringValue = String(intValue)
        self.intValue = intValue
    }
}
