import SchemaInference

/// The Swift names of the model's types, and the Swift spelling of every OData type.
///
/// Each documented type gets a unique `UpperCamelCase` name: its simple name when no
/// other type has it, otherwise prefixed by the last part of its namespace
/// (`microsoft.graph.callRecords.session` → `CallRecordsSession`). Names are claimed in
/// order of qualified name, so the result does not depend on page order.
///
/// The types are declared inside one namespace, an enumeration named after the last part of
/// the namespace every type's namespace starts with (`microsoft.graph` → `Graph`), so that
/// an app can import the SDK beside SwiftUI (`List`, `Group`, `Image`), Foundation
/// (`Calendar`, `Operation`) and Swift Testing (`Tag`) and every name stays unambiguous:
/// code outside the namespace writes `Graph.Call`, as ``swiftType(of:)`` spells it. One
/// namespace rather than one per OData namespace keeps references short and a type's name
/// stable when the docs move it to another namespace.
public struct SwiftTypeNames: Sendable {
    /// The name of the enumeration the types are declared in (`Graph`).
    public let namespace: String
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
        namespace = scope.claim(SwiftName.typeName(Self.namespaceName(of: model.types.map(\.namespace))))
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

    /// The Swift name of a documented type, as it is declared inside ``namespace`` (`Call`).
    public func name(of qualifiedName: String) -> String? {
        names[qualifiedName.lowercased()]
    }

    /// How code anywhere refers to the type declared as `name` inside ``namespace`` (`Graph.Call`).
    public func reference(to name: String) -> String {
        namespace + "." + name
    }

    /// The Swift spelling of an OData type: a primitive, a documented type (or, for a base
    /// type, the enumeration of it and its derived types), or an array of these. A type no
    /// page documents is written as `JSONValue`, which keeps any value.
    public func swiftType(of odataType: String) -> String {
        if let element = CollectionType.element(of: odataType) {
            return "[\(swiftType(of: element))]"
        }
        return Self.primitives[odataType]
            ?? (polymorphicName(of: odataType) ?? name(of: odataType)).map(reference(to:)) ?? "JSONValue"
    }

    /// The last part of the namespace all of `namespaces` are in or below (`microsoft.graph` for
    /// `microsoft.graph` and `microsoft.graph.callRecords`); without one, of the namespace most
    /// types are in (the first by name among equals); `API` for none.
    static func namespaceName(of namespaces: [String]) -> String {
        let split = namespaces.map { $0.split(separator: ".") }
        var common = split.first ?? []
        for parts in split.dropFirst() {
            common = Array(zip(common, parts).prefix { $0 == $1 }.map(\.0))
        }
        if let last = common.last { return String(last) }
        let counts = Dictionary(namespaces.map { ($0, 1) }, uniquingKeysWith: +)
        let most = counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
        return most.flatMap { $0.split(separator: ".").last.map(String.init) } ?? "API"
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
