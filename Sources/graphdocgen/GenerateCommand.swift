import ArgumentParser
import Foundation
import GraphDocConfig
import GraphDocCore
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

            Settings come from graphdocgen.yaml (--config, else ./graphdocgen.yaml when it exists); \
            the command line's arguments and options override it.

            Examples:
              graphdocgen generate                      # docs-input → Generated
              graphdocgen generate ../docs --output Sources/GraphSDK
              graphdocgen generate --config graphdocgen.yaml --path-prefix /communications/calls
            """
    )

    @Argument(help: "Page files, or directories searched recursively for *.md and *.txt pages (default: the configuration's inputs, else docs-input).")
    var paths: [String] = []

    @Option(help: "The directory the package is written to; it is replaced as a whole (default: Generated).")
    var output: String?

    @Option(help: "The name of the package and of its library (default: GraphSDK).")
    var packageName: String?

    @Flag(help: "Print notes too, not only warnings and errors.")
    var verbose = false

    @OptionGroup var configurationOptions: ConfigurationOptions

    @Flag(help: "Make the generated structs Hashable (costs compile time).")
    var hashable = false

    @Option(help: "package: a Swift package (manifest, sources, tests); plugin: only the sources, in the files \(PluginLayout.fileNames.joined(separator: ", ")) (what the build-tool plugin compiles).")
    var layout: OutputLayout = .package

    @Flag(help: "Write nothing: print each file that would be added, changed or removed, and exit with status 1 when the output is stale.")
    var check = false

    func run() throws {
        let configuration = try configurationOptions.configuration(
            overriding: GraphDocConfiguration(inputs: paths, output: output, packageName: packageName))
        let progress = Progress.onTerminal
        let read = try ModelReading.read(configuration, progress: progress)
        let model = read.model
        let output = configuration.output ?? GraphDocConfiguration.defaultOutput
        let packageName = configuration.packageName ?? GraphDocConfiguration.defaultPackageName
        do {
            let renderer = PackageRenderer(
                templates: try TemplateLibrary(), runtime: try RuntimeSources.files(),
                options: .init(packageName: packageName, libraryName: packageName, hashable: hashable))
            progress.report("rendering \(model.types.count) types and \(model.operations.count) operations")
            let package = try renderer.render(model, sourceSummary: configuration.inputs.joined(separator: " "))
            ModelReading.print(Diagnostics.sorted(read.diagnostics + package.diagnostics), verbose: verbose)
            let files = layout.files(of: package.files)
            if check {
                try checkOutput(files, output: output)
                return
            }
            progress.report("writing \(files.count) files")
            let written = try PackageWriter().write(files, to: URL(fileURLWithPath: output))
            StandardStreams.error(
                "graphdocgen: wrote \(files.count) files to \(output) "
                    + "(\(written.changed) changed, \(written.unchanged) unchanged)")
            StandardStreams.error("graphdocgen: model: \(model.types.count) types, \(model.operations.count) operations")
            StandardStreams.error("graphdocgen: \(package.fixtures.line)")
        } catch let exit as ExitCode {
            throw exit
        } catch {
            StandardStreams.error("graphdocgen: error: \(error)")
            throw ExitCode(1)
        }
    }

    /// Prints what writing `files` would change in `output` and exits with status 1 when
    /// anything would; writes nothing.
    func checkOutput(_ files: [RenderedFile], output: String) throws {
        let changes = PackageWriter().changes(files, comparedWith: URL(fileURLWithPath: output))
        var standardOutput = StandardOutput()
        let directory = output.hasSuffix("/") ? output : output + "/"
        for change in changes { standardOutput.write("\(directory)\(change.path): \(change.verb)\n") }
        standardOutput.flush()
        guard changes.isEmpty else {
            StandardStreams.error("graphdocgen: \(output) is stale: \(changes.count) paths would change")
            throw ExitCode(1)
        }
        StandardStreams.error("graphdocgen: \(output) is up to date (\(files.count) files)")
    }
}
