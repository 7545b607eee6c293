import ArgumentParser

/// The `graphdocgen` command-line tool.
@main
struct GraphDocGen: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graphdocgen",
        abstract: "Generate a typed Swift SDK from Microsoft Graph reference documentation."
    )
}
