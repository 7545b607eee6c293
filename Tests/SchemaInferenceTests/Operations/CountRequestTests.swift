import GraphDocCore
@testable import SchemaInference
import Testing

/// A collection's `GET` whose `…/$count` the page shows a request for gets a count operation.
@Suite("Requests for a collection's $count")
struct CountRequestTests {
    static let resolver = FakeResolver(links: ["keeper": "contoso.zoo.keeper"])

    /// A page listing `listing`, returning `response`, and showing `shown` in an example the
    /// docs annotate `ignored`.
    static func page(listing: String, response: String, shown: String) -> String {
        """
        # List keepers

        ## HTTP request

        <!-- { "blockType": "ignored" } -->
        ```http
        \(listing)
        ```

        ## Request headers

        | Header | Value |
        |:--|:--|
        | ConsistencyLevel | eventual. Required with $count. |

        ## Response

        If successful, this method returns a `200 OK` response code and \(response) in the response body.

        ## Example

        <!-- { "blockType": "ignored", "name": "count_keepers" } -->
        ```msgraph-interactive
        \(shown)
        ConsistencyLevel: eventual
        ```

        <!-- { "blockType": "response" } -->
        ```http
        HTTP/1.1 200 OK
        Content-type: text/plain

        893
        ```
        """
    }

    @Test("the count follows its collection's GET, with its parameters and headers, and answers Edm.Int64")
    func derived() throws {
        let (facts, operations, _) = OperationTests.operations(
            Self.page(listing: "GET /zoos/{id}/keepers", response: "a collection of [keeper](../resources/keeper.md) objects",
                      shown: "GET https://graph.contoso.com/v1.0/zoos/z1/keepers/$count"),
            path: "api/zoo-list-keepers.md", resolver: Self.resolver)
        #expect(facts.requests.map(\.countShown) == [true])
        #expect(operations.map(\.name) == ["zoo-list-keepers", "zoo-list-keepers-count"])
        let count = try #require(operations.last)
        #expect(count.method == "GET")
        #expect(count.path == "/zoos/{id}/keepers/$count")
        #expect(count.pathParameters.map(\.name) == ["id"])
        #expect(count.requestHeaders.map(\.name) == ["ConsistencyLevel"])
        #expect(count.response == APIOperation.Response(status: 200, type: "Edm.Int64", collection: false))
        #expect(count.examples.isEmpty)

        // The response keeps its plain-text body, and the request it answers, for its test.
        let examples = ExampleFacts(page: OperationTests.page(Self.page(
            listing: "GET /zoos/{id}/keepers", response: "a collection of [keeper](../resources/keeper.md) objects",
            shown: "GET https://graph.contoso.com/v1.0/zoos/z1/keepers/$count")), namespace: nil).examples.map(\.example)
        #expect(examples.map(\.text) == ["893"])
        #expect(examples.first?.body == nil)
        #expect(examples.first?.shownRequest?.path == "/zoos/z1/keepers/$count")
    }

    @Test("no count without a collection, without a shown $count, or when the page lists the count itself", arguments: [
        ("GET /zoos/{id}/keepers", "a [keeper](../resources/keeper.md) object", "GET https://graph.contoso.com/v1.0/zoos/z1/keepers/$count"),
        ("GET /zoos/{id}/keepers", "a collection of [keeper](../resources/keeper.md) objects", "GET https://graph.contoso.com/v1.0/zoos/z1/keepers"),
        ("GET /zoos/{id}/keepers\nGET /zoos/{id}/keepers/$count", "a collection of [keeper](../resources/keeper.md) objects",
         "GET https://graph.contoso.com/v1.0/zoos/z1/keepers/$count"),
    ])
    func notDerived(listing: String, response: String, shown: String) {
        let (_, operations, _) = OperationTests.operations(
            Self.page(listing: listing, response: response, shown: shown), path: "api/zoo-list-keepers.md", resolver: Self.resolver)
        #expect(!operations.contains { $0.name.hasSuffix("-count") })
    }

    @Test("a count's path and its collection's", arguments: [
        ("/users/$count", "/users"), ("/groups/{id}/members/$COUNT", "/groups/{id}/members"), ("/users", nil),
        ("/users/$countries", nil),
    ] as [(String, String?)])
    func paths(_ path: String, _ collection: String?) {
        #expect(CountRequest.collectionPath(of: path) == collection)
        if let collection { #expect(CountRequest.isCountPath(CountRequest.countPath(of: collection))) }
    }
}
