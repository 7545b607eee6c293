import GraphDocCore
import LenientJSON

/// A placeholder the docs write where an example's value would be, in a member whose
/// documented primitive is not a string: `"createdDateTime": "datetime-value"`,
/// `"isEnabled": "Boolean"`, `"lastModified": "String (timestamp)"`.
///
/// A placeholder says "a value of the documented type goes here"; it is not a value of
/// another type, so it is no contradiction. The example's fixture holds the type's sample
/// literal in its place (the Unix epoch, zero, `false`, the nil GUID, empty base64), which
/// the generated model reads and writes back like any value; every other member of the
/// example is checked as written.
public struct Placeholder: Hashable, Sendable {
    /// The member, as contradictions name it (`'value[0].createdDateTime'`).
    public var member: String
    /// The placeholder as written.
    public var text: String
    /// The documented primitive (`Edm.DateTimeOffset`).
    public var type: String
    /// The literal the fixture holds instead.
    public var sample: JSONValue
    /// Where the placeholder is written.
    public var location: SourceLocation

    /// OData's primitive type names, as the docs write them in placeholders, in lower case
    /// (the docs write `Guid` and `guid`).
    private static let primitiveNames: Set<String> = [
        "binary", "boolean", "byte", "date", "datetimeoffset", "decimal", "double", "duration", "guid",
        "int16", "int32", "int64", "sbyte", "single", "stream", "string", "timeofday",
    ]

    /// Whether `text` is a placeholder rather than a value: a primitive's name (in any
    /// case), with or without `Edm.`, alone or followed by a parenthetical
    /// (`String (timestamp)`); the docs' generated `name-value` form (`datetime-value`,
    /// `skuId-value-2`); or a value cut short with an ellipsis (``isElided(_:)``).
    public static func isPlaceholder(_ text: String) -> Bool {
        if let name = typeName(in: text), primitiveNames.contains(name.lowercased()) { return true }
        return isNamedValue(text) || isElided(text)
    }

    /// Text before `...` or `…` at its end (`MIIDYDCCAki...`, a key's base64): what the docs
    /// cut short is no value of any type.
    private static func isElided(_ text: String) -> Bool {
        let stem = text.hasSuffix("...") ? text.dropLast(3) : text.hasSuffix("…") ? text.dropLast() : nil
        return stem.map { !$0.trimmingCharacters(in: " ").isEmpty } ?? false
    }

    /// The type name a placeholder-shaped text writes: `Int32` for `Int32`, `Edm.Int32`
    /// or `Int32 (bytes)`; `nil` when the text has words after the name outside parentheses.
    static func typeName(in text: String) -> String? {
        var name = Substring(text)
        if let space = name.firstIndex(of: " ") {
            let rest = name[space...].trimmingCharacters(in: " ")
            guard rest.hasPrefix("("), rest.hasSuffix(")") else { return nil }
            name = name[..<space]
        }
        if name.hasPrefix("Edm.") { name = name.dropFirst(4) }
        return String(name)
    }

    /// `word-value` or `word-value-2`: letters first, then letters, digits and hyphens.
    private static func isNamedValue(_ text: String) -> Bool {
        var stem = Substring(text)
        if let hyphen = stem.lastIndex(of: "-"), stem[stem.index(after: hyphen)...].allSatisfy(\.isASCIINumber),
           stem.index(after: hyphen) != stem.endIndex {
            stem = stem[..<hyphen]
        }
        guard stem.hasSuffix("-value") else { return false }
        let word = stem.dropLast("-value".count)
        guard let first = word.first, first.isASCII, first.isLetter else { return false }
        return word.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
    }

    /// The sample literal of an OData primitive that is not written as any string; `nil`
    /// for `Edm.String` and kinds that hold any JSON.
    public static func sample(of type: String) -> JSONValue? {
        switch type {
        case "Edm.Boolean": JSONValue(.bool(false))
        case "Edm.Byte", "Edm.SByte", "Edm.Int16", "Edm.Int32", "Edm.Int64", "Edm.Single", "Edm.Double", "Edm.Decimal":
            JSONValue(.number("0"))
        case "Edm.DateTimeOffset": JSONValue(.string("1970-01-01T00:00:00Z"))
        case "Edm.Date": JSONValue(.string("1970-01-01"))
        case "Edm.TimeOfDay": JSONValue(.string("00:00:00"))
        case "Edm.Duration": JSONValue(.string("PT0S"))
        case "Edm.Guid": JSONValue(.string("00000000-0000-0000-0000-000000000000"))
        case "Edm.Binary", "Edm.Stream": JSONValue(.string(""))
        default: nil
        }
    }
}

extension Character {
    fileprivate var isASCIINumber: Bool { isASCII && isNumber }
}
