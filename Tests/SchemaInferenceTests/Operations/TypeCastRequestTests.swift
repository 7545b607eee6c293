import GraphDocCore
@testable import SchemaInference
import Testing

/// A collection's `GET` whose cast to a documented type the page shows a request for gets
/// a cast operation (and the cast's count, when that is shown too).
@Suite("Requests through an OData type cast")
struct TypeCastRequestTests {
    static let resolver = FakeResolver(
        links: ["animal": "contoso.zoo.animal"], names: ["contoso.zoo.lion": "contoso.zoo.lion"])

    /// The count page of ``CountRequestTests``, listing a zoo's animals, showing `shown`.
    static func operations(listing: String = "GET /zoos/{id}/animals", shown: [String]) -> [APIOperation] {
        var page = CountRequestTests.page(
            listing: listing, response: "a collection of [animal](../resources/animal.md) objects", shown: shown[0])
        for more in shown.dropFirst() {
            page += "\n\n<!-- { \"blockType\": \"ignored\" } -->\n```http\n\(more)\n```\n"
        }
        return OperationTests.operations(page, path: "api/zoo-list-animals.md", resolver: resolver).operations
    }

    @Test("the cast follows its collection's GET with its parameters and headers, answering the cast's type; its count follows it")
    func derived() throws {
        let operations = Self.operations(shown: [
            "GET https://graph.contoso.com/v1.0/zoos/z1/animals/contoso.zoo.lion?$count=true",
            "GET /zoos/{id}/animals/contoso.zoo.lion/$count",
        ])
        #expect(operations.map(\.name) == ["zoo-list-animals", "zoo-list-animals-as-lion", "zoo-list-animals-as-lion-count"])
        let cast = try #require(operations.dropFirst().first)
        #expect(cast.path == "/zoos/{id}/animals/contoso.zoo.lion")
        #expect(cast.pathParameters.map(\.name) == ["id"])
        #expect(cast.requestHeaders.map(\.name) == ["ConsistencyLevel"])
        #expect(cast.response == APIOperation.Response(status: 200, type: "contoso.zoo.lion", collection: true))
        #expect(cast.examples.isEmpty)
        #expect(operations.last?.path == "/zoos/{id}/animals/contoso.zoo.lion/$count")
        #expect(operations.last?.response?.type == "Edm.Int64")
    }

    @Test("a cast of a collection the page shows counted can be counted too")
    func countedCollection() {
        let operations = Self.operations(shown: [
            "GET /zoos/{id}/animals/contoso.zoo.lion", "GET /zoos/{id}/animals/$count",
        ])
        #expect(operations.map(\.name) == [
            "zoo-list-animals", "zoo-list-animals-count", "zoo-list-animals-as-lion", "zoo-list-animals-as-lion-count",
        ])
        #expect(Self.operations(shown: ["GET /zoos/{id}/animals/contoso.zoo.lion"]).map(\.name) == [
            "zoo-list-animals", "zoo-list-animals-as-lion",
        ])
    }

    @Test("no cast to a name no page documents (a key written like one), or when the page lists the cast itself", arguments: [
        ("GET /zoos/{id}/animals", "GET /zoos/z1/animals/Com.Contoso.Referral"),
        ("GET /zoos/{id}/animals\nGET /zoos/{id}/animals/contoso.zoo.lion", "GET /zoos/z1/animals/contoso.zoo.lion"),
    ])
    func notDerived(listing: String, shown: String) {
        #expect(!Self.operations(listing: listing, shown: [shown]).contains { $0.name.contains("-as-") })
    }

    @Test("a cast's collection, type and count, read from a path", arguments: [
        ("/users/{id}/memberOf/microsoft.graph.group", "/users/{id}/memberOf", "microsoft.graph.group", false),
        ("/groups/{id}/members/microsoft.graph.user/$count", "/groups/{id}/members", "microsoft.graph.user", true),
        ("/domains/contoso.com", nil, nil, false),
        ("/users/{id}/memberOf", nil, nil, false),
        ("/users/{id}/memberOf/$count", nil, nil, false),
        ("/microsoft.graph.group", nil, nil, false),
    ] as [(String, String?, String?, Bool)])
    func shown(_ path: String, _ collection: String?, _ typeName: String?, _ counted: Bool) {
        let cast = TypeCastRequest.shown(in: path)
        #expect(cast?.collectionPath == collection)
        #expect(cast?.typeName == typeName)
        #expect((cast?.counted ?? false) == counted)
    }
}
