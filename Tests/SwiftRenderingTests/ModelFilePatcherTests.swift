import Foundation
import SchemaInference
import SwiftRendering
import Testing

/// Model files rendered again from their recorded plans with edited descriptions: the files
/// a rendering of the edited model gives.
@Suite("ModelFilePatcher")
struct ModelFilePatcherTests {
    /// The zoo of ``RenderingMemoTests`` with each description's origin: the animal's name row,
    /// inherited by the cat, and the keeper's page.
    static func zoo(name: String = "The name.", keeper: String = "A keeper.") -> APIModel {
        var model = RenderingMemoTests.zoo(nameDescription: name, keeperDescription: keeper)
        for index in model.types.indices {
            let page = model.types[index].sources[0]
            model.types[index].descriptionOrigin = ProseOrigin(page: page)
            for row in model.types[index].properties.indices {
                model.types[index].properties[row].descriptionOrigin = ProseOrigin(page: page, row: row)
            }
        }
        return model
    }

    /// The model files of `package` that `edits` patch, rendered again, by path.
    static func patched(_ package: RenderedPackage, _ edits: [ProseOrigin: String], modules: Bool = false) throws -> [String: String] {
        let plans = try #require(package.modelPlans)
        #expect((plans.imports != nil) == modules)
        let patcher = try ModelFilePatcher(templates: try TemplateLibrary(), imports: plans.imports)
        var files: [String: String] = [:]
        for file in plans.files where !Set(edits.keys.map(\.page)).isDisjoint(with: file.pages) {
            if let patched = try patcher.patch(file.plan, with: edits) { files[file.path] = patched.contents }
        }
        return files
    }

    @Test("an inherited property's description: the files of its type and of the derived type, as the edited model renders them")
    func inherited() throws {
        let before = try RenderingMemoTests.render(Self.zoo())
        let after = try RenderingMemoTests.render(Self.zoo(name: "What it is called."))
        let files = try Self.patched(before, [ProseOrigin(page: "resources/animal.md", row: 0): "What it is called."])
        let expected = after.files.filter { file in before.files.first { $0.path == file.path }?.contents != file.contents }
        #expect(files.keys.sorted() == expected.map(\.path).sorted())
        #expect(expected.count == 2, "the animal and the cat (the enumeration of derived types holds no property)")
        for file in expected { #expect(files[file.path] == file.contents, "\(file.path)") }
    }

    @Test("a type's description in models split into modules, with their imports; an edit to what a plan does not hold patches nothing")
    func splitModules() throws {
        var options = PackageRenderer.Options()
        options.modules = .split
        let renderer = PackageRenderer(templates: try TemplateLibrary(), runtime: [], options: options)
        let before = try renderer.render(Self.zoo(), sourceSummary: "test")
        let after = try renderer.render(Self.zoo(keeper: "Keeps the animals."), sourceSummary: "test")
        let files = try Self.patched(before, [ProseOrigin(page: "resources/keeper.md"): "Keeps the animals."], modules: true)
        let keeper = try #require(after.files.first { $0.path.hasSuffix("/Keeper.swift") })
        #expect(files == [keeper.path: keeper.contents])
        #expect(try Self.patched(before, [ProseOrigin(page: "resources/keeper.md"): "A keeper."], modules: true).isEmpty)
        #expect(try Self.patched(before, [ProseOrigin(page: "resources/keeper.md", row: 7): "Nothing."], modules: true).isEmpty)
    }

    @Test("a plan this generator did not record is an error, not a guess")
    func unreadable() throws {
        let patcher = try ModelFilePatcher(templates: try TemplateLibrary(), imports: nil)
        #expect(throws: ModelFilePatchError.self) { try patcher.patch(Data("{}".utf8), with: [:]) }
        #expect(throws: ModelFilePatchError.self) { try ModelFilePatcher(templates: try TemplateLibrary(), imports: Data("[".utf8)) }
    }
}
