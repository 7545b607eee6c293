import Foundation
import SchemaInference
import SwiftRendering
import Testing

/// Model files taken from an earlier run's renderings when what they are made from did not change.
@Suite("RenderingMemo")
struct RenderingMemoTests {
    static func type(_ name: String, base: String? = nil, description: String = "", properties: [(String, String)]) -> APIType {
        APIType(
            name: name, kind: .entity, baseType: base, abstract: false, openType: false, keyProperty: nil,
            description: description,
            properties: properties.map {
                APIProperty(name: $0.0, type: "Edm.String", nullable: false, readOnly: false, navigation: false, description: $0.1)
            },
            members: [], sources: ["resources/\(name.split(separator: ".").last ?? "").md"])
    }

    /// An animal, a cat derived from it, and an unrelated keeper.
    static func zoo(nameDescription: String = "The name.", keeperDescription: String = "A keeper.") -> APIModel {
        APIModel(types: [
            type("contoso.zoo.animal", properties: [("name", nameDescription)]),
            type("contoso.zoo.cat", base: "contoso.zoo.animal", properties: [("lives", "How many are left.")]),
            type("contoso.zoo.keeper", description: keeperDescription, properties: [("badge", "The badge.")]),
        ])
    }

    static func render(_ model: APIModel, reusing memo: RenderingMemo = RenderingMemo()) throws -> RenderedPackage {
        try PackageRenderer(templates: try TemplateLibrary(), runtime: []).render(model, sourceSummary: "test", reusing: memo)
    }

    /// The paths of the model files whose text differs between two packages.
    static func changedModels(_ old: RenderedPackage, _ new: RenderedPackage) -> Set<String> {
        let before = Dictionary(uniqueKeysWithValues: old.files.map { ($0.path, $0.contents) })
        return Set(new.files.filter { $0.path.contains("/Models/") && before[$0.path] != $0.contents }.map(\.path))
    }

    @Test("an unchanged model reuses every model file, byte for byte")
    func unchanged() throws {
        let first = try Self.render(Self.zoo())
        // animal, its enumeration of derived types, cat and keeper.
        #expect(first.models.rendered == 4 && first.models.reused == 0)
        #expect(first.memo.texts.count == 4)
        let second = try Self.render(Self.zoo(), reusing: first.memo)
        #expect(second.models.rendered == 0 && second.models.reused == 4)
        #expect(second.files == first.files)
        #expect(second.memo == first.memo)
    }

    @Test("a changed description re-renders its type's file and the files that inherit it, and nothing else")
    func changedDescription() throws {
        let first = try Self.render(Self.zoo())
        let edited = Self.zoo(nameDescription: "What the animal is called.")
        let second = try Self.render(edited, reusing: first.memo)
        #expect(second.models.rendered == 2 && second.models.reused == 2)
        #expect(second.files == (try Self.render(edited)).files, "the same bytes as a run without a memo")
        #expect(Self.changedModels(first, second) == [
            "Sources/GraphSDK/Models/Contoso/Zoo/Animal.swift", "Sources/GraphSDK/Models/Contoso/Zoo/Cat.swift",
        ])
        // The memo of a run holds only what that run used.
        #expect(second.memo.texts.count == 4 && second.memo != first.memo)

        let keeper = try Self.render(Self.zoo(keeperDescription: "Looks after the animals."), reusing: first.memo)
        #expect(keeper.models.rendered == 1)
        #expect(Self.changedModels(first, keeper) == ["Sources/GraphSDK/Models/Contoso/Zoo/Keeper.swift"])
    }

    @Test("a memo from other settings is not a shortcut to their text: a plan holds the access level and conformances")
    func settingsArePartOfThePlan() throws {
        let first = try Self.render(Self.zoo())
        let renderer = PackageRenderer(templates: try TemplateLibrary(), runtime: [], options: .init(hashable: true, access: .package))
        let other = try renderer.render(Self.zoo(), sourceSummary: "test", reusing: first.memo)
        #expect(other.models.reused == 0)
        #expect(other.files == (try renderer.render(Self.zoo(), sourceSummary: "test")).files)
    }

    @Test("a new type is one more file to render; split into modules, every file's imports may change, so all are rendered")
    func newType() throws {
        var grown = Self.zoo()
        grown.types.append(Self.type("contoso.zoo.visitor", properties: [("ticket", "The ticket.")]))
        let single = try Self.render(grown, reusing: try Self.render(Self.zoo()).memo)
        #expect(single.models.rendered == 1 && single.models.reused == 4)

        let renderer = PackageRenderer(templates: try TemplateLibrary(), runtime: [], options: .init(modules: .perNamespace))
        let first = try renderer.render(Self.zoo(), sourceSummary: "test")
        let again = try renderer.render(Self.zoo(), sourceSummary: "test", reusing: first.memo)
        #expect(again.models.rendered == 0 && again.models.reused == 4)
        #expect(again.files == first.files)
        let split = try renderer.render(grown, sourceSummary: "test", reusing: first.memo)
        #expect(split.models.rendered == 5 && split.models.reused == 0)
        #expect(split.files == (try renderer.render(grown, sourceSummary: "test")).files)
    }
}
