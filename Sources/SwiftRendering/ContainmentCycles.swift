/// Finds the struct properties that make value types contain themselves.
///
/// A struct that holds a value of its own type (directly, or through other structs,
/// not through an array) would have infinite size. Every property on such a cycle (an
/// edge inside a strongly connected component of the "holds a" graph) is stored boxed.
import SchemaInference

enum ContainmentCycles {
    /// The properties inside containment cycles, grouped by cycle.
    /// - Parameter properties: The flattened properties of each struct, by lowercased type name.
    static func find(in properties: [String: [APIProperty]], names: SwiftTypeNames) -> [Set<PropertyReference>] {
        // Edges: a property whose Swift type is another struct (not an array, not an enum of cases).
        var edges: [String: [(target: String, property: String)]] = [:]
        for (type, list) in properties {
            for property in list {
                let target = property.type.lowercased()
                guard properties[target] != nil, names.polymorphicName(of: target) == nil else { continue }
                edges[type, default: []].append((target, property.name))
            }
        }
        let components = StronglyConnectedComponents.of(nodes: properties.keys.sorted(), edges: edges.mapValues { $0.map(\.target) })
        var result: [Set<PropertyReference>] = []
        for component in components {
            let members = Set(component)
            var cycle: Set<PropertyReference> = []
            for type in component {
                for edge in edges[type] ?? [] where members.contains(edge.target) {
                    // A component of one type is a cycle only when the type holds itself.
                    if component.count > 1 || edge.target == type {
                        cycle.insert(PropertyReference(type: type, property: edge.property))
                    }
                }
            }
            if !cycle.isEmpty { result.append(cycle) }
        }
        return result
    }
}
