import GraphDocCore
import SchemaInference

/// Renders the model's types as Swift source: a struct per entity and complex type
/// (with its inherited properties), an open enumeration per enum type, and for each base
/// type an enumeration that decodes the derived type `@odata.type` names.
struct ModelRenderer: Sendable {
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
        let flattened = Dictionary(uniqueKeysWithValues: model.types.filter { $0.kind != .enum }.map {
            ($0.name.lowercased(), model.flattenedProperties(of: $0))
        })
        boxedProperties = OutOfLineProperties.find(in: flattened, names: names)
    }

    /// The files of `plans` (``plans()``: paths below the models' directory, `Microsoft/Graph/Call.swift`),
    /// each with its module (`nil`: the library's); a file whose plan `memo` knows is taken from it, not
    /// rendered. Also returns the memo of this run's texts and how many were reused.
    func render(_ plans: [ModelFile], reusing memo: RenderingMemo = RenderingMemo()) throws(TemplateLibrary.Failure) -> (
        files: [(module: String?, file: RenderedFile)], memo: RenderingMemo, counts: RenderingCounts
    ) {
        var files: [(module: String?, file: RenderedFile)] = []
        var used = RenderingMemo()
        var counts = RenderingCounts()
        // Each file is a function of its plan alone: they are rendered on all cores.
        let renderer = self
        let texts = [Result<(digest: ContentDigest?, text: String, reused: Bool), TemplateLibrary.Failure>](
            concurrentlyMaking: plans.count
        ) { index in
            let digest = RenderingMemo.digest(of: plans[index])
            if let digest, let known = memo.texts[digest] { return .success((digest, known, true)) }
            do throws(TemplateLibrary.Failure) {
                return .success((digest, try renderer.render(plans[index]), false))
            } catch {
                return .failure(error)
            }
        }
        for (plan, result) in zip(plans, texts) {
            let (digest, text, reused) = try result.get()
            if reused { counts.reused += 1 } else { counts.rendered += 1 }
            if let digest { used.texts[digest] = text }
            files.append((plan.module, RenderedFile(path: plan.path, contents: text)))
        }
        return (files, used, counts)
    }

    /// The plan of every file: one per type, and one more per base type for the enumeration
    /// of it and its derived types.
    func plans() -> [ModelFile] {
        var plans: [ModelFile] = []
        for type in model.types {
            guard let name = names.name(of: type.name) else { continue }
            let directory = SwiftFilePath.directory(of: type.namespace)
            var plan = ModelFile(
                path: "\(directory)/\(SwiftFilePath.fileName(of: name))", namespace: type.namespace, shape: .structure,
                name: name, typeName: type.name, simpleName: type.simpleName, description: type.description,
                baseType: type.baseType, source: type.sources.first.map(DocumentationSource.display),
                swiftNamespace: names.namespace, access: access.keyword, conformances: conformances)
            if let imports {
                plan.module = imports.module(ofType: type.name)
                plan.importsFingerprint = imports.fingerprint.hex
            }
            switch type.kind {
            case .enum:
                plan.shape = .enumeration
                plan.members = type.members
                plans.append(plan)
            case .complex where model.holdsAnyJSON(type):
                plan.shape = .anyJSON
                plans.append(plan)
            case .entity, .complex:
                plan.properties = model.flattenedProperties(of: type).map { property in
                    ModelFile.Property(
                        name: property.name, valueType: names.swiftType(of: property.type), nullable: property.nullable,
                        boxed: boxedProperties.contains(PropertyReference(type: type.name.lowercased(), property: property.name)),
                        description: property.description)
                }
                plan.isPolymorphic = type.baseType.map { typesByName[$0.lowercased()] != nil } ?? false
                    || derivedTypes[type.name.lowercased()] != nil
                plans.append(plan)
                if let anyName = names.polymorphicName(of: type.name) {
                    var polymorphic = plan
                    polymorphic.shape = .polymorphic
                    polymorphic.path = "\(directory)/\(SwiftFilePath.fileName(of: anyName))"
                    polymorphic.anyName = anyName
                    polymorphic.properties = []
                    polymorphic.derivedTypes = derivedTypes(of: type)
                    plans.append(polymorphic)
                }
            }
        }
        return plans
    }

    /// The types derived from `type`, directly or not, nearest first (each once; enumerations
    /// and types without a Swift name left out).
    private func derivedTypes(of type: APIType) -> [ModelFile.DerivedType] {
        var derived: [ModelFile.DerivedType] = []
        var queue = derivedTypes[type.name.lowercased()] ?? []
        var seen: Set<String> = [type.name.lowercased()]
        while !queue.isEmpty {
            let next = queue.removeFirst()
            guard seen.insert(next.name.lowercased()).inserted, next.kind != .enum, let typeName = names.name(of: next.name)
            else { continue }
            derived.append(ModelFile.DerivedType(simpleName: next.simpleName, typeName: typeName))
            queue += derivedTypes[next.name.lowercased()] ?? []
        }
        return derived
    }

    /// The text of the file `plan` describes.
    func render(_ plan: ModelFile) throws(TemplateLibrary.Failure) -> String {
        switch plan.shape {
        case .structure: try renderStruct(plan)
        case .enumeration: try renderEnum(plan)
        case .anyJSON:
            try render("TypeAlias.swift", of: plan, with: [
                "name": plan.name, "target": "JSONValue",
                "docLines": documentation(of: plan, addendum: "The docs give it no property: it holds any JSON."),
            ])
        case .polymorphic: try renderPolymorphic(plan)
        }
    }

    /// The template `name` rendered for `plan` with `context`, the declarations' access level and
    /// the file's imports (``ModuleImports/text(in:rendering:)``).
    private func render(_ name: String, of plan: ModelFile, with context: [String: Any]) throws(TemplateLibrary.Failure) -> String {
        let context = context.merging(["access": plan.access, "namespace": plan.swiftNamespace]) { $1 }
        guard let imports else { return try templates.render(name, with: context.merging(["imports": [String]()]) { $1 }) }
        return try imports.text(in: plan.module) { lines throws(TemplateLibrary.Failure) in
            try templates.render(name, with: context.merging(["imports": lines]) { $1 })
        }
    }

    // MARK: Structs

    private func renderStruct(_ plan: ModelFile) throws(TemplateLibrary.Failure) -> String {
        let properties = plan.properties
        let isPolymorphic = plan.isPolymorphic
        let swiftNames = SwiftMemberNames.properties(properties.map(\.name))
        var contexts: [[String: Any]] = []
        for (index, property) in properties.enumerated() {
            let swiftName = swiftNames[index]
            let bareName = swiftName.hasPrefix("`") ? String(swiftName.dropFirst().dropLast()) : swiftName
            let valueType = property.valueType
            let storageType = property.nullable ? "Nullable<\(valueType)>" : valueType
            let isBoxed = property.boxed
            let storageName = "_" + bareName
            // A value that does not fit is kept in `additionalData` (`mismatched`), not thrown.
            // Members are keyed by their JSON names (`DynamicCodingKey`), not by an enumeration
            // of each type's keys: see `DynamicCodingKey` in the runtime for why.
            let key = SwiftLiteral.string(property.name)
            let decode = property.nullable
                ? "container.decodeNullableLeniently(\(valueType).self, forKey: \(key), in: decoder, mismatched: &mismatched)"
                : "container.decodeLeniently(\(valueType).self, forKey: \(key), in: decoder, mismatched: &mismatched)"
            contexts.append([
                "name": swiftName,
                "storageType": storageType,
                "storageName": storageName,
                "isBoxed": isBoxed,
                "isLast": index == properties.count - 1,
                "docLines": SwiftLiteral.documentation(property.description, documentedIn: nil),
                // `self.`: a property may be named `decoder`, `encoder` or `container`.
                "decodeStatement": isBoxed ? "self.\(storageName) = \(decode).map(Indirect.init)" : "self.\(swiftName) = \(decode)",
                "encodeStatement": property.nullable
                    ? "try container.encodeNullable(self.\(swiftName), forKey: \(key))"
                    : "try container.encodeIfPresent(self.\(swiftName), forKey: \(key))",
            ])
        }
        return try render("Struct.swift", of: plan, with: [
            "name": plan.name,
            "conformances": plan.conformances,
            "hasODataType": isPolymorphic,
            "hasMembers": !properties.isEmpty || isPolymorphic,
            "hasProperties": !properties.isEmpty,
            "memberNameLiterals": (isPolymorphic ? [SwiftLiteral.string("@odata.type")] : []) + properties.map { SwiftLiteral.string($0.name) },
            "odataTypeNameLiteral": SwiftLiteral.string(plan.typeName),
            "docLines": documentation(of: plan),
            "properties": contexts,
        ])
    }

    private func documentation(of plan: ModelFile, addendum: String? = nil) -> [String] {
        var text = plan.description
        if let base = plan.baseType { text += (text.isEmpty ? "" : "\n\n") + "Derived from `\(base)`." }
        if let addendum { text = (text.isEmpty ? "`\(plan.typeName)`" : text) + "\n\n" + addendum }
        return SwiftLiteral.documentation(text.isEmpty ? "`\(plan.typeName)`" : text, documentedIn: plan.source)
    }

    // MARK: Enumerations

    private func renderEnum(_ plan: ModelFile) throws(TemplateLibrary.Failure) -> String {
        let names = SwiftMemberNames.enumerationMembers(plan.members)
        let members: [[String: Any]] = zip(plan.members, names).map { member, name in
            [
                "name": name,
                "wireName": PackageRenderer.commentText(member).replacingAll("`", with: "'"),
                "wireNameLiteral": SwiftLiteral.string(member),
            ]
        }
        return try render("Enum.swift", of: plan, with: [
            "name": plan.name, "docLines": documentation(of: plan), "members": members,
        ])
    }

    // MARK: Polymorphism

    private func renderPolymorphic(_ plan: ModelFile) throws(TemplateLibrary.Failure) -> String {
        let (baseCase, cases) = Self.caseNames(of: plan)
        let derived: [[String: Any]] = cases.sorted { $0.typeName < $1.typeName }.map {
            ["caseName": $0.caseName, "typeName": $0.typeName]
        }
        return try render("AnyType.swift", of: plan, with: [
            "name": plan.anyName ?? plan.name,
            "baseName": plan.name,
            "baseCaseName": baseCase,
            "conformances": plan.conformances,
            "cases": [["caseName": baseCase, "typeName": plan.name]] + derived,
            "derivedCases": derived,
        ])
    }
}

extension ModelRenderer {
    /// The cases of a polymorphic plan's enumeration: the base type's, then each derived type's
    /// with its Swift type, claimed nearest type first (the template lists them by type name).
    static func caseNames(of plan: ModelFile) -> (base: String, derived: [(caseName: String, typeName: String)]) {
        var scope = UniqueNames(reserved: ["base"])
        let baseCase = scope.claim(SwiftName.memberName(plan.simpleName))
        return (baseCase, plan.derivedTypes.map { (caseName: scope.claim(SwiftName.memberName($0.simpleName)), typeName: $0.typeName) })
    }
}

/// A property of a type, by lowercased type name and wire name.
struct PropertyReference: Hashable {
    var type: String
    var property: String
}
