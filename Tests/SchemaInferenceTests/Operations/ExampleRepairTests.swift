import GraphDocCore
@testable import SchemaInference
import Testing

/// Where a page's examples document what its listing or prose leaves out: a key, a value
/// written in the listing, a property of an entity, a body's parameters, a collection body.
@Suite("Operations: what examples document beyond the listing")
struct ExampleRepairTests {
    @Test("an example that GETs a listed collection by a key documents that request, with a warning")
    func keyFromExample() {
        let page = """
            # Get swapShiftsChangeRequest

            ## HTTP request

            ```http
            GET /teams/{teamId}/schedule/swapShiftsChangeRequests
            ```

            ## Response

            If successful, this method returns a `200 OK` response code and a [swapShiftsChangeRequest](../resources/swap.md) object in the response body.

            ## Example

            <!-- { "blockType": "request", "name": "get_by_placeholder" } -->
            ```http
            GET /teams/{teamId}/schedule/swapShiftsChangeRequests/{swapShiftsChangeRequestId}
            ```

            <!-- { "blockType": "request", "name": "get_by_value" } -->
            ```http
            GET /teams/t1/schedule/swapShiftsChangeRequests/SREQ_0b87
            ```
            """
        let result = OperationTests.operations(page)
        #expect(result.operations.map(\.path) == [
            "/teams/{teamId}/schedule/swapShiftsChangeRequests",
            "/teams/{teamId}/schedule/swapShiftsChangeRequests/{swapShiftsChangeRequestId}",
        ])
        // The second example matches the request the first one documented.
        #expect(result.operations[1].examples == ["get_by_placeholder", "get_by_value"])
        let warnings = result.facts.diagnostics.filter { $0.code == "operation-key-from-example" }
        #expect(warnings.map(\.severity) == [.warning])
        #expect(warnings.first?.location?.position.line == 16)  // the example's code block
        // A page that answers a collection documents no key.
        let list = page.replacingOccurrences(of: "a [swapShiftsChangeRequest](../resources/swap.md) object", with: "a collection of [swapShiftsChangeRequest](../resources/swap.md) objects")
        #expect(OperationTests.operations(list).operations.count == 1)
    }

    @Test("a literal key gets a placeholder named after the collection")
    func literalKeyFromExample() {
        let page = """
            # Get presence

            ## HTTP request

            ```http
            GET /communications/presences
            ```

            ## Example

            <!-- { "blockType": "request", "name": "get_presence" } -->
            ```http
            GET /communications/presences/dc74d9bb-6afe-433d-8eaa-e39d80d3a647
            ```
            """
        #expect(OperationTests.operations(page).operations.map(\.path) == [
            "/communications/presences", "/communications/presences/{presence-id}",
        ])
    }

    @Test("a value the listing writes where the example has a placeholder is read as that placeholder")
    func listedValue() {
        let page = """
            # List serviceConfigurationRecords

            ## HTTP request

            ```http
            GET /domains/contoso.com/serviceConfigurationRecords
            ```

            ## Example

            <!-- { "blockType": "request", "name": "get_records" } -->
            ```http
            GET /domains/{domain-name}/serviceConfigurationRecords
            ```
            """
        let result = OperationTests.operations(page)
        #expect(result.operations.map(\.path) == ["/domains/{domain-name}/serviceConfigurationRecords"])
        #expect(result.operations[0].examples == ["get_records"])
        let warning = result.facts.diagnostics.first { $0.code == "operation-listed-value" }
        #expect(warning?.severity == .warning)
        #expect(warning?.message.contains("'contoso.com'") == true)
        // Where two listed paths could take the placeholder, the listing names real segments: nothing changes.
        let ambiguous = page.replacingOccurrences(
            of: "GET /domains/contoso.com/serviceConfigurationRecords\n",
            with: "GET /domains/contoso.com/serviceConfigurationRecords\nGET /domains/root/serviceConfigurationRecords\n")
        #expect(OperationTests.operations(ambiguous).operations.map(\.path) == [
            "/domains/contoso.com/serviceConfigurationRecords", "/domains/root/serviceConfigurationRecords",
        ])
    }

    @Test("an example that reads or writes a property's value below a keyed entity documents '…/{property name}'")
    func propertyFromExample() {
        let page = """
            # Get localization

            ## HTTP request

            ```http
            GET /organization/{tenant id}/branding/localizations/{locale}
            ```

            ## Example

            <!-- { "blockType": "request", "name": "get_text" } -->
            ```http
            GET /organization/o1/branding/localizations/en-US/signInPageText
            ```

            <!-- { "blockType": "response" } -->
            ```http
            HTTP/1.1 200 OK
            Content-Type: application/json

            {"value": "Welcome"}
            ```

            <!-- { "blockType": "request", "name": "get_relationship" } -->
            ```http
            GET /organization/o1/branding/localizations/en-US/owner
            ```

            <!-- { "blockType": "response" } -->
            ```http
            HTTP/1.1 200 OK
            Content-Type: application/json

            {"id": "u1"}
            ```
            """
        let result = OperationTests.operations(page)
        #expect(result.operations.map(\.path) == [
            "/organization/{tenant-id}/branding/localizations/{locale}",
            "/organization/{tenant-id}/branding/localizations/{locale}/{property-name}",
        ])
        #expect(result.facts.requests[1].template.placeholders.last?.written == "property name")
        // What answers an entity is a relationship, not a property's value.
        #expect(result.operations[1].examples == ["get_text", "get_relationship"])
        #expect(result.facts.diagnostics.filter { $0.code == "operation-property-from-example" }.count == 1)
    }

    @Test("a 'Parameters' table documents the body when the examples send its rows; a body that may be sent is not none")
    func parametersSectionOfTheBody() {
        let page = """
            # Create upload session

            ## HTTP request

            ```http
            POST /me/drive/items/{itemId}/createUploadSession
            ```

            ## Request body

            No request body is required. However, you can specify properties in the request body providing additional data.

            ## Parameters

            | Parameter | Type | Description |
            |:--|:--|:--|
            | item | [driveItemUploadableProperties](../resources/props.md) | Data about the file. |
            | deferCommit | Boolean | Whether to wait. |

            ## Response

            The response to this request will provide the details as an [uploadSession](../resources/uploadsession.md) resource.

            ## Example

            <!-- { "blockType": "request", "name": "create_session" } -->
            ```http
            POST /me/drive/items/i1/createUploadSession

            {"item": {"name": "large.dat"}}
            ```

            ## Upload bytes

            ### Response

            When the request is complete, the server will respond with `202 Accepted`.
            """
        let resolver = FakeResolver(links: [
            "props": "contoso.zoo.driveItemUploadableProperties", "uploadsession": "contoso.zoo.uploadSession",
        ])
        let result = OperationTests.operations(page, resolver: resolver)
        #expect(!result.facts.requestBody.saysNone)
        #expect(result.operations[0].bodyParameters.map(\.name) == ["item", "deferCommit"])
        #expect(result.operations[0].queryOptions.isEmpty)
        // The first "Response" section describes the result; the later one is another request's.
        #expect(result.operations[0].response?.type == "contoso.zoo.uploadSession")
        #expect(result.operations[0].response?.status != 202)
        // Without an example that sends them, the rows are query parameters, as before.
        let unsent = page.replacingOccurrences(of: "{\"item\": {\"name\": \"large.dat\"}}", with: "{\"other\": 1}")
        let query = OperationTests.operations(unsent, resolver: resolver)
        #expect(query.operations[0].queryOptions.map(\.name) == ["item", "deferCommit"])
        #expect(query.operations[0].bodyParameters.isEmpty)
    }

    @Test("a body documented as an array of a type is a collection of it")
    func arrayBody() {
        let page = """
            # Update page

            ## HTTP request

            ```http
            PATCH /me/onenote/pages/{id}/content
            ```

            ## Request body

            In the request body, supply an array of [patchContentCommand](../resources/patch.md) objects that represent the changes.

            ## Response

            If successful, this method returns a `204 No Content` response code.
            """
        let resolver = FakeResolver(links: ["patch": "contoso.zoo.patchContentCommand"])
        #expect(OperationTests.operations(page, resolver: resolver).operations[0].requestBody
            == "Collection(contoso.zoo.patchContentCommand)")
        // "each [x] object in the **y** collection property" names one object.
        let single = page.replacingOccurrences(
            of: "supply an array of [patchContentCommand](../resources/patch.md) objects that represent the changes",
            with: "provide a JSON body of each [patchContentCommand](../resources/patch.md) object in the **commands** collection property")
        #expect(OperationTests.operations(single, resolver: resolver).operations[0].requestBody == "contoso.zoo.patchContentCommand")
    }
}

