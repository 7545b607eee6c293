import SchemaInference

/// The resources of the client tree grouped by kind (the nodes that are the same kind of
/// entity), and what each can borrow from the others of its kind: the steps the docs show
/// on one path to an entity but not on another (`/users/{id}/ownedDevices`, but not
/// `/me/ownedDevices`).
///
/// In OData an entity's navigation and bound operations belong to its type, not to the
/// path that reached it, and the pages' examples rely on that: they send
/// `GET /me/ownedDevices` from a page that documents `/users/{id}/ownedDevices`. Two nodes
/// are the same kind of resource when
/// - each one's `GET` answers one value of the same type (or, for a key, the `GET` of its
///   collection answers a collection of that type), or
/// - they are the same step (by identity) below two nodes of the same kind (`/me/drive` and
///   `/users/{id}/drive`, hence `/me/drive/root` and `/users/{id}/drive/root`), or
/// - each is a name below a node of a known type that the type documents as a property of
///   the same type (`root` below a `drive` is a `driveItem`), or a key below such a
///   collection (`items/{id}` below a `drive`).
///
/// The client gives each kind one request type (``ClientRenderer``). For following a
/// concrete path through the tree (``ClientRoute``), a node borrows the steps it lacks
/// that other nodes of its kind have; each from the node of the kind that has the most
/// operations below the step (the first by path on a tie). A `$ref` step belongs to the
/// relationship that reached the entity, not to the entity: it is borrowed only between
/// nodes reached by the same step from nodes of one kind (`/print/shares/{id}/allowedGroups`
/// from `/print/printers/{id}/shares/{id}/allowedGroups`). Keys are never borrowed: a key
/// is reached from the collection's parent, which is another kind of node.
struct EntityLinks {
    /// A step a node borrows: its identity and the node of the same kind that has it.
    struct BorrowedStep: Hashable {
        /// The step's identity (``ClientPathSegment/identity``).
        var identity: String
        /// The node that has the step, whose request type the borrowed member returns.
        var target: ClientIndex.NodeID
    }

    /// The nodes of one kind: one request type serves them all.
    struct Kind {
        /// The nodes, in path order (the first is the one with the fewest steps, then by identity).
        var members: [ClientIndex.NodeID]
        /// The entity type the nodes are (its qualified name in lower case), when known.
        var entityType: String?
    }

    /// The kinds, in the order of their first members.
    private(set) var kinds: [Kind] = []
    /// The position in ``kinds`` of each node but the root.
    private(set) var kindOf: [ClientIndex.NodeID: Int] = [:]
    /// The steps each node borrows, in identity order.
    private(set) var steps: [ClientIndex.NodeID: [BorrowedStep]] = [:]
    /// The number of operations at and below each node: how much a node offers its kind.
    private(set) var operationCounts: [ClientIndex.NodeID: Int] = [:]

    /// The links of `tree`, whose entities' types are documented in `model`.
    init(tree: ClientTree, model: APIModel) {
        var nodes: [Entry] = []
        Self.collect(tree.root, id: [], parent: nil, into: &nodes)
        let (grouped, types) = Self.kinds(of: nodes, navigation: Navigation(model: model))
        var kindOf: [Int: Int] = [:]
        for (kind, kindMembers) in grouped.enumerated() {
            for position in kindMembers { kindOf[position] = kind }
        }
        for kindMembers in grouped where kindMembers.count > 1 {
            borrow(among: kindMembers, of: nodes, kindOf: kindOf)
        }
        kinds = grouped.map { kindMembers in
            Kind(
                members: kindMembers.map { nodes[$0].id }.sorted {
                    $0.count != $1.count ? $0.count < $1.count : $0.lexicographicallyPrecedes($1)
                },
                entityType: kindMembers.lazy.compactMap { types[$0] }.first)
        }
        for (position, kind) in kindOf { self.kindOf[nodes[position].id] = kind }
        for entry in nodes { operationCounts[entry.id] = entry.operationCount }
    }

