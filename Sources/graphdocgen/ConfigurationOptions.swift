import ArgumentParser
import Foundation
import GraphDocConfig

/// The options that say which configuration file to read and override its settings; shared
/// by `generate` and `lint`.
struct ConfigurationOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "The configuration file (default: ./\(GraphDocConfiguration.fileName) when it exists).", valueName: "path"))
    var config: String?

    @Option(help: ArgumentHelp("When the input holds v1.0 and beta pages, the version whose pages are read.", valueName: "v1.0|beta"))
    var apiVersion: String?

    @Option(help: ArgumentHelp("The preferred locale when a page exists in several (en-US).", valueName: "locale"))
    var locale: String?

    @Option(name: .customLong("path-prefix"), help: ArgumentHelp("Keep the operations under this path, and the types they need (repeatable).", valueName: "path"))
    var pathPrefixes: [String] = []

    @Option(name: .customLong("type"), help: ArgumentHelp("Keep this type and the types it needs (repeatable).", valueName: "name"))
    var types: [String] = []

    @Option(name: .customLong("namespace"), help: ArgumentHelp("Keep the types of this namespace and the types they need (repeatable).", valueName: "namespace"))
    var namespaces: [String] = []

    @Option(help: ArgumentHelp("Read only the pages whose path matches this glob (repeatable).", valueName: "glob"))
    var include: [String] = []

    @Option(help: ArgumentHelp("Do not read the pages whose path matches this glob (repeatable).", valueName: "glob"))
    var exclude: [String] = []

    func validate() throws {
        if let apiVersion, APIVersion(rawValue: apiVersion) == nil {
            throw ValidationError("--api-version must be one of \(APIVersion.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if let locale, !PageName.isLocale(locale) {
            throw ValidationError("--locale must be a locale such as en-US, not '\(locale)'")
        }
        if let prefix = pathPrefixes.first(where: { !$0.hasPrefix("/") }) {
            throw ValidationError("--path-prefix must start with '/', not '\(prefix)'")
        }
    }

    /// The configuration: the file's (the given one, else `./graphdocgen.yaml` when it exists),
    /// overridden by these options and by `commandLine` (the command's own arguments), with the
    /// defaults where nothing is set. Errors in the file are printed and exit with status 1.
    func configuration(overriding commandLine: GraphDocConfiguration) throws -> GraphDocConfiguration {
        var file = GraphDocConfiguration()
        let path = config ?? (FileManager.default.fileExists(atPath: GraphDocConfiguration.fileName) ? GraphDocConfiguration.fileName : nil)
        if let path {
            let loaded = ConfigurationReader.load(path: path)
            for diagnostic in loaded.diagnostics { StandardStreams.error(diagnostic.formatted) }
            guard let configuration = loaded.configuration else { throw ExitCode(1) }
            file = configuration
        }
        let flags = GraphDocConfiguration(
            apiVersion: apiVersion.flatMap(APIVersion.init(rawValue:)), locale: locale,
            filters: ConfigurationFilters(
                namespaces: namespaces, types: types, pathPrefixes: pathPrefixes, include: include, exclude: exclude))
        return file.overriding(with: flags).overriding(with: commandLine).resolved
    }
}
