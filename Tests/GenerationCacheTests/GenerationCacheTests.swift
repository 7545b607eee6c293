import Foundation
import GenerationCache
import GraphDocCore
import SwiftRendering
import Testing

@Suite("GenerationCache")
struct GenerationCacheTests {
    /// A scratch directory holding a cache and an output written by `PackageWriter`.
    struct Scratch {
        let root: URL
        var cache: GenerationCache { GenerationCache(directory: root.appendingPathComponent("cache")) }
        var output: URL { root.appendingPathComponent("Out") }
        let files = [
            RenderedFile(path: "Package.swift", contents: "// manifest\n"),
            RenderedFile(path: "Sources/A.swift", contents: "struct A {}\n"),
        ]
        let key = GenerationKey(generator: [ContentDigest(of: "g")], settings: [], pages: [(path: "a.md", digest: ContentDigest(of: "a"))])

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("GenerationCacheTests-\(UUID().uuidString)")
            _ = try PackageWriter().write(files, to: output)
        }

        var record: GenerationRecord {
            GenerationRecord(
                key: key.digest, evidenceKey: key.replacingPageDigests([ContentDigest(of: "evidence of a")]).digest,
                pages: [.init(path: "a.md", contents: ContentDigest(of: "a"), evidence: ContentDigest(of: "evidence of a"))],
                files: Dictionary(uniqueKeysWithValues: files.map { ($0.path, ContentDigest(of: $0.contents)) }),
                diagnostics: [Diagnostic(.warning, code: "c", "m", at: SourceLocation(file: "a.md", line: 3, column: 4))],
                summary: ["model: 1 types, 0 operations"])
        }

        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    @Test("a stored record reads back, diagnostics and summary included")
    func roundTrip() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        #expect(scratch.cache.record(for: scratch.output) == nil)
        try scratch.cache.store(scratch.record, for: scratch.output)
        #expect(scratch.cache.record(for: scratch.output) == scratch.record)
        #expect(scratch.cache.currentRecord(for: scratch.output, key: scratch.key) == scratch.record)
        #expect(scratch.cache.record(for: scratch.root.appendingPathComponent("Other")) == nil)
    }

    @Test("a record is not current for another key, or an output that no longer holds exactly its files")
    func notCurrent() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.cache.store(scratch.record, for: scratch.output)
        let otherKey = GenerationKey(generator: [ContentDigest(of: "g")], settings: [], pages: [(path: "a.md", digest: ContentDigest(of: "b"))])
        #expect(scratch.cache.currentRecord(for: scratch.output, key: otherKey) == nil)

        let source = scratch.output.appendingPathComponent("Sources/A.swift")
        try "struct A { var edited: Int }\n".write(to: source, atomically: true, encoding: .utf8)
        #expect(scratch.cache.currentRecord(for: scratch.output, key: scratch.key) == nil)
        try "struct A {}\n".write(to: source, atomically: true, encoding: .utf8)
        #expect(scratch.cache.currentRecord(for: scratch.output, key: scratch.key) != nil, "restored bytes are current again")

        let extra = scratch.output.appendingPathComponent("Sources/Extra.swift")
        try "".write(to: extra, atomically: true, encoding: .utf8)
        #expect(scratch.cache.currentRecord(for: scratch.output, key: scratch.key) == nil)
        try FileManager.default.removeItem(at: extra)

        try FileManager.default.removeItem(at: source)
        #expect(scratch.cache.currentRecord(for: scratch.output, key: scratch.key) == nil)
    }

    @Test("a file whose signature is the recorded one, settled, is not read; any other is, and a change is found, its modification time restored or not")
    func signatures() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        var record = scratch.record
        let paths = scratch.files.map(\.path)
        let (taken, _) = scratch.cache.signatures(of: paths, in: scratch.output)
        #expect(taken.count == 2)
        // Taken long after the files last changed: settled.
        let later = SigningTime(wallTime: SigningTime.now(marker: nil).wallTime + FileSignature.racyInterval * 2)
        record.sign(files: taken, at: later)
        try scratch.cache.store(record, for: scratch.output)
        let trusted = try #require(scratch.cache.current(record, key: scratch.key, output: scratch.output))
        #expect(trusted.read == 0)

        // Taken when the files may still have changed in the same tick: read.
        record.sign(files: taken, at: SigningTime(wallTime: 0))
        #expect(try #require(scratch.cache.current(record, key: scratch.key, output: scratch.output)).read == 2)

        // Rewritten with other bytes of the same size, the modification time set back: the
        // signature differs, so the file is read and found changed.
        record.sign(files: taken, at: later)
        let source = scratch.output.appendingPathComponent("Sources/A.swift")
        try Data("struct B {}\n".utf8).write(to: source)
        let signature = try #require(taken["Sources/A.swift"])
        var times = [signature.modified, signature.modified].map { timespec(tv_sec: Int($0 / 1_000_000_000), tv_nsec: Int($0 % 1_000_000_000)) }
        #expect(utimensat(AT_FDCWD, source.path, &times, 0) == 0)
        #expect(scratch.cache.current(record, key: scratch.key, output: scratch.output) == nil)
    }

    @Test("a run follows a documentation update when more than half of the recorded pages, and more than updatePages, are gone or changed")
    func update() {
        func record(pages: Int) -> GenerationRecord {
            GenerationRecord(
                key: ContentDigest(of: "k"), evidenceKey: nil,
                pages: (0..<pages).map { .init(path: "p\($0).md", contents: ContentDigest(of: "\($0)"), evidence: nil) },
                files: [:], diagnostics: [], summary: [])
        }
        /// A key over `pages` pages, the first `changed` of them with other contents.
        func run(pages: Int, changed: Int) -> (key: GenerationKey, contents: [ContentDigest]) {
            let contents = (0..<pages).map { ContentDigest(of: $0 < changed ? "new \($0)" : "\($0)") }
            let key = GenerationKey(generator: [], settings: [], pages: (0..<pages).map { (path: "p\($0).md", digest: contents[$0]) })
            return (key, contents)
        }
        let many = GenerationRecord.updatePages * 4
        for (changed, updated) in [(many / 2, false), (many / 2 + 1, true), (many, true)] {
            let (key, contents) = run(pages: many, changed: changed)
            #expect(record(pages: many).isUpdated(in: key, contents: contents) == updated, "\(changed) of \(many) changed")
        }
        let few = GenerationRecord.updatePages
        let (key, contents) = run(pages: few, changed: few)
        #expect(!record(pages: few).isUpdated(in: key, contents: contents), "a small set of pages is never an update")
        let gone = run(pages: many / 4, changed: 0)
        #expect(record(pages: many).isUpdated(in: gone.key, contents: gone.contents), "pages gone count as changed")
    }

    @Test("an unreadable or foreign record is ignored, not an error")
    func unreadable() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.cache.store(scratch.record, for: scratch.output)
        let recordFile = try #require(
            FileManager.default.contentsOfDirectory(at: scratch.cache.directory, includingPropertiesForKeys: nil).first)
        try Data("{ not json".utf8).write(to: recordFile)
        #expect(scratch.cache.record(for: scratch.output) == nil)
        var oldFormat = try JSONSerialization.jsonObject(with: JSONEncoder().encode(scratch.record)) as! [String: Any]
        oldFormat["format"] = GenerationRecord.currentFormat + 1
        try JSONSerialization.data(withJSONObject: oldFormat).write(to: recordFile)
        #expect(scratch.cache.record(for: scratch.output) == nil)
    }

    @Test("renderings read back for the same generator and settings only; an unreadable file means none")
    func renderingMemo() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let memo = RenderingMemo(texts: [ContentDigest(of: "plan"): "struct A {}\n"])
        #expect(scratch.cache.renderingMemo(for: scratch.output, environment: scratch.key.environment) == RenderingMemo())
        try scratch.cache.store(memo, for: scratch.output, environment: scratch.key.environment)
        #expect(scratch.cache.renderingMemo(for: scratch.output, environment: scratch.key.environment) == memo)
        // Other pages keep the environment; another generator or other settings do not.
        let otherPages = GenerationKey(generator: [ContentDigest(of: "g")], settings: [], pages: [])
        #expect(otherPages.environment == scratch.key.environment)
        #expect(scratch.cache.renderingMemo(for: scratch.output, environment: otherPages.environment) == memo)
        let otherSettings = GenerationKey(generator: [ContentDigest(of: "g")], settings: ["hashable"], pages: [])
        #expect(scratch.cache.renderingMemo(for: scratch.output, environment: otherSettings.environment) == RenderingMemo())
        #expect(scratch.cache.renderingMemo(for: scratch.root.appendingPathComponent("Other"), environment: scratch.key.environment) == RenderingMemo())

        let file = try #require(
            FileManager.default.contentsOfDirectory(at: scratch.cache.directory, includingPropertiesForKeys: nil)
                .first { $0.lastPathComponent.hasSuffix(".renderings.json") })
        try Data("{ not json".utf8).write(to: file)
        #expect(scratch.cache.renderingMemo(for: scratch.output, environment: scratch.key.environment) == RenderingMemo())
    }
}
