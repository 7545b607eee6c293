import Foundation
import GenerationCache
import GraphDocCore
import PageReader
import SwiftRendering
import TestSupport
import Testing

@Suite("GenerationCache.compareEvidence")
struct EvidenceComparisonTests {
    /// A copy of the seed pages, an output, and the record of a run over them.
    struct Scratch {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("EvidenceComparisonTests-\(UUID().uuidString)")
        var cache: GenerationCache { GenerationCache(directory: root.appendingPathComponent("cache")) }
        var pages: PageEvidenceCache { cache.pageEvidence(generator: [ContentDigest(of: "generator")]) }
        var output: URL { root.appendingPathComponent("Out") }
        let files: [InputFile]
        let outputFiles = [RenderedFile(path: "Sources/A.swift", contents: "struct A {}\n")]

        init() throws {
            let docs = root.appendingPathComponent("docs")
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: TestPages.docsInput, to: docs)
            files = try InputFiles.find([docs.path])
            _ = try PackageWriter().write(outputFiles, to: output)
        }

        var contents: [ContentDigest] {
            get throws { try files.map { ContentDigest(of: try InputFiles.bytes(of: $0)) } }
        }

        /// The key of a run over the pages as they are now.
        func key() throws -> GenerationKey {
            GenerationKey(
                generator: [ContentDigest(of: "generator")], settings: ["s"],
                pages: zip(files, try contents).map { (path: $0.path + "\n" + $0.relativePath, digest: $1) })
        }

        /// Reads every page through the page cache and records a run over them, as `generate` does.
        func recordRun() throws {
            let key = try key(), contents = try contents
            let digests = try pages.entries(files, contents: contents).entries.compactMap { try $0.get().digest }
            #expect(digests.count == files.count, "a stored entry has a digest")
            try cache.store(
                GenerationRecord(
                    key: key.digest, evidenceKey: key.replacingPageDigests(digests).digest,
                    pages: zip(key.pagePaths, zip(contents, digests)).map { .init(path: $0, contents: $1.0, evidence: $1.1) },
                    files: Dictionary(uniqueKeysWithValues: outputFiles.map { ($0.path, ContentDigest(of: $0.contents)) }),
                    diagnostics: [], summary: ["model"]),
                for: output)
        }

        func compare() throws -> GenerationCache.EvidenceComparison {
            cache.compareEvidence(cache.record(for: output), output: output, key: try key(), files: files, contents: try contents, pages: pages)
        }

        /// Inserts `text` after the first match of `pattern` in the first page.
        func edit(after pattern: String, inserting text: String) throws {
            let url = URL(fileURLWithPath: files[0].path)
            let page = try String(contentsOf: url, encoding: .utf8)
            let match = try #require(page.range(of: pattern, options: .regularExpression))
            try (page[..<match.upperBound] + text + page[match.upperBound...]).write(to: url, atomically: true, encoding: .utf8)
        }

        var entryCount: Int {
            (try? FileManager.default.contentsOfDirectory(atPath: pages.directory.path).count) ?? 0
        }

        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    @Test("an edit of a page's translation leaves the output current: the record comes back with the new key, one entry per page")
    func translationEdit() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.recordRun()
        try scratch.edit(after: #"<span data-ttu-id="[^"]*">"#, inserting: "Правка. ")
        let comparison = try scratch.compare()
        #expect(comparison.changedPages == 1)
        let record = try #require(comparison.unchanged)
        #expect(record.key == (try scratch.key()).digest)
        #expect(record.pages.map(\.contents) == (try scratch.contents))
        #expect(record.summary == ["model"])
        #expect(scratch.entryCount == scratch.files.count, "the page's earlier entry is removed")
    }

    @Test("an edit of what the generator reads, an edited output or another page list means a full run; the changed page's entry is handed on")
    func evidenceEdit() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.recordRun()
        try scratch.edit(after: #"<span data-stu-id="[^"]*">"#, inserting: "Edited. ")
        let edited = try scratch.compare()
        #expect(edited.unchanged == nil)
        #expect(edited.changedPages == 1)
        #expect(Array(edited.entries.keys) == [0])

        try scratch.recordRun()
        #expect(try scratch.compare().unchanged != nil, "unchanged pages over the recorded output")
        try "struct A { var edited: Int }\n".write(
            to: scratch.output.appendingPathComponent("Sources/A.swift"), atomically: true, encoding: .utf8)
        #expect(try scratch.compare().unchanged == nil)

        _ = try PackageWriter().write(scratch.outputFiles, to: scratch.output)
        let fewer = GenerationKey(
            generator: [ContentDigest(of: "generator")], settings: ["s"],
            pages: zip(scratch.files, try scratch.contents).dropLast().map { (path: $0.path + "\n" + $0.relativePath, digest: $1) })
        let comparison = scratch.cache.compareEvidence(
            scratch.cache.record(for: scratch.output), output: scratch.output, key: fewer, files: Array(scratch.files.dropLast()), contents: Array(try scratch.contents.dropLast()),
            pages: scratch.pages)
        #expect(comparison.unchanged == nil && comparison.changedPages == 0)
    }
}
