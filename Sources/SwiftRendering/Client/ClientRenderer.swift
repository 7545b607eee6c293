import Foundation
import SchemaInference

/// Renders the client: `GraphClient`, and for each first step of the paths a file of the
/// request types below it (`GraphClient.CommunicationsRequests.CallsRequests…`), each
/// with members for the next steps and a method per documented operation, then the steps
/// and methods it borrows from other paths to the same kind of entity (``EntityLinks``).
///
/// Every request type is named after its step with `Requests` appended and nested in its
/// parent's type, so the names are unique without long prefixes and cannot hide a model
/// type (a model name ending in `Requests` is not taken).
struct ClientRenderer {
    let tree: ClientTree
    /// What the tree's nodes borrow from nodes of the same kind.
    let links: EntityLinks
    let names: SwiftTypeNames
    let templates: TemplateLibrary
    /// The service root the documentation's examples use, if any: the default server URL.
    let serviceRoot: String?
    /// The access level of the declarations.
    let access: AccessModifier
    /// The imports of each file when the models are in modules of their own; `nil`: one module, no imports.
    let imports: ModuleImports?
    /// A scope in which the model's Swift type names, which request types must not take, are
    /// taken; built once, each request type's scope starts as a copy of it.
    private let freeTypeScope: UniqueNames

    /// The pages that show requests to URLs the service hands out (``APIExample/opaqueURL``),
    /// sorted: the client can send such requests (`send(_:)`) when there are any.
    let opaqueURLSources: [String]

    init(
        tree: ClientTree, links: EntityLinks, names: SwiftTypeNames, templates: TemplateLibrary, modelTypeNames: Set<String>,
        serviceRoot: String?, access: AccessModifier, imports: ModuleImports? = nil, opaqueURLSources: [String] = []
    ) {
        self.opaqueURLSources = opaqueURLSources
        self.tree = tree
        self.links = links
        self.names = names
        self.templates = templates
        self.serviceRoot = serviceRoot
        self.access = access
        self.imports = imports
        freeTypeScope = UniqueNames(reserved: modelTypeNames)
    }

    /// The client's files, under `Client/`, and the names they declare.
    func render() throws(TemplateLibrary.Failure) -> (files: [RenderedFile], index: ClientIndex) {
        var memberScope = Self.memberScope()
        var typeScope = newTypeScope()
        var index = ClientIndex()
        let methods = operationMethods(of: tree.root, id: [], memberScope: &memberScope, index: &index)
        // The root is used only when Foundation reads it as a URL, as the generated code will.
        let serverURL = serviceRoot.flatMap { URL(string: $0) != nil ? SwiftLiteral.string($0) : nil }
        var files = [RenderedFile(path: "Client/GraphClient.swift", contents: try render("Client.swift", with: [
            "access": access.keyword,
            "methods": methods.map(\.context),
            "hasServerURL": serverURL != nil,
            "serverURLLiteral": serverURL ?? "",
            "sendsOpaqueURLs": !opaqueURLSources.isEmpty,
            "opaqueURLDocLines": SwiftLiteral.documentation(
                "Sends `request` to the URL the service handed out (an upload session's, a download's), as it is: "
                    + "without the middlewares and their bearer token, which such a URL does not take. Returns the 2xx "
                    + "response and its body; another status throws a `GraphError`.",
                documentedIn: opaqueURLSources.isEmpty ? nil : opaqueURLSources.joined(separator: "`, `")),
        ]))]
        var children = Self.renderingOrder(tree.root.children).map { child in
            (child, render(
                child, parent: tree.root, parentID: [], parentType: "GraphClient",
                memberScope: &memberScope, typeScope: &typeScope, index: &index))
        }
        borrow(links, into: &children, index: &index)
        var fileNames = UniqueNames(reserved: ["GraphClient"])
        for (child, rendered) in children {
            let fileName = fileNames.claim(rendered.types.first?.name ?? SwiftName.typeName(Step(child).baseName))
            files.append(RenderedFile(path: "Client/\(fileName).swift", contents: try render("ClientPaths.swift", with: [
                "access": access.keyword,
                "members": rendered.members.enumerated().map { index, member in
                    member.context.merging(["isFirst": index == 0]) { $1 }
                },
                "types": rendered.types.map(\.context),
            ])))
        }
        return (files, index)
    }

