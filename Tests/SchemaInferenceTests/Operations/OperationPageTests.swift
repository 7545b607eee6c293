import Foundation
import GraphDocCore
import PageReader
@testable import SchemaInference
import TestSupport
import Testing

/// Whole pages: an invented API, and the five seed pages.
@Suite("Operation pages")
struct OperationPageTests {
    static let zooPage = """
        ---
        title: "List animals"
        doc_type: apiPageType
        ---
        # List animals

        Namespace: contoso.zoo

        Get the [animal](../resources/animal.md) objects of a [zoo](../resources/zoo.md).

        ## HTTP request

        <!-- { "blockType": "ignored" } -->
        ```http
        GET /zoos/{zoo-id}/animals
        GET /zoos/{id}/enclosures/{id}/animals
        ```

        ## Optional query parameters

        This method supports the `$filter` and `$top` OData query parameters.

        ## Request headers

        | Header | Value |
        |:-------|:------|
        | Authorization | Bearer {token}. Required. |

        ## Request body

        Do not supply a request body for this method.

        ## Response

        If successful, this method returns a `200 OK` response code and a collection of [animal](../resources/animal.md) objects in the response body.

        ## Example

        ### Request

        <!-- { "blockType": "request", "name": "list_animals_in_enclosure" } -->
        ```http
        GET https://api.contoso.com/v2.0/zoos/z1/enclosures/e7/animals
        ```

        ### Response

        <!-- { "blockType": "response", "@odata.type": "contoso.zoo.animal", "isCollection": true } -->
        ```http
        HTTP/1.1 200 OK
        Content-type: application/json

        { "value": [] }
        ```
        """

    @Test("an invented API reads like any other")
    func inventedAPI() {
        let resolver = FakeResolver(links: ["animal": "contoso.zoo.animal", "zoo": "contoso.zoo.zoo"])
        let (facts, operations, diagnostics) = OperationTests.operations(
            Self.zooPage, path: "api/zoo-list-animals.md", resolver: resolver)
        #expect(facts.namespace == "contoso.zoo")
        #expect(operations.map(\.name) == ["zoo-list-animals", "zoo-list-animals-2"])
        #expect(operations.map(\.path) == ["/zoos/{zoo-id}/animals", "/zoos/{zoo-id}/enclosures/{enclosure-id}/animals"])
        #expect(operations[1].pathParameters.map(\.name) == ["zoo-id", "enclosure-id"])
        for operation in operations {
            #expect(operation.method == "GET")
            #expect(operation.queryOptions.map(\.name) == ["$filter", "$top"])
            #expect(operation.requestHeaders.map(\.name) == ["Authorization"])
            #expect(operation.requestBody == nil)
            #expect(operation.response == APIOperation.Response(status: 200, type: "contoso.zoo.animal", collection: true))
            #expect(operation.source == "api/zoo-list-animals.md")
        }
        #expect(operations[0].examples.isEmpty)
        #expect(operations[1].examples == ["list_animals_in_enclosure"])
        #expect(facts.diagnostics.isEmpty && diagnostics.isEmpty)
    }

    @Test("a page listing its requests as request examples, one section each, documents each of them")
    func listingExamples() {
        let page = """
            # List enclosures

            ## List a zoo's enclosures

            ### HTTP request

            <!-- { "blockType": "request", "name": "zoo-list-enclosures" } -->
            ```http
            GET /zoos/{zooId}/enclosures
            ```

            ## List a keeper's enclosures

            <!-- { "blockType": "request", "name": "keeper-list-enclosures" } -->
            ```http
            GET /keepers/{keeperId}/enclosures
            ```

            ## List my enclosures

            <!-- { "blockType": "request", "name": "my-enclosures" } -->
            ```http
            GET /me/enclosures
            ```

            ## Response

            If successful, this method returns a `200 OK` response code and a collection of [enclosure](../resources/enclosure.md) objects in the response body.

            ## Example

            <!-- { "blockType": "request", "name": "sample-call" } -->
            ```http
            GET /me/enclosures?$top=2
            ```
            """
        let resolver = FakeResolver(links: ["enclosure": "contoso.zoo.enclosure"])
        let (_, operations, _) = OperationTests.operations(page, path: "api/enclosure-list.md", resolver: resolver)
        #expect(operations.map(\.path) == ["/zoos/{zooId}/enclosures", "/keepers/{keeperId}/enclosures", "/me/enclosures"])
        #expect(operations.map(\.examples) == [["zoo-list-enclosures"], ["keeper-list-enclosures"], ["my-enclosures", "sample-call"]])
    }

    @Test("facts are plain data: they survive a JSON round trip")
    func factsRoundTrip() throws {
        let facts = OperationFacts.extract(from: OperationTests.page(Self.zooPage, path: "api/zoo-list-animals.md"))
        let data = try JSONEncoder().encode(facts)
        #expect(try JSONDecoder().decode(OperationFacts.self, from: data) == facts)
        #expect(facts.requests.count == 2)
    }

    // MARK: - Seeds

    static let seedFiles = [
        "create-call.de-DE.md", "create-call.es-ES.md", "create-call.pt-BR.md", "create-call.ru-RU.md", "create-call.zh-CN.md",
    ]

    static func seed(_ name: String) throws -> (OperationFacts, [APIOperation], [Diagnostic]) {
        let relativePath = "api/" + name
        let file = InputFile(path: OperationTests.docsInput.appendingPathComponent(relativePath).path, relativePath: relativePath)
        let page = PageReader.read(bytes: try InputFiles.bytes(of: file), path: file.path, relativePath: relativePath)
        let facts = OperationFacts.extract(from: page)
        var diagnostics = Diagnostics()
        let resolver = FakeResolver(links: ["call": "microsoft.graph.call"])
        return (facts, facts.operations(resolvingWith: resolver, diagnostics: &diagnostics), diagnostics.all)
    }

    @Test("each seed page gives POST operations with a call body and a 201 call response", arguments: seedFiles)
    func seedPage(_ name: String) throws {
        let (facts, operations, diagnostics) = try Self.seed(name)
        #expect(!operations.isEmpty)
        for operation in operations {
            #expect(operation.method == "POST")
            #expect(operation.requestBody == "microsoft.graph.call")
            #expect(operation.response == APIOperation.Response(status: 201, type: "microsoft.graph.call", collection: false))
            #expect(operation.source == "api/" + name)
        }
        #expect(operations.first?.name == "create-call")
        #expect(facts.requestBody.types.first?.reference == .link(text: "call", target: "../resources/call.md"))
        #expect(diagnostics.isEmpty)
    }

    @Test("the ru-RU seed documents POST /communications/calls with its four request examples")
    func russianSeed() throws {
        let (_, operations, _) = try Self.seed("create-call.ru-RU.md")
        #expect(operations.map(\.path) == ["/communications/calls"])
        #expect(operations.first?.examples == [
            "create-call-service-hosted-media-1", "create-call-app-hosted-media",
            "create-call-service-hosted-media-2", "create-call-service-hosted-media-3",
        ])
    }

    @Test("the older seeds document two paths; the example goes to the one it calls")
    func olderSeeds() throws {
        let (_, operations, _) = try Self.seed("create-call.es-ES.md")
        #expect(operations.map(\.path) == ["/app/calls", "/applications/{id}/calls"])
        // The locale tag of a translated copy's file name is not part of the operation's name.
        #expect(operations.map(\.name) == ["create-call", "create-call-2"])
        #expect(operations[0].examples == ["create_call_from_application"])
        #expect(operations[1].examples.isEmpty)
    }
}
