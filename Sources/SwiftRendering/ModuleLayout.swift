/// How the generated package's sources are split into modules.
public enum ModuleLayout: String, Hashable, Sendable, CaseIterable {
    /// One library module: models, client and runtime together (the default).
    case single
    /// The runtime in a module `<Library>Runtime`, the models in a module per namespace
    /// (namespaces that refer to each other share one, ``NamespaceModules``), the client in
    /// the library's module, which depends on them all.
    case perNamespace
}
