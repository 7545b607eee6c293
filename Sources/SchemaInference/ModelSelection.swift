import GraphDocCore

/// Which part of an ``APIModel`` to keep: operations by path prefix, types by name or
/// namespace, and everything they need.
///
/// ``apply(to:)`` is a pure function. It keeps
/// - the operations whose path starts with one of ``pathPrefixes`` (whole path steps,
///   ASCII case ignored: `/communications/calls` keeps `/communications/calls/{id}/answer`,
///   not `/communications/callsX`);
/// - the types named in ``types`` (qualified, or simple when the simple name is unique in
///   the model) and the types of the namespaces in ``namespaces``;
/// - then, transitively, every type a kept operation or type needs: property types, base
///   types, the request and response types, the types of path, query, body and function
///   parameters, and the types the examples of kept operations name. Derived types are not
///   pulled in (a base type's derived types may be the whole API);
/// - the examples of kept operations (the examples of their pages) and of kept types.
///
/// An empty selection keeps the model as it is. A type name or path prefix that matches
/// nothing is reported as a warning in the model's diagnostics.
public struct ModelSelection: Hashable, Sendable {
    /// Operation path prefixes (`/communications/calls`).
    public var pathPrefixes: [String]
    /// Type names: qualified (`microsoft.graph.call`) or simple (`call`).
    public var types: [String]
    /// Namespaces whose types are kept (`microsoft.graph.callRecords`).
    public var namespaces: [String]

    /// Creates a selection.
    public init(pathPrefixes: [String] = [], types: [String] = [], namespaces: [String] = []) {
        self.pathPrefixes = pathPrefixes
        self.types = types
        self.namespaces = namespaces
    }

    /// Whether the selection keeps the whole model.
    public var isEmpty: Bool { pathPrefixes.isEmpty && types.isEmpty && namespaces.isEmpty }

    /// The part of `model` this selection keeps, closed over the types it needs.
    public func apply(to model: APIModel) -> APIModel {
        guard !isEmpty else { return model }
        var diagnostics = Diagnostics()
        let byName = Dictionary(model.types.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let byLowercasedName = Dictionary(model.types.map { ($0.name.lowercased(), $0.name) }, uniquingKeysWith: { first, _ in first })
        let bySimpleName = Dictionary(grouping: model.types, by: { $0.simpleName.lowercased() })

        let operations = model.operations.filter { operation in
            pathPrefixes.contains { Self.path(operation.path, startsWith: $0) }
        }
        for prefix in pathPrefixes where !model.operations.contains(where: { Self.path($0.path, startsWith: prefix) }) {
            diagnostics.emit(.warning, code: "filter-no-match", "path prefix '\(prefix)' matches no operation", at: nil)
        }

        var roots: [String] = []
        for name in types {
            if let qualified = byLowercasedName[name.lowercased()] {
                roots.append(qualified)
            } else if let candidates = bySimpleName[name.lowercased()], candidates.count == 1 {
                roots.append(candidates[0].name)
            } else if let candidates = bySimpleName[name.lowercased()] {
                let names = candidates.map(\.name).sorted().joined(separator: ", ")
                diagnostics.emit(.warning, code: "filter-ambiguous", "type '\(name)' is ambiguous (\(names)); name it qualified", at: nil)
            } else {
                diagnostics.emit(.warning, code: "filter-no-match", "type '\(name)' names no type of the model", at: nil)
            }
        }
        let namespaceSet = Set(namespaces.map { $0.lowercased() })
        roots += model.types.filter { namespaceSet.contains($0.namespace.lowercased()) }.map(\.name)
        for namespace in namespaces where !model.types.contains(where: { $0.namespace.lowercased() == namespace.lowercased() }) {
            diagnostics.emit(.warning, code: "filter-no-match", "namespace '\(namespace)' holds no type of the model", at: nil)
        }

        let keptPages = Set(operations.map(\.source))
        let pageExamples = model.examples.filter { keptPages.contains($0.source) }
        roots += operations.flatMap(Self.referencedTypes(of:))
        roots += pageExamples.compactMap(\.type)

        var kept: Set<String> = []
        var pending = roots.compactMap { byLowercasedName[$0.lowercased()] }
        while let name = pending.popLast() {
            guard kept.insert(name).inserted, let type = byName[name] else { continue }
            let needed = ([type.baseType].compactMap { $0 } + type.properties.map(\.type))
                .compactMap { Self.namedType($0) }
                .compactMap { byLowercasedName[$0.lowercased()] }
            pending += needed.filter { !kept.contains($0) }
        }

        var result = model
        result.types = model.types.filter { kept.contains($0.name) }
        result.operations = operations
        result.examples = model.examples.filter { example in
            keptPages.contains(example.source) || example.type.map { kept.contains($0) } == true
        }
        result.diagnostics = Diagnostics.sorted(model.diagnostics + diagnostics.all)
        return result
    }

    /// The type names an operation uses: request and response bodies and every parameter's type.
    static func referencedTypes(of operation: APIOperation) -> [String] {
        let parameters = operation.pathParameters + operation.queryOptions + operation.requestHeaders
            + operation.bodyParameters + operation.functionParameters
        return ([operation.requestBody, operation.response?.type] + parameters.map(\.type))
            .compactMap { $0 }.compactMap(namedType)
    }

    /// The named type an OData type expression refers to: `Collection(x)` → `x`; `nil` for `Edm.*`.
    static func namedType(_ type: String) -> String? {
        let name = CollectionType.innermost(of: type)
        guard !name.isEmpty, !name.hasPrefix("Edm.") else { return nil }
        return name
    }

    /// Whether `path` begins with the whole path steps of `prefix`, ASCII case ignored.
    static func path(_ path: String, startsWith prefix: String) -> Bool {
        var prefix = prefix.lowercased()
        while prefix.count > 1, prefix.hasSuffix("/") { prefix.removeLast() }
        let path = path.lowercased()
        guard path.hasPrefix(prefix) else { return false }
        if prefix == "/" || path.count == prefix.count { return true }
        let next = path[path.index(path.startIndex, offsetBy: prefix.count)]
        return next == "/" || next == "(" || next == ":"
    }
}
