import GraphDocCore
import SchemaInference

/// How the model's namespaces map to Swift modules when each namespace gets its own: one
/// module per strongly connected component of the namespace reference graph, since SwiftPM
/// forbids cyclic target dependencies and namespaces refer to each other both ways
/// (`microsoft.graph.callRecords` types hold `microsoft.graph` identity sets, and
/// `microsoft.graph`'s polymorphic entity lists the call records derived from it).
///
/// A namespace refers to another when one of its types holds a property (inherited ones
/// included) of a type of the other, or when one of its base types' `Any…` enumerations lists
/// a type of the other derived from it: exactly what the rendered models name.
struct NamespaceModules {
    /// A generated module of model types.
    struct Module: Hashable {
        /// The module's (and its target's and directory's) name: the library's name and its first
        /// namespace's, cut with a hash when longer than a file name may be (``SwiftFilePath/bounded(_:room:)``).
        var name: String
        /// Its namespaces, sorted.
        var namespaces: [String]
        /// The names of the model modules its types refer to, sorted.
        var dependencies: [String]
    }

    /// The modules, dependencies before the modules that need them.
    let modules: [Module]
    /// A note for each module that holds several namespaces, saying which and why.
    let diagnostics: [Diagnostic]
    /// The module of each namespace.
    private let moduleOfNamespace: [String: String]

    /// The modules of `model`'s namespaces, named after `library` and none of `reserved`.
    init(model: APIModel, names: SwiftTypeNames, library: String, reserved: Set<String>) {
        let references = Self.references(in: model, names: names)
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
        self.moduleOfNamespace = moduleOfNamespace
    }

    /// The module of a namespace's types.
    func module(of namespace: String) -> String? {
        moduleOfNamespace[namespace]
    }

    /// A reference from one namespace to another.
    struct Reference: Hashable {
        var from: String
        var to: String
    }

    /// Each namespace reference, with the first type reference (by name) that makes it.
    static func references(in model: APIModel, names: SwiftTypeNames) -> [Reference: (type: String, referenced: String)] {
        var typesByName: [String: APIType] = [:]
        var derived: [String: [APIType]] = [:]
        for type in model.types {
            typesByName[type.name.lowercased()] = type
            if let base = type.baseType?.lowercased() { derived[base, default: []].append(type) }
        }
        var references: [Reference: (type: String, referenced: String)] = [:]
        func add(_ type: APIType, _ referenced: APIType) {
            let reference = Reference(from: type.namespace, to: referenced.namespace)
            if let first = references[reference], (first.type, first.referenced) <= (type.name, referenced.name) { return }
            references[reference] = (type.name, referenced.name)
        }
        for type in model.types where type.kind != .enum && !model.holdsAnyJSON(type) {
            for property in model.flattenedProperties(of: type) {
                let name = CollectionType.innermost(of: property.type)
                if let referenced = typesByName[name.lowercased()] { add(type, referenced) }
            }
            guard names.polymorphicName(of: type.name) != nil else { continue }
            var queue = derived[type.name.lowercased()] ?? []
            var seen: Set<String> = [type.name.lowercased()]
            while let next = queue.popLast() {
                guard seen.insert(next.name.lowercased()).inserted else { continue }
                if next.kind != .enum { add(type, next) }
                queue += derived[next.name.lowercased()] ?? []
            }
        }
        return references
    }
}