    /// The template `name` rendered with `context` and the file's imports (found in the file
    /// rendered without them).
    private func render(_ name: String, with context: [String: Any]) throws(TemplateLibrary.Failure) -> String {
        let context = context.merging(["imports": [String]()]) { $1 }
        let text = try templates.render(name, with: context)
        guard let imports else { return text }
        return try templates.render(name, with: context.merging(["imports": imports.lines(for: text, in: nil)]) { $1 })
    }

    /// The names every request type has: its core, its path, its initializer.
    private static func memberScope() -> UniqueNames {
        UniqueNames(reserved: ["core", "path", "init"])
    }

    /// The type names free in a request type: all but the model's.
    private func newTypeScope() -> UniqueNames {
        freeTypeScope
    }

    /// The children with the key first, so that its type is always the first name claimed
    /// in its parent's type (`ItemRequests`), which the grandparent relies on.
    private static func renderingOrder(_ children: [ClientNode]) -> [ClientNode] {
        children.filter(\.isKey) + children.filter { !$0.isKey }
    }

    // MARK: Declarations

    /// A property or method, ready for the template.
    private struct Declaration {
        var docLines: [String]
        var signature: String
        var statements: [String]

        var context: [String: Any] {
            ["docLines": docLines, "signature": signature, "statements": statements]
        }
    }

    private static func declaration(_ method: ClientMethod) -> Declaration {
        Declaration(docLines: method.docLines, signature: method.signature, statements: method.statements)
    }

    /// A request type nested in `parent`.
    private struct TypeDeclaration {
        /// The node whose requests it declares.
        var id: ClientIndex.NodeID
        var parent: String
        var name: String
        /// The names its members and methods took.
        var scope: UniqueNames
        var docLines: [String]
        var members: [Declaration]
        var methods: [Declaration]

        var context: [String: Any] {
            [
                "parent": parent, "name": name, "docLines": docLines,
                "members": members.map(\.context), "methods": methods.map(\.context),
            ]
        }
    }

    /// What a step brings: members of the parent's type, and request types.
    private struct Rendered {
        var members: [Declaration] = []
        var types: [TypeDeclaration] = []
    }

    /// A method per operation documented on `node` (identified by `id`).
    private func operationMethods(
        of node: ClientNode, id: ClientIndex.NodeID, memberScope: inout UniqueNames, index: inout ClientIndex
    ) -> [Declaration] {
        node.chosenOperations.flatMap { operation in
            let name = memberScope.claim(ClientMethodName.verb(for: operation))
            let methods = ClientMethod.variants(of: operation, named: name, pathExpression: "path", names: names)
            index.methods[id, default: [:]][operation.method.uppercased()] = .init(
                call: methods[0].call, operation: operation, isOnParent: false)
            return methods.map(Self.declaration)
        }
    }

