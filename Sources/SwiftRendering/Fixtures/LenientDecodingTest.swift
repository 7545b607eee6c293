import LenientJSON
import SchemaInference

/// The generated test that every model type survives what the service may send otherwise than
/// documented (``LenientDecodingTests``, template `LenientDecodingTests.swift`): its fixture lists
/// each struct's properties (inherited ones included) with the JSON kind their documented type
/// takes; properties of any JSON (`JSONValue`) and annotations (`@…`) are left out.
struct LenientDecodingTest {
    let model: APIModel
    let names: SwiftTypeNames
    let templates: TemplateLibrary
    let moduleImports: [String]

    /// The test file and its fixture (named apart from `fixtureNames`); none without a struct type.
    func files(fixtureNames: Set<String>) throws(TemplateLibrary.Failure) -> [RenderedFile] {
        let byName = Dictionary(model.types.map { ($0.name.lowercased(), $0) }) { first, _ in first }
        var types: [(swiftName: String, properties: [(String, String)])] = []
        for type in model.types where type.kind != .enum && !model.holdsAnyJSON(type) {
            guard let swiftName = names.name(of: type.name) else { continue }
            let properties = model.flattenedProperties(of: type).compactMap { property -> (String, String)? in
                guard !property.name.hasPrefix("@"), let kind = kind(of: property.type, types: byName) else { return nil }
                return (property.name, kind)
            }
            types.append((swiftName, properties))
        }
        guard !types.isEmpty else { return [] }
        types.sort { $0.swiftName < $1.swiftName }
        var scope = UniqueNames(reserved: fixtureNames)
        let fixtureName = scope.claim("PropertyKinds")
        let fixture = JSONValue(.object(types.map { type in
            JSONMember(type.swiftName, JSONValue(.array(type.properties.map {
                JSONValue(.array([JSONValue(.string($0.0)), JSONValue(.string($0.1))]))
            })))
        }))
        return [
            RenderedFile(path: "Fixtures/\(fixtureName).json", contents: JSONWriter(style: .pretty).string(from: fixture) + "\n"),
            RenderedFile(path: "LenientDecodingTests.swift", contents: try templates.render("LenientDecodingTests.swift", with: [
                "moduleImports": moduleImports,
                "fixtureName": fixtureName,
                "fixtureNameLiteral": SwiftLiteral.string(fixtureName),
                "types": types.map { ["nameLiteral": SwiftLiteral.string($0.swiftName), "typeName": names.reference(to: $0.swiftName)] },
            ])),
        ]
    }

    /// The JSON kind of an OData type's values; `nil` for a type that holds any JSON. `types`
    /// are the model's types by lowercased name.
    func kind(of odataType: String, types: [String: APIType]) -> String? {
        if CollectionType.element(of: odataType) != nil { return "array" }
        switch odataType {
        case "Edm.Boolean": return "bool"
        case "Edm.Byte", "Edm.SByte", "Edm.Int16", "Edm.Int32", "Edm.Int64": return "integer"
        case "Edm.Double", "Edm.Single", "Edm.Decimal": return "number"
        case "Edm.Untyped": return nil
        case _ where odataType.hasPrefix("Edm."): return "string"
        default:
            guard let type = types[odataType.lowercased()] else { return nil }
            if type.kind == .enum { return "string" }
            return model.holdsAnyJSON(type) ? nil : "object"
        }
    }
}
