import SchemaInference

/// The Swift names of the model's types, and the Swift spelling of every OData type.
///
/// Each documented type gets a unique `UpperCamelCase` name: its simple name when no
/// other type has it, otherwise prefixed by the last part of its namespace
/// (`microsoft.graph.callRecords.session` → `CallRecordsSession`). Names are claimed in
/// order of qualified name, so the result does not depend on page order.
public struct SwiftTypeNames: Sendable {
    /// Swift names by lowercased qualified name.
    private var names: [String: String] = [:]
    /// The names of the "any of this type or a derived one" enumerations, by lowercased base type.
    private var polymorphicNames: [String: String] = [:]

    /// The Swift types of the OData primitives. Types the Swift standard library and
    /// Foundation do not have (a calendar date, a time of day, an ISO 8601 duration, an
    /// untyped JSON value) are types of the generated package's runtime. Every integer is an
    /// `Int64`, whatever width the docs name: the service sends 64-bit values where the docs say
    /// `Int32` (a file's size over 2 GB), and `Int64` is 64 bits on every platform (`Int` is 32
    /// on arm64_32 watches).
    public static let primitives: [String: String] = [
        "Edm.String": "String", "Edm.Boolean": "Bool", "Edm.Byte": "Int64", "Edm.SByte": "Int64",
        "Edm.Int16": "Int64", "Edm.Int32": "Int64", "Edm.Int64": "Int64", "Edm.Single": "Float",
        "Edm.Double": "Double", "Edm.Decimal": "Decimal", "Edm.DateTimeOffset": "Date", "Edm.Date": "GraphDate",
        "Edm.TimeOfDay": "GraphTimeOfDay", "Edm.Duration": "GraphDuration", "Edm.Guid": "UUID",
        "Edm.Binary": "Data", "Edm.Stream": "Data", "Edm.Untyped": "JSONValue",
    ]

    /// Names the types of a model, none of them one of the `reserved` names (compared
    /// without case), nor a primitive's.
    public init(model: APIModel, reserved: Set<String> = []) {
        let sorted = model.types.map(\.name).sorted { $0.lowercased() < $1.lowercased() }
        var simpleNameCounts: [String: Int] = [:]
        for name in sorted { simpleNameCounts[SwiftName.typeName(Self.simpleName(of: name)).lowercased(), default: 0] += 1 }
        var scope = UniqueNames(reserved: Set(Self.primitives.values).union(reserved))
        for name in sorted {
            let simple = SwiftName.typeName(Self.simpleName(of: name))
            let qualifier = Self.namespaceQualifier(of: name)
            let preferred = simpleNameCounts[simple.lowercased(), default: 0] > 1 && !qualifier.isEmpty
                ? SwiftName.typeName(qualifier + " " + Self.simpleName(of: name)) : simple
            names[name.lowercased()] = scope.claim(preferred)
        }
        let bases = Set(model.types.compactMap { $0.baseType?.lowercased() })
        for name in sorted where bases.contains(name.lowercased()) {
            guard let typeName = names[name.lowercased()], model.types.contains(where: { $0.name == name && $0.kind != .enum })
            else { continue }
            polymorphicNames[name.lowercased()] = scope.claim("Any" + typeName)
        }
    }

    /// The name of the enumeration that holds a value of `qualifiedName` or of any type
    /// derived from it, when documented types derive from it.
    public func polymorphicName(of qualifiedName: String) -> String? {
        polymorphicNames[qualifiedName.lowercased()]
    }

    /// The Swift name of a documented type.
    public func name(of qualifiedName: String) -> String? {
        names[qualifiedName.lowercased()]
    }

    /// The Swift spelling of an OData type: a primitive, a documented type (or, for a base
    /// type, the enumeration of it and its derived types), or an array of these. A type no
    /// page documents is written as `JSONValue`, which keeps any value.
    public func swiftType(of odataType: String) -> String {
        if let element = CollectionType.element(of: odataType) {
            return "[\(swiftType(of: element))]"
        }
        return Self.primitives[odataType] ?? polymorphicName(of: odataType) ?? name(of: odataType) ?? "JSONValue"
    }

    static func simpleName(of name: String) -> String {
        String(name.split(separator: ".").last ?? Substring(name))
    }

    /// The last part of a type's namespace (`microsoft.graph.callRecords.x` → `callRecords`).
    static func namespaceQualifier(of name: String) -> String {
        let parts = name.split(separator: ".")
        return parts.count >= 2 ? String(parts[parts.count - 2]) : ""
    }
}
