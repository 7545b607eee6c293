import Foundation
@testable import SwiftRendering
import TestSupport
import Testing

@Suite("Package writer")
struct PackageWriterTests {
    /// A fresh directory that holds the output directory.
    func workspace() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("graphdocgen-writer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func files(in directory: URL) throws -> [String] { try FileTree(of: directory).paths }

    @Test("writes the files, then replaces them exactly on the next run, leaving nothing beside")
    func replaces() throws {
        let workspace = try workspace()
        defer { try? FileManager.default.removeItem(at: workspace) }
        let output = workspace.appendingPathComponent("Generated")
        try PackageWriter().write([
            RenderedFile(path: "Package.swift", contents: "// one"),
            RenderedFile(path: "Sources/SDK/Old.swift", contents: "old"),
        ], to: output)
        #expect(try files(in: output) == ["Package.swift", "Sources/SDK/Old.swift"])
        try PackageWriter().write([
            RenderedFile(path: "Package.swift", contents: "// two"),
            RenderedFile(path: "Sources/SDK/New.swift", contents: "new"),
        ], to: output)
        #expect(try files(in: output) == ["Package.swift", "Sources/SDK/New.swift"])
        #expect(try String(contentsOf: output.appendingPathComponent("Package.swift"), encoding: .utf8) == "// two")
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.path) == ["Generated"])
    }

    @Test("paths that would leave the output directory are refused, and the previous output stays", arguments: [
        "../escape.swift", "/etc/passwd", "a/../../b.swift", "", "a//b", "./a", "a\\..\\b",
    ])
    func refusesUnsafePaths(path: String) throws {
        let workspace = try workspace()
        defer { try? FileManager.default.removeItem(at: workspace) }
        let output = workspace.appendingPathComponent("Generated")
        try PackageWriter().write([RenderedFile(path: "Package.swift", contents: "// kept")], to: output)
        #expect(throws: PackageWriteError.unsafePath(path)) {
            try PackageWriter().write([RenderedFile(path: path, contents: "x")], to: output)
        }
        #expect(try files(in: output) == ["Package.swift"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.path) == ["Generated"])
    }

    @Test("a temporary directory an interrupted run left beside the output is removed")
    func removesStaleTemporaries() throws {
        let workspace = try workspace()
        defer { try? FileManager.default.removeItem(at: workspace) }
        let stale = workspace.appendingPathComponent(".Generated.graphdocgen-stale")
        try FileManager.default.createDirectory(at: stale, withIntermediateDirectories: true)
        try PackageWriter().write([RenderedFile(path: "Package.swift", contents: "")], to: workspace.appendingPathComponent("Generated"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.path) == ["Generated"])
    }

    @Test("a temporary directory of a process that still runs is left alone; one of a process that ended is removed")
    func keepsRunningWritersTemporaries() throws {
        let workspace = try workspace()
        defer { try? FileManager.default.removeItem(at: workspace) }
        let ended = Process()
        ended.executableURL = URL(fileURLWithPath: "/bin/sh")
        ended.arguments = ["-c", "exit 0"]
        try ended.run()
        ended.waitUntilExit()
        let running = ".Generated.graphdocgen-\(getpid())-0"
        let stale = ".Generated.graphdocgen-\(ended.processIdentifier)-0"
        for name in [running, stale] {
            try FileManager.default.createDirectory(at: workspace.appendingPathComponent(name), withIntermediateDirectories: true)
        }
        try PackageWriter().write([RenderedFile(path: "Package.swift", contents: "")], to: workspace.appendingPathComponent("Generated"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.path).sorted() == [running, "Generated"].sorted())
    }

    /// The inode and modification time of a file.
    func identity(_ url: URL) throws -> (inode: UInt64, modified: Date) {
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        return (try #require((attributes[.systemFileNumber] as? NSNumber)?.uint64Value),
                try #require(attributes[.modificationDate] as? Date))
    }

    @Test("a file whose bytes did not change keeps its inode and modification time; changed and new files are written")
    func keepsUnchangedFiles() throws {
        let workspace = try workspace()
        defer { try? FileManager.default.removeItem(at: workspace) }
        let output = workspace.appendingPathComponent("Generated")
        let first = try PackageWriter().write([
            RenderedFile(path: "Package.swift", contents: "// same"),
            RenderedFile(path: "Sources/SDK/Same.swift", contents: "same"),
            RenderedFile(path: "Sources/SDK/Edited.swift", contents: "before"),
        ], to: output)
        #expect(first == PackageWriteSummary(changed: 3, unchanged: 0))
        let same = output.appendingPathComponent("Sources/SDK/Same.swift")
        let edited = output.appendingPathComponent("Sources/SDK/Edited.swift")
        let sameBefore = try identity(same)
        let editedBefore = try identity(edited)
        // Modification times have a resolution; make a rewrite visible in them.
        let past = Date(timeIntervalSinceNow: -3600)
        for url in [same, edited] { try FileManager.default.setAttributes([.modificationDate: past], ofItemAtPath: url.path) }
        let second = try PackageWriter().write([
            RenderedFile(path: "Package.swift", contents: "// same"),
            RenderedFile(path: "Sources/SDK/Same.swift", contents: "same"),
            RenderedFile(path: "Sources/SDK/Edited.swift", contents: "after"),
            RenderedFile(path: "Sources/SDK/New.swift", contents: "new"),
        ], to: output)
        #expect(second == PackageWriteSummary(changed: 2, unchanged: 2))
        let sameAfter = try identity(same)
        let editedAfter = try identity(edited)
        #expect(sameAfter.inode == sameBefore.inode)
        #expect(abs(sameAfter.modified.timeIntervalSince(past)) < 1)
        #expect(editedAfter.inode != editedBefore.inode)
        #expect(editedAfter.modified.timeIntervalSince(past) > 1800)
        #expect(try String(contentsOf: edited, encoding: .utf8) == "after")
        #expect(try files(in: output) == ["Package.swift", "Sources/SDK/Edited.swift", "Sources/SDK/New.swift", "Sources/SDK/Same.swift"])
        // The previous output, linked from, is gone; the kept file has one link again.
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.path) == ["Generated"])
        let links = try FileManager.default.attributesOfItem(atPath: same.path)[.referenceCount] as? NSNumber
        #expect(links?.intValue == 1)
    }

    @Test("update replaces the given files and keeps the others unread: one file renamed over its previous version, more in a new directory exchanged whole", arguments: [1, 2])
    func update(changing count: Int) throws {
        let workspace = try workspace()
        defer { try? FileManager.default.removeItem(at: workspace) }
        let output = workspace.appendingPathComponent("Generated")
        let paths = ["Package.swift", "Sources/SDK/A.swift", "Sources/SDK/B.swift", "Sources/Other/C.swift"]
        try PackageWriter().write(paths.map { RenderedFile(path: $0, contents: "// \($0)") }, to: output)
        try FileManager.default.createDirectory(at: output.appendingPathComponent(".build"), withIntermediateDirectories: true)
        let kept = output.appendingPathComponent("Sources/Other/C.swift")
        let keptBefore = try identity(kept)
        let changed = Array(paths[1...count]).map { RenderedFile(path: $0, contents: "// edited \($0)") }
        let summary = try PackageWriter().update(output, replacing: changed, keeping: paths)
        #expect(summary == PackageWriteSummary(changed: count, unchanged: paths.count - count))
        #expect(try files(in: output) == paths.sorted())
        for file in changed {
            #expect(try String(contentsOf: output.appendingPathComponent(file.path), encoding: .utf8) == file.contents)
        }
        #expect(try String(contentsOf: kept, encoding: .utf8) == "// Sources/Other/C.swift")
        #expect(try identity(kept).inode == keptBefore.inode)
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(".build").path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.path) == ["Generated"])
        #expect(throws: PackageWriteError.self) {
            try PackageWriter().update(output, replacing: [RenderedFile(path: "../escape.swift", contents: "")], keeping: paths)
        }
    }

    @Test("a build's state at the top of the output (.build, .swiftpm, Package.resolved) is kept as it was; a generated file of that name wins")
    func keepsBuildState() throws {
        let workspace = try workspace()
        defer { try? FileManager.default.removeItem(at: workspace) }
        let output = workspace.appendingPathComponent("Generated")
        try PackageWriter().write([RenderedFile(path: "Sources/SDK/A.swift", contents: "a")], to: output)
        let object = output.appendingPathComponent(".build/debug/A.swift.o")
        try FileManager.default.createDirectory(at: object.deletingLastPathComponent(), withIntermediateDirectories: true)
        try "object".write(to: object, atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(at: output.appendingPathComponent(".swiftpm"), withIntermediateDirectories: true)
        try "pins".write(to: output.appendingPathComponent("Package.resolved"), atomically: true, encoding: .utf8)
        try "old".write(to: output.appendingPathComponent(".gitignore"), atomically: true, encoding: .utf8)
        try "".write(to: output.appendingPathComponent("Stale.swift"), atomically: true, encoding: .utf8)
        let objectBefore = try identity(object)
        let summary = try PackageWriter().write([
            RenderedFile(path: "Sources/SDK/A.swift", contents: "a"), RenderedFile(path: ".gitignore", contents: "generated"),
        ], to: output)
        #expect(summary == PackageWriteSummary(changed: 1, unchanged: 1))
        #expect(try files(in: output) == [".build/debug/A.swift.o", ".gitignore", "Package.resolved", "Sources/SDK/A.swift"])
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(".swiftpm").path))
        #expect(try identity(object).inode == objectBefore.inode)
        #expect(try String(contentsOf: output.appendingPathComponent(".gitignore"), encoding: .utf8) == "generated")
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.path) == ["Generated"])
        #expect(PackageWriter.isBuildState(".build") && PackageWriter.isBuildState("Package.resolved"))
        #expect(!PackageWriter.isBuildState("Package.swift") && !PackageWriter.isBuildState("Sources"))
    }

    @Test("a symbolic link in the output is never linked through, even to equal bytes")
    func doesNotFollowSymbolicLinks() throws {
        let workspace = try workspace()
        defer { try? FileManager.default.removeItem(at: workspace) }
        let output = workspace.appendingPathComponent("Generated")
        try PackageWriter().write([RenderedFile(path: "Package.swift", contents: "x")], to: output)
        let outside = workspace.appendingPathComponent("outside.swift")
        try "x".write(to: outside, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: output.appendingPathComponent("Package.swift"))
        try FileManager.default.createSymbolicLink(at: output.appendingPathComponent("Package.swift"), withDestinationURL: outside)
        let summary = try PackageWriter().write([RenderedFile(path: "Package.swift", contents: "x")], to: output)
        #expect(summary == PackageWriteSummary(changed: 1, unchanged: 0))
        let type = try FileManager.default.attributesOfItem(atPath: output.appendingPathComponent("Package.swift").path)[.type] as? FileAttributeType
        #expect(type == .typeRegular)
    }

    @Test("changes lists what a write would add, change and remove (a directory nothing is written in, once), and writes nothing")
    func changes() throws {
        let workspace = try workspace()
        defer { try? FileManager.default.removeItem(at: workspace) }
        let output = workspace.appendingPathComponent("Generated")
        let files = [
            RenderedFile(path: "Package.swift", contents: "// package"),
            RenderedFile(path: "Sources/SDK/A.swift", contents: "a"),
            RenderedFile(path: "Sources/SDK/B.swift", contents: "b"),
        ]
        #expect(PackageWriter().changes(files, comparedWith: output) == [
            OutputChange(.added, "Package.swift"), OutputChange(.added, "Sources/SDK/A.swift"), OutputChange(.added, "Sources/SDK/B.swift"),
        ])
        try PackageWriter().write(files, to: output)
        #expect(PackageWriter().changes(files, comparedWith: output).isEmpty)
        try "edited".write(to: output.appendingPathComponent("Sources/SDK/A.swift"), atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: output.appendingPathComponent("Sources/SDK/B.swift"))
        try FileManager.default.createDirectory(at: output.appendingPathComponent("Sources/Old"), withIntermediateDirectories: true)
        try "".write(to: output.appendingPathComponent("Sources/Old/x.swift"), atomically: true, encoding: .utf8)
        try "".write(to: output.appendingPathComponent("Sources/SDK/Stale.swift"), atomically: true, encoding: .utf8)
        // A build's state is not output: never counted.
        try FileManager.default.createDirectory(at: output.appendingPathComponent(".build/debug"), withIntermediateDirectories: true)
        try "".write(to: output.appendingPathComponent(".build/debug/x.o"), atomically: true, encoding: .utf8)
        try "{}".write(to: output.appendingPathComponent("Package.resolved"), atomically: true, encoding: .utf8)
        let before = try FileTree(of: output)
        let changes = PackageWriter().changes(files, comparedWith: output)
        #expect(changes == [
            OutputChange(.removed, "Sources/Old/"), OutputChange(.changed, "Sources/SDK/A.swift"),
            OutputChange(.added, "Sources/SDK/B.swift"), OutputChange(.removed, "Sources/SDK/Stale.swift"),
        ])
        #expect(changes.map(\.verb) == ["would be removed", "would change", "would be added", "would be removed"])
        #expect(try FileTree(of: output) == before)
    }
}