    /// The nodes (positions in `nodes`) grouped by kind, the root left out, with the entity
    /// type of the typed nodes: typed by their `GET`s, then merged by
    /// type, by step below one kind and by property, until nothing changes.
    private static func kinds(of nodes: [Entry], navigation: Navigation) -> (kinds: [[Int]], types: [Int: String]) {
        var kinds = UnionFind(count: nodes.count)
        var types: [Int: String] = [:]
        for (position, entry) in nodes.enumerated() {
            types[position] = Self.entityType(of: entry, in: nodes, navigation: navigation)
        }
        var changed = true
        while changed {
            changed = false
            let typed = types.sorted { $0.key < $1.key }
            // Nodes of the same entity type are one kind.
            var firstOfType: [String: Int] = [:]
            for (position, type) in typed {
                if let first = firstOfType[type] {
                    if kinds.union(first, position) { changed = true }
                } else {
                    firstOfType[type] = position
                }
            }
            // The same step below nodes of one kind is one kind; `$ref` too, so that one request type
            // has the reference operations of every relationship that reaches the kind (which ones a
            // path may send is the relationship's: borrowing, below, keeps to it).
            var stepOfKind: [StepKey: Int] = [:]
            for (position, entry) in nodes.enumerated() {
                guard let parent = entry.parent else { continue }
                let key = StepKey(kind: kinds.find(parent), identity: entry.node.segment?.identity ?? "")
                if let first = stepOfKind[key] {
                    if kinds.union(first, position) { changed = true }
                } else {
                    stepOfKind[key] = position
                }
            }
            // A name below an entity of a known type is that type's property of that name.
            var kindTypes: [Int: String] = [:]
            for (position, type) in typed where kindTypes[kinds.find(position)] == nil {
                kindTypes[kinds.find(position)] = type
            }
            for (position, entry) in nodes.enumerated() {
                guard let parent = entry.parent, case .literal(let name) = entry.node.segment,
                      let parentType = kindTypes[kinds.find(parent)],
                      let target = navigation.property(name, of: parentType)
                else { continue }
                let keys = entry.children.filter { nodes[$0].node.isKey }
                for typed in target.collection ? keys : (keys.isEmpty ? [position] : []) where types[typed] == nil {
                    types[typed] = target.type
                    changed = true
                }
            }
        }
        var members: [Int: [Int]] = [:]
        for position in nodes.indices.dropFirst() {  // all but the root
            members[kinds.find(position), default: []].append(position)
        }
        return (members.keys.sorted().map { members[$0]! }, types)
    }

    /// Lets each of `kindMembers` (nodes of one kind) borrow the steps it lacks: per step,
    /// from the member with the most operations below it; a `$ref`
    /// step only from a member of the same relationship (see ``relationship(of:in:kindOf:)``).
    private mutating func borrow(among kindMembers: [Int], of nodes: [Entry], kindOf: [Int: Int]) {
        var offeredSteps: [String: Int] = [:]
        var offeredReferences: [StepKey: Int] = [:]
        for position in kindMembers {
            let entry = nodes[position]
            for child in entry.children where !nodes[child].node.isKey {
                if Self.isReference(nodes[child].node) {
                    guard let relationship = Self.relationship(of: entry, in: nodes, kindOf: kindOf) else { continue }
                    if let offered = offeredReferences[relationship], !Self.isBetter(nodes[child], than: nodes[offered]) { continue }
                    offeredReferences[relationship] = child
                    continue
                }
                let identity = nodes[child].node.segment?.identity ?? ""
                if let offered = offeredSteps[identity], !Self.isBetter(nodes[child], than: nodes[offered]) { continue }
                offeredSteps[identity] = child
            }
        }
        for position in kindMembers {
            let entry = nodes[position]
            let own = Set(entry.children.map { nodes[$0].node.segment?.identity ?? "" })
            var offered = offeredSteps
            if let relationship = Self.relationship(of: entry, in: nodes, kindOf: kindOf),
               let reference = offeredReferences[relationship] {
                offered[nodes[reference].node.segment?.identity ?? ""] = reference
            }
            let borrowed = offered.filter { !own.contains($0.key) }
                .map { BorrowedStep(identity: $0.key, target: nodes[$0.value].id) }
                .sorted { $0.identity < $1.identity }
            if !borrowed.isEmpty { steps[entry.id] = borrowed }
        }
    }

    // MARK: The tree as a list

    /// The structured types of the model's properties, inherited ones included, by type
    /// and property name (both without case).
    private struct Navigation {
        private var properties: [String: [String: (type: String, collection: Bool)]] = [:]

        init(model: APIModel) {
            for type in model.types {
                var byName: [String: (type: String, collection: Bool)] = [:]
                for property in model.flattenedProperties(of: type) {
                    let element = CollectionType.element(of: property.type)
                    let written = element ?? property.type
                    guard !written.hasPrefix("Edm.") else { continue }
                    byName[property.name.lowercased()] = (written.lowercased(), element != nil)
                }
                properties[type.name.lowercased()] = byName
            }
        }

        /// The type of `type`'s property `name`, and whether it is a collection.
        func property(_ name: String, of type: String) -> (type: String, collection: Bool)? {
            properties[type]?[name.lowercased()]
        }

        /// Whether some type has a property `name` of one `type` (lowercased).
        func someTypeHas(_ name: String, of type: String) -> Bool {
            properties.values.contains { $0[name.lowercased()].map { !$0.collection && $0.type == type } ?? false }
        }
    }

    /// A node, where it is, and where its parent and children are in the list.
    private struct Entry {
        var node: ClientNode
        var id: ClientIndex.NodeID
        var parent: Int?
        var children: [Int] = []
        /// The number of operations at and below the node.
        var operationCount: Int
    }

