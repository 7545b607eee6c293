import ArgumentParser
import GraphDocConfig
import GraphDocLint

extension LintFormat: ExpressibleByArgument {}

/// `graphdocgen lint`: reads pages and infers their model, and prints what the two stages found.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check documentation pages: print the diagnostics of reading them and inferring their model.",
        discussion: """
            Prints the diagnostics sorted, as 'path:line:column: severity: message' lines (notes with \
            --verbose) and a summary line, or as JSON or SARIF 2.1.0. Exit status: 0 when no error was \
            found (no warning either, with --strict), 1 otherwise, 64 for a usage error.

            Examples:
              graphdocgen lint docs-input
              graphdocgen lint ../shared/corpus/ru-RU/v1.0 --format sarif > lint.sarif
            """
    )

    @Argument(help: "Page files, or directories searched recursively for *.md and *.txt pages (default: the configuration's inputs, else docs-input).")
    var paths: [String] = []

    @Option(help: "How to print the diagnostics.")
    var format: LintFormat = .text

    @Flag(help: "Exit with status 1 when there are warnings, not only errors.")
    var strict = false

    @Flag(help: "Print notes too (text format; JSON and SARIF always hold them).")
    var verbose = false

    @OptionGroup var configurationOptions: ConfigurationOptions

    func run() throws {
        let configuration = try configurationOptions.configuration(overriding: GraphDocConfiguration(inputs: paths))
        let read = try ModelReading.read(configuration, progress: .onTerminal)
        let withPermissions = read.model.operations.filter { $0.permissions != nil }.count
        let report = LintReport(
            diagnostics: read.diagnostics, pages: read.pages,
            permissions: .init(with: withPermissions, without: read.model.operations.count - withPermissions))
        var output = StandardOutput()
        output.write(format.render(report, verbose: verbose, toolVersion: GraphDocGenVersion.current))
        output.flush()
        let status = report.exitStatus(strict: strict)
        if status != 0 { throw ExitCode(status) }
    }
}
