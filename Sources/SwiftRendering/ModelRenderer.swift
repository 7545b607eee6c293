import SchemaInference

/// Renders the model's types as Swift source: a struct per entity and complex type
/// (with its inherited properties), an open enumeration per enum type, and for each base
/// type an enumeration that decodes the derived type `@odata.type` names.
struct ModelRenderer {
    let model: APIModel
    let names: SwiftTypeNames
    let templates: TemplateLibrary
    /// The protocols every struct conforms to.
    let conformances: String
    /// The access level of the declarations.
    let access: AccessModifier
    /// The imports of each file when the models are split into modules; `nil`: one module, no imports.
    let imports: ModuleImports?

    private var typesByName: [String: APIType] = [:]
    private var derivedTypes: [String: [APIType]] = [:]
    private let boxedProperties: Set<PropertyReference>

    init(
        model: APIModel, names: SwiftTypeNames, templates: TemplateLibrary, hashable: Bool, access: AccessModifier,
        imports: ModuleImports? = nil
    ) {
        self.model = model
        self.imports = imports
        self.names = names
        self.templates = templates
        self.access = access
        self.conformances = hashable ? "Codable, Hashable, Sendable" : "Codable, Sendable"
        for type in model.types { typesByName[type.name.lowercased()] = type }
        for type in model.types {
            if let base = type.baseType?.lowercased() { derivedTypes[base, default: []].append(type) }
        }
        var boxed: Set<PropertyReference> = []
        let flattened = Dictionary(uniqueKeysWithValues: model.types.filter { $0.kind != .enum }.map {
            ($0.name.lowercased(), model.flattenedProperties(of: $0))
        })
        for cycle in ContainmentCycles.find(in: flattened, names: names) { boxed.formUnion(cycle) }
        boxedProperties = boxed
    }

    /// The files of every type (paths below the models' directory, `Microsoft/Graph/Call.swift`),
    /// each with its type's namespace.
    func render() throws(TemplateLibrary.Failure) -> [(namespace: String, file: RenderedFile)] {
        var files: [(namespace: String, file: RenderedFile)] = []
        for type in model.types {
            guard let name = names.name(of: type.name) else { continue }
            let directory = SwiftFilePath.directory(of: type.namespace)
            let path = "\(directory)/\(SwiftFilePath.fileName(of: name))"
            switch type.kind {
            case .enum:
                files.append((type.namespace, RenderedFile(path: path, contents: try renderEnum(type, name: name))))
            case .complex where model.holdsAnyJSON(type):
                files.append((type.namespace, RenderedFile(path: path, contents: try render("TypeAlias.swift", of: type, with: [
                    "name": name, "target": "JSONValue",
                    "docLines": documentation(of: type, addendum: "The docs give it no property: it holds any JSON."),
                ]))))
            case .entity, .complex:
                files.append((type.namespace, RenderedFile(path: path, contents: try renderStruct(type, name: name))))
                if let anyName = names.polymorphicName(of: type.name) {
                    files.append((type.namespace, RenderedFile(
                        path: "\(directory)/\(SwiftFilePath.fileName(of: anyName))",
                        contents: try renderPolymorphic(type, name: name, anyName: anyName))))
                }
            }
        }
        return files
    }

    /// The template `name` rendered for `type` with `context`, the declarations' access level and
    /// the file's imports (found in the file rendered without them).
    private func render(_ name: String, of type: APIType, with context: [String: Any]) throws(TemplateLibrary.Failure) -> String {
        let context = context.merging(["access": access.keyword, "imports": [String]()]) { $1 }
        let text = try templates.render(name, with: context)
        guard let imports else { return text }
        let lines = imports.lines(for: text, in: imports.module(of: type.namespace))
        return try templates.render(name, with: context.merging(["imports": lines]) { $1 })
    }

    // MARK: Structs

