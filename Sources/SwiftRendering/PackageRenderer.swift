import Foundation
import GraphDocCore
import SchemaInference

/// Renders the API model as a Swift package: its manifest and sources.
///
/// Every value placed by a template is computed here: identifiers through
/// ``SwiftName``, literals through ``SwiftLiteral``.
public struct PackageRenderer {
    /// How the generated package is named and laid out.
    public struct Options: Hashable, Sendable {
        /// The package's name.
        public var packageName: String
        /// The library product and module the SDK is imported as.
        public var libraryName: String
        /// Whether the generated structs conform to `Hashable` (off by default: it costs compile time).
        public var hashable: Bool
        /// The access level of the generated API, the copied runtime's included.
        public var access: AccessModifier
        /// One module, or the models in a module per namespace, or in modules of a bounded size,
        /// or (``ModuleLayout/automatic``) one module or bounded ones by the models' weight.
        public var modules: ModuleLayout
        /// How much a model module holds with ``ModuleLayout/split`` (``ModuleLayout/splitModuleWeight``).
        public var splitModuleWeight = ModuleLayout.splitModuleWeight
        /// Where the mock service goes (when the renderer has the mocks runtime's sources).
        public var mocks: MockPlacement

        /// The default layout: a package `GraphSDK` with a library `GraphSDK`, no `Hashable`, a
        /// public API, modules chosen by the models' weight, the mock service in a library of its own.
        public init(
            packageName: String = "GraphSDK", libraryName: String = "GraphSDK", hashable: Bool = false,
            access: AccessModifier = .public, modules: ModuleLayout = .automatic, mocks: MockPlacement = .library
        ) {
            self.modules = modules
            self.mocks = mocks
            self.packageName = packageName
            self.libraryName = libraryName
            self.hashable = hashable
            self.access = access
        }
    }

    let templates: TemplateLibrary
    let runtime: [RenderedFile]
    let mocks: [RenderedFile]
    let options: Options

    /// Creates a renderer with loaded templates and the runtime sources to copy in; with the
    /// mocks runtime's sources (`mocks`), the package has the mock service too (``MocksRenderer``),
    /// where ``Options/mocks`` says (a library of its own only when the API is not `internal`,
    /// which another module cannot see).
    public init(templates: TemplateLibrary, runtime: [RenderedFile], mocks: [RenderedFile] = [], options: Options = Options()) {
        self.templates = templates
        self.runtime = runtime
        self.mocks = mocks
        self.options = options
    }

    /// The package for `model`: manifest, models, client and runtime.
    /// - Parameters:
    ///   - sourceSummary: What the model was generated from, for the files' headers.
    ///   - memo: The model files an earlier run rendered with this generator and these options,
    ///     by plan; a file whose plan did not change is taken from it.
    public func render(
        _ model: APIModel, sourceSummary: String, reusing memo: RenderingMemo = RenderingMemo()
    ) throws(TemplateLibrary.Failure) -> RenderedPackage {
        try render(plan(model), sourceSummary: sourceSummary, reusing: memo)
    }

