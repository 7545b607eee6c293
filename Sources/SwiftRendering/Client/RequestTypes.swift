import GraphDocCore
import SchemaInference

/// The client's request types: one per kind of resource (``EntityLinks``), so that every
/// path that reaches a driveItem (`me.drive.items(id)`, `drives(id).items(id)`, …) gives
/// the same `DriveItemRequests`, whose operations are written once, as OData binds an
/// entity's navigation and operations to its type rather than to a path.
///
/// - A kind of a known entity type is named after the type (`DriveItemRequests`) and
///   declared in `GraphClient`. Another kind is named after its step (`ItemsRequests`,
///   `ItemRequests` for a key) and nested in the request type of its nodes' parents when
///   they are all of one kind, else declared in `GraphClient`. Typed kinds claim their
///   names first, in type order; the others in path order.
/// - Its steps are those of all its nodes, by identity, each rendered from the node that
///   has the most operations below it (the first by path on a tie). A step whose nodes are
///   all actions on the entity (``ClientNode/isParentMethod``) is a method of the type.
/// - Its operations, per HTTP method: the canonical one among those its nodes document
///   (``SchemaInference/CanonicalOperations/ordered(_:)``), taking the headers and query
///   options the others document (``ClientNode/merged(_:diagnostics:)``); a method names
///   every path documented for it.
struct RequestTypes {
    /// An operation of a request type.
    struct TypeOperation {
        /// The operation the method sends.
        var operation: APIOperation
        /// The path templates documented for it on the type's nodes, sorted, without the operation's own.
        var otherPaths: [String]
    }

    /// A step of a request type, below any of its nodes.
    struct TypeStep {
        /// The step's identity (``ClientPathSegment/identity``).
        var identity: String
        /// The nodes the step reaches, one below each node of the type that has it.
        var nodes: [ClientIndex.NodeID]
        /// The node the step is rendered from: the one with the most operations below it.
        var lender: ClientIndex.NodeID
        /// For a step whose nodes are all actions, the operation the type's method sends.
        var parentMethod: TypeOperation?
    }

    /// One request type.
    struct RequestType {
        /// The nodes it serves, the one with the fewest steps first.
        var members: [ClientIndex.NodeID]
        /// Its Swift name, unique within its enclosing type (`DriveItemRequests`).
        var name: String
        /// The position of the request type it is nested in; `nil`: `GraphClient`.
        var enclosing: Int?
        /// Its name as written from anywhere (`GraphClient.DriveRequests.ItemsRequests`).
        var qualifiedName: String
        /// Whether it is declared: `false` for a kind whose nodes are all actions, which are
        /// methods of their parents' types.
        var isDeclared: Bool
        /// The entity type (qualified, lowercased) its nodes are, when known.
        var entityType: String?
        /// The path templates of its nodes, in the order of ``members``.
        var templates: [String]
        /// Its operations, in method order.
        var operations: [TypeOperation]
        /// Its steps, keys first, then by identity.
        var steps: [TypeStep]
    }

    /// The request types, in the order of ``EntityLinks/kinds``.
    private(set) var types: [RequestType] = []
    /// The operations and steps of `GraphClient`, the service root.
    private(set) var root: RequestType
    /// Notes on operations documented differently on nodes of one kind.
    private(set) var diagnostics = Diagnostics()

    /// The request types of `tree`, whose kinds `links` found; names are not any of the
    /// model's Swift type names, which `scope` holds.
    init(tree: ClientTree, links: EntityLinks, names: SwiftTypeNames, scope: UniqueNames) {
        let nodes = Self.nodes(of: tree)
        root = RequestType(
            members: [[]], name: "GraphClient", enclosing: nil, qualifiedName: "GraphClient", isDeclared: true,
            entityType: nil, templates: ["/"], operations: [], steps: [])
        var diagnostics = Diagnostics()
        root.operations = Self.operations(of: [[]], nodes: nodes, diagnostics: &diagnostics)
        root.steps = Self.steps(of: [[]], nodes: nodes, links: links, diagnostics: &diagnostics)
        for kind in links.kinds {
            let parents = Set(kind.members.map { Array($0.dropLast()) })
            let parentKinds = Set(parents.compactMap { links.kindOf[$0] })
            types.append(RequestType(
                members: kind.members, name: "",
                enclosing: kind.entityType == nil && parentKinds.count == 1 && !parents.contains([]) ? parentKinds.first : nil,
                qualifiedName: "",
                isDeclared: kind.members.contains { !(nodes[$0]?.isParentMethod ?? true) },
                entityType: kind.entityType,
                templates: kind.members.compactMap { nodes[$0]?.template },
                operations: Self.operations(of: kind.members, nodes: nodes, diagnostics: &diagnostics),
                steps: Self.steps(of: kind.members, nodes: nodes, links: links, diagnostics: &diagnostics)))
        }
        self.diagnostics = diagnostics
        name(names: names, scope: scope, nodes: nodes)
    }