/// What one page's operations learn from another's.
@Suite("Operations: across pages")
struct CrossPageOperationTests {
    static let domain = SchemaTestSupport.resourceBlock(
        "microsoft.graph.domain", extra: #""keyProperty": "id","#, json: #"{"id": "String", "isDefault": true}"#)

    @Test("an update that names no body type sends the type the GET of its path answers, with a note")
    func updateBodyFromRead() {
        let model = SchemaTestSupport.model([
            ("resources/domain.md", "# domain resource type\n\n\(Self.domain)\n"),
            ("api/domain-get.md", """
                # Get domain

                ## HTTP request

                ```http
                GET /domains/{id}
                ```

                ## Response

                If successful, this method returns a `200 OK` response code and a [domain](../resources/domain.md) object in the response body.
                """),
            ("api/domain-update.md", """
                # Update domain

                ## HTTP request

                ```http
                PATCH /domains/{domain-name}
                ```

                ## Request body

                In the request body, supply the values for relevant fields to be updated.

                ## Response

                If successful, this method returns a `204 No Content` response code.
                """),
        ])
        let update = model.operations.first { $0.method == "PATCH" }
        #expect(update?.requestBody == "microsoft.graph.domain")
        let note = model.diagnostics.first { $0.code == "operation-update-body-from-read" }
        #expect(note?.severity == .note)
        #expect(note?.location?.file.hasSuffix("api/domain-update.md") == true)
    }

    @Test("a success without a body on another page's example lets that operation answer without one")
    func bodilessResponseOfAnotherPage() {
        let model = SchemaTestSupport.model([
            ("resources/domain.md", "# domain resource type\n\n\(Self.domain)\n"),
            ("api/domain-post.md", """
                # Create domain

                ## HTTP request

                ```http
                POST /domains
                ```

                ## Response

                If successful, this method returns a `201 Created` response code and a [domain](../resources/domain.md) object in the response body.
                """),
            ("api/other.md", """
                # Other

                ## HTTP request

                ```http
                POST /others
                ```

                ## Example

                <!-- { "blockType": "request", "name": "create_domain_elsewhere" } -->
                ```http
                POST /domains

                {"id": "contoso.com"}
                ```

                <!-- { "blockType": "response" } -->
                ```http
                HTTP/1.1 201 Created
                ```
                """),
        ])
        #expect(model.operations.first { $0.path == "/domains" }?.response?.mayBeEmpty == true)
        let warning = model.diagnostics.first { $0.message.contains("example 'create_domain_elsewhere-response'") }
        #expect(warning?.code == "operation-bodiless-example-response")
        #expect(warning?.location?.file.hasSuffix("api/other.md") == true)
    }
}
