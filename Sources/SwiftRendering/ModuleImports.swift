import GraphDocCore
import SchemaInference

/// The import lines of a generated file when the models are split into modules
/// (``ModuleLayout/perNamespace``): the runtime's module, and for each other model module the
/// file names a type of, that module and a scoped import of each such type.
///
/// The scoped imports (`import struct GraphSDKMicrosoftGraph.Notification`) make a type win
/// over a type of the same name in a module imported whole, which the file's own module's
/// types do anyway: a model type named like a Foundation or HTTPTypes type is otherwise
/// ambiguous in a file of another module that imports Foundation.
struct ModuleImports {
    /// The runtime's module.
    let runtimeModule: String
    /// The namespaces' modules.
    let modules: NamespaceModules
    /// The module and declaration keyword of each model type, by Swift name.
    private let declarations: [String: (module: String, keyword: String)]
    /// The digest of everything ``lines(for:in:)`` reads besides its arguments: the runtime's
    /// module, the modules and their dependencies, and each type's module and keyword. Two
    /// values with equal fingerprints give every file the same lines.
    let fingerprint: ContentDigest

    init(model: APIModel, names: SwiftTypeNames, modules: NamespaceModules, runtimeModule: String) {
        self.runtimeModule = runtimeModule
        self.modules = modules
        var declarations: [String: (module: String, keyword: String)] = [:]
        for type in model.types {
            guard let module = modules.module(of: type.namespace), let name = names.name(of: type.name) else { continue }
            let aliased = type.kind == .complex && model.holdsAnyJSON(type)
            declarations[name] = (module, aliased ? "typealias" : "struct")
            if !aliased, type.kind != .enum, let anyName = names.polymorphicName(of: type.name) {
                declarations[anyName] = (module, "enum")
            }
        }
        self.declarations = declarations
        var parts = [runtimeModule]
        for module in modules.modules { parts += [module.name] + module.dependencies + [""] }
        for (name, declaration) in declarations.sorted(by: { $0.key < $1.key }) {
            parts += [name, declaration.module, declaration.keyword]
        }
        // Names hold no newline, so newline-joined parts cannot run together.
        fingerprint = ContentDigest(of: parts.joined(separator: "\n"))
    }

    /// The module of a namespace's types.
    func module(of namespace: String) -> String? {
        modules.module(of: namespace)
    }

    /// The import lines of `source`, a file of `module` (`nil`: the library's, which depends on
    /// every model module). A word spelled like a type of a module `module` does not depend on
    /// (a member's name) is not that type.
    func lines(for source: String, in module: String?) -> [String] {
        let dependencies = module.map { module in Set(modules.modules.first { $0.name == module }?.dependencies ?? []) }
        var used: [String: [(name: String, keyword: String)]] = [:]
        for name in ReferencedTypeNames.identifiers(in: source) {
            guard let declaration = declarations[name], declaration.module != module,
                dependencies?.contains(declaration.module) ?? true
            else { continue }
            used[declaration.module, default: []].append((name, declaration.keyword))
        }
        var lines = ["import \(runtimeModule)"]
        for (module, types) in used.sorted(by: { $0.key < $1.key }) {
            lines.append("import \(module)")
            lines += types.sorted { $0.name < $1.name }.map { "import \($0.keyword) \(module).\($0.name)" }
        }
        return lines
    }
}
