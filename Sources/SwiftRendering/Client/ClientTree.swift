import GraphDocCore
import SchemaInference

/// The resources the client reaches: the operations' path templates merged step by step
/// into a tree whose root is the service root.
///
/// Paths that differ only in their placeholders' names (`/users/{id}` and
/// `/users/{user-id}`) reach the same node. When several operations document the same
/// method on the same node (the same page in several locales, or two pages), the first in
/// ``SchemaInference/CanonicalOperations/ordered(_:)`` is generated (the page that documents
/// the fewest requests, less the examples that show this one), whose signature the model
/// already gave the others; they get a note when they still disagree. The generated method takes the headers and
/// query options that any of them documents, and its one typed value may be empty when
/// another answers without a body (`204`, or an example without one).
struct ClientTree {
    /// The service root.
    private(set) var root = ClientNode(segment: nil, followsAddress: false, template: "/")
    /// What could not be followed as written.
    var diagnostics = Diagnostics()
    /// Every node by its identity, for ``node(at:)``: routes look nodes up thousands of times.
    private var nodesByID: [ClientIndex.NodeID: ClientNode] = [:]

    /// Builds the tree of a model's operations.
    init(operations: [APIOperation]) {
        let ordered = CanonicalOperations.ordered(operations)
        // The functions some page lists with arguments (`…/range(address='{address}')` → `…/range`).
        let calledFunctions = Set(operations.compactMap { Self.withoutLastCall($0.path)?.lowercased() })
        let listedPaths = Set(operations.map { $0.path.lowercased() })
        for operation in ordered {
            let path = ClientPath(template: operation.path).quotingArguments(typedIn: operation)
            for remark in path.remarks {
                diagnostics.emit(
                    .warning, code: "client-path", "'\(operation.method) \(operation.path)': \(remark)", at: operation.location)
            }
            root.insert(operation, along: path)
            if let called = Self.withFunctionArguments(operation, lastStep: path.segments.last, unlessCalled: calledFunctions) {
                diagnostics.emit(
                    .note, code: "client-function-arguments",
                    "'\(operation.method) \(operation.path)' is listed without the function parameters its page documents; "
                        + "the client also sends it with them, as '\(called.path)'",
                    at: operation.location)
                root.insert(called, along: ClientPath(template: called.path).quotingArguments(typedIn: called))
            }
            if let bare = Self.withoutOptionalArguments(operation, lastStep: path.segments.last, unlessListed: listedPaths) {
                diagnostics.emit(
                    .note, code: "client-function-arguments",
                    "'\(operation.method) \(operation.path)' takes only optional function parameters; "
                        + "the client also sends it without them, as '\(bare.path)'",
                    at: operation.location)
                root.insert(bare, along: ClientPath(template: bare.path).quotingArguments(typedIn: bare))
            }
        }
        root.finish(diagnostics: &diagnostics)
        var pending: [(ClientNode, ClientIndex.NodeID)] = [(root, [])]
        while let (node, id) = pending.popLast() {
            // Of children with one identity, the first is the one a walk from the root finds.
            if nodesByID[id] == nil { nodesByID[id] = node }
            pending += node.children.reversed().map { ($0, id + [$0.segment?.identity ?? ""]) }
        }
    }

    /// A function whose page lists it without arguments (`GET /reports/getGroupArchivedPrintJobs`)
    /// but documents function parameters, and whose path is not among `called` (the
    /// lowercased paths of the functions some page lists with arguments), with the
    /// arguments written as OData writes them:
    /// `getGroupArchivedPrintJobs(groupId='{groupId}',startDateTime={startDateTime})`,
    /// strings quoted; `nil` for other operations.
    static func withFunctionArguments(
        _ operation: APIOperation, lastStep: ClientPathSegment?, unlessCalled called: Set<String>
    ) -> APIOperation? {
        guard operation.method.uppercased() == "GET", !operation.functionParameters.isEmpty,
              case .literal = lastStep, !operation.path.hasSuffix(")"), !called.contains(operation.path.lowercased()),
              !operation.functionParameters.contains(where: { operation.path.contains("{\($0.name)}") })
        else { return nil }
        let arguments = operation.functionParameters.map { parameter in
            let isString = parameter.type == nil || writesQuoted(parameter.type)
            return "\(parameter.name)=" + (isString ? "'{\(parameter.name)}'" : "{\(parameter.name)}")
        }
        var called = operation
        called.path += "(" + arguments.joined(separator: ",") + ")"
        return called
    }

    /// Whether OData writes a value of `type` between quotes in a URL: a string. Numbers,
    /// Booleans, dates and GUIDs are written bare; an enumeration member is left as the docs
    /// write it, which is either quoted (`'member'`) or typed (`ns.type'member'`, which a
    /// caller passes whole).
    static func writesQuoted(_ type: String?) -> Bool {
        type == "Edm.String"
    }

