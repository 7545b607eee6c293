import GraphDocCore
import PageReader
@testable import SchemaInference
import TestSupport
import Testing

/// The requests of a page: listings, names, paths, parameters, examples.
@Suite("Operation requests")
struct OperationRequestTests {
    static let listingPage = """
        # List events

        Namespace: contoso.zoo

        ## HTTP request

        <!-- { "blockType": "ignored" } -->
        ```http
        GET /me/events
        GET /users/{id | userPrincipalName}/events

        GET /me/calendars/{id}/events
        GET /users/{id | userPrincipalName}/calendars/{id}/events
        ```

        ## Response

        If successful, this method returns a `200 OK` response code and a collection of [event](../resources/event.md) objects in the response body.

        ## Example

        ### Request

        <!-- { "blockType": "request", "name": "get_user_calendar_events" } -->
        ```http
        GET https://graph.microsoft.com/v1.0/users/a1/calendars/c2/events?$top=1
        ```

        ### Response

        <!-- { "blockType": "response" } -->
        ```http
        HTTP/1.1 200 OK
        ```

        ### Request

        <!-- { "blockType": "request", "name": ["get_my_events", "get_my_events_again"] } -->
        ```http
        GET https://graph.microsoft.com/v1.0/me/events
        ```
        """

    @Test("a listing with several paths, in groups, gives one operation per path, named in page order")
    func severalPaths() {
        let (facts, operations, _) = OperationTests.operations(Self.listingPage, path: "api/user-list-events.md")
        #expect(facts.baseName == "user-list-events")
        #expect(operations.map(\.name) == ["user-list-events", "user-list-events-2", "user-list-events-3", "user-list-events-4"])
        #expect(operations.map(\.method) == ["GET", "GET", "GET", "GET"])
        #expect(operations.map(\.path) == [
            "/me/events", "/users/{id}/events", "/me/calendars/{id}/events", "/users/{user-id}/calendars/{calendar-id}/events",
        ])
        #expect(operations[3].pathParameters.map(\.name) == ["user-id", "calendar-id"])
        #expect(operations[0].pathParameters.isEmpty)
        #expect(operations.allSatisfy { $0.source == "api/user-list-events.md" })
    }

    @Test("the name is the file name without .md and a locale tag, whatever else the name holds")
    func namesFromFileName() {
        let page = "# Create call\n\n## HTTP request\n\n```http\nPOST /communications/calls\n```\n"
        #expect(OperationTests.operations(page, path: "api/create-call.ru-RU.md").1.map(\.name) == ["create-call"])
        #expect(OperationTests.operations(page, path: "api/call.answer.v2.md").1.map(\.name) == ["call.answer.v2"])
    }

    @Test("examples go to the operation whose path their request matches")
    func matchesExamples() {
        let (_, operations, diagnostics) = OperationTests.operations(Self.listingPage)
        #expect(operations[0].examples == ["get_my_events", "get_my_events_again"])
        #expect(operations[3].examples == ["get_user_calendar_events"])
        #expect(operations[1].examples.isEmpty && operations[2].examples.isEmpty)
        #expect(!diagnostics.contains { $0.code == "operation-unmatched-example" })
    }

    @Test("an example that matches no path goes to the first operation with its method, with a note")
    func unmatchedExample() {
        let page = """
            # Get zoo

            ## HTTP request

            ```http
            POST /zoos
            GET /zoos/{id}
            GET /parks/{id}/zoo
            ```

            ## Examples

            <!-- { "blockType": "request", "name": "get_the_zoo" } -->
            ```http
            GET /cities/paris/zoo
            ```
            """
        let result = OperationTests.operations(page)
        #expect(result.operations[1].examples == ["get_the_zoo"])
        #expect(result.operations[0].examples.isEmpty && result.operations[2].examples.isEmpty)
        let note = result.facts.diagnostics.first { $0.code == "operation-unmatched-example" }
        #expect(note?.severity == .note)
        #expect(note?.location?.position.line == 14)
    }

    @Test("an example that GETs a listed path's raw value ('/$value') documents that request, with a note")
    func rawValueFromExample() {
        let page = """
            # Get hosted content

            ## HTTP request

            ```http
            GET /chats/{chat-id}/messages/{message-id}/hostedContents/{id}
            DELETE /chats/{chat-id}/messages/{message-id}/hostedContents/{id}
            ```

            ## Response

            If successful, this method returns a `200 OK` response code and a [hostedContent](../resources/hostedcontent.md) object in the response body.

            ## Examples

            <!-- { "blockType": "request", "name": "get_content" } -->
            ```http
            GET /chats/c1/messages/m2/hostedContents/h3
            ```

            <!-- { "blockType": "request", "name": "get_content_bytes" } -->
            ```http
            GET /chats/c1/messages/m2/hostedContents/h3/$value
            ```

            <!-- { "blockType": "request", "name": "delete_content_bytes" } -->
            ```http
            DELETE /chats/c1/messages/m2/hostedContents/h3/$value
            ```
            """
        let result = OperationTests.operations(page)
        #expect(result.operations.map { "\($0.method) \($0.path)" } == [
            "GET /chats/{chat-id}/messages/{message-id}/hostedContents/{id}",
            "DELETE /chats/{chat-id}/messages/{message-id}/hostedContents/{id}",
            "GET /chats/{chat-id}/messages/{message-id}/hostedContents/{id}/$value",
        ])
        #expect(result.operations.map(\.examples) == [["get_content"], ["delete_content_bytes"], ["get_content_bytes"]])
        #expect(result.operations[2].response?.type == nil)  // bytes, not the entity's JSON
        let note = result.facts.diagnostics.first { $0.code == "operation-raw-value-from-example" }
        #expect(note?.severity == .note)
        #expect(note?.location?.position.line == 22)  // the example's code block
        // With the raw value listed, nothing is added.
        let listed = page.replacingOccurrences(of: "DELETE /chats/{chat-id}/messages/{message-id}/hostedContents/{id}\n", with: "GET /chats/{chat-id}/messages/{message-id}/hostedContents/{id}/$value\n")
        #expect(OperationTests.operations(listed).operations.count == 2)
    }

    @Test("on a page with one operation, every example belongs to it")
    func singleOperationExamples() {
        let page = """
            # Get zoo

            ## HTTP request

            ```http
            GET /zoos/{id}
            ```

            ## Examples

            <!-- { "blockType": "request", "name": "one" } -->
            ```http
            GET /zoos/z1
            ```

            <!-- { "blockType": "request", "name": "two" } -->
            ```http
            GET /somewhere/else
            ```

            <!-- { "blockType": "example", "name": "not-a-request-example" } -->
            ```http
            GET /zoos/z2
            ```
            """
        let (_, operations, _) = OperationTests.operations(page)
        #expect(operations.count == 1)
        #expect(operations[0].examples == ["one", "two"])
    }

    @Test("a repeated method and path is read once, keeping every query item, with a note")
    func duplicates() {
        let page = """
            # List zoos

            ## HTTP request

            ```http
            GET /zoos
            GET /zoos/?$top=5
            GET /zoos?includeClosed=true
            DELETE /zoos
            ```
            """
        let (facts, operations, _) = OperationTests.operations(page)
        #expect(operations.map { "\($0.method) \($0.path)" } == ["GET /zoos", "DELETE /zoos"])
        #expect(operations[0].queryOptions.map(\.name) == ["$top", "includeClosed"])
        #expect(operations[0].queryOptions.map(\.value) == ["5", "true"])
        #expect(facts.diagnostics.filter { $0.code == "operation-duplicate-request" }.count == 2)
    }

    @Test("function segments, colon addressing and $value stay in the path")
    func functionSegments() {
        let page = """
            # Range

            ## HTTP request

            ```http
            GET /me/drive/items/{id}/workbook/worksheets/{id|name}/range(address='<address>')
            GET /me/drive/root:/{item-path}:/workbook/functions/microsoft.graph.abs()
            GET /me/photo/$value
            ```
            """
        let (_, operations, _) = OperationTests.operations(page)
        #expect(operations.map(\.path) == [
            "/me/drive/items/{item-id}/workbook/worksheets/{worksheet-id}/range(address='{address}')",
            "/me/drive/root:/{item-path}:/workbook/functions/microsoft.graph.abs()",
            "/me/photo/$value",
        ])
        #expect(operations[0].pathParameters.map(\.name) == ["item-id", "worksheet-id", "address"])
    }

    @Test("'HTTP request' sections may be nested; one inside an example section is an example")
    func nestedSections() {
        let page = """
            # Get drive

            ## Get the current user's drive

            ### HTTP request

            <!-- { "blockType": "request", "name": "get-my-drive" } -->
            ```msgraph-interactive
            GET /me/drive
            ```

            ## Get a group's drive

            ### HTTP Request

            ```http
            GET /groups/{groupId}/drive
            ```

            ## Example

            ### HTTP request

            ```http
            GET /groups/1234/drive
            ```
            """
        let (_, operations, _) = OperationTests.operations(page)
        #expect(operations.map(\.path) == ["/me/drive", "/groups/{groupId}/drive"])
        #expect(operations[0].examples == ["get-my-drive"])
    }

    @Test("a page without an 'HTTP request' section falls back to listing-like blocks, with a warning")
    func missingSection() {
        let page = """
            # Add member

            ## Permissions

            <!-- { "blockType": "ignored" } -->
            ```http
            POST /chats/{chat-id}/members
            ```

            ## Response

            If successful, this method returns a `201 Created` response code.

            ## Example

            <!-- { "blockType": "request", "name": "add_member" } -->
            ```http
            POST /chats/19:abc/members
            Content-type: application/json

            {}
            ```
            """
        let (facts, operations, _) = OperationTests.operations(page)
        #expect(operations.map(\.path) == ["/chats/{chat-id}/members"])
        #expect(operations[0].examples == ["add_member"])
        let warning = facts.diagnostics.first { $0.code == "operation-missing-request-section" }
        #expect(warning?.severity == .warning)
        #expect(warning?.location == SourceLocation(file: "api/x.md", line: 6, column: 1))
        // A page that documents no operation (a resource page) says nothing.
        let resource = OperationTests.operations("# Zoo\n\n## Properties\n\n| Property | Type |\n|--|--|\n| id | String |\n")
        #expect(resource.operations.isEmpty && resource.facts.diagnostics.isEmpty)
    }

    @Test("request lines without a method or with an unknown one are skipped, with warnings")
    func badRequestLines() {
        let page = """
            # Zoos

            ## HTTP request

            ```http
            FETCH /zoos
            GET /zoos/{id}/range(address='A1'/cells
            ```

            ## Empty

            ### HTTP request

            No listing here.
            """
        let (facts, operations, _) = OperationTests.operations(page)
        #expect(operations.map(\.path) == ["/zoos/{id}/range(address='A1')/cells"])
        let codes = facts.diagnostics.map(\.code)
        #expect(codes.contains("operation-unknown-method"))
        #expect(codes.contains("operation-unbalanced-parenthesis"))
        #expect(codes.contains("operation-empty-request-section"))
        let unknown = facts.diagnostics.first { $0.code == "operation-unknown-method" }
        #expect(unknown?.location?.position == SourcePosition(line: 6, column: 7))
        #expect(unknown?.message == "'FETCH' is not an HTTP method; request line '/zoos' is skipped")
    }

    @Test("side-by-side pages are read through their English spans")
    func sideBySide() {
        let pair = OperationTests.pair
        let page = """
            # <a name="list-zoos"></a>\(pair("a-101", "Список зоопарков", "List zoos"))

            ## <a name="http-request"></a>\(pair("a-102", "HTTP-запрос", "HTTP request"))

            ```http
            GET /zoos
            ```

            ## <a name="response"></a>\(pair("a-103", "Отклик", "Response"))

            \(pair("a-104", "В случае успеха этот метод возвращает код отклика `200 OK` и коллекцию объектов [zoo](../resources/zoo.md) в тексте отклика.", "If successful, this method returns a `200 OK` response code and a collection of [zoo](../resources/zoo.md) objects in the response body."))
            """
        let (_, operations, _) = OperationTests.operations(page, resolver: FakeResolver(links: ["zoo": "contoso.zoo.zoo"]))
        #expect(operations.map(\.path) == ["/zoos"])
        #expect(operations.first?.response == APIOperation.Response(status: 200, type: "contoso.zoo.zoo", collection: true))
    }
}
