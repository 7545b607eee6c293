import Foundation
import SchemaInference
import SwiftRendering
import TestSupport
import Testing

/// Page-fragment-level golden test: a small invented model whose rendering is compared,
/// file by file, with the reference sources in `Tests/GoldenConsumerTests/Models` and
/// `Tests/GoldenConsumerTests/Client`, which the `GoldenConsumerTests` target compiles and
/// exercises. Set `GRAPHDOCGEN_UPDATE_GOLDEN=1` to rewrite the references after an
/// intended change.
@Suite("Golden model and client sources")
struct GoldenModelTests {
    static let references = TestPages.packageRoot.appendingPathComponent("Tests/GoldenConsumerTests")

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
    ], operations: operations)

    static func operation(
        _ name: String, _ method: String, _ path: String, status: Int, response: String? = nil, collection: Bool = false,
        body: String? = nil, bodyParameters: [APIOperation.Parameter] = [], query: [String] = [], headers: [String] = []
    ) -> APIOperation {
        APIOperation(
            name: name, method: method, path: path,
            queryOptions: query.map { APIOperation.Parameter(name: $0, type: $0.hasPrefix("$") ? nil : "Edm.DateTimeOffset") },
            requestHeaders: headers.map { APIOperation.Parameter(name: $0, description: "Set it to `eventual`.") },
            requestBody: body, bodyParameters: bodyParameters,
            response: APIOperation.Response(status: status, type: response, collection: collection),
            source: "api/\(name).md", title: name.replacingOccurrences(of: "-", with: " ").capitalized,
            summary: "What \(name) does. */ not code")
    }

    /// The zoo's operations: every shape of path and method the client renders.
    static let operations: [APIOperation] = [
        operation("zoo-list-animals", "GET", "/zoos/{zoo-id}/animals", status: 200, response: "contoso.zoo.animal",
                  collection: true, query: ["$select", "$filter"], headers: ["ConsistencyLevel", "Authorization"]),
        operation("zoo-post-animals", "POST", "/zoos/{zoo-id}/animals", status: 201, response: "contoso.zoo.animal",
                  body: "contoso.zoo.animal"),
        operation("animal-get", "GET", "/zoos/{zoo-id}/animals/{animal-id}", status: 200, response: "contoso.zoo.animal"),
        operation("animal-update", "PATCH", "/zoos/{zooId}/Animals/{id}", status: 204, body: "contoso.zoo.animal"),
        operation("animal-delete", "DELETE", "/zoos/{zoo-id}/animals/{animal-id}", status: 204),
        {
            var feed = operation("animal-feed", "POST", "/zoos/{zoo-id}/animals/{animal-id}/feed", status: 202, bodyParameters: [
                APIOperation.Parameter(name: "food", type: "contoso.zoo.dietKind", description: "What to feed."),
                APIOperation.Parameter(name: "grams", type: "Edm.Int32"),
                APIOperation.Parameter(name: "class", type: "Edm.String"),
            ])
            feed.permissions = APIPermissions(delegatedWork: ["Zoo.ReadWrite", "Zoo.\"Quoted\".All"], delegatedPersonal: [])
            return feed
        }(),
        operation("animal-get-photo", "GET", "/zoos/{zoo-id}/animals/{animal-id}/photo/$value", status: 200, response: "Edm.Stream"),
        operation("animal-put-photo", "PUT", "/zoos/{zoo-id}/animals/{animal-id}/photo/$value", status: 204, body: "Edm.Stream"),
        operation("animal-delta", "GET", "/zoos/{zoo-id}/animals/delta", status: 200, response: "contoso.zoo.animal", collection: true),
        operation("keeper-get-file", "GET", "/keepers/{keeper-id}/files/root:/{file-path}:/content", status: 302),
        operation("keeper-get-file-item", "GET", "/keepers/{keeper-id}/files/root:/{file-path}", status: 200, response: "Edm.Untyped"),
        operation("zoo-visitors", "GET", "/zoos/{zoo-id}/visitorCount(period='{period}',top=10)", status: 200, response: "Edm.Int64"),
        operation("zoo-schedule", "GET", "/zoos/{zoo-id}/schedule", status: 200, response: "Edm.String", collection: true,
                  query: ["startDateTime", "endDateTime", "$top"]),
        operation("zoo-class", "GET", "/zoos/{zoo-id}/class", status: 200, response: "contoso.zoo.enclosure"),
        operation("zoo-check-names", "POST", "/zoos/{zoo-id}/checkNames", status: 200, response: "Edm.String", collection: true,
                  bodyParameters: [APIOperation.Parameter(name: "names", type: "Collection(Edm.String)")]),
        operation("zoo-list-animals-count", "GET", "/zoos/{zoo-id}/animals/$count", status: 200, response: "Edm.Int64",
                  query: ["$filter"], headers: ["ConsistencyLevel"]),
        operation("zoo-list-animals-as-lion", "GET", "/zoos/{zoo-id}/animals/contoso.zoo.lion", status: 200,
                  response: "contoso.zoo.lion", collection: true, query: ["$filter"], headers: ["ConsistencyLevel"]),
        operation("enclosure-get", "GET", "/enclosures/{enclosure-id}", status: 200, response: "contoso.zoo.enclosure"),
        operation("enclosure-update", "PATCH", "/enclosures/{enclosure-id}", status: 204, body: "contoso.zoo.enclosure"),
        operation("enclosure-list-residents", "GET", "/enclosures/{enclosure-id}/residents", status: 200,
                  response: "contoso.zoo.animal", collection: true),
        {
            var link = operation("zoo-post-keepers", "POST", "/zoos/{zoo-id}/keepers/$ref", status: 204)
            link.sendsReference = true
            return link
        }(),
    ]

    @Test("the rendered models and client equal the reference sources", arguments: [("Models", 10), ("Client", 10)])
    func matchesReferences(directory: String, count: Int) throws {
        let files = try PackageRenderer(templates: try TemplateLibrary(), runtime: [])
            .render(Self.model, sourceSummary: "golden").files
            .filter { $0.path.hasPrefix("Sources/GraphSDK/\(directory)/") }
        #expect(files.count == count)
        let references = Self.references.appendingPathComponent(directory)
        let update = ProcessInfo.processInfo.environment["GRAPHDOCGEN_UPDATE_GOLDEN"] == "1"
        for file in files {
            let name = String(file.path.split(separator: "/").last!)
            let reference = references.appendingPathComponent(name)
            if update {
                try FileManager.default.createDirectory(at: references, withIntermediateDirectories: true)
                try file.contents.write(to: reference, atomically: true, encoding: .utf8)
            }
            let text = try? String(contentsOf: reference, encoding: .utf8)
            #expect(text == file.contents, "\(name) differs from its reference")
        }
        let referenceNames = try FileManager.default.contentsOfDirectory(atPath: references.path).sorted()
        #expect(referenceNames == files.map { String($0.path.split(separator: "/").last!) }.sorted())
    }
}
