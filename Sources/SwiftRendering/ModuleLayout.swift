/// How the generated package's sources are split into modules.
public enum ModuleLayout: String, Hashable, Sendable, CaseIterable {
    /// ``split`` when the models weigh more than one of its model modules holds
    /// (``splitModuleWeight``) and the API is not `internal`, which other modules cannot see;
    /// ``single`` otherwise (the default, ``resolved(modelWeight:access:)``).
    case automatic
    /// One library module: models, client and runtime together.
    case single
    /// The runtime in a module `<Library>Runtime`, the models in a module per namespace
    /// (namespaces that refer to each other share one, ``ModelModules``), the client in
    /// the library's module, which depends on them all.
    case perNamespace
    /// The runtime in a module `<Library>Runtime`, the models in modules of a bounded size
    /// (`<Library>Models1`, …, ``ModelModules/init(splitting:names:library:reserved:weight:)``),
    /// the client's request types in `<Library>Client` and their members in modules beside each
    /// other (`<Library>Client1`, …, ``ClientModules``); the library's module re-exports them all,
    /// so that `import <Library>` is all an app writes. A release build optimizes each module as a
    /// whole: smaller modules build faster in less memory.
    case split

    /// How much a model module of ``split`` holds, about: the weight of a struct is one plus its
    /// properties (inherited ones included), of any other type one. A release build optimizes
    /// each module as a whole, in one compiler process whose time and memory grow faster than
    /// the module: modules of this size keep each process to minutes and a few gigabytes on the
    /// v1.0 pages.
    public static let splitModuleWeight = 2_000

    /// The layout this one stands for with models of `modelWeight` (``splitModuleWeight``'s
    /// measure) and an API of `access`: itself, unless it is ``automatic``.
    public func resolved(modelWeight: Int, access: AccessModifier, splitModuleWeight: Int = Self.splitModuleWeight) -> ModuleLayout {
        guard self == .automatic else { return self }
        return modelWeight > splitModuleWeight && access != .internal ? .split : .single
    }
}
