import Foundation
import GraphDocConfig
import Testing

/// Command-line values over the file's, defaults under both, paths relative to the file.
@Suite("Configuration merging")
struct GraphDocConfigurationTests {
    let file = GraphDocConfiguration(
        inputs: ["pages"], apiVersion: .v1, locale: "en-US",
        filters: ConfigurationFilters(types: ["call"], pathPrefixes: ["/me"]), output: "Out", packageName: "FileSDK")

    @Test("values the command line sets win; those it leaves unset come from the file")
    func overriding() {
        let flags = GraphDocConfiguration(filters: ConfigurationFilters(pathPrefixes: ["/users"]), packageName: "FlagSDK")
        let merged = file.overriding(with: flags)
        #expect(merged.inputs == ["pages"])
        #expect(merged.apiVersion == .v1)
        #expect(merged.locale == "en-US")
        #expect(merged.filters.pathPrefixes == ["/users"])
        #expect(merged.filters.types == ["call"])
        #expect(merged.output == "Out")
        #expect(merged.packageName == "FlagSDK")
        #expect(file.overriding(with: GraphDocConfiguration(inputs: ["a.md"])).inputs == ["a.md"])
    }

    @Test("what nothing sets takes the defaults")
    func defaults() {
        let resolved = GraphDocConfiguration().resolved
        #expect(resolved.inputs == ["docs-input"])
        #expect(resolved.output == "Generated")
        #expect(resolved.packageName == "GraphSDK")
        #expect(file.resolved == file)
    }

    @Test("a file's relative paths are taken from its directory; absolute ones stay")
    func relativePaths() {
        let configuration = GraphDocConfiguration(inputs: ["docs", "/abs/pages"], output: "Generated")
        let resolved = configuration.resolvingPaths(against: "project")
        #expect(resolved.inputs == ["project/docs", "/abs/pages"])
        #expect(resolved.output == "project/Generated")
        #expect(configuration.resolvingPaths(against: ".") == configuration)
    }

    @Test("load reads a file and resolves its paths against its directory")
    func load() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("graphdocgen-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("graphdocgen.yaml").path
        try "inputs: [docs]\noutput: Out\n".write(toFile: path, atomically: true, encoding: .utf8)
        let loaded = ConfigurationReader.load(path: path)
        #expect(loaded.diagnostics.isEmpty)
        #expect(loaded.configuration?.inputs == [directory.path + "/docs"])
        #expect(loaded.configuration?.output == directory.path + "/Out")
        let missing = ConfigurationReader.load(path: directory.appendingPathComponent("none.yaml").path)
        #expect(missing.configuration == nil)
        #expect(missing.diagnostics.map(\.code) == ["config-unreadable"])
    }
}
