import Foundation
import PackagePlugin

/// The build-tool plugin: compiles the SDK that `graphdocgen generate` makes from a target's
/// `graphdocgen.yaml` into that target.
///
/// The build command reads the configuration and the pages (`*.md`, `*.txt`) found under the
/// target's directory, and writes the generator's plugin layout (`--layout plugin`), whose
/// four file names are known up front; SwiftPM reruns it only when one of those inputs, or
/// the generator, changes, and the generation cache (in the plugin's work directory) makes a
/// rerun whose inputs were only touched leave the output as it is. Pages the configuration
/// reads from outside the target are generated from but not watched.
@main
struct GraphDocGenPlugin: BuildToolPlugin {
    /// The configuration file the plugin looks for at the top of the target's directory.
    static let configurationName = "graphdocgen.yaml"
    /// The generator's plugin layout (SwiftRendering's `PluginLayout.fileNames`; a test checks they agree).
    static let outputFileNames = ["GraphDocGenModels.swift", "GraphDocGenClient.swift", "GraphDocGenRuntime.swift", "GraphDocGenMocks.swift"]

    func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let configuration = target.directoryURL.appending(path: Self.configurationName)
        guard FileManager.default.fileExists(atPath: configuration.path) else {
            Diagnostics.warning("GraphDocGenPlugin: \(target.name) has no \(Self.configurationName); nothing is generated")
            return []
        }
        let output = context.pluginWorkDirectoryURL.appending(path: "GraphDocGen")
        return [
            .buildCommand(
                displayName: "Generating the Graph SDK of \(target.name) from \(Self.configurationName)",
                executable: try context.tool(named: "graphdocgen").url,
                arguments: [
                    "generate", "--config", configuration.path, "--layout", "plugin", "--output", output.path,
                    "--cache-path", context.pluginWorkDirectoryURL.appending(path: "cache").path,
                ],
                inputFiles: [configuration] + Self.pages(under: target.directoryURL) + Self.runtimeSources(),
                outputFiles: Self.outputFileNames.map { output.appending(path: $0) }
            ),
        ]
    }

    /// The pages under `directory` (`*.md` and `*.txt`, hidden directories skipped), in path order.
    static func pages(under directory: URL) -> [URL] {
        let keys: [URLResourceKey] = [.isRegularFileKey]
        guard let walk = FileManager.default.enumerator(
            at: directory, includingPropertiesForKeys: keys, options: [.skipsHiddenFiles]) else { return [] }
        var pages: [URL] = []
        for case let url as URL in walk where ["md", "txt"].contains(url.pathExtension.lowercased()) {
            if (try? url.resourceValues(forKeys: Set(keys)).isRegularFile) == true { pages.append(url) }
        }
        return pages.sorted { $0.path < $1.path }
    }

    /// The runtime the generator copies into the output (`Sources/GraphRuntime` of the
    /// checkout this plugin comes from), so that a change to it regenerates too; empty when
    /// it cannot be listed.
    static func runtimeSources() -> [URL] {
        let runtime = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appending(path: "Sources/GraphRuntime")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: runtime.path)) ?? []
        return names.filter { $0.hasSuffix(".swift") }.sorted().map { runtime.appending(path: $0) }
    }
}
