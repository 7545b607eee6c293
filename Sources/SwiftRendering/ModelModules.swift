import GraphDocCore
import SchemaInference

/// How the model's types map to Swift modules when they do not all go in the library's
/// (``ModuleLayout/perNamespace``, ``ModuleLayout/split``). SwiftPM forbids cyclic target
/// dependencies, so types that refer to each other, directly or through others, always share a
/// module.
///
/// A type refers to another when it holds a property (inherited ones included) of the other's
/// type, or when it is a base type whose `Any…` enumeration lists the other, derived from it:
/// exactly what the rendered models name.
struct ModelModules {
    /// A generated module of model types.
    struct Module: Hashable {
        /// The module's (and its target's and directory's) name: the library's name and its first
        /// namespace's (or `Models` and its number), cut with a hash when longer than a file name
        /// may be (``SwiftFilePath/bounded(_:room:)``).
        var name: String
        /// The namespaces of its types, sorted.
        var namespaces: [String]
        /// The names of the model modules its types refer to, sorted.
        var dependencies: [String]
        /// Whether it imports the products the runtime builds on (HTTPTypes, OpenAPIRuntime), as
        /// a split client's modules do; a model module does not.
        var importsRuntimeProducts = false
    }

    /// The modules, dependencies before the modules that need them.
    let modules: [Module]
    /// A note for each module that holds several namespaces, saying which and why.
    let diagnostics: [Diagnostic]
    /// The module of each type, by lowercased qualified name.
    private let moduleOfType: [String: String]

    /// The module of a type (its qualified name, any case).
    func module(ofType name: String) -> String? {
        moduleOfType[name.lowercased()]
    }

    /// A module per namespace of `model`, named after `library` and none of `reserved`: one
    /// per strongly connected component of the namespace reference graph (namespaces refer to
    /// each other both ways: `microsoft.graph.callRecords` types hold `microsoft.graph` identity
    /// sets, and `microsoft.graph`'s polymorphic entity lists the call records derived from it).
    init(namespacesOf model: APIModel, names: SwiftTypeNames, library: String, reserved: Set<String>) {
        var references: [Reference: (type: String, referenced: String)] = [:]
        for (type, referenced) in Self.typeReferences(in: model, names: names) {
            let reference = Reference(from: type.namespace, to: referenced.namespace)
            if let first = references[reference], (first.type, first.referenced) <= (type.name, referenced.name) { continue }
            references[reference] = (type.name, referenced.name)
        }
        var edges: [String: Set<String>] = [:]
        for type in model.types { edges[type.namespace, default: []] = [] }
        for reference in references.keys { edges[reference.from, default: []].insert(reference.to) }
        var scope = UniqueNames(reserved: reserved)
        var moduleOfNamespace: [String: String] = [:]
        var components: [(name: String, namespaces: [String])] = []
        for component in StronglyConnectedComponents.of(edges) {
            // The module's name is its directory's: a deep namespace's is cut, with a hash.
            let name = scope.claim(SwiftFilePath.bounded(
                library + SwiftName.typeName(component[0].isEmpty ? "Global" : component[0].replacingAll(".", with: " ")),
                room: SwiftFilePath.maximumNameLength))
            for namespace in component { moduleOfNamespace[namespace] = name }
            components.append((name, component))
        }
        var diagnostics: [Diagnostic] = []
        modules = components.map { component in
            let dependencies = Set(component.namespaces.flatMap { edges[$0] ?? [] }.compactMap { moduleOfNamespace[$0] })
            return Module(name: component.name, namespaces: component.namespaces, dependencies: dependencies.subtracting([component.name]).sorted())
        }
        for component in components where component.namespaces.count > 1 {
            let examples = component.namespaces.compactMap { namespace in
                references.filter { $0.key.from == namespace && $0.key.to != namespace && component.namespaces.contains($0.key.to) }
                    .min { $0.key.to < $1.key.to }.map { "`\($0.value.type)` uses `\($0.value.referenced)`" }
            }
            diagnostics.append(Diagnostic(
                .note, code: "namespaces-merged",
                "namespaces \(component.namespaces.joined(separator: ", ")) are generated into one module, \(component.name): "
                    + "they refer to each other (\(examples.joined(separator: "; "))), which separate targets cannot",
                at: nil))
        }
        self.diagnostics = diagnostics
        moduleOfType = Dictionary(model.types.compactMap { type in
            moduleOfNamespace[type.namespace].map { (type.name.lowercased(), $0) }
        }, uniquingKeysWith: { first, _ in first })
    }

    /// The modules given, with no notes.
    init(modules: [Module], moduleOfType: [String: String]) {
        self.modules = modules
        self.diagnostics = []
        self.moduleOfType = moduleOfType
    }

    /// A reference from one namespace to another.
    struct Reference: Hashable {
        var from: String
        var to: String
    }

    /// Each reference of a type to another (or to itself), in the model's order.
    static func typeReferences(in model: APIModel, names: SwiftTypeNames) -> [(type: APIType, referenced: APIType)] {
        var typesByName: [String: APIType] = [:]
        var derived: [String: [APIType]] = [:]
        for type in model.types {
            typesByName[type.name.lowercased()] = type
            if let base = type.baseType?.lowercased() { derived[base, default: []].append(type) }
        }
        var references: [(type: APIType, referenced: APIType)] = []
        for type in model.types where type.kind != .enum && !model.holdsAnyJSON(type) {
            for property in model.flattenedProperties(of: type) {
                let name = CollectionType.innermost(of: property.type)
                if let referenced = typesByName[name.lowercased()] { references.append((type, referenced)) }
            }
            guard names.polymorphicName(of: type.name) != nil else { continue }
            var queue = derived[type.name.lowercased()] ?? []
            var seen: Set<String> = [type.name.lowercased()]
            while let next = queue.popLast() {
                guard seen.insert(next.name.lowercased()).inserted else { continue }
                if next.kind != .enum { references.append((type, next)) }
                queue += derived[next.name.lowercased()] ?? []
            }
        }
        return references
    }
}
