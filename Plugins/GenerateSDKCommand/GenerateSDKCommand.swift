import Foundation
import PackagePlugin

/// The command plugin `generate-sdk`: runs `graphdocgen generate` in the package's directory,
/// so it reads the package's `graphdocgen.yaml` when there is one and writes the package it
/// names (default `Generated/`) there, to be committed.
///
/// `swift package --allow-writing-to-package-directory generate-sdk [ARGS...]` passes ARGS on
/// to `graphdocgen generate` (`--check`, `--output DIR`, `--config PATH`, filter options, …).
@main
struct GenerateSDKCommand: CommandPlugin {
    /// Why the command failed: `graphdocgen generate`'s exit status (its messages are already printed).
    struct Failure: Error, CustomStringConvertible {
        /// The generator's exit status.
        var status: Int32
        var description: String { "graphdocgen generate exited with status \(status)" }
    }

    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let process = Process()
        process.executableURL = try context.tool(named: "graphdocgen").url
        process.arguments = ["generate"] + arguments
        process.currentDirectoryURL = context.package.directoryURL
        try process.run()
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            throw Failure(status: process.terminationStatus)
        }
    }
}
