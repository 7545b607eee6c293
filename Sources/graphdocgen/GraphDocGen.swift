import ArgumentParser

/// The `graphdocgen` command-line tool.
@main
struct GraphDocGen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graphdocgen",
        abstract: "Generate a typed Swift SDK from Microsoft Graph reference documentation.",
        discussion: """
            Exit status: 0 when the pages were read (documentation warnings and errors are \
            reported, not fatal); 1 when the input or the configuration cannot be used (a missing path, \
            an unreadable file, an error in graphdocgen.yaml), when 'lint' found errors (or warnings, \
            with --strict) and when 'generate --check' finds the output stale; 64 for a usage error.
            """,
        version: GraphDocGenVersion.current,
        subcommands: [
            ExtractCommand.self, SchemaCommand.self, GenerateCommand.self, LintCommand.self, PermissionsCommand.self, MocksCommand.self,
            DiffCommand.self,
        ]
    )
}