    private func renderStruct(_ type: APIType, name: String) throws(TemplateLibrary.Failure) -> String {
        let properties = model.flattenedProperties(of: type)
        let isPolymorphic = type.baseType.map { typesByName[$0.lowercased()] != nil } ?? false
            || derivedTypes[type.name.lowercased()] != nil
        var scope = UniqueNames(reserved: ["odataType", "additionalData", "CodingKeys", "init", "encode", "odataTypeName"])
        var contexts: [[String: Any]] = []
        for (index, property) in properties.enumerated() {
            let swiftName = scope.claim(SwiftName.memberName(property.name))
            let bareName = swiftName.hasPrefix("`") ? String(swiftName.dropFirst().dropLast()) : swiftName
            let valueType = names.swiftType(of: property.type)
            let storageType = property.nullable ? "Nullable<\(valueType)>" : valueType
            let isBoxed = boxedProperties.contains(PropertyReference(type: type.name.lowercased(), property: property.name))
            let storageName = "_" + bareName
            let decode = property.nullable
                ? "try container.decodeNullable(\(valueType).self, forKey: .\(swiftName))"
                : "try container.decodeIfPresent(\(valueType).self, forKey: .\(swiftName))"
            contexts.append([
                "name": swiftName,
                "storageType": storageType,
                "storageName": storageName,
                "isBoxed": isBoxed,
                "isLast": index == properties.count - 1,
                "hasWireName": bareName != property.name,
                "wireNameLiteral": SwiftLiteral.string(property.name),
                "docLines": SwiftLiteral.documentation(property.description, documentedIn: nil),
                // `self.`: a property may be named `decoder`, `encoder` or `container`.
                "decodeStatement": isBoxed ? "self.\(storageName) = \(decode).map(Indirect.init)" : "self.\(swiftName) = \(decode)",
                "encodeStatement": property.nullable
                    ? "try container.encodeNullable(self.\(swiftName), forKey: .\(swiftName))"
                    : "try container.encodeIfPresent(self.\(swiftName), forKey: .\(swiftName))",
            ])
        }
        return try render("Struct.swift", of: type, with: [
            "name": name,
            "conformances": conformances,
            "hasODataType": isPolymorphic,
            "hasMembers": !properties.isEmpty || isPolymorphic,
            // An enum without cases cannot have a raw type.
            "codingKeysConformances": properties.isEmpty && !isPolymorphic ? "CodingKey" : "String, CodingKey",
            "odataTypeNameLiteral": SwiftLiteral.string(type.name),
            "docLines": documentation(of: type),
            "properties": contexts,
        ])
    }

    private func documentation(of type: APIType, addendum: String? = nil) -> [String] {
        var text = type.description
        if let base = type.baseType { text += (text.isEmpty ? "" : "\n\n") + "Derived from `\(base)`." }
        if let addendum { text = (text.isEmpty ? "`\(type.name)`" : text) + "\n\n" + addendum }
        return SwiftLiteral.documentation(text.isEmpty ? "`\(type.name)`" : text, documentedIn: type.sources.first.map(DocumentationSource.display))
    }

    // MARK: Enumerations

    private func renderEnum(_ type: APIType, name: String) throws(TemplateLibrary.Failure) -> String {
        var scope = UniqueNames(reserved: ["rawValue", "init", "description", "hashValue"])
        let members: [[String: Any]] = type.members.map { member in
            [
                "name": scope.claim(SwiftName.memberName(member)),
                "wireName": PackageRenderer.commentText(member).replacingAll("`", with: "'"),
                "wireNameLiteral": SwiftLiteral.string(member),
            ]
        }
        return try render("Enum.swift", of: type, with: [
            "name": name, "docLines": documentation(of: type), "members": members,
        ])
    }

    // MARK: Polymorphism

    private func renderPolymorphic(_ type: APIType, name: String, anyName: String) throws(TemplateLibrary.Failure) -> String {
        var scope = UniqueNames(reserved: ["base"])
        let baseCase = scope.claim(SwiftName.memberName(type.simpleName))
        var derived: [[String: Any]] = []
        var queue = derivedTypes[type.name.lowercased()] ?? []
        var seen: Set<String> = [type.name.lowercased()]
        while !queue.isEmpty {
            let next = queue.removeFirst()
            guard seen.insert(next.name.lowercased()).inserted, next.kind != .enum, let typeName = names.name(of: next.name)
            else { continue }
            derived.append(["caseName": scope.claim(SwiftName.memberName(next.simpleName)), "typeName": typeName])
            queue += derivedTypes[next.name.lowercased()] ?? []
        }
        derived.sort { ($0["typeName"] as! String) < ($1["typeName"] as! String) }
        return try render("AnyType.swift", of: type, with: [
            "name": anyName,
            "baseName": name,
            "baseCaseName": baseCase,
            "conformances": conformances,
            "cases": [["caseName": baseCase, "typeName": name]] + derived,
            "derivedCases": derived,
        ])
    }
}

/// A property of a type, by lowercased type name and wire name.
struct PropertyReference: Hashable {
    var type: String
    var property: String
}