    /// A function whose page lists it with arguments (`…/range/rowsAbove(count={count})`)
    /// that are all documented as optional function parameters, without them
    /// (`…/range/rowsAbove`), unless some page lists that path (`listed`, lowercased);
    /// `nil` for other operations.
    static func withoutOptionalArguments(
        _ operation: APIOperation, lastStep: ClientPathSegment?, unlessListed listed: Set<String>
    ) -> APIOperation? {
        guard operation.method.uppercased() == "GET", case .call(_, let pieces) = lastStep,
              let bare = withoutLastCall(operation.path)
        else { return nil }
        let arguments = pieces.compactMap { piece -> String? in
            if case .value(let name, _, _) = piece { name } else { nil }
        }
        let isOptional = { (name: String) in
            operation.functionParameters.contains {
                $0.name.lowercased() == name.lowercased() && Self.saysOptional($0.description)
            }
        }
        guard !arguments.isEmpty, arguments.allSatisfy(isOptional), !listed.contains(bare.lowercased()) else { return nil }
        var withoutArguments = operation
        withoutArguments.path = bare
        return withoutArguments
    }

    /// A path that ends with a call without the call's arguments
    /// (`…/range(address='{address}')` → `…/range`); `nil` for a path ending otherwise.
    static func withoutLastCall(_ path: String) -> String? {
        guard path.hasSuffix(")"), let open = path.lastIndex(of: "(") else { return nil }
        return String(path[..<open])
    }

    /// Whether a parameter's description calls it optional (`Optional. The number of rows…`).
    private static func saysOptional(_ description: String) -> Bool {
        description.split { !$0.isLetter }.contains { $0.lowercased() == "optional" }
    }

    /// The node `id` identifies, if the tree has it.
    func node(at id: ClientIndex.NodeID) -> ClientNode? {
        nodesByID[id]
    }
}

/// One resource of the client: a path prefix, the steps below it and the operations on it.
struct ClientNode {
    /// The step from the parent; `nil` at the root.
    var segment: ClientPathSegment?
    /// Whether the step follows a path below an item (`:/` instead of `/`).
    var followsAddress: Bool
    /// The path template of the first operation that reached the node, up to the node.
    var template: String
    /// The steps below, by their identity.
    var children: [ClientNode] = []
    /// The operations documented for each method, the generated one first.
    var operations: [String: [APIOperation]] = [:]
    /// How often each spelling of the step was written (`calendarGroups`, `calendargroups`).
    var spellings: [ClientPathSegment: Int] = [:]

    /// The OData types the docs give the values of paths through this node, by their names
    /// in the path (the path and function parameters of the operations here and below; the first
    /// typed one of each name): what a call's arguments are (`cell(row:column:)` takes `Edm.Int32`s).
    var documentedValueTypes: [String: String] {
        var types: [String: String] = [:]
        var pending = [self]
        while let node = pending.popLast() {
            for operation in node.operations.keys.sorted().flatMap({ node.operations[$0] ?? [] }) {
                for parameter in operation.pathParameters + operation.functionParameters where types[parameter.name] == nil {
                    if let type = parameter.type { types[parameter.name] = type }
                }
            }
            pending += node.children.reversed()
        }
        return types
    }

    /// The operations to generate, one per method, in method order.
    var chosenOperations: [APIOperation] {
        operations.keys.sorted().compactMap { operations[$0]?.first }
    }

    /// Whether the node is a leaf reached by a name whose only operation is generated as a
    /// method of the parent: a `POST` that does not create an item (an action,
    /// `/calls/{id}/answer`), or the `GET` of a count (`/users/$count`, `users.count()`).
    var isParentMethod: Bool {
        guard case .literal = segment, children.isEmpty, operations.count == 1 else { return false }
        if let post = operations["POST"]?.first { return !ClientMethodName.createsItem(post) }
        if let get = operations["GET"]?.first { return CountRequest.isCountPath(get.path) }
        return false
    }

    /// Inserts `operation` at the node `path` leads to from this one, adding the nodes it lacks.
    mutating func insert(_ operation: APIOperation, along path: ClientPath) {
        insert(operation, along: Array(zip(path.segments, path.followsAddress))[...], template: "")
    }

    private mutating func insert(
        _ operation: APIOperation, along steps: ArraySlice<(ClientPathSegment, Bool)>, template: String
    ) {
        guard let (segment, followsAddress) = steps.first else {
            operations[operation.method.uppercased(), default: []].append(operation)
            return
        }
        let childTemplate = template + segment.separator(followingAddress: followsAddress) + segment.written
        if let index = children.firstIndex(where: { $0.segment?.identity == segment.identity }) {
            children[index].spellings[segment, default: 0] += 1
            children[index].insert(operation, along: steps.dropFirst(), template: childTemplate)
        } else {
            var child = ClientNode(segment: segment, followsAddress: followsAddress, template: childTemplate)
            child.spellings[segment] = 1
            child.insert(operation, along: steps.dropFirst(), template: childTemplate)
            let position = children.firstIndex { $0.segment!.identity > segment.identity } ?? children.endIndex
            children.insert(child, at: position)
        }
    }

