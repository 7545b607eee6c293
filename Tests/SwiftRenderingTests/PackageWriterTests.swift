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
}
