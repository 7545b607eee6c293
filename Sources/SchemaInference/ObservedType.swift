import LenientJSON

/// What the example values of one property show about its type, for types no page
/// documents (see ``ExampleTypeInference``).
///
/// Each value shows something (``of(_:naming:commonBase:)``); the values of a property are combined
/// with ``merged(with:commonBase:)``, which gives the same result in any order: a
/// value that shows nothing (`null`) adds nothing, an object that does not name its type
/// yields to one that does, a narrower number yields to a wider one, a date-time to a string
/// that is not one, and values that disagree otherwise give ``mixed``.
indirect enum ObservedType: Hashable, Sendable {
    /// Nothing yet, or only `null` (an ellipsis in place of a value reads as `null`).
    case unknown
    /// Objects that do not name their type (no `@odata.type`).
    case object
    /// An OData primitive: `Edm.String`, `Edm.Boolean`, `Edm.Int64`, `Edm.Double`, `Edm.DateTimeOffset`.
    case primitive(String)
    /// Objects of a named type (their `@odata.type`), documented or not.
    case named(String)
    /// Arrays whose elements show the element type.
    case collection(ObservedType)
    /// Values that disagree (a string here, a number there): any JSON value.
    case mixed

    /// The OData type: the primitive or type name, `Collection(…)` of it, and
    /// `Edm.Untyped` where the values show no type (only `null`, objects that do not
    /// name one, values that disagree). No type name is invented.
    var odataType: String {
        switch self {
        case .unknown, .object, .mixed: "Edm.Untyped"
        case .primitive(let name), .named(let name): name
        case .collection(let element): "Collection(\(element.odataType))"
        }
    }

    /// What one value shows.
    /// - Parameter naming: The type an object's `@odata.type` names (`#microsoft.graph.x`
    ///   → `microsoft.graph.x`), or `nil` when it names no structured type.
    /// - Parameter commonBase: As for ``merged(with:commonBase:)``, for the elements of arrays.
    /// - Parameter depth: How deeply the value is nested in arrays; arrays nested deeper
    ///   than ``maxDepth`` show ``mixed``.
    static func of(
        _ value: JSONValue, naming: (String) -> String?, commonBase: (String, String) -> String?, depth: Int = 0
    ) -> ObservedType {
        switch value.content {
        case .null: return .unknown
        case .bool: return .primitive("Edm.Boolean")
        case .number(let literal): return .primitive(Int64(literal) != nil ? "Edm.Int64" : "Edm.Double")
        case .string(let text): return .primitive(primitive(ofString: text))
        case .object:
            guard let written = value["@odata.type"]?.stringValue, let name = naming(written) else { return .object }
            return .named(name)
        case .array(let elements):
            guard depth < maxDepth else { return .mixed }
            var element = ObservedType.unknown
            for item in elements {
                let shown = of(item, naming: naming, commonBase: commonBase, depth: depth + 1)
                element = element.merged(with: shown, commonBase: commonBase)
            }
            return .collection(element)
        }
    }

    /// The two combined.
    /// - Parameter commonBase: The nearest type both named types derive from (or are),
    ///   when there is one: values of two types where one derives from the other, or both
    ///   from a third, are values of that type.
    func merged(with other: ObservedType, commonBase: (String, String) -> String?) -> ObservedType {
        switch (self, other) {
        case (.unknown, _): return other
        case (_, .unknown): return self
        case (.mixed, _), (_, .mixed): return .mixed
        case (.object, .object): return .object
        case (.object, .named), (.named, .object): return self == .object ? other : self
        case let (.named(left), .named(right)):
            if left.lowercased() == right.lowercased() { return .named(min(left, right)) }
            return commonBase(left, right).map { .named($0) } ?? .mixed
        case let (.primitive(left), .primitive(right)):
            if left == right { return self }
            if let leftRank = Self.numbers.firstIndex(of: left), let rightRank = Self.numbers.firstIndex(of: right) {
                return .primitive(Self.numbers[max(leftRank, rightRank)])
            }
            if Self.strings.contains(left), Self.strings.contains(right) { return .primitive("Edm.String") }
            return .mixed
        case let (.collection(left), .collection(right)):
            return .collection(left.merged(with: right, commonBase: commonBase))
        default:
            return .mixed
        }
    }

    /// How deeply arrays are read into.
    static let maxDepth = 16

    /// The numeric primitives, each holding the values of those before it.
    private static let numbers = ["Edm.Int16", "Edm.Int32", "Edm.Int64", "Edm.Single", "Edm.Double", "Edm.Decimal"]

    /// The primitives written as JSON strings: any two of them are strings.
    private static let strings: Set = ["Edm.String", "Edm.DateTimeOffset", "Edm.Guid", "Edm.Duration", "Edm.TimeOfDay"]

    // MARK: Strings

    /// The primitive a string value shows: `Edm.DateTimeOffset` for an ISO 8601 date and
    /// time with a UTC offset, the primitive a documentation placeholder names (`"Int32"`,
    /// `"Boolean"`, `"DateTimeOffset"`, `"String (identifier)"`), else `Edm.String`
    /// (`"incoming | outgoing"` lists a string's values).
    static func primitive(ofString text: String) -> String {
        if isDateTimeOffset(text) { return "Edm.DateTimeOffset" }
        return placeholderPrimitive(text) ?? "Edm.String"
    }

    /// The primitives the docs write as placeholders, spelled as OData spells them (a
    /// value such as `"date"` or `"binary"` is a word, not a placeholder).
    private static let placeholderNames: Set<String> = [
        "String", "Boolean", "Int16", "Int32", "Int64", "Double", "Single", "Decimal", "DateTimeOffset",
        "TimeOfDay", "Duration", "Guid",
    ]

    /// The primitive a placeholder names: one of ``placeholderNames``, with or without
    /// `Edm.`, alone or followed by a parenthetical (`String (identifier)`).
    static func placeholderPrimitive(_ text: String) -> String? {
        guard let name = Placeholder.typeName(in: text), placeholderNames.contains(name) else { return nil }
        // `Int64` is how examples' integers are read; the placeholder's own width is kept.
        return "Edm.\(name)"
    }

    /// Whether a string is an ISO 8601 date and time with seconds optional, a fraction
    /// optional and a UTC offset (`Z` or `±hh:mm`): `2018-04-01T12:39:16.1234567Z`. A
    /// date and time without an offset is not one: the docs write such values (the
    /// `dateTime` of a date, time and time zone triple) in string properties.
    static func isDateTimeOffset(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        var index = 0
        func number(_ count: Int, in range: ClosedRange<Int>) -> Bool {
            guard index + count <= bytes.count else { return false }
            var value = 0
            for byte in bytes[index..<index + count] {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return false }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            index += count
            return range.contains(value)
        }
        func literal(_ character: Character) -> Bool {
            guard index < bytes.count, bytes[index] == character.asciiValue else { return false }
            index += 1
            return true
        }
        guard number(4, in: 0...9999), literal("-"), number(2, in: 1...12), literal("-"), number(2, in: 1...31),
              literal("T"), number(2, in: 0...23), literal(":"), number(2, in: 0...59)
        else { return false }
        if literal(":") {
            guard number(2, in: 0...60) else { return false }
            if literal(".") {
                let start = index
                while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") { index += 1 }
                guard index > start else { return false }
            }
        }
        if literal("Z") { return index == bytes.count }
        guard literal("+") || literal("-"), number(2, in: 0...23), literal(":"), number(2, in: 0...59) else { return false }
        return index == bytes.count
    }
}