    /// The request type that serves the node `id`; `root` for the root.
    func type(of id: ClientIndex.NodeID, links: EntityLinks) -> RequestType? {
        id.isEmpty ? root : links.kindOf[id].map { types[$0] }
    }

    // MARK: Building

    /// Every node of the tree by its identifier.
    private static func nodes(of tree: ClientTree) -> [ClientIndex.NodeID: ClientNode] {
        var nodes: [ClientIndex.NodeID: ClientNode] = [:]
        var pending: [(ClientNode, ClientIndex.NodeID)] = [(tree.root, [])]
        while let (node, id) = pending.popLast() {
            nodes[id] = node
            pending += node.children.map { ($0, id + [$0.segment?.identity ?? ""]) }
        }
        return nodes
    }

    /// The operations of a type serving `members`: per method, the canonical one of those the members generate.
    private static func operations(
        of members: [ClientIndex.NodeID], nodes: [ClientIndex.NodeID: ClientNode], diagnostics: inout Diagnostics
    ) -> [TypeOperation] {
        var byMethod: [String: [APIOperation]] = [:]
        for member in members {
            for (method, candidates) in nodes[member]?.operations ?? [:] {
                if let generated = candidates.first { byMethod[method, default: []].append(generated) }
            }
        }
        return byMethod.keys.sorted().map { method in
            merged(byMethod[method]!, diagnostics: &diagnostics)
        }
    }

    /// One operation from those `candidates` documented for one method on nodes of one kind.
    private static func merged(_ candidates: [APIOperation], diagnostics: inout Diagnostics) -> TypeOperation {
        let ordered = CanonicalOperations.ordered(candidates)
        let operation = ClientNode.merged(ordered, diagnostics: &diagnostics)
        let otherPaths = Set(candidates.map(\.path)).subtracting([operation.path]).sorted()
        return TypeOperation(operation: operation, otherPaths: otherPaths)
    }

    /// The steps below `members`, by identity, keys first.
    private static func steps(
        of members: [ClientIndex.NodeID], nodes: [ClientIndex.NodeID: ClientNode], links: EntityLinks,
        diagnostics: inout Diagnostics
    ) -> [TypeStep] {
        var byIdentity: [String: [ClientIndex.NodeID]] = [:]
        var isKey: [String: Bool] = [:]
        for member in members {
            for child in nodes[member]?.children ?? [] {
                let identity = child.segment?.identity ?? ""
                byIdentity[identity, default: []].append(member + [identity])
                isKey[identity] = child.isKey
            }
        }
        let identities = byIdentity.keys.sorted { (isKey[$0] == true ? 0 : 1, $0) < (isKey[$1] == true ? 0 : 1, $1) }
        return identities.map { identity in
            let stepNodes = byIdentity[identity]!
            let lender = stepNodes.min {
                let (a, b) = (links.operationCounts[$0] ?? 0, links.operationCounts[$1] ?? 0)
                return a != b ? a > b : (nodes[$0]?.template ?? "") < (nodes[$1]?.template ?? "")
            }!
            var step = TypeStep(identity: identity, nodes: stepNodes, lender: lender, parentMethod: nil)
            let actions = stepNodes.compactMap { nodes[$0] }
            if actions.allSatisfy(\.isParentMethod) {
                step.parentMethod = merged(actions.compactMap(\.chosenOperations.first), diagnostics: &diagnostics)
            }
            return step
        }
    }

    /// Names the declared types: typed kinds first, by type; then the others in path order,
    /// enclosing types before the types nested in them.
    private mutating func name(names: SwiftTypeNames, scope: UniqueNames, nodes: [ClientIndex.NodeID: ClientNode]) {
        var scopes: [Int?: UniqueNames] = [:]
        let typed = types.indices.filter { types[$0].isDeclared && types[$0].entityType != nil }
            .sorted { (types[$0].entityType!, $0) < (types[$1].entityType!, $1) }
        let untyped = types.indices.filter { types[$0].isDeclared && types[$0].entityType == nil }
            .sorted { (types[$0].members[0].count, $0) < (types[$1].members[0].count, $1) }
        for position in typed + untyped {
            let type = types[position]
            let stepName = nodes[type.members[0]].map { Step($0).baseName } ?? "item"
            let base = type.entityType.flatMap { names.name(of: $0) } ?? SwiftName.typeName(stepName)
            types[position].name = scopes[type.enclosing, default: scope].claim(base + "Requests")
            let enclosing = type.enclosing.map { types[$0].qualifiedName } ?? "GraphClient"
            types[position].qualifiedName = enclosing + "." + types[position].name
        }
    }
}
