import GraphDocCore
import PageReader
import Testing

@Suite("HTTP blocks: syntax listings and several messages")
struct HTTPSyntaxListingTests {
    @Test("Consecutive request lines are a syntax listing, one message each")
    func consecutiveRequestLines() throws {
        let parsed = parseTestBlock("""
            GET /me/events/{id}
            GET /users/{id | userPrincipalName}/events/{id}
            GET /groups/{id}/events/{id}
            """)
        #expect(parsed.block.isSyntaxListing)
        #expect(parsed.messages.map(\.requestLine?.url.path) == [
            "/me/events/{id}", "/users/{id | userPrincipalName}/events/{id}", "/groups/{id}/events/{id}",
        ])
        #expect(parsed.messages.map(\.position.line) == [40, 41, 42])
        #expect(parsed.messages.allSatisfy { $0.headers.isEmpty && $0.body == nil })
        #expect(parsed.diagnostics.isEmpty)
    }

    @Test("Groups of request lines separated by blank lines (api/user-list-agreementacceptances.md)")
    func groupsSeparatedByBlankLines() throws {
        let parsed = parseTestBlock("""
            GET https://graph.microsoft.com/v1.0/me/agreementAcceptances

            GET https://graph.microsoft.com/v1.0/users/f2f4f8e9/agreementAcceptances
            GET /users/{id}/agreementAcceptances
            """)
        #expect(parsed.block.isSyntaxListing)
        #expect(parsed.messages.count == 3)
        #expect(parsed.messages.map(\.position.line) == [40, 42, 43])
        #expect(parsed.messages.allSatisfy { $0.body == nil })
        #expect(parsed.diagnostics.isEmpty)
    }

    @Test("Paths without a method separated by blank lines (api/projectrome-get-recent-activities.md)")
    func pathsWithoutMethod() throws {
        let parsed = parseTestBlock("""
            /me/activities/recent?$expand=historyItems($filter=lastModifiedDateTime%20gt%202018-01-22T21:45:00.347Z)

            /me/activities/recent?$top=5
            """)
        #expect(parsed.block.isSyntaxListing)
        #expect(parsed.messages.map(\.kind) == [.request, .request])
        #expect(parsed.messages.map(\.requestLine?.method) == [nil, nil])
        #expect(parsed.messages.first?.requestLine?.url.queryItems == [
            .init(name: "$expand", value: "historyItems($filter=lastModifiedDateTime%20gt%202018-01-22T21:45:00.347Z)")
        ])
        #expect(parsed.messages.allSatisfy { $0.body == nil })
        #expect(parsed.diagnosticsAtPositions == ["http-missing-method@40:1", "http-missing-method@42:1"])
    }

    @Test("A URL after a blank line is body text unless it follows a URL or path without a method")
    func urlBodies() throws {
        let response = parseTestBlock("""
            HTTP/1.1 200 OK

            https://contoso.sharepoint.com/download
            """)
        #expect(response.messages.count == 1)
        #expect(response.messages.first?.body?.text == "https://contoso.sharepoint.com/download")
        #expect(response.diagnostics.isEmpty)

        let request = parseTestBlock("""
            POST /subscriptions

            /me/mailFolders('Inbox')/messages
            """)
        #expect(request.messages.count == 1)
        #expect(request.messages.first?.body?.text == "/me/mailFolders('Inbox')/messages")
        #expect(!request.block.isSyntaxListing)
        #expect(request.diagnostics.isEmpty)
    }

    @Test("A request and its response in one block: the body ends at the status line")
    func requestAndResponse() throws {
        let parsed = parseTestBlock("""
            POST /me/events
            Content-type: application/json

            {
              "subject": "x"
            }

            HTTP/1.1 201 Created
            """)
        #expect(!parsed.block.isSyntaxListing)
        #expect(parsed.messages.map(\.kind) == [.request, .response])
        #expect(parsed.messages.first?.body?.text == "{\n  \"subject\": \"x\"\n}")
        #expect(parsed.messages.first?.body?.span?.lines.count == 3)
        #expect(parsed.messages.last?.position == SourcePosition(line: 47, column: 1))
        #expect(parsed.diagnostics.isEmpty)
    }

    @Test("A block of only a response is not a listing")
    func singleResponseIsNotListing() {
        #expect(!parseTestBlock("HTTP/1.1 204 No Content").block.isSyntaxListing)
    }
}
