/// The strongly connected components of a directed graph (Tarjan's algorithm): the largest
/// groups of nodes each of which reaches every other. Merging each group into one node leaves a
/// graph without cycles — what SwiftPM requires of target dependencies.
///
/// The result is deterministic: nodes are visited in sorted order, each component's nodes are
/// sorted, and components come dependencies first (a component after every component it reaches).
enum StronglyConnectedComponents {
    /// The components of the graph whose edges are `edges` (a node to the nodes it refers to);
    /// every node named as a key or as a target is in exactly one component.
    static func of<Node: Comparable & Hashable>(_ edges: [Node: Set<Node>]) -> [[Node]] {
        of(nodes: Set(edges.keys).union(edges.values.joined()).sorted(), edges: edges.mapValues { $0.sorted() })
    }

    /// The components of the graph of `nodes` and `edges` (a node to the nodes it refers to, in
    /// the order they are followed), roots tried in the order of `nodes`. Iterative, so deep
    /// graphs cannot overflow the stack.
    static func of<Node: Comparable & Hashable>(nodes: [Node], edges: [Node: [Node]]) -> [[Node]] {
        var index = 0
        var indices: [Node: Int] = [:]
        var lowLinks: [Node: Int] = [:]
        var onStack: Set<Node> = []
        var stack: [Node] = []
        var components: [[Node]] = []
        for root in nodes where indices[root] == nil {
            var work: [(node: Node, next: Int)] = [(root, 0)]
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
                    var component: [Node] = []
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