    /// The members `child` adds to `parent`'s type (named `parentType`), its request type
    /// and the request types below it; their names go into `index`.
    private func render(
        _ child: ClientNode, parent: ClientNode, parentID: ClientIndex.NodeID, parentType: String,
        memberScope: inout UniqueNames, typeScope: inout UniqueNames, index: inout ClientIndex
    ) -> Rendered {
        let step = Step(child)
        let id = parentID + [child.segment?.identity ?? ""]
        var rendered = Rendered()
        if child.isParentMethod, let operation = child.chosenOperations.first {
            let name = memberScope.claim(SwiftName.memberName(step.baseName))
            let path = "path + \"\(step.pathText(labels: [:]))\""
            let methods = ClientMethod.variants(of: operation, named: name, pathExpression: path, names: names)
            index.methods[id, default: [:]][operation.method.uppercased()] = .init(
                call: methods[0].call, operation: operation, isOnParent: true)
            rendered.members += methods.map(Self.declaration)
            return rendered
        }
        let typeName = typeScope.claim(SwiftName.typeName(step.baseName) + "Requests")
        let qualified = parentType + "." + typeName
        let documentation = SwiftLiteral.documentation("The requests on `\(child.template)`.", documentedIn: nil)

        // The type's own members.
        var ownMembers = Self.memberScope()
        var ownTypes = newTypeScope()
        let methods = operationMethods(of: child, id: id, memberScope: &ownMembers, index: &index)
        var members: [Declaration] = []
        var nested: [TypeDeclaration] = []
        for grandchild in Self.renderingOrder(child.children) {
            let below = render(
                grandchild, parent: child, parentID: id, parentType: qualified,
                memberScope: &ownMembers, typeScope: &ownTypes, index: &index)
            members += below.members
            nested += below.types
        }
        rendered.types = [TypeDeclaration(
            id: id, parent: parentType, name: typeName, scope: ownMembers, docLines: documentation, members: members,
            methods: methods)] + nested
        index.requestTypes[id] = qualified

        // The members that reach it from the parent.
        switch child.segment {
        case .literal:
            let name = memberScope.claim(SwiftName.memberName(step.baseName))
            let key = child.children.first(where: \.isKey)
            if !(child.operations.isEmpty && child.children.count == 1 && key != nil) {
                let accessor = ClientIndex.Accessor(name: name, parameters: [], isProperty: true, skipsParent: false)
                index.accessors[id] = accessor
                rendered.members.append(Self.accessorDeclaration(accessor, to: step, returning: typeName, docLines: documentation))
            }
            if let key {
                // The key of a collection is a method of the collection's parent: `calls(id)`.
                var keyTypes = newTypeScope()
                let keyType = typeName + "." + keyTypes.claim(SwiftName.typeName(Step(key).baseName) + "Requests")
                let accessor = ClientIndex.Accessor(
                    name: name, parameters: Step(key).parameters(), isProperty: false, skipsParent: true)
                index.accessors[id + [key.segment?.identity ?? ""]] = accessor
                rendered.members.append(Self.accessorDeclaration(
                    accessor, to: step, key: Step(key), returning: keyType,
                    docLines: SwiftLiteral.documentation("The requests on `\(key.template)`.", documentedIn: nil)))
            }
        case .key where { if case .literal = parent.segment { true } else { false } }():
            break  // reached from the grandparent, above
        default:
            // A method taking arguments may share its name with a property (`delta`, `delta(token:)`).
            let parameters = step.parameters(documentedTypes: child.documentedValueTypes)
            let name = memberScope.claim(SwiftName.memberName(step.baseName), labels: parameters.map(\.argumentLabel))
            let accessor = ClientIndex.Accessor(name: name, parameters: parameters, isProperty: false, skipsParent: false)
            index.accessors[id] = accessor
            rendered.members.append(Self.accessorDeclaration(accessor, to: step, returning: typeName, docLines: documentation))
        }
        return rendered
    }

    /// The member `accessor` that reaches `step` (and below it `key`, for a collection's
    /// key) from the parent: a property or a method that returns `typeName`.
    private static func accessorDeclaration(
        _ accessor: ClientIndex.Accessor, to step: Step, key: Step? = nil, returning typeName: String, docLines: [String]
    ) -> Declaration {
        let labels = accessor.parameters.labels
        let path = key.map { step.pathText(labels: [:]) + $0.pathText(labels: labels) } ?? step.pathText(labels: labels)
        let parameters = accessor.parameters.map(\.declaration).joined(separator: ", ")
        return Declaration(
            docLines: docLines,
            signature: accessor.isProperty ? "var \(accessor.name): \(typeName)" : "func \(accessor.name)(\(parameters)) -> \(typeName)",
            statements: ["\(typeName)(core: core, path: path + \"\(path)\")"])
    }

    // MARK: Borrowed steps and methods

