import PageReader
import Testing

@Suite("DocumentedURL")
struct DocumentedURLTests {
    @Test("An absolute Microsoft Graph URL gives scheme, host, version, path and query")
    func absoluteGraphURL() {
        let url = DocumentedURL(parsing: "https://graph.microsoft.com/v1.0/me/events?$top=5")
        #expect(url.isAbsolute)
        #expect(url.scheme == "https")
        #expect(url.host == "graph.microsoft.com")
        #expect(url.apiVersion == DocumentedURL.APIVersion(written: "v1.0"))
        #expect(url.path == "/me/events")
        #expect(url.queryItems == [.init(name: "$top", value: "5")])
    }

    @Test("Version segments are kept as written and normalized to lowercase")
    func versionSpellings() throws {
        let upper = try #require(DocumentedURL(parsing: "https://graph.microsoft.com/V1.0/chats/{id}").apiVersion)
        #expect(upper.written == "V1.0")
        #expect(upper.normalized == "v1.0")
        #expect(!upper.isCanonical)

        let beta = try #require(DocumentedURL(parsing: "https://graph.microsoft.com/beta/me").apiVersion)
        #expect(beta.normalized == "beta")
        #expect(beta.isCanonical)

        let short = try #require(DocumentedURL(parsing: "https://graph.microsoft.com/v1/teams/{teamId}/schedule").apiVersion)
        #expect(short.written == "v1")
        #expect(!short.isCanonical)

        let placeholder = DocumentedURL(parsing: "https://graph.microsoft.com/{version}/me/onenote/pages")
        #expect(placeholder.apiVersion?.written == "{version}")
        #expect(placeholder.path == "/me/onenote/pages")
    }

    @Test("A URL without a version segment keeps its whole path")
    func noVersion() {
        let graph = DocumentedURL(parsing: "https://graph.microsoft.com/me/events")
        #expect(graph.apiVersion == nil)
        #expect(graph.path == "/me/events")

        let callback = DocumentedURL(parsing: "https://bot.contoso.com/callback")
        #expect(callback.host == "bot.contoso.com")
        #expect(callback.apiVersion == nil)
        #expect(callback.path == "/callback")

        let hostOnly = DocumentedURL(parsing: "https://graph.microsoft.com/v1.0")
        #expect(hostOnly.apiVersion?.written == "v1.0")
        #expect(hostOnly.path == "/")
    }

    @Test("A relative path gets a leading slash and no host")
    func relativePaths() {
        let withSlash = DocumentedURL(parsing: "/users/{id | userPrincipalName}/events")
        #expect(!withSlash.isAbsolute)
        #expect(withSlash.host == nil)
        #expect(withSlash.path == "/users/{id | userPrincipalName}/events")

        let withoutSlash = DocumentedURL(parsing: "policies/activityBasedTimeoutPolicies")
        #expect(withoutSlash.path == "/policies/activityBasedTimeoutPolicies")
    }

    @Test("Function segments, colon addressing and $value stay in the path as written")
    func pathFeatures() {
        let url = DocumentedURL(
            parsing: "/me/drive/root:/{item-path}:/workbook/worksheets/{id|name}/range(address='{address}')/$value")
        #expect(url.path == "/me/drive/root:/{item-path}:/workbook/worksheets/{id|name}/range(address='{address}')/$value")
        #expect(url.queryItems.isEmpty)
    }

    @Test("Query values keep their spaces, quotes and nested options")
    func queryValues() {
        let url = DocumentedURL(
            parsing: "/groups?$filter=startswith(displayName, 'a')&$count=true&$expand=members($select=id,displayName)")
        #expect(url.path == "/groups")
        #expect(url.queryItems == [
            .init(name: "$filter", value: "startswith(displayName, 'a')"),
            .init(name: "$count", value: "true"),
            .init(name: "$expand", value: "members($select=id,displayName)"),
        ])
    }

    @Test("An ampersand inside quotes does not split a query item; an unbalanced quote falls back to plain splitting")
    func ampersands() {
        let quoted = DocumentedURL(parsing: "/users?$filter=companyName eq 'A&B'&$top=1")
        #expect(quoted.queryItems.map(\.name) == ["$filter", "$top"])
        #expect(quoted.queryItems.first?.value == "companyName eq 'A&B'")

        let unbalanced = DocumentedURL(parsing: "/me/people?$search=John's&$top=5")
        #expect(unbalanced.queryItems == [.init(name: "$search", value: "John's"), .init(name: "$top", value: "5")])
    }

    @Test("Query items without a value, and an empty query")
    func valuelessItems() {
        let url = DocumentedURL(parsing: "/me/messages?$count&top=")
        #expect(url.queryItems == [.init(name: "$count", value: nil), .init(name: "top", value: "")])

        let empty = DocumentedURL(parsing: "https://login.microsoftonline.com/{tenant}/adminconsent?")
        #expect(empty.path == "/{tenant}/adminconsent")
        #expect(empty.queryItems.isEmpty)
    }

    @Test("A question mark inside a placeholder does not start the query")
    func questionMarkInPlaceholder() {
        let url = DocumentedURL(parsing: "/me/items/{what?}/children?$top=2")
        #expect(url.path == "/me/items/{what?}/children")
        #expect(url.queryItems == [.init(name: "$top", value: "2")])
    }
}
