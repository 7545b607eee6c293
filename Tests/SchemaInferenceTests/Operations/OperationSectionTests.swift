import GraphDocCore
import PageReader
@testable import SchemaInference
import TestSupport
import Testing

/// What the sections after the listing say: query options, headers, body, response.
@Suite("Operation sections")
struct OperationSectionTests {
    static let resolver = FakeResolver(
        links: ["animal": "contoso.zoo.animal", "keeper": "contoso.zoo.keeper", "zoo": "contoso.zoo.zoo"],
        names: [
            "contoso.zoo.feedingSchedule": "contoso.zoo.feedingSchedule", "contoso.zoo.keeper": "contoso.zoo.keeper",
            "contoso.zoo.animal": "contoso.zoo.animal",
        ])

    func read(_ sections: String, listing: String = "POST /zoos/{id}/animals", path: String = "api/x.md") -> (
        APIOperation, OperationFacts, [Diagnostic]
    ) {
        let page = """
            # Do something

            Namespace: contoso.zoo

            Update the properties of a [zoo](../resources/zoo.md) object.

            ## HTTP request

            ```http
            \(listing)
            ```

            \(sections)
            """
        let result = OperationTests.operations(page, path: path, resolver: Self.resolver)
        return (result.operations[0], result.facts, result.diagnostics)
    }

    // MARK: - Query options

    @Test("query options come from code spans and text, and from tables; negated sentences are skipped")
    func queryOptions() {
        let (operation, _, _) = read("""
            ## Optional query parameters

            This method supports the `$filter`, `$select` and $top OData query parameters.
            This method does not support the `$search` query parameter.

            | Name | Type | Description |
            |:-----|:-----|:------------|
            | includeClosed | Boolean | Whether closed enclosures are listed. |
            | $select | String | Properties to return. |
            """, listing: "GET /zoos/{id}/animals?$expand=keeper")
        #expect(operation.queryOptions.map(\.name) == ["$expand", "$filter", "$select", "$top", "includeClosed"])
        #expect(operation.queryOptions[0].value == "keeper")
        let select = operation.queryOptions.first { $0.name == "$select" }
        // The table fills in what the prose did not say.
        #expect(select?.type == "Edm.String")
        #expect(operation.queryOptions.last?.type == "Edm.Boolean")
        #expect(operation.queryOptions.last?.description == "Whether closed enclosures are listed.")
    }

    // MARK: - Headers

    @Test("request headers come from the table, with a 'Name: value' cell split")
    func headers() {
        let (operation, _, _) = read("""
            ## Request headers

            | Header | Value |
            |:-------|:------|
            | Authorization | Bearer {token}. Required. |
            | Prefer: outlook.timezone | The time zone of the response. |
            """)
        #expect(operation.requestHeaders.map(\.name) == ["Authorization", "Prefer"])
        #expect(operation.requestHeaders.map(\.value) == [nil, "outlook.timezone"])
        #expect(operation.requestHeaders[0].description == "Bearer {token}. Required.")
    }

    @Test("request headers the prose names before 'header' in a sentence about the request come after the table's")
    func headersFromProse() {
        let (operation, _, _) = read("""
            ## Request headers

            | Header | Value |
            |:-------|:------|
            | Authorization | Bearer {token}. Required. |

            ## Response

            If successful, this method returns `204 No Content`. If the request specifies `Prefer` header with `return=representation` preference, this method returns `200 OK`. With the `Consistency-Level: eventual` header included in the request, it returns a `Location` response header. The response includes a `Preference-Applied` header to acknowledge the `Prefer` request header. Use the `Retry-After` header.
            """)
        #expect(operation.requestHeaders.map(\.name) == ["Authorization", "Prefer", "Consistency-Level"])
        #expect(operation.requestHeaders.map(\.value) == [nil, nil, "eventual"])
    }