    /// What the package for `model` is made of: its names, modules, model file plans and client
    /// declarations, nothing rendered yet.
    public func plan(_ model: APIModel) -> PackagePlan {
        let library = SwiftName.typeName(options.libraryName)
        let testTarget = library + "Tests"
        let runtimeModule = library + "Runtime"
        let mocksModule = mocks.isEmpty || options.access == .internal || options.mocks != .library ? nil : library + "Mocks"
        let modelWeight = ModelModules.weight(of: model)
        let layout = options.modules.resolved(
            modelWeight: modelWeight, access: options.access, splitModuleWeight: options.splitModuleWeight)
        let clientModule = layout == .split ? library + "Client" : nil
        var reserved = reservedTypeNames()
        if layout != .single { reserved.formUnion([library, testTarget, runtimeModule]) }
        if let mocksModule { reserved.insert(mocksModule) }
        if let clientModule { reserved.insert(clientModule) }
        let names = swiftTypeNames(for: model, layout: layout)
        let modelTypeNames = Set(model.types.compactMap { names.name(of: $0.name) })
            .union(model.types.compactMap { names.polymorphicName(of: $0.name) })
        // The models' modules and files on one side, the client's resources on the other.
        let ((modules, imports, modelRenderer, modelFiles), (tree, links)) = concurrently {
            let modules: ModelModules? = switch layout {
            case .single, .automatic: nil
            case .perNamespace: ModelModules(namespacesOf: model, names: names, library: library, reserved: reserved.union(modelTypeNames))
            case .split:
                ModelModules(
                    splitting: model, names: names, library: library, reserved: reserved.union(modelTypeNames),
                    weight: options.splitModuleWeight)
            }
            let imports = modules.map { ModuleImports(model: model, names: names, modules: $0, runtimeModule: runtimeModule) }
            let modelRenderer = ModelRenderer(
                model: model, names: names, templates: templates, hashable: options.hashable, access: options.access,
                imports: imports, modules: modules)
            return (modules, imports, modelRenderer, modelRenderer.plans())
        } _: {
            let tree = ClientTree(operations: model.operations)
            return (tree, EntityLinks(tree: tree, model: model))
        }
        let clientModules = clientModule.map { base in
            ClientModules(
                base: base, modelWeight: options.splitModuleWeight,
                reserved: reserved.union(modelTypeNames).union(modules?.modules.map(\.name) ?? []))
        }
        let client = ClientRenderer(
            tree: tree, links: links, names: names, templates: templates,
            modelTypeNames: modelTypeNames, serviceRoot: model.serviceRoot, access: options.access, imports: imports,
            opaqueURLSources: Set(model.examples.filter { $0.opaqueURL != nil }.map { DocumentationSource.display($0.source) }).sorted(),
            modules: clientModules)
        let declaredClient = client.declare()
        // The client's base module, which needs no model module, then the models' modules, then
        // the client's member modules, each depending on the base and every model module.
        let modelModuleNames = modules?.modules.map(\.name) ?? []
        let clientModuleNames = client.moduleNames(of: declaredClient)
        let packageModules = modules.map { modules in
            clientModuleNames.prefix(1).map {
                ModelModules.Module(name: $0, namespaces: [], dependencies: [], importsRuntimeProducts: true)
            }
                + modules.modules
                + clientModuleNames.dropFirst().map {
                    ModelModules.Module(
                        name: $0, namespaces: [], dependencies: [clientModuleNames[0]] + modelModuleNames, importsRuntimeProducts: true)
                }
        }
        return PackagePlan(
            model: model, layout: layout, modelWeight: modelWeight, names: names, polymorphicCases: Self.polymorphicCases(of: modelFiles),
            clientSignatures: ClientRenderer.signatures(of: declaredClient), library: library, testTarget: testTarget,
            runtimeModule: runtimeModule, mocksModule: mocksModule, modelTypeNames: modelTypeNames, modules: modules,
            packageModules: packageModules, imports: imports, modelRenderer: modelRenderer, modelFiles: modelFiles, tree: tree, client: client,
            declaredClient: declaredClient)
    }

