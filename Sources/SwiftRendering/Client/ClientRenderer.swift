import Foundation
import GraphDocCore
import SchemaInference

/// Renders the client: `GraphClient`, with the members that reach the first steps of the
/// paths, and a request type per kind of resource (``RequestTypes``), each with members for
/// the next steps and a method per documented operation; a file per request type declared
/// in `GraphClient`, with the types nested in it.
///
/// Every path that reaches one kind of resource gives its one request type
/// (`client.me.drive.items(id)` and `client.drives(id).items(id)` both give
/// `GraphClient.DriveItemRequests`), whose names are unique without long prefixes and
/// cannot hide a model type (a model name ending in `Requests` is not taken).
struct ClientRenderer: Sendable {
    let tree: ClientTree
    /// The kinds of the tree's nodes, and what each borrows from nodes of its kind.
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
    /// taken; built once, each scope of request type names starts as a copy of it.
    private let freeTypeScope: UniqueNames

    /// The pages that show requests to URLs the service hands out (``APIExample/opaqueURL``),
    /// sorted: the client can send such requests (`send(_:)`) when there are any.
    let opaqueURLSources: [String]
    /// The client's modules, when it is split into several (``ModuleLayout/split``); `nil`: the
    /// client is in the library's module.
    let modules: ClientModules?

