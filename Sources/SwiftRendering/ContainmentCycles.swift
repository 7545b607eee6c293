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
        let components = stronglyConnectedComponents(nodes: properties.keys.sorted(), edges: edges.mapValues { $0.map(\.target) })
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

    /// Tarjan's algorithm, iterative so deep graphs cannot overflow the stack.
    static func stronglyConnectedComponents(nodes: [String], edges: [String: [String]]) -> [[String]] {
        var index = 0
        var indices: [String: Int] = [:]
        var lowLinks: [String: Int] = [:]
        var onStack: Set<String> = []
        var stack: [String] = []
        var components: [[String]] = []
        for root in nodes where indices[root] == nil {
            var work: [(node: String, next: Int)] = [(root, 0)]
            indices[root] = index; lowLinks[root] = index; index += 1
            stack.append(root); onStack.insert(root)
            while let (node, next) = work.last {
                let successors = edges[node] ?? []
                if next < successors.count {
                    work[work.count - 1].next += 1
                    let successor = successors[next]
                    if indices[successor] == nil {
                        indices[successor] = index; lowLinks[successor] = index; index += 1
                        stack.append(successor); onStack.insert(successor)
                        work.append((successor, 0))
                    } else if onStack.contains(successor) {
                        lowLinks[node] = min(lowLinks[node]!, indices[successor]!)
                    }
                    continue
                }
                work.removeLast()
                if let parent = work.last?.node { lowLinks[parent] = min(lowLinks[parent]!, lowLinks[node]!) }
                if lowLinks[node] == indices[node] {
                    var component: [String] = []
                    while let top = stack.popLast() {
                        onStack.remove(top)
                        component.append(top)
                        if top == node { break }
                    }
                    components.append(component.sorted())
                }
            }
        }
        return components
    }
}
