import SchemaInference

/// The `filters` of a configuration: which pages are read and which part of the model is
/// generated.
public struct ConfigurationFilters: Hashable, Sendable {
    /// Namespaces whose types are kept, with every type they need.
    public var namespaces: [String]
    /// Types kept (qualified or simple names), with every type they need.
    public var types: [String]
    /// Operation path prefixes: the operations kept, with every type they need.
    public var pathPrefixes: [String]
    /// Globs over page paths: when any is given, only pages matching one are read.
    public var include: [String]
    /// Globs over page paths: pages matching one are not read.
    public var exclude: [String]

    /// Creates filters; empty lists filter nothing.
    public init(
        namespaces: [String] = [], types: [String] = [], pathPrefixes: [String] = [], include: [String] = [],
        exclude: [String] = []
    ) {
        self.namespaces = namespaces
        self.types = types
        self.pathPrefixes = pathPrefixes
        self.include = include
        self.exclude = exclude
    }

    /// The model selection the type and operation filters describe.
    public var modelSelection: ModelSelection {
        ModelSelection(pathPrefixes: pathPrefixes, types: types, namespaces: namespaces)
    }

    /// These filters with every list `other` gives (non-empty) in place of this one's.
    public func overriding(with other: ConfigurationFilters) -> ConfigurationFilters {
        func pick(_ mine: [String], _ theirs: [String]) -> [String] { theirs.isEmpty ? mine : theirs }
        return ConfigurationFilters(
            namespaces: pick(namespaces, other.namespaces), types: pick(types, other.types),
            pathPrefixes: pick(pathPrefixes, other.pathPrefixes), include: pick(include, other.include),
            exclude: pick(exclude, other.exclude))
    }
}