    @Test("request headers named in bold count; an example's prose counts only what it calls a request header")
    func headersFromBoldAndExamples() {
        let (operation, _, _) = read("""
            ## Request headers

            | Header | Value |
            |:-------|:------|
            | Authorization | Bearer {token}. Required. |

            > If you try the query in Graph Explorer, include the **Accept-Language** request header.

            ## Examples

            ### Example 1: create in a time zone

            #### Request

            It uses the `Prefer: outlook.timezone` request header to set the time zone. The `Content-Range` header gives the bytes this request uploads.
            """)
        #expect(operation.requestHeaders.map(\.name) == ["Authorization", "Accept-Language", "Prefer"])
        #expect(operation.requestHeaders.map(\.value) == [nil, nil, "outlook.timezone"])
    }

    @Test("header tables with a type column keep the type")
    func headerTypes() {
        let (operation, _, _) = read("""
            ## Request headers

            | Name | Type | Description |
            |:-----|:-----|:------------|
            | Content-Length | Int32 | The length. |
            """)
        #expect(operation.requestHeaders.first?.type == "Edm.Int32")
        #expect(operation.requestHeaders.first?.description == "The length.")
    }

    // MARK: - Request body

    @Test("the request body's type comes from the link of the body sentence")
    func bodyByLink() {
        let (operation, facts, _) = read("""
            ## Request body

            In the request body, supply a JSON representation of an [animal](../resources/animal.md) object.
            """)
        #expect(operation.requestBody == "contoso.zoo.animal")
        #expect(facts.requestBody.types.first?.reference == .link(text: "animal", target: "../resources/animal.md"))
        #expect(facts.requestBody.types.first?.location == SourceLocation(file: "api/x.md", line: 15, column: 1))
    }

    @Test("'Do not supply a request body' gives no body")
    func noBody() {
        let (operation, facts, _) = read("""
            ## Request body

            Do not supply a request body for this method.

            ## Response

            If successful, this method returns a `204 No Content` response code.
            """, listing: "PATCH /zoos/{id}")
        #expect(facts.requestBody.saysNone)
        #expect(operation.requestBody == nil)
        #expect(operation.response == APIOperation.Response(status: 204, type: nil, collection: false))
    }

