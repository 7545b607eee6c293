import ArgumentParser
import Foundation
import GenerationCache
import GraphDocConfig
import GraphDocCore
import GraphDocTemplates
import PageReader
import SchemaInference
import SwiftRendering

/// Finds the input pages, reads them and infers their model: the first two stages, shared
/// by the commands.
enum ModelReading {
    /// What the first two stages give.
    struct Result {
        /// The model, after the configuration's model selection.
        var model: APIModel
        /// The diagnostics of page selection, of the pages and of the model, sorted.
        var diagnostics: [Diagnostic]
        /// The number of pages read.
        var pages: Int
        /// The digest of each page's evidence entry, in page order, when read through the cache
        /// (`nil` for a page read and not stored).
        var evidenceDigests: [ContentDigest?]?
        /// How many pages' evidence came from the cache, not from reading them, when read
        /// through the cache.
        var cachedPages: Int?
    }

    /// The model of the pages a configuration selects, with every diagnostic collected, not
    /// printed; exits with status 1 (after printing why) when the input cannot be used.
    static func read(_ configuration: GraphDocConfiguration, progress: Progress = Progress(enabled: false)) throws -> Result {
        try read(selectPages(configuration), configuration: configuration, progress: progress)
    }

    /// The pages a configuration selects from its inputs, and the diagnostics of selecting them.
    static func selectPages(_ configuration: GraphDocConfiguration) throws -> (files: [InputFile], diagnostics: [Diagnostic]) {
        PageSelection(configuration).apply(to: try inputFiles(configuration.inputs))
    }

    /// What the caches compare: the digests of the generator's files and of each page's
    /// contents, in page order, and the pages' signatures.
    struct CacheInputs {
        var generator: [ContentDigest]
        var pages: [ContentDigest]
        /// Each page's file signature, taken before its contents were read, and when.
        var signatures: [FileSignature?]
        var signed: SigningTime
        /// How many pages were read to find their digests (the others' signatures were those
        /// `recorded`, and settled).
        var read: Int
    }

    /// The digests of the generator's files and of each of `pages`' contents, in order: what
    /// the caches compare. A page whose file signature is the one `recorded` took, and settled
    /// then, has the digest recorded for it; the others are read (on all cores).
    static func cacheInputs(_ pages: [InputFile], recorded: GenerationRecord?, signed: SigningTime) throws -> CacheInputs {
        do {
            let generator = try GeneratorIdentity.digests(
                directories: [TemplateDirectory.swift, RuntimeSources.directory, RuntimeSources.mocksDirectory])
            let known = Dictionary(
                (recorded?.pages ?? []).compactMap { page in
                    page.signature.flatMap { signature in
                        recorded?.pagesSigned.flatMap { signature.isSettled(at: $0) ? (page.path, page) : nil }
                    }
                }, uniquingKeysWith: { first, _ in first })
            let found = try [(digest: ContentDigest, signature: FileSignature?, read: Bool)](concurrentlyMaking: pages.count) {
                index throws(InputError) in
                let page = pages[index]
                let signature = FileSignature(path: page.path)
                if let signature, let recorded = known[page.path + "\n" + page.relativePath], recorded.signature == signature {
                    return (recorded.contents, signature, false)
                }
                return (ContentDigest(of: try InputFiles.bytes(of: page)), signature, true)
            }
            return CacheInputs(
                generator: generator, pages: found.map(\.digest), signatures: found.map(\.signature), signed: signed,
                read: found.count { $0.read })
        } catch {
            StandardStreams.error("graphdocgen: error: \(error)")
            throw ExitCode(1)
        }
    }

