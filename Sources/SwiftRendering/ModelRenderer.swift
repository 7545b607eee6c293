import Foundation
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
    /// The models' modules, when they are split; `nil`: one module.
    let modules: ModelModules?

    /// What each file is rendered with, from its plan.
    let files: ModelFileRenderer

    private var typesByName: [String: APIType] = [:]
    private var derivedTypes: [String: [APIType]] = [:]
    private let boxedProperties: Set<PropertyReference>

    init(
        model: APIModel, names: SwiftTypeNames, templates: TemplateLibrary, hashable: Bool, access: AccessModifier,
        imports: ModuleImports? = nil, modules: ModelModules? = nil
    ) {
        self.model = model
        self.imports = imports
        self.modules = modules
        self.names = names
        self.templates = templates
        self.access = access
        self.conformances = hashable ? "Codable, Hashable, Sendable" : "Codable, Sendable"
        files = ModelFileRenderer(templates: templates, imports: imports)
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
    /// each with its module (`nil`: the library's) and its plan's encoding (``RenderingMemo/encoding(of:)``);
    /// a file whose plan `memo` knows is taken from it, not rendered. Also returns the memo of this
    /// run's texts and how many were reused.
    func render(_ plans: [ModelFile], reusing memo: RenderingMemo = RenderingMemo()) throws(TemplateLibrary.Failure) -> (
        files: [(module: String?, file: RenderedFile, plan: Data?)], memo: RenderingMemo, counts: RenderingCounts
    ) {
        var files: [(module: String?, file: RenderedFile, plan: Data?)] = []
        var used = RenderingMemo()
        var counts = RenderingCounts()
        // Each file is a function of its plan alone: they are rendered on all cores.
        let renderer = self
        let texts = [Result<(plan: Data?, text: String, reused: Bool), TemplateLibrary.Failure>](
            concurrentlyMaking: plans.count
        ) { index in
            let encoding = RenderingMemo.encoding(of: plans[index])
            if let encoding, let known = memo.texts[ContentDigest(of: encoding)] { return .success((encoding, known, true)) }
            do throws(TemplateLibrary.Failure) {
                return .success((encoding, try renderer.files.render(plans[index]), false))
            } catch {
                return .failure(error)
            }
        }
        for (plan, result) in zip(plans, texts) {
            let (encoding, text, reused) = try result.get()
            if reused { counts.reused += 1 } else { counts.rendered += 1 }
            if let encoding { used.texts[ContentDigest(of: encoding)] = text }
            files.append((plan.module, RenderedFile(path: plan.path, contents: text), encoding))
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
                descriptionOrigin: type.descriptionOrigin, baseType: type.baseType, source: type.sources.first.map(DocumentationSource.display),
                swiftNamespace: names.namespace, access: access.keyword, conformances: conformances)
            if let imports {
                plan.module = modules?.module(ofType: type.name)
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
                        description: property.description, descriptionOrigin: property.descriptionOrigin)
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