    @Test("an action's body parameters come from the table, with their types resolved")
    func bodyParameters() {
        let (operation, _, diagnostics) = read("""
            ## Request body

            In the request body, provide a JSON object with the following parameters.

            | Parameter | Type | Description |
            |:----------|:-----|:------------|
            | keepers | [keeper](../resources/keeper.md) collection | Who feeds them. |
            | names | Collection(String) | The names. |
            | quiet | Boolean | Whether to feed quietly. |
            | schedule | feedingSchedule | When. |
            | mood | Mood | Unknown type. |
            """)
        #expect(operation.requestBody == nil)
        #expect(operation.bodyParameters.map(\.name) == ["keepers", "names", "quiet", "schedule", "mood"])
        #expect(operation.bodyParameters.map(\.type) == [
            "Collection(contoso.zoo.keeper)", "Collection(Edm.String)", "Edm.Boolean", "contoso.zoo.feedingSchedule",
            "contoso.zoo.Mood",
        ])
        #expect(operation.bodyParameters[0].description == "Who feeds them.")
        let warning = diagnostics.first { $0.code == "operation-unresolved-type" }
        #expect(warning?.message == "no page documents the type 'Mood' of 'mood'; read as 'contoso.zoo.Mood'")
        #expect(warning?.location?.position.line == 23)
    }

    @Test("an update that names no body type takes the response's type, else the page's subject")
    func updateBody() {
        let (operation, _, _) = read("""
            ## Request body

            In the request body, supply the values for relevant fields that should be updated.

            ## Response

            If successful, this method returns a `200 OK` response code and an updated [animal](../resources/animal.md) object in the response body.
            """, listing: "PATCH /zoos/{id}/animals/{id}")
        #expect(operation.requestBody == "contoso.zoo.animal")
        let (subject, _, _) = self.read("""
            ## Request body

            In the request body, supply the values for relevant fields that should be updated.

            ## Response

            If successful, this method returns a `204 No Content` response code.
            """, listing: "PATCH /zoos/{id}")
        #expect(subject.requestBody == "contoso.zoo.zoo")
    }

    // MARK: - Response

    @Test("the response's status, type and collection come from the status sentence")
    func response() {
        let (single, _, _) = read("""
            ## Response

            If successful, this method returns a `201 Created` response code and an [animal](../resources/animal.md) object in the response body. If unsuccessful, a `400 Bad Request` is returned.
            """)
        #expect(single.response == APIOperation.Response(status: 201, type: "contoso.zoo.animal", collection: false))
        let (list, _, _) = read("""
            ## Response

            If successful, this method returns a 200 OK response code and a collection of [animal](../resources/animal.md) objects in the response body.
            """, listing: "GET /zoos/{id}/animals")
        #expect(list.response == APIOperation.Response(status: 200, type: "contoso.zoo.animal", collection: true))
        let (primitive, _, _) = read("""
            ## Response

            If successful, this function returns a `200 OK` response code and a String collection in the response body.
            """, listing: "GET /zoos/{id}/names()")
        #expect(primitive.response == APIOperation.Response(status: 200, type: "Edm.String", collection: true))
        let (bold, _, _) = read("""
            ## Response

            If successful, this method returns a `200 OK` response code and a **keeper** object in the response body.
            """, listing: "GET /zoos/{id}/keeper")
        #expect(bold.response?.type == "contoso.zoo.keeper")
        let (boolean, _, _) = read("""
            ## Response

            If successful, this method returns `200 OK` response code.
            If the animal is removed, a `true` value is returned in the response body. Otherwise, a `false` value is returned.
            """, listing: "POST /zoos/{id}/removeAnimal")
        #expect(boolean.response == APIOperation.Response(status: 200, type: "Edm.Boolean"))
        let (code, _, _) = read("""
            ## Response

            If successful, this method returns `200 OK` response code.
            The response body says whether `true` values were accepted.
            """, listing: "POST /zoos/{id}/removeAnimal")
        #expect(code.response?.type == nil)
    }

    @Test("a response without content has no type")
    func noContent() {
        let (operation, facts, _) = read("""
            ## Response

            If successful, this method returns a `202 Accepted` response code. It does not return anything in the response body.
            """)
        #expect(facts.response.saysNoContent)
        #expect(operation.response == APIOperation.Response(status: 202, type: nil, collection: false))
    }

    @Test("a type a 202 status sentence names as a header's or a link's target is not the body")
    func responsePointingElsewhere() {
        let (link, _, _) = read("""
            ## Response

            If successful, this API returns a `202 Accepted` response containing a link to the [animal](../resources/animal.md).
            """)
        #expect(link.response == APIOperation.Response(status: 202, type: nil, collection: false))
        let (header, _, _) = read("""
            ## Response

            If successful, this method returns a `202 Accepted` response code with a Location: header pointing to the [animal](../resources/animal.md) resource.
            """)
        #expect(header.response == APIOperation.Response(status: 202, type: nil, collection: false))
        let (body, _, _) = read("""
            ## Response

            If successful, this method returns a `201 Created` response code, a Location header and an [animal](../resources/animal.md) object in the response body.
            """)
        #expect(body.response == APIOperation.Response(status: 201, type: "contoso.zoo.animal", collection: false))
        let (ok, _, _) = read("""
            ## Response

            If successful, this method returns a `200 OK` response code and a Location header with a URI to the [animal](../resources/animal.md).
            """)
        #expect(ok.response == APIOperation.Response(status: 200, type: "contoso.zoo.animal", collection: false))
    }

    @Test("without a status in prose, the example response's status and annotated type are used")
    func statusFromExample() {
        let (operation, _, diagnostics) = read("""
            ## Response

            Returns the new animal.

            ## Example

            <!-- { "blockType": "request", "name": "adopt" } -->
            ```http
            POST /zoos/z1/animals
            ```

            <!-- { "blockType": "response", "@odata.type": "contoso.zoo.animal", "isCollection": false } -->
            ```http
            HTTP/1.1 202 Accepted
            ```
            """)
        // The example answers without a body: the typed response may be empty.
        #expect(operation.response == APIOperation.Response(status: 202, type: "contoso.zoo.animal", mayBeEmpty: true))
        #expect(operation.examples == ["adopt"])
        #expect(!diagnostics.contains { $0.code == "operation-default-status" })
    }

    @Test("a typed response may be empty where an example answers without a body, not where its bytes are left out")
    func bodilessExampleResponse() {
        let page = { (response: String) in
            self.read("""
                ## Response

                If successful, this method returns a `200 OK` response code and an [animal](../resources/animal.md) object in the response body.

                ## Example

                <!-- { "blockType": "request", "name": "update" } -->
                ```http
                PATCH /zoos/z1/animals/a1
                ```

                <!-- { "blockType": "response" } -->
                ```http
                \(response)
                ```
                """, listing: "PATCH /zoos/{id}/animals/{animal-id}")
        }
        let (bodiless, _, diagnostics) = page("HTTP/1.1 204 No Content")
        #expect(bodiless.response == APIOperation.Response(status: 200, type: "contoso.zoo.animal", mayBeEmpty: true))
        let warning = diagnostics.first { $0.code == "operation-bodiless-example-response" }
        #expect(warning?.severity == .warning)
        #expect(warning?.location?.position.line == 26)

        let (typed, _, _) = page("HTTP/1.1 200 OK\nContent-Type: application/json\n\n{\"name\": \"Rex\"}")
        #expect(typed.response == APIOperation.Response(status: 200, type: "contoso.zoo.animal"))
        // A media type other than JSON says the bytes are left out, not that there are none.
        let (bytes, _, _) = page("HTTP/1.1 200 OK\nContent-Type: image/png")
        #expect(bytes.response == APIOperation.Response(status: 200, type: "contoso.zoo.animal"))
    }

    @Test("without any documented status, the method's usual status is used, with a note")
    func defaultStatus() {
        let (operation, _, diagnostics) = read("", listing: "DELETE /zoos/{id}")
        #expect(operation.response == APIOperation.Response(status: 204, type: nil, collection: false))
        let note = diagnostics.first { $0.code == "operation-default-status" }
        #expect(note?.severity == .note)
        #expect(note?.message == "page names no success status for 'DELETE /zoos/{id}'; using 204")
        let (get, _, _) = read("", listing: "GET /zoos/{id}")
        #expect(get.response?.status == 200)
    }

    @Test("an undocumented response type is read in the page's namespace and reported once, where it stands")
    func unresolvedResponse() {
        let (operation, _, diagnostics) = read("""
            ## Response

            If successful, this method returns a `200 OK` response code and a [lion](../resources/lion.md) object in the response body.
            """, listing: "GET /zoos/{id}/lion\nGET /lions/{id}")
        #expect(operation.response == APIOperation.Response(status: 200, type: "contoso.zoo.lion", collection: false))
        let warnings = diagnostics.filter { $0.code == "operation-unresolved-type" }
        #expect(warnings.count == 1)
        #expect(warnings.first?.message == "no page documents the type named for the response ('[lion](../resources/lion.md)'); read as 'contoso.zoo.lion'")
        #expect(warnings.first?.location == SourceLocation(file: "api/x.md", line: 16, column: 1))
    }

    // MARK: - Path and function parameters

    @Test("path parameter tables document the placeholders they name")
    func pathParameters() {
        let (operation, _, _) = read("""
            ## Path parameters

            | Parameter name | Value | Description |
            |:---------------|:------|:------------|
            | *zooId* | string | Required. The zoo. |

            ## Function parameters

            | Parameter | Type | Description |
            |:----------|:-----|:------------|
            | period | String | The period. |
            """, listing: "GET /zoos/{zoo-id}/report(period='{period_value}')")
        #expect(operation.pathParameters.map(\.name) == ["zoo-id", "period-value"])
        #expect(operation.pathParameters.map(\.type) == ["Edm.String", "Edm.String"])
        #expect(operation.pathParameters.map(\.description) == ["Required. The zoo.", "The period."])
        #expect(operation.functionParameters.map(\.name) == ["period"])
    }
}
