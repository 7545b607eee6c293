import Foundation
import SchemaInference
import SwiftRendering
import TestSupport
import Testing

/// Page-fragment-level golden test: a small invented model whose rendering is compared,
/// file by file, with the reference sources in `Tests/GoldenConsumerTests/Models`, which the
/// `GoldenConsumerTests` target compiles and exercises. Set `GRAPHDOCGEN_UPDATE_GOLDEN=1`
/// to rewrite the references after an intended change.
@Suite("Golden model sources")
struct GoldenModelTests {
    static let references = TestPages.packageRoot.appendingPathComponent("Tests/GoldenConsumerTests/Models")

    static func property(
        _ name: String, _ type: String, nullable: Bool = true, navigation: Bool = false, _ description: String = ""
    ) -> APIProperty {
        APIProperty(name: name, type: type, nullable: nullable, readOnly: false, navigation: navigation, description: description)
    }

    static func type(
        _ name: String, _ kind: APIType.Kind, base: String? = nil, abstract: Bool = false, key: String? = nil,
        _ description: String = "", properties: [APIProperty] = [], members: [String] = []
    ) -> APIType {
        APIType(
            name: name, kind: kind, baseType: base, abstract: abstract, openType: false, keyProperty: key,
            description: description, properties: properties, members: members,
            sources: ["resources/\(name.split(separator: ".").last!.lowercased()).md"])
    }

    /// An invented zoo API with every shape the renderer handles: a root entity, a base type
    /// with a derived one, an open enumeration with a keyword member, a nullable and a
    /// non-nullable property, untyped data, a type that contains itself, a property whose wire
    /// name is not a Swift name, and text that tries to break out of comments.
    static let model = APIModel(types: [
        type("contoso.zoo.zooEntity", .entity, abstract: true, key: "id", "The root of addressable things.",
             properties: [property("id", "Edm.String", nullable: false, "The id.")]),
        type("contoso.zoo.animal", .entity, base: "contoso.zoo.zooEntity", "An animal. */ not code",
             properties: [
                property("name", "Edm.String", "The name.\nSecond line."),
                property("diet", "contoso.zoo.dietKind"),
                property("weight", "Edm.Double", nullable: false),
                property("bornOn", "Edm.Date"),
                property("keeper", "contoso.zoo.keeper", navigation: true),
             ]),
        type("contoso.zoo.lion", .entity, base: "contoso.zoo.animal", "A lion.",
             properties: [property("maneLength", "Edm.Double"), property("lastFed", "Edm.DateTimeOffset", nullable: false)]),
        type("contoso.zoo.keeper", .entity, base: "contoso.zoo.zooEntity", properties: [property("self", "Edm.String")]),
        type("contoso.zoo.dietKind", .enum, "What an animal eats.", members: ["herbivore", "carnivore", "class", "unknownFutureValue"]),
        type("contoso.zoo.enclosure", .complex, "A place animals live.", properties: [
            property("residents", "Collection(contoso.zoo.animal)", nullable: false),
            property("layout", "Edm.Untyped"),
            property("annex", "contoso.zoo.enclosure", nullable: false),
            property("@odata.etag", "Edm.String", nullable: false),
        ]),
        type("contoso.zoo.empty", .complex),
    ])

    @Test("the rendered models equal the reference sources")
    func matchesReferences() throws {
        let files = try PackageRenderer(templates: try TemplateLibrary(), runtime: [])
            .render(Self.model, sourceSummary: "golden")
            .filter { $0.path.hasPrefix("Sources/GraphSDK/Models/") }
        #expect(files.count == 9)
        let update = ProcessInfo.processInfo.environment["GRAPHDOCGEN_UPDATE_GOLDEN"] == "1"
        for file in files {
            let name = String(file.path.split(separator: "/").last!)
            let reference = Self.references.appendingPathComponent(name)
            if update { try file.contents.write(to: reference, atomically: true, encoding: .utf8) }
            let text = try? String(contentsOf: reference, encoding: .utf8)
            #expect(text == file.contents, "\(name) differs from its reference")
        }
        let referenceNames = try FileManager.default.contentsOfDirectory(atPath: Self.references.path).sorted()
        #expect(referenceNames == files.map { String($0.path.split(separator: "/").last!) }.sorted())
    }
}
