import ArgumentParser
import GraphDocCore
import LenientJSON
import PageReader
import SchemaInference

/// `graphdocgen schema`: infers the API model from pages and prints it.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Infer the API model (types, properties, enumerations, operations) from documentation pages.",
        discussion: """
            Diagnostics of reading and inference are printed to standard error as \
            'path:line:column: severity: message'.

            Examples:
              graphdocgen schema docs-input
              graphdocgen schema ../shared/corpus/ru-RU/v1.0 --format json > ir.json
            """
    )

    /// How the model is printed.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "Page files, or directories searched recursively for *.md and *.txt pages.")
    var paths: [String] = ["docs-input"]

    @Option(help: "Print a line per type and operation (text) or the whole model (json).")
    var format: Format = .text

    func run() throws {
        let model = try ModelReading.model(of: paths)
        var output = StandardOutput()
        switch format {
        case .json:
            output.write(try JSONValueEncoder().encodeToString(model) + "\n")
        case .text:
            for type in model.types {
                let base = type.baseType.map { " : \($0)" } ?? ""
                let detail = type.kind == .enum ? "\(type.members.count) members" : "\(type.properties.count) properties"
                output.write("\(type.kind.rawValue) \(type.name)\(base) (\(detail))\n")
            }
            for operation in model.operations {
                output.write("\(operation.method) \(operation.path) (\(operation.name))\n")
            }
        }
        output.flush()
    }
}
