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

        /// The default layout: a package `GraphSDK` with a library `GraphSDK`, no `Hashable`, a public API.
        public init(
            packageName: String = "GraphSDK", libraryName: String = "GraphSDK", hashable: Bool = false,
            access: AccessModifier = .public
        ) {
            self.packageName = packageName
            self.libraryName = libraryName
            self.hashable = hashable
            self.access = access
        }
    }

    let templates: TemplateLibrary
    let runtime: [RenderedFile]
    let options: Options

    /// Creates a renderer with loaded templates and the runtime sources to copy in.
    public init(templates: TemplateLibrary, runtime: [RenderedFile], options: Options = Options()) {
        self.templates = templates
        self.runtime = runtime
        self.options = options
    }

    /// The package for `model`: manifest, models, client and runtime.
    /// - Parameter sourceSummary: What the model was generated from, for the files' headers.
    public func render(_ model: APIModel, sourceSummary: String) throws(TemplateLibrary.Failure) -> RenderedPackage {
        let library = SwiftName.typeName(options.libraryName)
        let names = SwiftTypeNames(model: model, reserved: reservedTypeNames())
        let models = try ModelRenderer(
            model: model, names: names, templates: templates, hashable: options.hashable, access: options.access
        ).render()
        let tree = ClientTree(operations: model.operations)
        let modelTypeNames = Set(model.types.compactMap { names.name(of: $0.name) })
            .union(model.types.compactMap { names.polymorphicName(of: $0.name) })
        let client = try ClientRenderer(
            tree: tree, names: names, templates: templates, modelTypeNames: modelTypeNames, serviceRoot: model.serviceRoot,
            access: options.access
        ).render()
        let fixtures = try FixtureRenderer(
            model: model, names: names, templates: templates, moduleImports: [options.access.testImport(of: library)], tree: tree, index: client.index
        ).render()
        let testTarget = library + "Tests"
        var files = [
            RenderedFile(path: "Package.swift", contents: try templates.render("Package.swift", with: [
                "sourceSummary": Self.commentText(sourceSummary),
                "packageNameLiteral": SwiftLiteral.string(options.packageName),
                "libraryNameLiteral": SwiftLiteral.string(library),
                "hasTests": !fixtures.files.isEmpty,
                "testTargetNameLiteral": SwiftLiteral.string(testTarget),
            ])),
        ]
        files += fixtures.files.map { RenderedFile(path: "Tests/\(testTarget)/\($0.path)", contents: $0.contents) }
        files += (models + client.files).map { RenderedFile(path: "Sources/\(library)/\($0.path)", contents: $0.contents) }
        files += runtime.map {
            RenderedFile(
                path: "Sources/\(library)/Runtime/\($0.path)",
                contents: AccessModifierRewriter.rewrite($0.contents, to: options.access))
        }
        return RenderedPackage(
            files: files.sorted { $0.path < $1.path }, diagnostics: Diagnostics.sorted(tree.diagnostics.all + fixtures.diagnostics),
            fixtures: fixtures.summary)
    }

    /// The names the runtime and the templates of generated Swift refer to or declare, and the
    /// runtime's file names: a generated type must take none of them.
    func reservedTypeNames() -> Set<String> {
        var reserved: Set<String> = []
        for file in runtime {
            reserved.formUnion(ReferencedTypeNames.scan(file.contents))
            reserved.insert(String(file.path.split(separator: "/").last?.split(separator: ".").first ?? ""))
        }
        for template in Self.swiftTemplateNames {
            reserved.formUnion(ReferencedTypeNames.scan(templates.swiftText(of: template)))
        }
        return reserved
    }

    /// The templates of Swift source whose names a model type could shadow.
    static let swiftTemplateNames = [
        "Struct.swift", "Enum.swift", "AnyType.swift", "TypeAlias.swift", "Client.swift", "ClientPaths.swift",
        "FixtureTests.swift", "Fixture.swift",
    ]

    /// Text safe inside a `//` comment: one line, no control characters.
    static func commentText(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? " " : $0 }))
    }
}
