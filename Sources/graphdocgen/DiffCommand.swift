import APIDiff
import ArgumentParser
import Foundation
import GraphDocConfig
import SchemaInference
import SwiftRendering

/// `graphdocgen diff OLD NEW`: what changed in the API between two sets of pages (or a
/// package's recorded surface), and what it breaks for the apps that use the generated package.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare the API of two sets of pages: what changed, and what breaks in Swift or on the wire.",
        discussion: """
            OLD and NEW are page trees (any locales, e.g. an older de-DE tree against a newer ru-RU one), a \
            surface recorded by 'generate' (a .json file), or '-' for the surface recorded in the output \
            package (\(APISurfaceFile.fileName) in --output, default Generated). Each change is classified: \
            breaking-swift (an app may no longer compile), breaking-wire (it compiles, but the service sees or \
            sends something else) or additive; the summary says the version bump they call for. The filters \
            and package settings of the configuration apply to the page trees, as in 'generate'.

            Examples:
              graphdocgen diff ../shared/corpus/ru-RU-2021-02-09/v1.0 ../shared/corpus/ru-RU/v1.0
              graphdocgen diff - docs-input --format markdown
              graphdocgen diff old-pages new-pages --fail-on breaking
            """
    )

    /// How the changes are printed.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, markdown
    }

    /// Which changes make the command exit with status 1.
    enum FailOn: String, ExpressibleByArgument, CaseIterable {
        case breaking, any
    }

    @Argument(help: "The old API: a page tree, a recorded surface (.json), or '-' for the output package's.")
    var old: String

    @Argument(help: "The new API: a page tree, a recorded surface (.json), or '-' for the output package's.")
    var new: String

    @Option(help: "Lines (text), one JSON object (json), or a changelog section (markdown).")
    var format: Format = .text

    @Option(help: "Exit with status 1 when there is a breaking change (breaking) or any change (any).")
    var failOn: FailOn?

    @Option(help: "The package directory whose recorded surface '-' reads (default: the configuration's output, else Generated).")
    var output: String?

    @Option(help: ArgumentHelp("The directory of the page evidence cache 'generate' keeps (default: \(GenerateCommand.defaultCachePath)).", valueName: "path"))
    var cachePath: String?

    @Flag(help: "Read every page, without the page evidence cache.")
    var noCache = false

    @OptionGroup var configurationOptions: ConfigurationOptions

    func run() throws {
        let configuration = try configurationOptions.configuration(overriding: GraphDocConfiguration(output: output))
        let before = try surface(of: old, configuration: configuration)
        let after = try surface(of: new, configuration: configuration)
        let report = APIChangeReport(changes: APIDiff.changes(from: before, to: after))
        var standardOutput = StandardOutput()
        switch format {
        case .text: standardOutput.write(report.text)
        case .json: standardOutput.write(report.json)
        case .markdown: standardOutput.write(report.markdown)
        }
        standardOutput.flush()
        switch failOn {
        case .breaking where report.changes.contains { $0.changeClass != .additive }: throw ExitCode(1)
        case .any where !report.changes.isEmpty: throw ExitCode(1)
        default: break
        }
    }

    /// The surface `argument` names: recorded (`-` or a `.json` file) or read from pages.
    func surface(of argument: String, configuration: GraphDocConfiguration) throws -> APISurface {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory)
        if argument == "-" || (exists && !isDirectory.boolValue && argument.hasSuffix(".json")) {
            let path = argument == "-"
                ? ((configuration.output ?? GraphDocConfiguration.defaultOutput) as NSString).appendingPathComponent(APISurfaceFile.fileName)
                : argument
            do {
                return try APISurfaceFile.read(path)
            } catch {
                StandardStreams.error("graphdocgen: error: \(error)")
                throw ExitCode(1)
            }
        }
        var pages = configuration
        pages.inputs = [argument]
        let read = try ModelReading.read(pages, cacheDirectory: noCache ? nil : cachePath ?? GenerateCommand.defaultCachePath)
        return APISurface(model: read.model, renderer: try Self.renderer(for: configuration))
    }

    /// A renderer with the package settings of `configuration`, which name the Swift types as
    /// `generate` does.
    static func renderer(for configuration: GraphDocConfiguration, layout: OutputLayout = .package) throws -> PackageRenderer {
        do {
            let packageName = configuration.packageName ?? GraphDocConfiguration.defaultPackageName
            return PackageRenderer(
                templates: try TemplateLibrary(), runtime: try RuntimeSources.files(),
                mocks: try RuntimeSources.files(in: RuntimeSources.mocksDirectory),
                options: PackageRenderer.Options(
                    packageName: packageName, libraryName: packageName, access: configuration.accessModifier ?? .public,
                    modules: configuration.modules ?? .automatic,
                    mocks: configuration.mocks == false ? .none : .library))
        } catch {
            StandardStreams.error("graphdocgen: error: \(error)")
            throw ExitCode(1)
        }
    }
}
