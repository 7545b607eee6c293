import GraphDocCore
import SchemaInference

extension ModelModules {
    /// `model`'s types in modules of about `weight` each (``ModuleLayout/splitModuleWeight``), named `<library>Models1`,
    /// `<library>Models2`, … (a number whose name is in `reserved` skipped), each after the modules whose types it uses.
    ///
    /// Types that refer to each other (a strongly connected component of the type reference
    /// graph) stay together; the components, dependencies first, fill the modules in turn.
    init(splitting model: APIModel, names: SwiftTypeNames, library: String, reserved: Set<String>, weight: Int = ModuleLayout.splitModuleWeight) {
        var edges: [String: Set<String>] = [:]
        for type in model.types { edges[type.name.lowercased(), default: []] = [] }
        for (type, referenced) in Self.typeReferences(in: model, names: names) {
            edges[type.name.lowercased(), default: []].insert(referenced.name.lowercased())
        }
        var typeWeights: [String: Int] = [:]
        var namespaceOfType: [String: String] = [:]
        for type in model.types {
            let lowercased = type.name.lowercased()
            namespaceOfType[lowercased] = type.namespace
            typeWeights[lowercased] = type.kind == .enum || model.holdsAnyJSON(type) ? 1 : 1 + model.flattenedProperties(of: type).count
        }
        // Components, dependencies first, are packed in order: a module uses earlier ones only.
        var groups: [[String]] = []
        var current: [String] = []
        var currentWeight = 0
        for component in StronglyConnectedComponents.of(edges) {
            current += component
            currentWeight += component.reduce(0) { $0 + (typeWeights[$1] ?? 1) }
            if currentWeight >= weight {
                groups.append(current)
                current = []
                currentWeight = 0
            }
        }
        if !current.isEmpty { groups.append(current) }
        var moduleOfType: [String: String] = [:]
        var moduleNames: [String] = []
        var number = 0
        for group in groups {
            // The next number whose name is free.
            var name: String
            repeat {
                number += 1
                name = library + "Models\(number)"
            } while reserved.contains(name)
            moduleNames.append(name)
            for type in group { moduleOfType[type] = name }
        }
        let modules = zip(groups, moduleNames).map { group, name in
            let dependencies = Set(group.flatMap { edges[$0] ?? [] }.compactMap { moduleOfType[$0] })
            return Module(
                name: name, namespaces: Set(group.compactMap { namespaceOfType[$0] }).sorted(),
                dependencies: dependencies.subtracting([name]).sorted())
        }
        self.init(modules: modules, moduleOfType: moduleOfType)
    }
}
