import Foundation
import GraphDocCore
import SwiftRendering
import Yams

/// Reads `graphdocgen.yaml`: a YAML mapping whose keys are checked one by one, so that an
/// unknown key or a bad value is an error at its line and column.
///
/// Keys: `inputs` (a list of paths), `apiVersion` (`v1.0` or `beta`), `locale` (`en-US`),
/// `filters` (a mapping of `namespaces`, `types`, `pathPrefixes`, `include`, `exclude`, each a
/// list of strings), `output` and `packageName` (strings), `accessModifier` (`public`,
/// `package` or `internal`), `modules` (`single`, `perNamespace` or `split`; not the last two
/// with `internal`), `mocks` (`true` or `false`: whether the generated code has the mock service
/// built from the examples). Columns are counted in UTF-8 bytes,
/// as in every other diagnostic of the tool.
public enum ConfigurationReader {
    /// The top-level keys.
    public static let keys = [
        "inputs", "apiVersion", "locale", "filters", "output", "packageName", "accessModifier", "modules", "mocks",
    ]
    /// The keys of `filters`.
    public static let filterKeys = ["namespaces", "types", "pathPrefixes", "include", "exclude"]

    /// Reads the configuration file at `path`; its relative input and output paths are taken
    /// relative to the file's directory. The configuration is `nil` when there were errors.
    public static func load(path: String) -> (configuration: GraphDocConfiguration?, diagnostics: [Diagnostic]) {
        guard let data = FileManager.default.contents(atPath: path) else {
            return (nil, [Diagnostic(.error, code: "config-unreadable", "cannot read the configuration file", at: SourceLocation(file: path, line: 1, column: 1))])
        }
        let read = read(yaml: String(decoding: data, as: UTF8.self), path: path)
        let directory = (path as NSString).deletingLastPathComponent
        return (read.configuration?.resolvingPaths(against: directory), read.diagnostics)
    }

    /// Reads a configuration from its text; `path` is only used in the diagnostics. The
    /// configuration is `nil` when there were errors.
    public static func read(yaml: String, path: String) -> (configuration: GraphDocConfiguration?, diagnostics: [Diagnostic]) {
        var reader = NodeReader(path: path, lines: yaml.split(separator: "\n", omittingEmptySubsequences: false))
        let configuration: GraphDocConfiguration
        do {
            guard let root = try Yams.compose(yaml: yaml) else { return (GraphDocConfiguration(), []) }
            configuration = reader.configuration(root)
        } catch {
            reader.syntaxError(error)
            return (nil, reader.diagnostics.all)
        }
        let diagnostics = Diagnostics.sorted(reader.diagnostics.all)
        return (diagnostics.contains { $0.severity == .error } ? nil : configuration, diagnostics)
    }
}

/// Walks the composed YAML nodes, collecting a diagnostic for each problem.
private struct NodeReader {
    let path: String
    let lines: [Substring]
    var diagnostics = Diagnostics()

    mutating func configuration(_ root: Node) -> GraphDocConfiguration {
        var configuration = GraphDocConfiguration()
        if root.null != nil { return configuration }
        var modulesNode: Node?
        for (key, value) in mapping(root, named: "the configuration", keys: ConfigurationReader.keys) {
            switch key {
            case "inputs":
                configuration.inputs = strings(value, named: key)
                if configuration.inputs.isEmpty, value.sequence != nil { error(at: value, "'inputs' must list at least one path") }
            case "apiVersion":
                configuration.apiVersion = choice(value, named: key)
            case "locale":
                guard let text = string(value, named: key) else { break }
                if PageName.isLocale(text) {
                    configuration.locale = text
                } else {
                    error(at: value, "'locale' must be a locale such as 'en-US', not '\(text)'")
                }
            case "filters":
                configuration.filters = filters(value)
            case "output":
                configuration.output = string(value, named: key)
            case "accessModifier":
                configuration.accessModifier = choice(value, named: key)
            case "modules":
                configuration.modules = choice(value, named: key)
                modulesNode = value
            case "mocks":
                configuration.mocks = bool(value, named: key)
            default:
                guard let text = string(value, named: key) else { break }
                if Self.isIdentifier(text) {
                    configuration.packageName = text
                } else {
                    error(at: value, "'packageName' must be a Swift identifier (letters, digits, '_'), not '\(text)'")
                }
            }
        }
        if let modulesNode, let conflict = configuration.moduleConflict { error(at: modulesNode, conflict) }
        return configuration
    }

