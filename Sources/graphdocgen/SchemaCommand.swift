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
        let files: [InputFile]
        do {
            files = try InputFiles.find(paths)
        } catch {
            StandardStreams.error(error.description)
            throw ExitCode(1)
        }
        var evidence: [SchemaInference.PageEvidence] = []
        var unreadable = 0
        PageBatchReader.read(files, transform: SchemaInference.evidence(from:)) { _, result in
            switch result {
            case .success(let (page, pageEvidence)):
                for diagnostic in page.diagnostics { StandardStreams.error(diagnostic.formatted) }
                evidence.append(pageEvidence)
            case .failure(let error):
                unreadable += 1
                StandardStreams.error(error.description)
            }
        }
        let model = SchemaInference.infer(from: evidence)
        for diagnostic in model.diagnostics { StandardStreams.error(diagnostic.formatted) }
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
        if unreadable > 0 { throw ExitCode(1) }
    }
}