    /// The package `plan` plans: what rendering its model renders.
    public func render(
        _ plan: PackagePlan, sourceSummary: String, reusing memo: RenderingMemo = RenderingMemo()
    ) throws(TemplateLibrary.Failure) -> RenderedPackage {
        let (model, names, modules, tree) = (plan.model, plan.names, plan.modules, plan.tree)
        let (library, testTarget, runtimeModule, mocksModule) = (plan.library, plan.testTarget, plan.runtimeModule, plan.mocksModule)
        let moduleImports = plan.packageModules.map { modules in
            ([library, runtimeModule] + modules.map(\.name)).sorted().map { "import \($0)" }
        } ?? [options.access.testImport(of: library)]
        // The models and the client's files on one side, the tests of the examples and the mock
        // service on the other (what the tests need of the client is declared in the plan).
        let (sourcesRendered, testsRendered) = concurrently {
            Result { () throws(TemplateLibrary.Failure) in
                (try plan.modelRenderer.render(plan.modelFiles, reusing: memo), try plan.client.render(plan.declaredClient))
            }
        } _: {
            Result { () throws(TemplateLibrary.Failure) in
                let fixtures = try FixtureRenderer(
                    model: model, names: names, templates: templates, moduleImports: moduleImports, tree: tree,
                    index: plan.declaredClient.index
                ).render()
                return (fixtures, try mockFiles(plan, exchanges: fixtures.exchanges, hasTests: !fixtures.files.isEmpty, moduleImports: moduleImports))
            }
        }
        let ((models, usedMemo, modelCounts), client) = try sourcesRendered.get()
        let (fixtures, mockServiceFiles) = try testsRendered.get()
        var files = [
            RenderedFile(path: "Package.swift", contents: try templates.render("Package.swift", with: manifestContext(
                sourceSummary: sourceSummary, library: library, runtimeModule: runtimeModule, modules: plan.packageModules,
                mocksModule: mocksModule, hasTests: !fixtures.files.isEmpty, testTarget: testTarget))),
        ]
        files += fixtures.files.map { RenderedFile(path: "Tests/\(testTarget)/\($0.path)", contents: $0.contents) }
        files += mockServiceFiles
        // A split client's files start with their module's name.
        let clientDirectory = plan.client.modules == nil ? "Sources/\(library)/" : "Sources/"
        files += client.files.map { RenderedFile(path: clientDirectory + $0.path, contents: $0.contents) }
        // Each model file's path in the package, and its plan, for the generation cache.
        let modelDirectory = { (module: String?) in modules == nil ? "Sources/\(library)/Models/" : "Sources/\(module ?? library)/" }
        files += models.map { RenderedFile(path: modelDirectory($0.module) + $0.file.path, contents: $0.file.contents) }
        let encodedPlans = models.compactMap(\.plan)
        let modelPlans = encodedPlans.count < models.count ? nil : ModelFilePlans(
            files: zip(models, plan.modelFiles).map { model, file in
                ModelFilePlans.File(path: modelDirectory(model.module) + model.file.path, plan: model.plan ?? Data(), pages: file.prosePages)
            },
            imports: try? plan.modelRenderer.imports.map { try JSONEncoder().encode($0) })
        if let modules {
            if plan.layout == .split {
                files.append(RenderedFile(path: "Sources/\(library)/Exports.swift", contents: try templates.render(
                    "Exports.swift", with: ["modules": [runtimeModule] + (plan.packageModules ?? modules.modules).map(\.name)])))
            }
        }
        let runtimeDirectory = modules == nil ? "\(library)/Runtime" : runtimeModule
        // The models' namespace, in the module every model module depends on.
        let namespaceDirectory = modules == nil ? "\(library)/Models" : runtimeModule
        files.append(RenderedFile(
            path: "Sources/\(namespaceDirectory)/\(SwiftFilePath.fileName(of: names.namespace))",
            contents: try namespaceFile(names: names, modelTypeNames: plan.modelTypeNames)))
        files += runtime.map {
            RenderedFile(
                path: "Sources/\(runtimeDirectory)/\($0.path)",
                contents: AccessModifierRewriter.rewrite($0.contents, to: options.access))
        }
        return RenderedPackage(
            files: files.sorted { $0.path < $1.path },
            diagnostics: Diagnostics.sorted(tree.diagnostics.all + client.diagnostics + fixtures.diagnostics + (modules?.diagnostics ?? [])),
            fixtures: fixtures.summary, models: modelCounts, memo: usedMemo, modelPlans: modelPlans, exchanges: fixtures.exchanges.map(\.exchange),
            clientSignatures: plan.clientSignatures, polymorphicCases: plan.polymorphicCases)
    }