    /// Takes the spelling of each step written most often (the first in code order on a
    /// tie), and notes the methods documented more than once with different types.
    mutating func finish(diagnostics: inout Diagnostics) {
        if let spelling = spellings.max(by: { ($0.value, $1.key.written) < ($1.value, $0.key.written) })?.key {
            segment = spelling
        }
        for method in operations.keys.sorted() {
            guard var candidates = operations[method], !candidates.isEmpty else { continue }
            candidates[0] = Self.merged(candidates, diagnostics: &diagnostics)
            operations[method] = candidates
        }
        for index in children.indices { children[index].finish(diagnostics: &diagnostics) }
    }

    /// `candidates`, operations documented for one request (the generated one first), as
    /// the one the client generates: the first, taking the headers and query options that any
    /// of the others documents, its one result optional when another answers without a body;
    /// the others that still differ from it in their types get a note.
    static func merged(_ candidates: [APIOperation], diagnostics: inout Diagnostics) -> APIOperation {
        var chosen = candidates[0]
        for other in candidates.dropFirst() {
            chosen.requestHeaders += Self.missing(other.requestHeaders, from: chosen.requestHeaders)
            chosen.queryOptions += Self.missing(other.queryOptions, from: chosen.queryOptions)
            if let response = chosen.response, let type = response.type, !response.collection, !response.mayBeEmpty,
               Self.answersEmpty(other) {
                chosen.response?.mayBeEmpty = true
                diagnostics.emit(
                    .note, code: "client-empty-response",
                    "'\(other.method) \(other.path)' answers without a body here, and with \(type) on "
                        + "\(DocumentationSource.display(chosen.source)); the client's result is optional",
                    at: other.location)
            }
        }
        for other in candidates.dropFirst() where Self.signature(other) != Self.signature(chosen) {
            diagnostics.emit(
                .note, code: "client-duplicate",
                "'\(other.method) \(other.path)' is also documented on \(DocumentationSource.display(chosen.source)) "
                    + "with other types; the client follows that page",
                at: other.location)
        }
        return chosen
    }

    /// The parameters of `others` whose names (in any case) `parameters` lacks, each once.
    private static func missing(_ others: [APIOperation.Parameter], from parameters: [APIOperation.Parameter]) -> [APIOperation.Parameter] {
        var names = Set(parameters.map { $0.name.lowercased() })
        return others.filter { names.insert($0.name.lowercased()).inserted }
    }

    /// Whether `operation` may succeed without a body: it is documented as answering `204`
    /// with no type, or an example of it answers without a body.
    private static func answersEmpty(_ operation: APIOperation) -> Bool {
        guard let response = operation.response else { return false }
        return response.mayBeEmpty || (response.type == nil && response.status == 204)
    }

    /// What a generated method depends on: body and response types.
    private static func signature(_ operation: APIOperation) -> String {
        [operation.sendsReference ? "$ref" : operation.requestBody ?? "-", operation.response?.type ?? "-",
         "\(operation.response?.collection ?? false)"]
            .joined(separator: " ")
    }
}

extension ClientPathSegment {
    /// What stands between the parent's path and this step: `/`, `:/` after a path below
    /// an item, nothing before such a path (its pieces begin with `:/`).
    func separator(followingAddress: Bool) -> String {
        if case .address = self { return "" }
        return followingAddress ? ":/" : "/"
    }

    /// The step as the documentation writes it, for doc comments.
    var written: String {
        switch self {
        case .literal(let name): name
        case .key(let name): "{\(name)}"
        case .call(_, let pieces), .address(let pieces): pieces.map(\.identity).joined()
        }
    }
}

extension ClientPath {
    /// The path with the call arguments it writes bare (`startDateTime={startDateTime}`,
    /// `startDateTime=startDateTime-value`) written between quotes where `operation`
    /// types the parameter of that name as OData writes between quotes
    /// (``ClientTree/writesQuoted(_:)``): the client sends `startDateTime='…'`.
    func quotingArguments(typedIn operation: APIOperation) -> ClientPath {
        let quotedNames = Set((operation.functionParameters + operation.pathParameters)
            .filter { ClientTree.writesQuoted($0.type) }.map { $0.name.lowercased() })
        guard !quotedNames.isEmpty else { return self }
        var path = self
        for (position, segment) in segments.enumerated() {
            guard case .call(let name, let pieces) = segment else { continue }
            var quoted: [PathPiece] = []
            for piece in pieces {
                guard case .value(let valueName, .segment, let example) = piece, quotedNames.contains(valueName.lowercased()),
                      case .text(let before) = quoted.last
                else {
                    quoted.append(piece)
                    continue
                }
                quoted[quoted.count - 1] = .text(before + "'")
                quoted += [.value(name: valueName, encoding: .quoted, example: example), .text("'")]
            }
            path.segments[position] = .call(name: name, pieces: quoted)
        }
        return path
    }
}
