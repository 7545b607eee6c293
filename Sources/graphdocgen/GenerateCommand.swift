import APIDiff
import ArgumentParser
import Foundation
import GenerationCache
import GraphDocConfig
import GraphDocCore
import GraphDocTemplates
import PageReader
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

            A run whose inputs (pages, settings and the generator itself, compared by content) \
            did not change since the last run, over an output that still holds what that run \
            wrote, leaves the output as it is and reports what that run reported; so does a run \
            whose changed pages give the generator what they gave it before (an edited \
            translation or front matter). A run that is not skipped reads only the pages whose \
            contents changed and renders only the model files whose inputs changed (the \
            generation cache, --cache-path; --no-cache turns it off); when those pages changed \
            only descriptions the model copies (a type's, a property's), it renders only the \
            model files that hold them, from the plans the last run recorded, without inferring \
            the model again. Files whose signatures (size, times, inode) are as recorded are not \
            read again.

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

    @Option(help: "The directory the package is written to; it is replaced as a whole, but for what builds keep at its top: hidden entries such as .build, and Package.resolved (default: Generated).")
    var output: String?

    @Option(help: "The name of the package and of its library (default: GraphSDK).")
    var packageName: String?

    @Flag(help: "Print notes too, not only warnings and errors.")
    var verbose = false

    @OptionGroup var configurationOptions: ConfigurationOptions

    @Option(help: ArgumentHelp(
        "The access level of the generated API: public, package (the generated package's own targets and tests) or internal (tests import it with @testable; the build-tool plugin's target) (default: public).",
        valueName: AccessModifier.allCases.map(\.rawValue).joined(separator: "|")))
    var accessModifier: AccessModifier?

    @Option(help: ArgumentHelp(
        "automatic: split when the models weigh more than one of its modules holds and the API is not internal, single otherwise (single with --layout plugin); single: one library module; perNamespace: the runtime, and the models of each namespace (namespaces that refer to each other together), in modules of their own, the client in the library's module, which depends on them all; split: the same, with the models in modules of about \(ModuleLayout.splitModuleWeight) properties each, and the client's request types in a module of their own with their members and methods in modules beside each other, all of which the library's module re-exports (faster release builds of a large API). Neither of the last two with --access-modifier internal nor --layout plugin (default: automatic).",
        valueName: ModuleLayout.allCases.map(\.rawValue).joined(separator: "|")))
    var modules: ModuleLayout?

    @Flag(help: "Make the generated structs Hashable (costs compile time).")
    var hashable = false

    @Option(help: "package: a Swift package (manifest, sources, tests); plugin: only the sources, in the files \(PluginLayout.fileNames.joined(separator: ", ")) (what the build-tool plugin compiles).")
    var layout: OutputLayout = .package

    @Flag(help: "Write nothing: print each file that would be added, changed or removed, and exit with status 1 when the output is stale.")
    var check = false

    @Option(help: ArgumentHelp("The directory of the generation cache (default: \(Self.defaultCachePath)).", valueName: "path"))
    var cachePath: String?

    @Flag(help: "Neither use nor update the generation cache: read every page, infer and render everything.")
    var noCache = false

    /// The generation cache's directory when none is given: beside SwiftPM's build products,
    /// which version control already ignores.
    static let defaultCachePath = ".build/graphdocgen-cache"

    func run() throws {
        let configuration = try configurationOptions.configuration(
            overriding: GraphDocConfiguration(
                inputs: paths, output: output, packageName: packageName,
                accessModifier: accessModifier, modules: modules))
        // The file's own conflicts are errors at their place; these come from the command line.
        if let conflict = configuration.moduleConflict { throw ValidationError(conflict) }
        if let modules = configuration.modules, modules != .single, modules != .automatic, layout == .plugin {
            throw ValidationError("'modules: \(modules.rawValue)' cannot go with --layout plugin: the build-tool plugin compiles one target")
        }
        let progress = Progress.onTerminal
        let output = configuration.output ?? GraphDocConfiguration.defaultOutput
        let outputURL = URL(fileURLWithPath: output)
        let packageName = configuration.packageName ?? GraphDocConfiguration.defaultPackageName
        // The plugin compiles one target, the app's own: the mock service goes into it only when asked.
        let mocks: MockPlacement = layout == .plugin
            ? (configuration.mocks == true ? .libraryModule : .none) : (configuration.mocks == false ? .none : .library)
        let options = PackageRenderer.Options(
            packageName: packageName, libraryName: packageName, hashable: hashable,
            access: configuration.accessModifier ?? .public,
            // The plugin compiles one target, whatever the models weigh.
            modules: layout == .plugin ? .single : configuration.modules ?? .automatic, mocks: mocks)
        let selection = try ModelReading.selectPages(configuration)
        let cache = noCache ? nil : GenerationCache(directory: URL(fileURLWithPath: cachePath ?? Self.defaultCachePath))
        let previous = cache?.record(for: outputURL)
        let inputs = try cache.map { try ModelReading.cacheInputs(selection.files, recorded: previous, signed: $0.signingTime()) }
        let key = inputs.map { generationKey(selection.files, inputs: $0, configuration: configuration, options: options) }
        var evidence: ModelReading.EvidenceCache?
        cached: if let cache, let key, let inputs {
            if let (record, read) = cache.current(previous, key: key, output: outputURL) {
                // When files had to be read (their signatures not settled, or changed), their
                // signatures are taken again, so that the next run need not read them; a few
                // touched pages cost less to read again than storing the record.
                if !check, read > 0 || inputs.read > Self.pagesWorthRecording {
                    store(record, signing: inputs, in: cache, output: outputURL)
                }
                try reportUnchanged(record, key: key, output: output)
                return
            }
            let pages = cache.pageEvidence(generator: inputs.generator)
            // After a documentation update (most pages changed since the last run), encoding
            // and storing the changed pages' entries would cost more than reading them again
            // saves: the run reads them without storing, and a later run stores them.
            guard previous?.isUpdated(in: key, contents: inputs.pages) != true else {
                evidence = ModelReading.EvidenceCache(cache: pages, contents: inputs.pages, storing: false)
                break cached
            }
            let comparison = cache.compareEvidence(
                previous, output: outputURL, key: key, files: selection.files, contents: inputs.pages, pages: pages)
            if let failure = comparison.failure {
                StandardStreams.error("graphdocgen: warning: the page evidence cache in \(pages.directory.path) was not updated: \(failure)")
            }
            if let record = comparison.unchanged {
                if !check { store(record, signing: inputs, in: cache, output: outputURL) }
                try reportUnchanged(record, key: key, output: output, changedPages: comparison.changedPages)
                return
            }
            // Pages that changed only descriptions the model copies: the recorded output, with
            // the model files that hold them rendered again from their recorded plans.
            if !check, layout == .package, let templates = try? TemplateLibrary(), let patch = cache.patchProse(
                previous, output: outputURL, key: key, files: selection.files, contents: inputs.pages,
                entries: comparison.entries, pages: pages, templates: templates)
            {
                try write(patch, to: output, changedPages: comparison.changedPages, signing: inputs, key: key, in: cache, pages: pages)
                return
            }
            evidence = ModelReading.EvidenceCache(cache: pages, contents: inputs.pages, known: comparison.entries)
        }
        let read = try ModelReading.read(selection, configuration: configuration, progress: progress, evidence: evidence)
        let model = read.model
        do {
            let renderer = PackageRenderer(
                templates: try TemplateLibrary(), runtime: try RuntimeSources.files(),
                mocks: try RuntimeSources.files(in: RuntimeSources.mocksDirectory), options: options)
            progress.report("rendering \(model.types.count) types and \(model.operations.count) operations")
            let memo = key.flatMap { key in cache?.renderingMemo(for: outputURL, environment: key.environment) } ?? RenderingMemo()
            let plan = renderer.plan(model)
            // The API surface, recorded beside the manifest for `diff -` and `--check`, is read
            // from the plan while the package renders.
            let (rendered, (surface, surfaceFile)) = concurrently {
                Result { () throws(TemplateLibrary.Failure) in
                    try renderer.render(plan, sourceSummary: configuration.inputs.joined(separator: " "), reusing: memo)
                }
            } _: {
                let surface = APISurface(plan: plan)
                return (surface, RenderedFile(path: APISurfaceFile.fileName, contents: APISurfaceFile.contents(of: surface)))
            }
            let package = try rendered.get()
            let diagnostics = Diagnostics.sorted(read.diagnostics + package.diagnostics)
            ModelReading.print(diagnostics, verbose: verbose)
            var files = layout.files(of: package.files)
            if layout == .package {
                files.append(surfaceFile)
                files.sort { $0.path < $1.path }
            }
            if check {
                try checkOutput(
                    files, output: output, surface: layout == .package ? surface : nil, pages: configuration.inputs.joined(separator: " "))
                return
            }
            progress.report("writing \(files.count) files")
            let written = try PackageWriter().write(files, to: outputURL)
            let summary = [
                "model: \(model.types.count) types, \(model.operations.count) operations "
                    + "(\(model.operations.filter { $0.permissions != nil }.count) with permissions)",
                package.fixtures.line,
            ] + (options.modules == .automatic && plan.layout != .single ? [
                "modules: \(plan.layout.rawValue), \(plan.moduleCount) modules: the models weigh \(plan.modelWeight), "
                    + "more than one module holds (\(options.splitModuleWeight)); --modules single keeps one"
            ] : [])
            StandardStreams.error(
                "graphdocgen: wrote \(files.count) files to \(output) "
                    + "(\(written.changed) changed, \(written.unchanged) unchanged; \(package.models.line))")
            if let cached = read.cachedPages {
                StandardStreams.error("graphdocgen: pages: \(read.pages - cached) read, \(cached) from the evidence cache")
            }
            for line in summary { StandardStreams.error("graphdocgen: \(line)") }
            if let cache, let key, let inputs, let evidenceDigests = read.evidenceDigests {
                let allDigests = evidenceDigests.compactMap { $0 }
                var record = GenerationRecord(
                    key: key.digest,
                    evidenceKey: allDigests.count == evidenceDigests.count ? key.replacingPageDigests(allDigests).digest : nil,
                    pages: zip(key.pagePaths, zip(inputs.pages, evidenceDigests)).map {
                        GenerationRecord.PageDigests(path: $0, contents: $1.0, evidence: $1.1)
                    },
                    files: Dictionary(uniqueKeysWithValues: files.map { ($0.path, ContentDigest(of: $0.contents)) }),
                    diagnostics: diagnostics, summary: summary)
                if layout == .package, let plans = package.modelPlans {
                    record.modelPlans = storePlans(plans, key: key, in: cache, output: outputURL)
                }
                let (signatures, signed) = cache.signatures(of: files.map(\.path), in: outputURL)
                record.sign(files: signatures, at: signed)
                store(record, signing: inputs, in: cache, output: outputURL)
                if package.memo != memo {
                    do {
                        try cache.store(package.memo, for: outputURL, environment: key.environment)
                    } catch {
                        StandardStreams.error("graphdocgen: warning: the generation cache in \(cache.directory.path) was not updated: \(error)")
                    }
                }
            }
        } catch let exit as ExitCode {
            throw exit
        } catch {
            StandardStreams.error("graphdocgen: error: \(error)")
            throw ExitCode(1)
        }
    }

    /// How many pages read again make a run that changed nothing store its record anew.
    static let pagesWorthRecording = 100

    /// The key of this run: the generator's files, the settings that shape the output, and
    /// the selected pages' paths and contents.
    func generationKey(
        _ pages: [InputFile], inputs: ModelReading.CacheInputs,
        configuration: GraphDocConfiguration, options: PackageRenderer.Options
    ) -> GenerationKey {
        let settings = [String(reflecting: configuration), String(reflecting: options), layout.rawValue]
        let digests = zip(pages, inputs.pages).map { (path: $0.path + "\n" + $0.relativePath, digest: $1) }
        return GenerationKey(generator: inputs.generator, settings: settings, pages: digests)
    }

    /// Stores `record`, with the pages' signatures `inputs` took, as the last run that wrote
    /// `output`; warns when it cannot.
    func store(_ record: GenerationRecord, signing inputs: ModelReading.CacheInputs, in cache: GenerationCache, output: URL) {
        var record = record
        record.sign(pages: inputs.signatures, at: inputs.signed)
        do {
            try cache.store(record, for: output)
        } catch {
            StandardStreams.error("graphdocgen: warning: the generation cache in \(cache.directory.path) was not updated: \(error)")
        }
    }

    /// Stores the model file plans of a run that wrote the output; returns their name for the
    /// run's record, `nil` (after a warning) when they could not be stored.
    func storePlans(_ plans: ModelFilePlans, key: GenerationKey, in cache: GenerationCache, output outputURL: URL) -> String? {
        do {
            return try cache.store(plans, for: outputURL, environment: key.environment)
        } catch {
            StandardStreams.error("graphdocgen: warning: the generation cache in \(cache.directory.path) was not updated: \(error)")
            return nil
        }
    }

    /// Writes a run that changed only descriptions (``GenerationCache/patchProse(_:output:key:files:contents:entries:pages:templates:)``)
    /// and reports it: the recorded run's diagnostics and summary, and what was written.
    func write(
        _ patch: GenerationCache.ProsePatch, to output: String, changedPages: Int, signing inputs: ModelReading.CacheInputs,
        key: GenerationKey, in cache: GenerationCache, pages: PageEvidenceCache
    ) throws {
        let outputURL = URL(fileURLWithPath: output)
        ModelReading.print(patch.record.diagnostics, verbose: verbose)
        let written: PackageWriteSummary
        do {
            written = try PackageWriter().update(outputURL, replacing: patch.changed, keeping: patch.paths)
        } catch {
            StandardStreams.error("graphdocgen: error: \(error)")
            throw ExitCode(1)
        }
        let pagesWord = { (count: Int) in count == 1 ? "1 page" : "\(count) pages" }
        StandardStreams.error(
            "graphdocgen: wrote \(patch.paths.count) files to \(output) (\(written.changed) changed, \(written.unchanged) unchanged; "
                + "model files: \(patch.rendered) rendered again from their recorded plans)")
        StandardStreams.error(
            "graphdocgen: pages: \(changedPages) read, \(key.pageCount - changedPages) as recorded; \(pagesWord(patch.editedPages)) "
                + "changed only descriptions, so the model was not inferred again")
        for line in patch.record.summary { StandardStreams.error("graphdocgen: \(line)") }
        var record = patch.record
        record.modelPlans = storePlans(patch.plans, key: key, in: cache, output: outputURL)
        let (signatures, signed) = cache.signatures(of: patch.paths, in: outputURL)
        record.sign(files: signatures, at: signed)
        store(record, signing: inputs, in: cache, output: outputURL)
        pages.removeEntries(patch.staleEntries)
    }

    /// Reports a run that has nothing to do: the recorded run's diagnostics and summary, and
    /// that the output is current (though `changedPages` pages changed, not in what the
    /// generator reads from them); with `--check`, that nothing would change.
    func reportUnchanged(_ record: GenerationRecord, key: GenerationKey, output: String, changedPages: Int = 0) throws {
        ModelReading.print(record.diagnostics, verbose: verbose)
        if check {
            StandardStreams.error("graphdocgen: \(output) is up to date (\(record.files.count) files)")
            return
        }
        let why = changedPages == 0
            ? "no page, setting or generator file changed since the last run"
            : "\(changedPages == 1 ? "1 page" : "\(changedPages) pages") changed since the last run, "
                + "but not in what the generator reads from \(changedPages == 1 ? "it" : "them")"
        StandardStreams.error(
            "graphdocgen: \(output) is up to date: \(why) "
                + "(\(key.pageCount) pages compared by content; \(record.files.count) files left as they are)")
        for line in record.summary { StandardStreams.error("graphdocgen: \(line)") }
    }

    /// Prints what writing `files` would change in `output` and exits with status 1 when
    /// anything would; writes nothing.
    /// When the output records an API surface and `surface` is the new one, the diff's summary
    /// says what the stale output's users would see change.
    func checkOutput(_ files: [RenderedFile], output: String, surface: APISurface?, pages: String) throws {
        let changes = PackageWriter().changes(files, comparedWith: URL(fileURLWithPath: output))
        var standardOutput = StandardOutput()
        let directory = output.hasSuffix("/") ? output : output + "/"
        for change in changes { standardOutput.write("\(directory)\(change.path): \(change.verb)\n") }
        standardOutput.flush()
        guard changes.isEmpty else {
            StandardStreams.error("graphdocgen: \(output) is stale: \(changes.count) paths would change")
            let recorded = directory + APISurfaceFile.fileName
            if let surface, FileManager.default.fileExists(atPath: recorded), let before = try? APISurfaceFile.read(recorded) {
                let report = APIChangeReport(changes: APIDiff.changes(from: before, to: surface))
                StandardStreams.error("graphdocgen: its API changes: " + report.summaryLine
                    + (report.changes.isEmpty ? "" : " (graphdocgen diff - \(pages) lists them)"))
            }
            throw ExitCode(1)
        }
        StandardStreams.error("graphdocgen: \(output) is up to date (\(files.count) files)")
    }
}
