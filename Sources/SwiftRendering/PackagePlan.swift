import SchemaInference

/// What the package for a model is made of, worked out before anything is rendered: the Swift
/// names, the module layout, the model files' plans and the client's declarations
/// (``PackageRenderer/plan(_:)``). The package's API surface can be read from it while the
/// package renders from it.
public struct PackagePlan {
    /// The model the package is for.
    public let model: APIModel
    /// How the package is split into modules (never ``ModuleLayout/automatic``: what it chose).
    public let layout: ModuleLayout
    /// What the model's types weigh (``ModuleLayout/splitModuleWeight``'s measure), which
    /// ``ModuleLayout/automatic`` chooses by.
    public let modelWeight: Int
    /// The number of modules the package's sources are in, the runtime's and the library's included.
    public var moduleCount: Int { packageModules.map { $0.count + 2 } ?? 1 }
    /// The Swift names of the model's types.
    public let names: SwiftTypeNames
    /// The cases of each base type's `Any…` enumeration, by the enumeration's Swift name.
    public let polymorphicCases: [String: [String]]
    /// The client's public declarations and each operation's constant.
    public let clientSignatures: ClientSignatures

    /// The library module's name.
    let library: String
    /// The test target's name.
    let testTarget: String
    /// The runtime's module when the models are in modules of their own.
    let runtimeModule: String
    /// The mock service's library, when it has one.
    let mocksModule: String?
    /// The Swift names the model types take (their `Any…` enumerations' included).
    let modelTypeNames: Set<String>
    /// The model modules, unless the layout is one module.
    let modules: ModelModules?
    /// The package's modules besides the library's and the runtime's: the model modules and,
    /// with ``ModuleLayout/split``, the client's, dependencies first; `nil` for one module.
    let packageModules: [ModelModules.Module]?
    /// The imports of each file when the models are in modules of their own.
    let imports: ModuleImports?
    /// The renderer of the model files, and their plans.
    let modelRenderer: ModelRenderer
    let modelFiles: [ModelFile]
    /// The client's resources, its renderer and its declarations.
    let tree: ClientTree
    let client: ClientRenderer
    let declaredClient: ClientRenderer.Declared
}