    /// Adds to each request type the steps and methods `links` lets its node borrow from
    /// nodes of the same kind, each under the name the lender gave it when that name is
    /// free (code written from the index reaches the steps below by the lender's names).
    private func borrow(_ links: EntityLinks, into children: inout [(ClientNode, Rendered)], index: inout ClientIndex) {
        var positions: [ClientIndex.NodeID: (child: Int, type: Int)] = [:]
        for (childPosition, child) in children.enumerated() {
            for (typePosition, type) in child.1.types.enumerated() { positions[type.id] = (childPosition, typePosition) }
        }
        for id in positions.keys.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            guard let (childPosition, typePosition) = positions[id], let node = tree.node(at: id) else { continue }
            var type = children[childPosition].1.types[typePosition]
            for borrowed in links.steps[id] ?? [] {
                guard let lender = tree.node(at: borrowed.target) else { continue }
                let declarations = borrowedStep(lender, at: borrowed.target, onto: node, scope: &type.scope, index: &index)
                guard !declarations.isEmpty else { continue }
                type.members += declarations
                index.borrowedSteps[id, default: []].append(borrowed)
            }
            for (method, lenderID) in (links.methods[id] ?? [:]).sorted(by: { $0.key < $1.key }) {
                guard let operation = tree.node(at: lenderID)?.operations[method]?.first else { continue }
                let name = type.scope.claim(ClientMethodName.verb(for: operation))
                let borrowed = ClientMethod.variants(of: operation, named: name, pathExpression: "path", names: names)
                index.methods[id, default: [:]][method] = .init(call: borrowed[0].call, operation: operation, isOnParent: false)
                type.methods += borrowed.map(Self.declaration)
            }
            children[childPosition].1.types[typePosition] = type
        }
    }

    /// The members that reach `lender`'s step (the node `lenderID`) from `node`'s request
    /// type, named as the lender's parent names them; none when a name is taken in `scope`.
    private func borrowedStep(
        _ lender: ClientNode, at lenderID: ClientIndex.NodeID, onto node: ClientNode, scope: inout UniqueNames,
        index: inout ClientIndex
    ) -> [Declaration] {
        // The step follows `node` as it follows the lender's parent: after a path below an item it is `:/children`.
        let step = Step(lender, followingAddress: { if case .address = node.segment { true } else { false } }())
        let template = node.template + step.segment.separator(followingAddress: step.followsAddress) + step.segment.written
        let documentation = SwiftLiteral.documentation(
            "The requests on `\(template)`, as documented for `\(lender.template)`.", documentedIn: nil)
        if lender.isParentMethod {
            guard let method = index.methods[lenderID]?.values.first, !scope.isTaken(method.call.name) else { return [] }
            _ = scope.claim(method.call.name)
            let path = "path + \"\(step.pathText(labels: [:]))\""
            return ClientMethod.variants(of: method.operation, named: method.call.name, pathExpression: path, names: names)
                .map(Self.declaration)
        }
        var declarations: [Declaration] = []
        var name: String?
        // The labels of a method taking arguments that reaches a lender without a key; none
        // for a property or a lender with a key, whose name is claimed bare.
        var labels: [String] = []
        if let accessor = index.accessors[lenderID], let typeName = index.requestTypes[lenderID] {
            name = accessor.name
            if !accessor.isProperty, !lender.children.contains(where: \.isKey) {
                labels = accessor.parameters.map(\.argumentLabel)
            }
            declarations.append(Self.accessorDeclaration(accessor, to: step, returning: typeName, docLines: documentation))
        }
        if let key = lender.children.first(where: \.isKey), let keySegment = key.segment {
            let keyID = lenderID + [keySegment.identity]
            if let accessor = index.accessors[keyID], let typeName = index.requestTypes[keyID], name == nil || name == accessor.name {
                name = accessor.name
                let keyTemplate = template + keySegment.separator(followingAddress: key.followsAddress) + keySegment.written
                declarations.append(Self.accessorDeclaration(
                    accessor, to: step, key: Step(key), returning: typeName,
                    docLines: SwiftLiteral.documentation(
                        "The requests on `\(keyTemplate)`, as documented for `\(key.template)`.", documentedIn: nil)))
            }
        }
        guard let name, !scope.isTaken(name, labels: labels) else { return [] }
        _ = scope.claim(name, labels: labels)
        return declarations
    }
}

extension ClientNode {
    /// Whether the node is reached by a key (`{id}`).
    var isKey: Bool {
        if case .key = segment { true } else { false }
    }
}