    /// The model of the pages a configuration selects, each page's evidence read from the page
    /// evidence cache in `cacheDirectory` when it holds it (and stored there when not); without
    /// a directory, every page is read.
    static func read(_ configuration: GraphDocConfiguration, cacheDirectory: String?) throws -> Result {
        let selection = try selectPages(configuration)
        guard let cacheDirectory else { return try read(selection, configuration: configuration, progress: Progress(enabled: false)) }
        let cache = GenerationCache(directory: URL(fileURLWithPath: cacheDirectory))
        let inputs = try cacheInputs(selection.files, recorded: nil, signed: cache.signingTime())
        return try read(
            selection, configuration: configuration, progress: Progress(enabled: false),
            evidence: EvidenceCache(cache: cache.pageEvidence(generator: inputs.generator), contents: inputs.pages))
    }

    /// The page evidence cache of a run, the digests of the selected pages' contents, in order,
    /// the entries of pages already read, by index, and whether pages read are stored.
    struct EvidenceCache {
        var cache: PageEvidenceCache
        var contents: [ContentDigest]
        var known: [Int: PageEvidenceCache.StoredEntry] = [:]
        var storing = true
    }

    /// The model of `selection`'s pages (see ``read(_:progress:)``); with `evidence`, pages
    /// whose evidence is cached are not read, and the others' evidence is cached.
    static func read(
        _ selection: (files: [InputFile], diagnostics: [Diagnostic]), configuration: GraphDocConfiguration, progress: Progress,
        evidence cache: EvidenceCache? = nil
    ) throws -> Result {
        let files = selection.files
        progress.report("reading \(files.count) pages")
        var diagnostics = selection.diagnostics
        var evidence: [SchemaInference.PageEvidence] = []
        var unreadable = 0
        var digests: [ContentDigest?] = []
        var cachedPages: Int?
        func consume(_ result: Swift.Result<PageEvidenceEntry, InputError>) {
            switch result {
            case .success(let entry):
                diagnostics += entry.diagnostics
                evidence.append(entry.evidence)
            case .failure(let error):
                unreadable += 1
                StandardStreams.error(error.description)
            }
        }
        if let cache {
            let summary = cache.cache.read(files, contents: cache.contents, known: cache.known, storing: cache.storing) { _, result in
                if case .success(let stored) = result { digests.append(stored.digest) }
                consume(result.map(\.entry))
            }
            cachedPages = summary.cached
            if let failure = summary.failure {
                StandardStreams.error(
                    "graphdocgen: warning: the page evidence cache in \(cache.cache.directory.path) was not updated: \(failure)")
            }
        } else {
            PageBatchReader.read(files) { PageEvidenceEntry(reading: $0) } consume: { consume($1.map { $0.1 }) }
        }
        if unreadable > 0 { throw ExitCode(1) }
        progress.report("inferring the model")
        let model = configuration.filters.modelSelection.apply(to: SchemaInference.infer(from: evidence))
        return Result(
            model: model, diagnostics: Diagnostics.sorted(diagnostics + model.diagnostics), pages: evidence.count,
            evidenceDigests: cache == nil ? nil : digests, cachedPages: cachedPages)
    }

    /// Prints `diagnostics` to standard error: warnings and errors, and notes when `verbose`;
    /// then, when notes were left out, a line counting them.
    static func print(_ diagnostics: [Diagnostic], verbose: Bool) {
        var notes = 0
        for diagnostic in diagnostics {
            if diagnostic.severity == .note, !verbose {
                notes += 1
            } else {
                StandardStreams.error(diagnostic.formatted)
            }
        }
        if notes > 0 { StandardStreams.error("graphdocgen: \(notes) notes not shown (--verbose shows them)") }
    }

    /// The model of the pages under `paths`, printing every diagnostic to standard error;
    /// exits with status 1 when the input cannot be used.
    static func model(of paths: [String]) throws -> APIModel {
        let result = try read(GraphDocConfiguration(inputs: paths))
        for diagnostic in result.diagnostics { StandardStreams.error(diagnostic.formatted) }
        return result.model
    }

    /// The page files under `paths`; a missing path is reported and exits with status 1.
    static func inputFiles(_ paths: [String]) throws -> [InputFile] {
        do {
            return try InputFiles.find(paths)
        } catch {
            StandardStreams.error(error.description)
            throw ExitCode(1)
        }
    }
}