    /// The mock service's files (its module's, or the library's `Mocks/` when it is embedded) and
    /// its test file (when the package has tests), for the exchanges the tests of the examples send.
    private func mockFiles(
        _ plan: PackagePlan, exchanges: [MockedExchange], hasTests: Bool, moduleImports: [String]
    ) throws(TemplateLibrary.Failure) -> [RenderedFile] {
        let embedsMocks = !mocks.isEmpty && options.mocks == .libraryModule
        guard plan.mocksModule != nil || embedsMocks else { return [] }
        let renderer = MocksRenderer(
            exchanges: exchanges, model: plan.model, templates: templates, sources: mocks,
            module: plan.mocksModule.map(MocksRenderer.Module.library) ?? .embedded(in: plan.library),
            runtimeModule: plan.modules == nil ? plan.library : plan.runtimeModule, access: options.access)
        let directory = plan.mocksModule.map { "Sources/\($0)" } ?? "Sources/\(plan.library)/Mocks"
        var files = try renderer.moduleFiles().map { RenderedFile(path: "\(directory)/\($0.path)", contents: $0.contents) }
        if hasTests {
            files.append(RenderedFile(
                path: "Tests/\(plan.testTarget)/MockServiceTests.swift", contents: try renderer.testFile(moduleImports: moduleImports).contents))
        }
        return files
    }

    /// The Swift names the package's types would get from `model` (what ``render(_:sourceSummary:reusing:)``
    /// names them), for tools that compare the Swift API of two models without rendering them.
    public func swiftTypeNames(for model: APIModel) -> SwiftTypeNames {
        swiftTypeNames(for: model, layout: moduleLayout(for: model))
    }

    /// The layout of the package for `model`: ``Options/modules``, ``ModuleLayout/automatic``
    /// resolved by what the model's types weigh.
    public func moduleLayout(for model: APIModel) -> ModuleLayout {
        guard options.modules == .automatic else { return options.modules }
        return options.modules.resolved(
            modelWeight: ModelModules.weight(of: model), access: options.access, splitModuleWeight: options.splitModuleWeight)
    }

    /// The Swift names of `model`'s types in a package of `layout`, whose module names they avoid.
    func swiftTypeNames(for model: APIModel, layout: ModuleLayout) -> SwiftTypeNames {
        let library = SwiftName.typeName(options.libraryName)
        var reserved = reservedTypeNames()
        if layout != .single { reserved.formUnion([library, library + "Tests", library + "Runtime"]) }
        if layout == .split { reserved.insert(library + "Client") }
        if !mocks.isEmpty, options.access != .internal, options.mocks == .library { reserved.insert(library + "Mocks") }
        return SwiftTypeNames(model: model, reserved: reserved)
    }

    /// The enumerations of a base type and its derived types the package would declare for
    /// `model`: each one's Swift name and its cases (`AnyIdentity: identity, user, …`), without rendering them.
    public func polymorphicCases(for model: APIModel) -> [String: [String]] {
        plan(model).polymorphicCases
    }

    /// The cases of each polymorphic enumeration `plans` plan, by the enumeration's Swift name.
    static func polymorphicCases(of plans: [ModelFile]) -> [String: [String]] {
        var cases: [String: [String]] = [:]
        for plan in plans where plan.shape == .polymorphic {
            let (base, derived) = ModelRenderer.caseNames(of: plan)
            cases[plan.anyName ?? plan.name] = [base] + derived.map(\.caseName)
        }
        return cases
    }

    /// The public declarations of the client the package would have for `model`, one line each
    /// (`GraphClient.ChatRequests: func get() async throws -> Chat`), and the name of each
    /// operation's `GraphOperation` constant by ``SwiftOperationNames/key(method:path:)`` (an
    /// operation the client does not generate has none), without rendering it.
    public func clientSignatures(for model: APIModel) -> ClientSignatures {
        plan(model).clientSignatures
    }

    /// The declaration of the enumeration the model types are nested in (``SwiftTypeNames/namespace``).
    func namespaceFile(names: SwiftTypeNames, modelTypeNames: Set<String>) throws(TemplateLibrary.Failure) -> String {
        let example = modelTypeNames.min().map { "`\(names.reference(to: $0))`, for example" } ?? "none yet"
        return try templates.render("Namespace.swift", with: [
            "name": names.namespace, "access": options.access.keyword, "example": example,
        ])
    }