    init(
        tree: ClientTree, links: EntityLinks, names: SwiftTypeNames, templates: TemplateLibrary, modelTypeNames: Set<String>,
        serviceRoot: String?, access: AccessModifier, imports: ModuleImports? = nil, opaqueURLSources: [String] = [],
        modules: ClientModules? = nil
    ) {
        self.modules = modules
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

    /// Everything the client declares, before it is rendered.
    struct Declared {
        var requestTypes: RequestTypes
        var constants: OperationConstants
        var index: ClientIndex
        /// `GraphClient`'s own members and methods.
        var root: (members: [Declaration], methods: [Declaration])
        /// The declared request types, by position in `requestTypes.types`.
        var types: [Int: TypeDeclaration]
        /// The positions of the types nested in each type (`nil`: in `GraphClient`).
        var nested: [Int?: [Int]]
        /// The positions of the types declared in `GraphClient`, by name: the families, in the
        /// order of their files.
        var families: [Int] {
            (nested[nil] ?? []).sorted { types[$0]!.name < types[$1]!.name }
        }

        /// A type and the types nested in it, at any depth, by name.
        func family(_ position: Int) -> [TypeDeclaration] {
            [types[position]!] + (nested[position] ?? []).sorted { types[$0]!.name < types[$1]!.name }.flatMap(family)
        }

        /// With ``ClientModules``, the families of each member module (their positions in
        /// ``families``): modules of about ``ClientModules/weight`` members and methods.
        func memberModuleGroups(weight: Int) -> [[Int]] {
            ClientModules.groups(
                weights: families.map { family($0).reduce(0) { $0 + $1.members.count + $1.methods.count } }, weight: weight)
        }
    }

    /// The names of the client's modules (base first), when it is split into several.
    func moduleNames(of declared: Declared) -> [String] {
        guard let modules else { return [] }
        return [modules.base] + modules.memberModuleNames(count: memberModuleCount(of: declared, modules: modules))
    }

    /// How many member modules a split client has: one per group of families, and at least one
    /// when `GraphClient` has methods, which go into the first.
    private func memberModuleCount(of declared: Declared, modules: ClientModules) -> Int {
        max(declared.memberModuleGroups(weight: modules.weight).count, declared.root.methods.isEmpty ? 0 : 1)
    }

    /// The declarations of the client, its names in `index`.
    func declare() -> Declared {
        let requestTypes = RequestTypes(tree: tree, links: links, names: names, scope: freeTypeScope)
        let constants = OperationConstants(requestTypes)
        var index = ClientIndex()
        index.operations = constants.constants.map(\.operation)
        for (id, borrowed) in links.steps { index.borrowedSteps[id] = borrowed }
        let root = declarations(of: requestTypes.root, in: requestTypes, constants: constants, index: &index)
        // Each type's declarations on all cores, each with the index entries of its own members
        // (a type writes only those, and reads none), merged in order as one pass would write them.
        let renderer = self
        let positions = requestTypes.types.indices.filter { requestTypes.types[$0].isDeclared }
        let made = [(members: [Declaration], methods: [Declaration], index: ClientIndex)](concurrentlyMaking: positions.count) { item in
            var own = ClientIndex()
            let (members, methods) = renderer.declarations(
                of: requestTypes.types[positions[item]], in: requestTypes, constants: constants, index: &own)
            return (members, methods, own)
        }
        var declared: [Int: TypeDeclaration] = [:]
        var nested: [Int?: [Int]] = [:]
        for (position, (members, methods, own)) in zip(positions, made) {
            let type = requestTypes.types[position]
            index.accessors.merge(own.accessors) { $1 }
            for (node, methods) in own.methods { index.methods[node, default: [:]].merge(methods) { $1 } }
            declared[position] = TypeDeclaration(
                parent: type.enclosing.map { requestTypes.types[$0].qualifiedName } ?? "GraphClient", name: type.name,
                docLines: Self.documentation(of: type), members: members, methods: methods)
            nested[type.enclosing, default: []].append(position)
            for member in type.members { index.requestTypes[member] = type.qualifiedName }
        }
        return Declared(
            requestTypes: requestTypes, constants: constants, index: index, root: root, types: declared, nested: nested)
    }

    /// The client's public declarations, one line each, sorted: each request type
    /// (`struct GraphClient.ChatRequests`), each member and method with its signature
    /// (`GraphClient.ChatRequests: func get() async throws -> Chat`), each operation constant
    /// (`GraphOperation: static let getChatsItem`); and the constant of each operation, by
    /// ``SwiftOperationNames/key(method:path:)``. What `graphdocgen diff` compares.
    func signatures() -> ClientSignatures {
        Self.signatures(of: declare())
    }

    /// The signatures of what `declared` declares.
    static func signatures(of declared: Declared) -> ClientSignatures {
        var lines = (declared.root.members + declared.root.methods).map { "GraphClient: " + $0.signature }
        for type in declared.types.values {
            let name = "\(type.parent).\(type.name)"
            lines.append("struct " + name)
            lines += (type.members + type.methods).map { "\(name): \($0.signature)" }
        }
        var constants: [String: String] = [:]
        for constant in declared.constants.constants {
            lines.append("GraphOperation: static let \(constant.name)")
            constants[SwiftOperationNames.key(method: constant.operation.method, path: constant.operation.path)] = constant.name
        }
        return ClientSignatures(lines: lines.sorted(), constants: constants)
    }

    /// The client's files, under `Client/`, the names they declare, and notes on operations
    /// documented differently on paths to one kind of resource.
    func render() throws(TemplateLibrary.Failure) -> (
        files: [RenderedFile], index: ClientIndex, diagnostics: [Diagnostic], signatures: ClientSignatures
    ) {
        try render(declare())
    }

    /// ``render()`` of what ``declare()`` declared.
    func render(_ declared: Declared) throws(TemplateLibrary.Failure) -> (
        files: [RenderedFile], index: ClientIndex, diagnostics: [Diagnostic], signatures: ClientSignatures
    ) {
        let (requestTypes, constants, index, root) = (declared.requestTypes, declared.constants, declared.index, declared.root)
        // The root is used only when Foundation reads it as a URL, as the generated code will.
        let serverURL = serviceRoot.flatMap { URL(string: $0) != nil ? SwiftLiteral.string($0) : nil }
        // A split client declares `GraphClient`'s methods, which name models, in a member module,
        // so that the base module needs no model module and compiles beside them.
        let rootMethods = modules == nil ? root.methods : []
        var files = [RenderedFile(path: "Client/GraphClient.swift", contents: try render(inBase: "Client.swift", with: [
            "access": access.keyword,
            "methods": (rootMethods + root.members).map(\.context),
            "hasServerURL": serverURL != nil,
            "serverURLLiteral": serverURL ?? "",
            "sendsOpaqueURLs": !opaqueURLSources.isEmpty,
            "opaqueURLDocLines": SwiftLiteral.documentation(
                "Sends `request` to the URL the service handed out (an upload session's, a download's), as it is: "
                    + "without the middlewares and their bearer token, which such a URL does not take. Returns the 2xx "
                    + "response and its body; another status throws a `GraphError`.",
                documentedIn: opaqueURLSources.isEmpty ? nil : opaqueURLSources.joined(separator: "`, `")),
        ]))]
        files += try operationFiles(constants)
        if let modules {
            files = try splitFiles(files, declared: declared, modules: modules)
        } else {
            var fileNames = UniqueNames(reserved: ["GraphClient", "GraphOperations"])
            let families = declared.families.map { (position: $0, fileName: fileNames.claim(declared.types[$0]!.name)) }
            let renderer = self
            files += try [RenderedFile](concurrentlyMaking: families.count) { item throws(TemplateLibrary.Failure) in
                let (position, fileName) = families[item]
                return RenderedFile(path: "Client/\(fileName).swift", contents: try renderer.render("ClientPaths.swift", with: [
                    "access": renderer.access.keyword,
                    "types": declared.family(position).map(\.context),
                ]))
            }
        }
        return (files, index, requestTypes.diagnostics.all, Self.signatures(of: declared))
    }

    /// The files of a client split into ``ClientModules``, each path starting with its module's
    /// name: `GraphClient`'s and the operation constants' files (`baseFiles`, under `Client/`)
    /// and a file per family declaring its request types in the base module; a file of the same
    /// name with the family's members and methods in its member module.
    private func splitFiles(
        _ baseFiles: [RenderedFile], declared: Declared, modules: ClientModules
    ) throws(TemplateLibrary.Failure) -> [RenderedFile] {
        var files = baseFiles.map { RenderedFile(path: modules.base + "/" + $0.path, contents: $0.contents) }
        let families = declared.families
        var fileNames = UniqueNames(reserved: ["GraphClient", "GraphOperations"])
        let familyFileNames = families.map { fileNames.claim(declared.types[$0]!.name) }
        let groups = declared.memberModuleGroups(weight: modules.weight)
        var moduleOfFamily = [String](repeating: "", count: families.count)
        for (group, module) in zip(groups, modules.memberModuleNames(count: groups.count)) {
            for familyIndex in group { moduleOfFamily[familyIndex] = module }
        }
        let memberModules = moduleOfFamily
        // Each family's two files, on all cores: its request types in the base module, their
        // members and methods in its member module.
        let renderer = self
        let familyFiles = try [[RenderedFile]](concurrentlyMaking: families.count) { item throws(TemplateLibrary.Failure) in
            let (position, fileName) = (families[item], familyFileNames[item])
            let types = RenderedFile(
                path: "\(modules.base)/Client/\(fileName).swift",
                contents: try renderer.render(inBase: "ClientTypes.swift", with: [
                    "access": renderer.access.keyword,
                    "types": declared.family(position).map(\.context),
                ]))
            let members = RenderedFile(
                path: "\(memberModules[item])/Client/\(fileName).swift",
                contents: try renderer.render("ClientMembers.swift", with: [
                    "types": declared.family(position).map { renderer.extensionContext("\($0.parent).\($0.name)", $0.members + $0.methods) },
                ], importing: [modules.base]))
            return [types, members]
        }
        // In module order, each module's files in family order.
        files += familyFiles.map { $0[0] }
        for module in modules.memberModuleNames(count: groups.count) {
            files += familyFiles.indices.filter { memberModules[$0] == module }.map { familyFiles[$0][1] }
        }
        // `GraphClient`'s methods, in the first member module.
        if !declared.root.methods.isEmpty, let first = modules.memberModuleNames(count: 1).first {
            let contents = try render("ClientMembers.swift", with: [
                "types": [extensionContext("GraphClient", declared.root.methods)],
            ], importing: [modules.base])
            files.append(RenderedFile(path: "\(first)/Client/GraphClient.swift", contents: contents))
        }
        return files
    }

    /// The context of an extension of `extendedType` that declares `declarations`.
    private func extensionContext(_ extendedType: String, _ declarations: [Declaration]) -> [String: Any] {
        [
            "extendedType": extendedType,
            "members": declarations.enumerated().map { offset, declaration in
                declaration.context.merging(["access": access.keyword, "isFirst": offset == 0]) { $1 }
            },
        ]
    }

    /// The files of the operation constants: one per first path step
    /// (`Client/GraphOperations+Users.swift`), so that a file stays small and changes only when
    /// its paths' operations do, and `Client/GraphOperations.swift` with `GraphOperation.all`.
    private func operationFiles(_ constants: OperationConstants) throws(TemplateLibrary.Failure) -> [RenderedFile] {
        var constantsByGroup: [String: [OperationConstants.Constant]] = [:]
        for constant in constants.constants {
            let first = ClientPath(template: constant.operation.path).segments.first.map { Step($0).baseName } ?? ""
            constantsByGroup[SwiftName.typeName(first.isEmpty ? "root" : first), default: []].append(constant)
        }
        let groups = constantsByGroup
        var names = UniqueNames(reserved: ["GraphOperations"])
        let files = groups.keys.sorted().map { (group: $0, fileName: names.claim($0)) }
        let renderer = self
        return try [RenderedFile](concurrentlyMaking: files.count + 1) { item throws(TemplateLibrary.Failure) in
            guard item < files.count else {
                return RenderedFile(path: "Client/GraphOperations.swift", contents: try renderer.render(inBase: "Operations.swift", with: [
                    "access": renderer.access.keyword, "hasAll": true, "operations": [[String: Any]](),
                    "allNames": constants.constants.map(\.name),
                ]))
            }
            let members = groups[files[item].group]!
            return RenderedFile(path: "Client/GraphOperations+\(files[item].fileName).swift", contents: try renderer.render(inBase: "Operations.swift", with: [
                "access": renderer.access.keyword,
                "hasAll": false,
                "operations": members.enumerated().map { position, constant in
                    [
                        "name": constant.name,
                        "initializer": OperationConstants.initializer(of: constant.operation),
                        "isLast": position == members.count - 1,
                        "docLines": SwiftLiteral.documentation(
                            "`\(constant.operation.method.uppercased()) \(constant.operation.path)`",
                            documentedIn: DocumentationSource.display(constant.operation.source)),
                    ] as [String: Any]
                },
            ]))
        }
    }

    /// The template `name` rendered with `context` and the file's imports
    /// (``ModuleImports/text(in:rendering:)``), then `modules`.
    private func render(
        _ name: String, with context: [String: Any], importing modules: [String] = [], in module: String? = nil
    ) throws(TemplateLibrary.Failure) -> String {
        let moduleLines = modules.map { "import \($0)" }
        guard let imports else { return try templates.render(name, with: context.merging(["imports": moduleLines]) { $1 }) }
        return try imports.text(in: module) { lines throws(TemplateLibrary.Failure) in
            try templates.render(name, with: context.merging(["imports": lines + moduleLines]) { $1 })
        }
    }

    /// ``render(_:with:importing:in:)`` of a file of the base module of a split client, which
    /// imports no model module (of the library's module otherwise).
    private func render(inBase name: String, with context: [String: Any]) throws(TemplateLibrary.Failure) -> String {
        try render(name, with: context, in: modules?.base)
    }

    /// The names every request type has: its core, its path, its initializer.
    private static func memberScope() -> UniqueNames {
        UniqueNames(reserved: ["core", "path", "init"])
    }

    // MARK: Declarations

    /// A property or method, ready for the template.
    struct Declaration {
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
    struct TypeDeclaration {
        var parent: String
        var name: String
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

    /// The doc comment of a request type: the paths it serves.
    private static func documentation(of type: RequestTypes.RequestType) -> [String] {
        guard type.templates.count > 1 else {
            return SwiftLiteral.documentation("The requests on `\(type.templates.first ?? "/")`.", documentedIn: nil)
        }
        return SwiftLiteral.documentation(
            "The requests on each of the paths the docs give this kind of resource:\n"
                + type.templates.sorted { ($0.lowercased(), $0) < ($1.lowercased(), $1) }.map { "- `\($0)`" }
                .joined(separator: "\n"),
            documentedIn: nil)
    }

    /// The members that reach the steps of `type` and its methods, which claim their names
    /// first; their names go into `index` for every node the type serves.
    private func declarations(
        of type: RequestTypes.RequestType, in requestTypes: RequestTypes, constants: OperationConstants, index: inout ClientIndex
    ) -> (members: [Declaration], methods: [Declaration]) {
        var scope = Self.memberScope()
        var methods: [Declaration] = []
        for typeOperation in type.operations {
            let operation = typeOperation.operation
            let name = scope.claim(ClientMethodName.verb(for: operation))
            let variants = ClientMethod.variants(
                of: operation, named: name, pathExpression: "path", names: names, otherPaths: typeOperation.otherPaths,
                constant: constants.name(of: operation))
            for member in type.members {
                index.methods[member, default: [:]][operation.method.uppercased()] = .init(
                    call: variants[0].call, operation: operation, isOnParent: false)
            }
            methods += variants.map(Self.declaration)
        }
        var members: [Declaration] = []
        for step in type.steps {
            guard let lender = tree.node(at: step.lender), let target = requestTypes.type(of: step.lender, links: links) else {
                continue
            }
            members += declarations(
                of: step, lender: lender, target: target, in: requestTypes, constants: constants, scope: &scope, index: &index)
        }
        return (members, methods)
    }

    /// The members that reach `step` (rendered from `lender`, a node of the `target` type)
    /// from the type whose names `scope` holds: an action's method, a property, a
    /// collection's key method, or a method taking the step's arguments.
    private func declarations(
        of step: RequestTypes.TypeStep, lender: ClientNode, target: RequestTypes.RequestType, in requestTypes: RequestTypes,
        constants: OperationConstants, scope: inout UniqueNames, index: inout ClientIndex
    ) -> [Declaration] {
        let swiftStep = Step(lender)
        if let action = step.parentMethod {
            let name = scope.claim(SwiftName.memberName(swiftStep.baseName))
            let path = "path + \"\(swiftStep.pathText(labels: [:]))\""
            let variants = ClientMethod.variants(
                of: action.operation, named: name, pathExpression: path, names: names, otherPaths: action.otherPaths,
                constant: constants.name(of: action.operation))
            for node in step.nodes {
                index.methods[node, default: [:]][action.operation.method.uppercased()] = .init(
                    call: variants[0].call, operation: action.operation, isOnParent: true)
            }
            return variants.map(Self.declaration)
        }
        let documentation = Self.stepDocumentation(lender.template, others: step.nodes.count - 1)
        switch lender.segment {
        case .literal:
            var declarations: [Declaration] = []
            let name = scope.claim(SwiftName.memberName(swiftStep.baseName))
            let keys = step.nodes.compactMap { id in
                tree.node(at: id)?.children.first(where: \.isKey).map { id + [$0.segment?.identity ?? ""] }
            }
            let onlyKeyed = target.operations.isEmpty && target.steps.count == 1 && !keys.isEmpty
            if !onlyKeyed {
                let accessor = ClientIndex.Accessor(name: name, parameters: [], isProperty: true, skipsParent: false)
                for node in step.nodes { index.accessors[node] = accessor }
                declarations.append(Self.accessorDeclaration(
                    accessor, to: swiftStep, returning: target.qualifiedName, docLines: documentation))
            }
            // The key of a collection is a method of the collection's parent: `calls(id)`.
            let keyID = keys.first { $0.starts(with: step.lender) } ?? keys.first
            if let keyID, let key = tree.node(at: keyID), let keyType = requestTypes.type(of: keyID, links: links),
               keyType.isDeclared {
                let accessor = ClientIndex.Accessor(
                    name: name, parameters: Step(key).parameters(), isProperty: false, skipsParent: true)
                for id in keys { index.accessors[id] = accessor }
                declarations.append(Self.accessorDeclaration(
                    accessor, to: swiftStep, key: Step(key), returning: keyType.qualifiedName,
                    docLines: Self.stepDocumentation(key.template, others: keys.count - 1)))
            }
            return declarations
        case .key where { if case .literal = tree.node(at: step.lender.dropLast())?.segment { true } else { false } }():
            return []  // reached from the collection's parent, with the collection's name
        default:
            // A method taking arguments may share its name with a property (`delta`, `delta(token:)`).
            let parameters = swiftStep.parameters(documentedTypes: lender.documentedValueTypes)
            let name = scope.claim(SwiftName.memberName(swiftStep.baseName), labels: parameters.map(\.argumentLabel))
            let accessor = ClientIndex.Accessor(name: name, parameters: parameters, isProperty: false, skipsParent: false)
            for node in step.nodes { index.accessors[node] = accessor }
            return [Self.accessorDeclaration(accessor, to: swiftStep, returning: target.qualifiedName, docLines: documentation)]
        }
    }

    /// The doc comment of a member that reaches `template`, a step that `others` other paths take too.
    private static func stepDocumentation(_ template: String, others: Int) -> [String] {
        let alsoOn = others == 0 ? "" : others == 1 ? ", and the same step on 1 other path" : ", and the same step on \(others) other paths"
        return SwiftLiteral.documentation("The requests on `\(template)`\(alsoOn).", documentedIn: nil)
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
}

extension ClientNode {
    /// Whether the node is reached by a key (`{id}`).
    var isKey: Bool {
        if case .key = segment { true } else { false }
    }
}
