import SwiftRendering

/// What `graphdocgen.yaml` (or the command line) says: the input pages, which of them to
/// read, which part of the model to generate, where, and how.
///
/// `nil` and empty values are unset: ``overriding(with:)`` lets the command line's set
/// values win over the file's, and ``resolved`` fills what is still unset with the defaults.
public struct GraphDocConfiguration: Hashable, Sendable {
    /// The name of the configuration file looked for in the working directory.
    public static let fileName = "graphdocgen.yaml"
    /// The input when none is configured.
    public static let defaultInputs = ["docs-input"]
    /// The output directory when none is configured.
    public static let defaultOutput = "Generated"
    /// The package name when none is configured.
    public static let defaultPackageName = "GraphSDK"

    /// Page files, or directories searched recursively for pages.
    public var inputs: [String]
    /// When the input holds both `v1.0` and `beta` pages, the version whose pages are read.
    public var apiVersion: APIVersion?
    /// The preferred locale (`en-US`) when a page exists in several locales.
    public var locale: String?
    /// Which pages are read and which part of the model is generated.
    public var filters: ConfigurationFilters
    /// The directory the package is written to.
    public var output: String?
    /// The name of the generated package and of its library.
    public var packageName: String?
    /// The access level of the generated API (unset: ``AccessModifier/public``).
    public var accessModifier: AccessModifier?
    /// One module, or the models in a module per namespace, or in modules of a bounded size
    /// (unset: ``ModuleLayout/automatic``, which chooses by the models' weight).
    public var modules: ModuleLayout?
    /// Whether the generated code has the mock service built from the examples (unset: yes in a
    /// package, as a library of its own; no in the build-tool plugin's layout, which would
    /// compile it into the app's module).
    public var mocks: Bool?

    /// Creates a configuration; everything unset by default.
    public init(
        inputs: [String] = [], apiVersion: APIVersion? = nil, locale: String? = nil,
        filters: ConfigurationFilters = ConfigurationFilters(), output: String? = nil, packageName: String? = nil,
        accessModifier: AccessModifier? = nil, modules: ModuleLayout? = nil, mocks: Bool? = nil
    ) {
        self.modules = modules
        self.mocks = mocks
        self.inputs = inputs
        self.apiVersion = apiVersion
        self.locale = locale
        self.filters = filters
        self.output = output
        self.packageName = packageName
        self.accessModifier = accessModifier
    }

    /// This configuration with every value `other` sets in place of this one's.
    public func overriding(with other: GraphDocConfiguration) -> GraphDocConfiguration {
        GraphDocConfiguration(
            inputs: other.inputs.isEmpty ? inputs : other.inputs, apiVersion: other.apiVersion ?? apiVersion,
            locale: other.locale ?? locale, filters: filters.overriding(with: other.filters),
            output: other.output ?? output, packageName: other.packageName ?? packageName,
            accessModifier: other.accessModifier ?? accessModifier, modules: other.modules ?? modules, mocks: other.mocks ?? mocks)
    }

    /// This configuration with the defaults where it sets nothing.
    public var resolved: GraphDocConfiguration {
        filling(inputs: Self.defaultInputs, output: Self.defaultOutput, packageName: Self.defaultPackageName)
    }

    /// This configuration with its relative input and output paths taken relative to
    /// `directory` (the configuration file's directory); `""` and `.` leave them as written.
    public func resolvingPaths(against directory: String) -> GraphDocConfiguration {
        guard !directory.isEmpty, directory != "." else { return self }
        func resolve(_ path: String) -> String {
            path.hasPrefix("/") ? path : (directory.hasSuffix("/") ? directory : directory + "/") + path
        }
        var copy = self
        copy.inputs = inputs.map(resolve)
        copy.output = output.map(resolve)
        return copy
    }

    private func filling(inputs: [String], output: String, packageName: String) -> GraphDocConfiguration {
        var copy = self
        if copy.inputs.isEmpty { copy.inputs = inputs }
        if copy.output == nil { copy.output = output }
        if copy.packageName == nil { copy.packageName = packageName }
        return copy
    }

    /// Why the access modifier and module layout cannot go together, if they cannot: the
    /// modules of ``ModuleLayout/perNamespace`` and ``ModuleLayout/split`` use each other's
    /// types, which `internal` hides.
    public var moduleConflict: String? {
        guard let modules, modules != .single, modules != .automatic, accessModifier == .internal else { return nil }
        return "'modules: \(modules.rawValue)' needs 'accessModifier' public or package: its modules use each other's types, which internal hides"
    }
}