    /// A step below a kind of node.
    private struct StepKey: Hashable {
        var kind: Int
        var identity: String
    }

    /// Appends `node` and the nodes below it to `nodes`, parents first; returns its position.
    @discardableResult
    private static func collect(_ node: ClientNode, id: ClientIndex.NodeID, parent: Int?, into nodes: inout [Entry]) -> Int {
        let position = nodes.count
        nodes.append(Entry(node: node, id: id, parent: parent, operationCount: node.operations.count))
        for child in node.children {
            let childPosition = collect(child, id: id + [child.segment?.identity ?? ""], parent: position, into: &nodes)
            nodes[position].children.append(childPosition)
            nodes[position].operationCount += nodes[childPosition].operationCount
        }
        return position
    }

    /// The type of the one entity a node is: what its `GET` answers, or for a key, what
    /// its collection's `GET` answers a collection of, unless that is a primitive (the
    /// `GET`s of a photo's and a file's `$value` answer bytes, and are not one resource). A
    /// node with a key below it is a collection, whatever its `GET` is documented to answer.
    ///
    /// Only a node that addresses an entity is typed by its `GET`: a key, a path below an
    /// item, a name at the root (an entity set or a singleton), below a collection
    /// (`/sites/root`), that some type documents as a property of the type its `GET`
    /// answers, or none of whose sibling names answers one value of that type too
    /// (`/education/me`). Names that answer the same type as a sibling are functions
    /// (`/reports/getOffice365ActivationCounts` and `…/getOffice365ActivationsUserCounts`
    /// each answer a `report`), each `GET` its own rather than the type's; such a name is
    /// typed by the property of its name when its parent's type is known (see
    /// ``kinds(of:navigation:)``).
    private static func entityType(of entry: Entry, in nodes: [Entry], navigation: Navigation) -> String? {
        guard !entry.node.children.contains(where: \.isKey) else { return nil }
        if let response = entry.node.operations["GET"]?.first?.response, !response.collection, let type = response.type,
           !type.hasPrefix("Edm.") {
            switch entry.node.segment {
            case .key, .address:
                return type.lowercased()
            case .literal(let name):
                guard let parent = entry.parent else { return nil }
                let siblings = nodes[parent].node.children
                let answersLikeASibling = siblings.contains { sibling in
                    guard case .literal = sibling.segment, sibling.segment != entry.node.segment,
                          let answer = sibling.operations["GET"]?.first?.response, !answer.collection
                    else { return false }
                    return answer.type?.lowercased() == type.lowercased()
                }
                let addressed = nodes[parent].parent == nil || siblings.contains(where: \.isKey)
                    || navigation.someTypeHas(name, of: type.lowercased()) || !answersLikeASibling
                return addressed ? type.lowercased() : nil
            case .call, nil:
                return nil
            }
        }
        if entry.node.isKey, let parent = entry.parent,
           let response = nodes[parent].node.operations["GET"]?.first?.response, response.collection, let type = response.type,
           !type.hasPrefix("Edm.") {
            return type.lowercased()
        }
        return nil
    }

    /// The relationship that reaches `entry`: its step's identity below its parent's kind;
    /// `nil` for the root.
    private static func relationship(of entry: Entry, in nodes: [Entry], kindOf: [Int: Int]) -> StepKey? {
        guard let parent = entry.parent, let kind = kindOf[parent] else { return nil }
        return StepKey(kind: kind, identity: entry.node.segment?.identity ?? "")
    }

    /// Whether the node is a `$ref` step.
    private static func isReference(_ node: ClientNode) -> Bool {
        node.segment == .literal("$ref")
    }

    /// Whether `entry` offers more than `other`: more operations below it, or as many and an earlier path.
    private static func isBetter(_ entry: Entry, than other: Entry) -> Bool {
        (-entry.operationCount, entry.node.template) < (-other.operationCount, other.node.template)
    }
}

/// Disjoint sets of positions, merged by ``union(_:_:)``.
private struct UnionFind {
    private var parents: [Int]

    init(count: Int) {
        parents = Array(0..<count)
    }

    /// The representative of `position`'s set.
    mutating func find(_ position: Int) -> Int {
        var root = position
        while parents[root] != root { root = parents[root] }
        var current = position
        while parents[current] != root { (parents[current], current) = (root, parents[current]) }
        return root
    }

    /// Merges the sets of `a` and `b` (the smaller representative stays); whether they were apart.
    @discardableResult
    mutating func union(_ a: Int, _ b: Int) -> Bool {
        let (rootA, rootB) = (find(a), find(b))
        guard rootA != rootB else { return false }
        parents[max(rootA, rootB)] = min(rootA, rootB)
        return true
    }
}
