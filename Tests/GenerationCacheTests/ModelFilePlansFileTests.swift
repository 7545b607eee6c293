import Foundation
import GenerationCache
import GraphDocCore
import SwiftRendering
import Testing

/// The model file plans a run records, as the cache stores and reads them.
@Suite("ModelFilePlansFile")
struct ModelFilePlansFileTests {
    static let plans = ModelFilePlans(files: [
        ModelFilePlans.File(path: "Sources/A/Thing.swift", plan: Data(#"{"name":"Thing"}"#.utf8), pages: ["resources/thing.md"]),
        ModelFilePlans.File(path: "Sources/A/Pet.swift", plan: Data(#"{"name":"Pet"}"#.utf8), pages: ["resources/pet.md", "resources/thing.md"]),
        ModelFilePlans.File(path: "Sources/A/Keeper.swift", plan: Data(), pages: []),
    ], imports: Data(#"{"imports":1}"#.utf8))

    func workspace() throws -> (cache: GenerationCache, output: URL, root: URL) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("graphdocgen-plans-\(UUID().uuidString)")
        return (GenerationCache(directory: root.appendingPathComponent("cache")), root.appendingPathComponent("Out"), root)
    }

    @Test("stored and read back by the name the record gives them: the plans holding a page's prose, and all of them with some replaced")
    func roundTrip() throws {
        let (cache, output, root) = try workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let environment = ContentDigest(of: "environment")
        let id = try cache.store(Self.plans, for: output, environment: environment)
        let file = try #require(cache.modelFilePlans(for: output, environment: environment, id: id))
        #expect(file.id == id && file.imports == Self.plans.imports)
        #expect(file.files(holdingProseOf: ["resources/thing.md"]) == Array(Self.plans.files.prefix(2)))
        #expect(file.files(holdingProseOf: ["resources/pet.md"]) == [Self.plans.files[1]])
        #expect(file.files(holdingProseOf: ["resources/other.md"]).isEmpty)
        var replaced = Self.plans
        replaced.files[1].plan = Data("new".utf8)
        #expect(file.replacing(["Sources/A/Pet.swift": Data("new".utf8)]).files == replaced.files)
        #expect(cache.modelFilePlans(for: output, environment: environment, id: "another run") == nil)
        #expect(cache.modelFilePlans(for: output, environment: ContentDigest(of: "other settings"), id: id) == nil)
        #expect(cache.modelFilePlans(for: output, environment: environment, id: nil) == nil)
    }

    @Test("a torn file, or one whose header does not account for its body, is none")
    func torn() throws {
        let (cache, output, root) = try workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let environment = ContentDigest(of: "environment")
        let id = try cache.store(Self.plans, for: output, environment: environment)
        let url = try #require(try FileManager.default.contentsOfDirectory(
            at: root.appendingPathComponent("cache"), includingPropertiesForKeys: nil).first { $0.pathExtension == "plans" })
        let stored = try Data(contentsOf: url)
        for damaged in [stored.dropLast(), stored + Data("x".utf8), stored.prefix(10)] {
            try Data(damaged).write(to: url)
            #expect(cache.modelFilePlans(for: output, environment: environment, id: id) == nil)
        }
    }
}
