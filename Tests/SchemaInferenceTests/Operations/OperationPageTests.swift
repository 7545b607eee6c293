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

    @Test("a request documented in a section of its own answers what its example's response shows, not the page's prose")
    func requestDocumentedApart() {
        let page = """
            # List photos

            ## HTTP request

            <!-- { "blockType": "ignored" } -->
            ```http
            GET /enclosures/{id}/photos
            ```

            ## Response

            If successful, this method returns a `200 OK` response code and a collection of [photoSet](../resources/photoset.md) objects in the response body.

            ## Get a single photo

            ### HTTP request

            <!-- { "blockType": "request", "name": "get-one-photo" } -->
            ```http
            GET /enclosures/{id}/photos/{photo-id}/{size}
            ```

            ### Response

            <!-- { "blockType": "response", "@odata.type": "contoso.zoo.photo" } -->
            ```http
            HTTP/1.1 200 OK
            Content-Type: application/json

            { "width": 100 }
            ```

            ## Get a photo's content

            ### HTTP request

            <!-- { "blockType": "request", "name": "get-photo-content" } -->
            ```http
            GET /enclosures/{id}/photos/{photo-id}/{size}/content
            ```

            ### Response

            <!-- { "blockType": "response" } -->
            ```http
            HTTP/1.1 302 Found
            Location: https://photos.test/1
            ```
            """
        let resolver = FakeResolver(
            links: ["photoSet": "contoso.zoo.photoSet"], names: ["photo": "contoso.zoo.photo"])
        let (_, operations, _) = OperationTests.operations(page, path: "api/enclosure-list-photos.md", resolver: resolver)
        #expect(operations.map(\.path) == [
            "/enclosures/{id}/photos", "/enclosures/{id}/photos/{photo-id}/{size}", "/enclosures/{id}/photos/{photo-id}/{size}/content",
        ])
        #expect(operations.map(\.response?.type) == ["contoso.zoo.photoSet", "contoso.zoo.photo", nil])
        #expect(operations.map(\.response?.collection) == [true, false, false])
        #expect(operations.map(\.response?.status) == [200, 200, 302])
    }

    @Test("a body the examples send as another media type than JSON is a stream, on every path of the method")
    func streamBodyFromExamples() {
        let page = """
            # Upload a photo

            ## HTTP request

            <!-- { "blockType": "ignored" } -->
            ```http
            PUT /zoos/{id}/photo/content
            PUT /me/photo/content
            ```

            ## Request body

            Supply the photo.

            ## Response

            If successful, this method returns a `201 Created` response code and a [photo](../resources/photo.md) object in the response body.

            ## Example

            <!-- { "blockType": "request", "name": "upload-photo" } -->
            ```http
            PUT /me/photo/content
            Content-Type: image/jpeg

            <the photo's bytes>
            ```
            """
        let resolver = FakeResolver(links: ["photo": "contoso.zoo.photo"])
        let (_, operations, diagnostics) = OperationTests.operations(page, path: "api/photo-upload.md", resolver: resolver)
        #expect(operations.map(\.requestBody) == ["Edm.Stream", "Edm.Stream"])
        #expect(operations.map(\.response?.type) == ["contoso.zoo.photo", "contoso.zoo.photo"])
        #expect(diagnostics.filter { $0.code == OperationDiagnosticCode.streamBody.rawValue }.map(\.message) == [
            "the PUT examples send a body of 'image/jpeg', not JSON; the body of each PUT request here is read as a stream of bytes",
        ])
    }

    @Test("bytes of another media type that a shown request sends, where an example sends no body, are a second way to send it")
    func rawBodyBesideJSON() {
        let page = """
            # Reply to a keeper

            ## HTTP request

            <!-- { "blockType": "ignored" } -->
            ```http
            POST /zoos/{id}/keepers/{id}/reply
            POST /me/keepers/{id}/reply
            ```

            ## Request body

            This method does not require a request body. For MIME, supply the MIME text.

            ## Response

            If successful, this method returns `202 Accepted` response code.

            ## Examples

            <!-- { "blockType": "request", "name": "reply" } -->
            ```http
            POST /me/keepers/k1/reply
            ```

            <!-- { "blockType": "ignored", "name": "reply-mime" } -->
            ```http
            POST /me/keepers/k1/reply
            Content-Type: text/plain

            RnJvbTogQWxleA==
            ```
            """
        let (_, operations, diagnostics) = OperationTests.operations(page, path: "api/keeper-reply.md")
        #expect(operations.map(\.requestBody) == [nil, nil])
        #expect(operations.map(\.rawBodyMediaTypes) == [["text/plain"], ["text/plain"]])
        #expect(!diagnostics.contains { $0.code == OperationDiagnosticCode.streamBody.rawValue })
        #expect(diagnostics.filter { $0.code == OperationDiagnosticCode.rawBody.rawValue }.map(\.message) == [
            "the POST examples send a body of 'text/plain', and also JSON or none; each POST request here can also send its "
                + "body as bytes",
        ])
    }

    @Test("a body parameter the examples send in another letter case is spelled as they send it")
    func parameterSpelledAsSent() {
        let page = """
            # Cancel feeding

            ## HTTP request

            <!-- { "blockType": "ignored" } -->
            ```http
            POST /zoos/{id}/feedings/{id}/cancel
            POST /me/feedings/{id}/cancel
            ```

            ## Request body

            | Parameter | Type | Description |
            |:--|:--|:--|
            | comment | String | Why. |
            | Reason | String | What for. |

            ## Response

            If successful, this method returns a `202 Accepted` response code.

            ## Example

            <!-- { "blockType": "request", "name": "cancel-feeding" } -->
            ```http
            POST /me/feedings/1/cancel
            Content-Type: application/json

            { "Comment": "Rain", "Reason": "Weather" }
            ```
            """
        let (_, operations, diagnostics) = OperationTests.operations(page, path: "api/feeding-cancel.md", resolver: FakeResolver())
        #expect(operations.map { $0.bodyParameters.map(\.name) } == [["Comment", "Reason"], ["Comment", "Reason"]])
        #expect(diagnostics.filter { $0.code == OperationDiagnosticCode.parameterSpelling.rawValue }.map(\.message) == [
            "the body parameter 'comment' is sent as 'Comment' in the examples; it is read as 'Comment'",
        ])
    }

    @Test("path parameter rows that name no placeholder of the request lines are function parameters")
    func unplacedPathRows() {
        let page = """
            # Get a cell

            ## HTTP request

            <!-- { "blockType": "ignored" } -->
            ```http
            GET /enclosures/{enclosure-id}/grid/cell
            GET /keepers/{id}/grid/cell?$filter=name eq '{keeper_name}'
            ```

            ## Path parameters

            | Parameter | Type | Description |
            |:--|:--|:--|
            | enclosure-id | String | The enclosure. |
            | keeper_name | String | The keeper's name. |
            | row | Int32 | The row. |
            """
        let (_, operations, _) = OperationTests.operations(page, path: "api/grid-cell.md", resolver: FakeResolver())
        #expect(operations.map { $0.functionParameters.map(\.name) } == [["row"], ["row"]])
        #expect(operations.map { $0.functionParameters.map(\.type) } == [["Edm.Int32"], ["Edm.Int32"]])
    }

    @Test("a GET of '…/$value' answers the raw value, whatever type the prose names")
    func rawValue() {
        let page = """
            # Get a photo

            ## HTTP request

            <!-- { "blockType": "ignored" } -->
            ```http
            GET /animals/{id}/photo
            GET /animals/{id}/photo/$value
            ```

            ## Response

            If successful, this method returns a `200 OK` response code and a [photo](../resources/photo.md) object in the response body.
            """
        let resolver = FakeResolver(links: ["photo": "contoso.zoo.photo"])
        let (_, operations, _) = OperationTests.operations(page, path: "api/photo-get.md", resolver: resolver)
        #expect(operations.map(\.response?.type) == ["contoso.zoo.photo", nil])
        #expect(operations.map(\.response?.status) == [200, 200])
    }

    @Test("a GET of a path that ends in a key answers one value, whatever the prose says")
    func keyedGetAnswersOne() {
        let page = """
            # Get animal

            ## HTTP request

            <!-- { "blockType": "ignored" } -->
            ```http
            GET /animals/{animal-id}
            GET /animals/{animal-id}/offspring
            GET /animals/{animal-id}/weigh(unit={unit})
            ```

            ## Response

            If successful, this method returns a `200 OK` response code and a collection of [animal](../resources/animal.md) objects in the response body.
            """
        let resolver = FakeResolver(links: ["animal": "contoso.zoo.animal"])
        let (_, operations, diagnostics) = OperationTests.operations(page, path: "api/animal-get.md", resolver: resolver)
        #expect(operations.map(\.response?.collection) == [false, true, true])
        #expect(operations.map(\.response?.type) == Array(repeating: "contoso.zoo.animal", count: 3))
        let warnings = diagnostics.filter { $0.code == OperationDiagnosticCode.keyedCollection.rawValue }
        #expect(warnings.map(\.severity) == [.warning])
        #expect(warnings.first?.message.contains("'GET /animals/{animal-id}' ends in a key") == true)
    }

    @Test("a resource page's request example answered by the page's own type documents reading the resource")
    func resourceReading() {
        func page(answeredBy type: String) -> String {
            """
            # zoo resource type

            Namespace: contoso.zoo

            <!-- { "blockType": "resource", "@odata.type": "contoso.zoo.zoo" } -->
            ```json
            { "name": "String" }
            ```

            ## Example

            <!-- { "blockType": "request", "name": "get_zoo" } -->
            ```http
            GET https://api.contoso.com/v2.0/zoo
            ```

            <!-- { "blockType": "response", "truncated": true, "@odata.type": "\(type)" } -->
            ```http
            HTTP/1.1 200 OK
            Content-type: application/json

            { "name": "City Zoo" }
            ```
            """
        }
        let resolver = FakeResolver(names: ["contoso.zoo.zoo": "contoso.zoo.zoo", "contoso.zoo.animal": "contoso.zoo.animal"])
        let (facts, operations, _) = OperationTests.operations(
            page(answeredBy: "contoso.zoo.zoo"), path: "resources/zoo.md", resolver: resolver)
        #expect(operations.map { "\($0.method) \($0.path)" } == ["GET /zoo"])
        #expect(operations.first?.response == APIOperation.Response(status: 200, type: "contoso.zoo.zoo", collection: false))
        #expect(operations.first?.examples == ["get_zoo"])
        #expect(facts.diagnostics.contains {
            $0.message.contains("its request example 'GET /zoo', answered by the type the page declares")
        })
        let (_, other, _) = OperationTests.operations(
            page(answeredBy: "contoso.zoo.animal"), path: "resources/zoo.md", resolver: resolver)
        #expect(other.isEmpty)
    }

    @Test("a path ending in '{property name}' documents the resource before it too")
    func propertyNamePlaceholder() {
        let page = """
            # Get zoo branding

            ## HTTP request

            <!-- { "blockType": "ignored" } -->
            ```http
            GET /zoos/{zoo id}/branding/{property name}
            GET /zoos/{zoo id}/keepers/{keeper-id}
            ```

            ## Response

            If successful, this method returns a `200 OK` response code and a [branding](../resources/branding.md) object in the response body.

            ## Example

            <!-- { "blockType": "request", "name": "get_branding" } -->
            ```http
            GET https://api.contoso.com/v2.0/zoos/z1/branding
            ```
            """
        let resolver = FakeResolver(links: ["branding": "contoso.zoo.branding"])
        let (facts, operations, _) = OperationTests.operations(page, path: "api/branding-get.md", resolver: resolver)
        #expect(operations.map(\.path) == [
            "/zoos/{zoo-id}/branding/{property-name}", "/zoos/{zoo-id}/branding", "/zoos/{zoo-id}/keepers/{keeper-id}",
        ])
        #expect(operations.map(\.pathParameters.count) == [2, 1, 2])
        #expect(operations[1].examples == ["get_branding"])
        #expect(operations[1].response?.type == "contoso.zoo.branding")
        #expect(facts.diagnostics.contains { $0.code == OperationDiagnosticCode.propertyNamePlaceholder.rawValue })
    }

    @Test("a link out of the documented pages names no type")
    func linkOutOfThePages() {
        let page = """
            # Copy an enclosure

            ## HTTP request

            <!-- { "blockType": "ignored" } -->
            ```http
            POST /enclosures/{id}/copy
            ```

            ## Response

            If successful, this method returns a `202 Accepted` response code, and you can [monitor the progress](/zoo/long-running-actions).
            """
        let (_, operations, diagnostics) = OperationTests.operations(page, path: "api/enclosure-copy.md", resolver: FakeResolver())
        #expect(operations.map(\.response?.type) == [nil])
        #expect(diagnostics.contains {
            $0.severity == .note && $0.message.contains("names no type a page documents ('[monitor the progress](/zoo/long-running-actions)')")
        })
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