    /// The products the generated targets depend on besides each other.
    static let externalDependencies = [
        #".product(name: "OpenAPIRuntime", package: "swift-openapi-runtime")"#,
        #".product(name: "HTTPTypes", package: "swift-http-types")"#,
    ]

    /// The manifest's context: one library target, or (`modules` given) the runtime's, one per
    /// model module (after those it depends on) and the library's, which depends on them all.
    func manifestContext(
        sourceSummary: String, library: String, runtimeModule: String, modules: [ModelModules.Module]?,
        mocksModule: String? = nil, hasTests: Bool, testTarget: String
    ) -> [String: Any] {
        let literal = SwiftLiteral.string
        var targets: [(name: String, dependencies: [String], resources: String?)]
        if let modules {
            let modelTargets = modules.map(\.name)
            targets = [(runtimeModule, Self.externalDependencies, nil)]
            targets += modules.map {
                ($0.name, [literal(runtimeModule)] + $0.dependencies.map(literal) + ($0.importsRuntimeProducts ? Self.externalDependencies : []), nil)
            }
            targets.append((library, ([runtimeModule] + modelTargets).map(literal) + Self.externalDependencies, nil))
        } else {
            targets = [(library, Self.externalDependencies, nil)]
        }
        let libraryTargets = modules == nil ? [library] : [library] + (modules ?? []).map(\.name) + [runtimeModule]
        var products = [(library, libraryTargets)]
        var testDependencies = modules == nil
            ? [literal(library)] : ([library] + (modules ?? []).map(\.name) + [runtimeModule]).map(literal)
        if let mocksModule {
            // The mock service, a library of its own that an app's tests depend on.
            let runtime = modules == nil ? library : runtimeModule
            targets.append((
                mocksModule, [literal(runtime)] + Self.externalDependencies,
                "[.copy(\(literal(MockCatalogFile.fileName)))]"))
            products.append((mocksModule, [mocksModule]))
            testDependencies.append(literal(mocksModule))
        }
        return [
            "sourceSummary": Self.commentText(sourceSummary),
            "packageNameLiteral": literal(options.packageName),
            "products": products.map { ["nameLiteral": literal($0.0), "targetList": $0.1.map(literal).joined(separator: ", ")] },
            "targets": targets.map { target -> [String: Any] in
                var context: [String: Any] = ["nameLiteral": literal(target.name), "dependencies": target.dependencies]
                if let resources = target.resources { context["resources"] = resources }
                return context
            },
            "hasTests": hasTests,
            "testTargetNameLiteral": literal(testTarget),
            "testDependencies": testDependencies + Self.externalDependencies,
        ]
    }

    /// The names the runtime and the templates of generated Swift refer to or declare, and the
    /// runtime's file names: a generated type must take none of them.
    func reservedTypeNames() -> Set<String> {
        var reserved: Set<String> = []
        for file in runtime + mocks {
            reserved.formUnion(ReferencedTypeNames.scan(file.contents))
            reserved.insert(String(file.path.split(separator: "/").last?.split(separator: ".").first ?? ""))
        }
        for template in Self.swiftTemplateNames {
            reserved.formUnion(ReferencedTypeNames.scan(templates.swiftText(of: template)))
        }
        return reserved
    }

    /// The templates of Swift source whose names a model type could shadow (inside the models'
    /// namespace) or whose files' names it could take (in the library's module). The tests'
    /// templates are not among them: a test module declares nothing a model type nested in
    /// the namespace could shadow, nor a file beside the models.
    static let swiftTemplateNames = [
        "Namespace.swift", "Struct.swift", "Enum.swift", "AnyType.swift", "TypeAlias.swift", "Client.swift", "ClientPaths.swift",
        "Mocks.swift", "EmbeddedMocks.swift",
    ]

    /// Text safe inside a `//` comment: one line, no control characters.
    static func commentText(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? " " : $0 }))
    }
}
