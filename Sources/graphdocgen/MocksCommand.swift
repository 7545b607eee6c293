import ArgumentParser
import Foundation
import GraphDocConfig
import GraphDocCore
import SwiftRendering

/// `graphdocgen mocks`: the documented exchanges as a mocks file for other tools, the same
/// exchanges the generated package's mock service (`<Library>Mocks`) answers with.
struct MocksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mocks",
        abstract: "Write the documented request/response pairs as a mocks file (Dev Proxy's MockResponsePlugin).",
        discussion: """
            One mock per documented exchange that the generated fixture tests send through the client and read \
            back whole: the request's method and URL (absolute below the documented service root, '*' for keys, \
            function arguments and paths below an item, then the example's query), the response's status, \
            headers and body (the repaired JSON, never a string where JSON was documented). Mocks come most \
            specific first, as the proxy answers with the first that matches. The configuration's filters \
            (--path-prefix, --type, --namespace) select the operations.

            Examples:
              graphdocgen mocks docs-input --output mocks.json
              graphdocgen mocks ../shared/corpus/ru-RU/v1.0 --path-prefix /me/messages
            """
    )

    /// The format of the mocks file.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        /// Dev Proxy's MockResponsePlugin mocks file.
        case devproxy
    }

    @Argument(help: "Page files, or directories searched recursively for *.md and *.txt pages (default: the configuration's inputs, else docs-input).")
    var paths: [String] = []

    @Option(help: "The mocks file's format.")
    var format: Format = .devproxy

    @Option(help: ArgumentHelp("The file to write, replaced in one step (default: standard output).", valueName: "file"))
    var output: String?

    @OptionGroup var configurationOptions: ConfigurationOptions

    func run() throws {
        let configuration = try configurationOptions.configuration(overriding: GraphDocConfiguration(inputs: paths))
        let read = try ModelReading.read(configuration)
        let package: RenderedPackage
        do {
            package = try PackageRenderer(
                templates: try TemplateLibrary(), runtime: try RuntimeSources.files(),
                mocks: try RuntimeSources.files(in: RuntimeSources.mocksDirectory)
            ).render(read.model, sourceSummary: configuration.inputs.joined(separator: " "))
        } catch {
            StandardStreams.error("graphdocgen: error: \(error)")
            throw ExitCode(1)
        }
        let serviceRoot = read.model.serviceRoot ?? ""
        if URL(string: serviceRoot)?.host == nil {
            StandardStreams.error("graphdocgen: warning: the pages document no service root; the mocks' URLs start with their paths")
        }
        let text = DevProxyMocksFile.contents(of: package.exchanges, serviceRoot: serviceRoot)
        if let output {
            do {
                try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
            } catch {
                StandardStreams.error("graphdocgen: error: \(output): \(error.localizedDescription)")
                throw ExitCode(1)
            }
        } else {
            var standardOutput = StandardOutput()
            standardOutput.write(text)
            standardOutput.flush()
        }
        let left = package.fixtures.unmockedResponses
        StandardStreams.error(
            "graphdocgen: \(package.exchanges.count) mocks from \(read.pages) pages"
                + (left > 0 ? " (\(left) documented response\(left == 1 ? "" : "s") left out: they contradict the type the client reads)" : "")
                + (output.map { " written to \($0)" } ?? ""))
    }
}