    mutating func filters(_ node: Node) -> ConfigurationFilters {
        var filters = ConfigurationFilters()
        for (key, value) in mapping(node, named: "'filters'", keys: ConfigurationReader.filterKeys) {
            let list = strings(value, named: "filters." + key)
            switch key {
            case "namespaces": filters.namespaces = list
            case "types": filters.types = list
            case "pathPrefixes":
                for (item, text) in zip(value.sequence.map(Array.init) ?? [], list) where !text.hasPrefix("/") {
                    error(at: item, "a path prefix must start with '/', not '\(text)'")
                }
                filters.pathPrefixes = list
            case "include": filters.include = list
            default: filters.exclude = list
            }
        }
        return filters
    }

    /// The entries of a mapping whose keys are known, in order; unknown keys are errors
    /// (Yams reports repeated keys while composing).
    mutating func mapping(_ node: Node, named name: String, keys: [String]) -> [(String, Node)] {
        guard let mapping = node.mapping else {
            error(at: node, "\(name) must be a mapping of \(keys.joined(separator: ", "))")
            return []
        }
        var entries: [(String, Node)] = []
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar?.string else {
                error(at: keyNode, "a key must be a plain string")
                continue
            }
            guard keys.contains(key) else {
                error(at: keyNode, "unknown key '\(key)' (known keys: \(keys.joined(separator: ", ")))")
                continue
            }
            entries.append((key, value))
        }
        return entries
    }

    mutating func string(_ node: Node, named name: String) -> String? {
        guard let scalar = node.scalar, node.null == nil else {
            error(at: node, "'\(name)' must be a string")
            return nil
        }
        guard !scalar.string.isEmpty else {
            error(at: node, "'\(name)' must not be empty")
            return nil
        }
        return scalar.string
    }

    /// `true` or `false`; `nil` (after an error) for any other value.
    mutating func bool(_ node: Node, named name: String) -> Bool? {
        guard let text = node.scalar?.string, node.null == nil, text == "true" || text == "false" else {
            error(at: node, "'\(name)' must be true or false")
            return nil
        }
        return text == "true"
    }

    /// The case of `Choice` the node names, by raw value; `nil` (after an error) for any other value.
    mutating func choice<Choice: RawRepresentable & CaseIterable>(_ node: Node, named name: String) -> Choice?
    where Choice.RawValue == String {
        guard let text = string(node, named: name) else { return nil }
        guard let choice = Choice(rawValue: text) else {
            error(at: node, "'\(name)' must be one of \(Choice.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")), not '\(text)'")
            return nil
        }
        return choice
    }

    mutating func strings(_ node: Node, named name: String) -> [String] {
        guard let sequence = node.sequence else {
            error(at: node, "'\(name)' must be a list of strings")
            return []
        }
        return sequence.compactMap { string($0, named: name + " item") }
    }

    static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first == "_" || first.properties.isAlphabetic else { return false }
        return text.unicodeScalars.allSatisfy { $0 == "_" || $0.properties.isAlphabetic || ("0"..."9").contains($0) }
    }

    mutating func error(at node: Node, _ message: String) {
        diagnostics.emit(
            .error, code: "config-invalid", message,
            at: location(line: node.mark?.line ?? 1, scalarColumn: node.mark?.column ?? 1))
    }

    mutating func syntaxError(_ error: any Error) {
        let (message, mark): (String, Mark?) = switch error {
        case let YamlError.scanner(context, problem, mark, _),
            let YamlError.parser(context, problem, mark, _),
            let YamlError.composer(context, problem, mark, _):
            ("invalid YAML: " + (context.map { "\($0.text) " } ?? "") + problem, mark)
        case let YamlError.duplicatedKeysInMapping(duplicates, context):
            (duplicates.map { "'\($0)'" }.joined(separator: ", ") + " given twice in the mapping that starts here", context.mark)
        default: ("invalid YAML: \(error)", nil)
        }
        let at = mark.map { location(line: $0.line, scalarColumn: $0.column) } ?? SourceLocation(file: path, line: 1, column: 1)
        diagnostics.emit(.error, code: "config-syntax", message, at: at)
    }

    /// The location of a YAML mark, whose column counts Unicode scalars, with the column in UTF-8 bytes.
    func location(line: Int, scalarColumn: Int) -> SourceLocation {
        guard line >= 1, line <= lines.count else { return SourceLocation(file: path, line: max(line, 1), column: scalarColumn) }
        let scalars = lines[line - 1].unicodeScalars
        let before = scalars.prefix(max(scalarColumn - 1, 0))
        let bytes = before.reduce(0) { $0 + UTF8.width($1) }
        return SourceLocation(file: path, line: line, column: bytes + 1 + max(scalarColumn - 1 - before.count, 0))
    }
}
