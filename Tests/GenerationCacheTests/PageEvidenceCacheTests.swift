import Foundation
import GenerationCache
import GraphDocCore
import LenientJSON
import PageReader
import SchemaInference
import TestSupport
import Testing

@Suite("PageEvidenceCache")
struct PageEvidenceCacheTests {
    /// A scratch cache directory, and the seed pages with their contents' digests.
    struct Scratch {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("PageEvidenceCacheTests-\(UUID().uuidString)")
        var cache: PageEvidenceCache { PageEvidenceCache(directory: root, generator: [ContentDigest(of: "generator")]) }
        let files: [InputFile]
        let contents: [ContentDigest]

        init() throws {
            files = try InputFiles.find([TestPages.docsInput.path])
            contents = try files.map { ContentDigest(of: try InputFiles.bytes(of: $0)) }
        }

        /// Each page's entry through the cache, in order, and what the cache did.
        func read() throws -> (entries: [PageEvidenceEntry], summary: PageEvidenceCache.ReadSummary) {
            var entries: [PageEvidenceEntry] = []
            let summary = try cache.read(files, contents: contents) { entries.append(try $1.get().entry) }
            return (entries, summary)
        }

        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    /// `value` as the lossless encoder writes it, keys sorted: equal bytes mean equal
    /// evidence, positions, member order and duplicate keys included.
    static func losslessBytes(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        encoder.userInfo[JSONValue.losslessCoding] = true
        return try encoder.encode(value)
    }

    /// Each seed page's entry as reading it gives it.
    static func readEntries(_ files: [InputFile]) throws -> [PageEvidenceEntry] {
        try files.map { file in
            PageEvidenceEntry(
                reading: PageReader.read(bytes: try InputFiles.bytes(of: file), path: file.path, relativePath: file.relativePath))
        }
    }

    @Test("a stored entry gives the same evidence, model and diagnostics as reading the seed pages")
    func roundTrip() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let read = try Self.readEntries(scratch.files)
        #expect(!read.isEmpty && read.contains { !$0.diagnostics.isEmpty })

        let first = try scratch.read()
        #expect(first.summary.cached == 0)
        #expect(first.summary.failure == nil)
        let second = try scratch.read()
        #expect(second.summary.cached == scratch.files.count)

        #expect(try Self.losslessBytes(second.entries) == Self.losslessBytes(read))
        #expect(second.entries.map(\.diagnostics) == read.map(\.diagnostics))
        let model = SchemaInference.infer(from: read.map(\.evidence))
        let cachedModel = SchemaInference.infer(from: second.entries.map(\.evidence))
        #expect(cachedModel == model)
        #expect(cachedModel.diagnostics.map(\.formatted) == model.diagnostics.map(\.formatted))
        #expect(try Self.losslessBytes(cachedModel.examples) == Self.losslessBytes(model.examples))
    }

    @Test("a corrupt, foreign or missing entry means the page is read again and its entry stored anew")
    func corruptEntry() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let read = try Self.readEntries(scratch.files)
        _ = try scratch.read()
        let names = try FileManager.default.contentsOfDirectory(atPath: scratch.root.path).sorted()
        #expect(names.count == scratch.files.count)
        try Data("{\"format\": 1, \"evidence\": ".utf8).write(to: scratch.root.appendingPathComponent(names[0]))
        try Data(#"{"format": 99}"#.utf8).write(to: scratch.root.appendingPathComponent(names[1]))
        try FileManager.default.removeItem(at: scratch.root.appendingPathComponent(names[2]))
        let again = try scratch.read()
        #expect(again.summary.cached == scratch.files.count - 3)
        #expect(try Self.losslessBytes(again.entries) == Self.losslessBytes(read))
        #expect(try scratch.read().summary.cached == scratch.files.count)
    }

    @Test("entries no page uses any more are removed; another generator or path finds no entry")
    func bounded() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        _ = try scratch.read()
        let stray = scratch.root.appendingPathComponent("stray.json")
        try Data().write(to: stray)
        let kept = Array(scratch.files.prefix(2))
        _ = scratch.cache.read(kept, contents: Array(scratch.contents.prefix(2))) { _, _ in }
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.root.path).count == 2)

        let file = scratch.files[0]
        let key = scratch.cache.key(of: file, contents: scratch.contents[0])
        #expect(scratch.cache.entry(for: key) != nil)
        let otherGenerator = PageEvidenceCache(directory: scratch.root, generator: [ContentDigest(of: "rebuilt")])
        #expect(otherGenerator.entry(for: otherGenerator.key(of: file, contents: scratch.contents[0])) == nil)
        let moved = InputFile(path: file.path, relativePath: "moved/" + file.relativePath)
        #expect(scratch.cache.entry(for: scratch.cache.key(of: moved, contents: scratch.contents[0])) == nil)
    }

    @Test("a cache that cannot store entries still reads every page, and says why")
    func unwritable() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try FileManager.default.createDirectory(at: scratch.root.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data().write(to: scratch.root)  // a file where the directory should be
        let result = try scratch.read()
        #expect(result.summary.cached == 0)
        #expect(result.summary.failure != nil)
        #expect(try Self.losslessBytes(result.entries) == Self.losslessBytes(Self.readEntries(scratch.files)))
    }
}
