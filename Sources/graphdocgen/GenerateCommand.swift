import ArgumentParser
import Foundation
import SchemaInference
import SwiftRendering

/// `graphdocgen generate`: writes the Swift package for the pages.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Generate the Swift package (models, client and runtime) for documentation pages.",
        discussion: """
            The output directory is replaced in one atomic step: an interrupted run leaves the \
            previous output as it was.

            Examples:
              graphdocgen generate                      # docs-input → Generated
              graphdocgen generate ../docs --output Sources/GraphSDK
            """
    )

    @Argument(help: "Page files, or directories searched recursively for *.md and *.txt pages.")
    var paths: [String] = ["docs-input"]

    @Option(help: "The directory the package is written to; it is replaced as a whole.")
    var output: String = "Generated"

    @Option(help: "The name of the package and of its library.")
    var packageName: String = "GraphSDK"

    @Flag(help: "Make the generated structs Hashable (costs compile time).")
    var hashable = false

    func run() throws {
        let model = try ModelReading.model(of: paths)
        do {
            let renderer = PackageRenderer(
                templates: try TemplateLibrary(), runtime: try RuntimeSources.files(),
                options: .init(packageName: packageName, libraryName: packageName, hashable: hashable))
            let package = try renderer.render(model, sourceSummary: paths.joined(separator: " "))
            for diagnostic in package.diagnostics { StandardStreams.error(diagnostic.formatted) }
            try PackageWriter().write(package.files, to: URL(fileURLWithPath: output))
            StandardStreams.error(
                "graphdocgen: wrote \(package.files.count) files to \(output) "
                    + "(\(model.types.count) types, \(model.operations.count) operations)")
            StandardStreams.error("graphdocgen: \(package.fixtures.line)")
        } catch {
            StandardStreams.error("graphdocgen: error: \(error)")
            throw ExitCode(1)
        }
    }
}
