import GraphDocCore
import SchemaInference

/// The import lines of a generated file when the models are split into modules
/// (``ModuleLayout/perNamespace``, ``ModuleLayout/split``): the runtime's module, and each other
/// model module the file names a type of.
///
/// A file names a model type qualified (`Graph.Notification`, as ``SwiftTypeNames/swiftType(of:)``
/// spells it) or, inside the models' namespace, bare (an enumeration's case `user(User)`). Since
/// every model type is nested in the namespace, no scoped import is needed to make it win over
/// a type of the same name in Foundation or HTTPTypes.
struct ModuleImports: Sendable, Codable {
    /// The runtime's module.
    let runtimeModule: String
    /// The enumeration the model types are declared in.
    private let namespace: String
    /// The module of each model type, by Swift name.
    private let declarations: [String: String]
    /// The modules each model module depends on, by name.
    private let dependencies: [String: [String]]
    /// The digest of everything ``lines(for:in:)`` reads besides its arguments: the runtime's
    /// module, the namespace, the modules and their dependencies, and each type's module. Two
    /// values with equal fingerprints give every file the same lines.
    let fingerprint: ContentDigest

    init(model: APIModel, names: SwiftTypeNames, modules: ModelModules, runtimeModule: String) {
        self.runtimeModule = runtimeModule
        namespace = names.namespace
        var declarations: [String: String] = [:]
        for type in model.types {
            guard let module = modules.module(ofType: type.name), let name = names.name(of: type.name) else { continue }
            declarations[name] = module
            if let anyName = names.polymorphicName(of: type.name) { declarations[anyName] = module }
        }
        self.declarations = declarations
        dependencies = Dictionary(modules.modules.map { ($0.name, $0.dependencies) }) { first, _ in first }
        var parts = [runtimeModule, names.namespace, ""]
        for module in modules.modules { parts += [module.name] + module.dependencies + [""] }
        for (name, module) in declarations.sorted(by: { $0.key < $1.key }) { parts += [name, module] }
        // Names hold no newline, so newline-joined parts cannot run together.
        fingerprint = ContentDigest(of: parts.joined(separator: "\n"))
    }

    /// The import lines of `source`, a file of `module` (`nil`: the library's, which depends on
    /// every model module). A word spelled like a type of a module `module` does not depend on
    /// (a member's name) is not that type.
    func lines(for source: String, in module: String?) -> [String] {
        let dependencies = module.map { module in Set(self.dependencies[module] ?? []) }
        var used: Set<String> = []
        for name in ReferencedTypeNames.identifiers(in: source, andMembersOf: namespace) {
            guard let declaration = declarations[name], declaration != module, dependencies?.contains(declaration) ?? true
            else { continue }
            used.insert(declaration)
        }
        return ["import \(runtimeModule)"] + used.sorted().map { "import \($0)" }
    }

    /// The text `render` makes with the import lines of a file of `module` (`nil`: the
    /// library's), rendered once: `render` places ``placeholder`` where the lines go, and the
    /// lines found in that text (``lines(for:in:)``) take its place.
    func text<Failure: Error>(in module: String?, rendering render: ([String]) throws(Failure) -> String) throws(Failure) -> String {
        let text = try render([Self.placeholder])
        guard let range = text.firstByteRange(of: Self.placeholder + "\n") else { return text }
        return text.replacingCharacters(in: range, with: lines(for: text, in: module).map { $0 + "\n" }.joined())
    }

    /// The line a file is rendered with where its imports go: no model type is named like it
    /// (a Swift type name from the docs never starts with `_`, ``SwiftName/typeName(_:)``).
    static let placeholder = "import _GraphDocGenImports"
}
