import GraphDocCore
import PageReader
import Testing

@Suite("HTTP blocks: requests")
struct HTTPRequestParsingTests {
    @Test("A request with headers and a JSON body")
    func requestWithBody() throws {
        let parsed = parseTestBlock("""
            POST https://graph.microsoft.com/v1.0/me/events
            Content-type: application/json
            Prefer: outlook.timezone="Pacific Standard Time"

            {
              "subject": "Let's go for lunch"
            }

            """)
        #expect(parsed.diagnostics.isEmpty)
        let message = try #require(parsed.messages.only)
        #expect(message.kind == .request)
        #expect(message.position == SourcePosition(line: 40, column: 1))
        let requestLine = try #require(message.requestLine)
        #expect(requestLine.method == "POST")
        #expect(requestLine.httpMethod?.rawValue == "POST")
        #expect(requestLine.target == "https://graph.microsoft.com/v1.0/me/events")
        #expect(requestLine.targetPosition == SourcePosition(line: 40, column: 6))
        #expect(requestLine.url.host == "graph.microsoft.com")
        #expect(requestLine.url.apiVersion?.normalized == "v1.0")
        #expect(requestLine.url.path == "/me/events")
        #expect(requestLine.httpVersion == nil)
        #expect(message.headers == [
            HTTPHeader(name: "Content-type", value: "application/json", position: SourcePosition(line: 41, column: 1)),
            HTTPHeader(
                name: "Prefer", value: "outlook.timezone=\"Pacific Standard Time\"",
                position: SourcePosition(line: 42, column: 1)),
        ])
        #expect(message.headers.first?.fieldName?.canonicalName == "content-type")
        #expect(message.headerValues(named: "content-type") == ["application/json"])

        let body = try #require(message.body)
        #expect(body.text == "{\n  \"subject\": \"Let's go for lunch\"\n}")
        #expect(body.position == SourcePosition(line: 44, column: 1))
        let bodySpan = try #require(body.span)
        #expect(bodySpan.lines.count == 3)
        #expect(bodySpan.file == testFile)
        #expect(bodySpan.position(line: 1, column: 2) == SourcePosition(line: 45, column: 3))
    }

    @Test("A request without a body has a nil body")
    func requestWithoutBody() throws {
        let parsed = parseTestBlock("GET https://graph.microsoft.com/v1.0/me/events/{id}\n")
        let message = try #require(parsed.messages.only)
        #expect(message.body == nil)
        #expect(message.headers.isEmpty)
        #expect(parsed.diagnostics.isEmpty)
    }

    @Test("Leading blank lines are skipped; positions stay those of the page")
    func leadingBlankLines() throws {
        let parsed = parseTestBlock("\n\nDELETE /me/events/{id}")
        let message = try #require(parsed.messages.only)
        #expect(message.position == SourcePosition(line: 42, column: 1))
        #expect(message.requestLine?.method == "DELETE")
        #expect(parsed.diagnostics.isEmpty)
    }

    @Test("Placeholders with spaces, function segments, colon addressing and $value are kept in the path")
    func pathFeatures() throws {
        let parsed = parseTestBlock("""
            GET /users/{id | userPrincipalName}/drive/root:/{item-path}:/workbook/tables/{id|name}/range(address='{value}')/$value
            """)
        let requestLine = try #require(parsed.messages.only?.requestLine)
        #expect(requestLine.url.path
            == "/users/{id | userPrincipalName}/drive/root:/{item-path}:/workbook/tables/{id|name}/range(address='{value}')/$value")
        #expect(requestLine.url.host == nil)
        #expect(parsed.diagnostics.isEmpty)
    }

    @Test("Spaces inside $filter belong to the query value")
    func filterWithSpaces() throws {
        let parsed = parseTestBlock(
            "GET https://graph.microsoft.com/v1.0/groups?$filter=startswith(displayName, 'a')&$count=true&$top=1")
        let requestLine = try #require(parsed.messages.only?.requestLine)
        #expect(requestLine.target == "https://graph.microsoft.com/v1.0/groups?$filter=startswith(displayName, 'a')&$count=true&$top=1")
        #expect(requestLine.url.path == "/groups")
        #expect(requestLine.url.queryItems == [
            .init(name: "$filter", value: "startswith(displayName, 'a')"),
            .init(name: "$count", value: "true"),
            .init(name: "$top", value: "1"),
        ])
        #expect(parsed.diagnostics.isEmpty)
    }

    @Test("An HTTP version after the target is read apart from the target")
    func httpVersion() throws {
        let parsed = parseTestBlock("GET /me/messages?$select=subject HTTP/1.1")
        let requestLine = try #require(parsed.messages.only?.requestLine)
        #expect(requestLine.target == "/me/messages?$select=subject")
        #expect(requestLine.httpVersion == "HTTP/1.1")
        #expect(requestLine.url.queryItems == [.init(name: "$select", value: "subject")])
    }

    @Test("A relative path without a leading slash gets one, with a warning at the path")
    func relativePathWithoutSlash() throws {
        let parsed = parseTestBlock("""
            GET policies/activityBasedTimeoutPolicies
            """)
        let requestLine = try #require(parsed.messages.only?.requestLine)
        #expect(requestLine.target == "policies/activityBasedTimeoutPolicies")
        #expect(requestLine.url.path == "/policies/activityBasedTimeoutPolicies")
        #expect(parsed.diagnosticsAtPositions == ["http-target-without-leading-slash@40:5"])
    }

    @Test("V1.0 is kept as written, normalized, and reported at the version segment")
    func upperCaseVersion() throws {
        let parsed = parseTestBlock("""
            DELETE https://graph.microsoft.com/V1.0/teams/{id}/channels/{id}/members/{id}
            """)
        let url = try #require(parsed.messages.only?.requestLine?.url)
        #expect(url.apiVersion?.written == "V1.0")
        #expect(url.apiVersion?.normalized == "v1.0")
        #expect(url.path == "/teams/{id}/channels/{id}/members/{id}")
        #expect(parsed.diagnosticsAtPositions == ["http-noncanonical-api-version@40:36"])
    }

    @Test("Beta URLs, URLs without a version and URLs on other hosts")
    func otherURLs() throws {
        let parsed = parseTestBlock("""
            POST https://graph.microsoft.com/beta/me/sendMail
            POST https://graph.microsoft.com/me/sendMail
            POST https://bot.contoso.com/callback
            """)
        let urls = parsed.messages.compactMap { $0.requestLine?.url }
        #expect(urls.map(\.apiVersion?.written) == ["beta", nil, nil])
        #expect(urls.map(\.host) == ["graph.microsoft.com", "graph.microsoft.com", "bot.contoso.com"])
        #expect(urls.map(\.path) == ["/me/sendMail", "/me/sendMail", "/callback"])
        #expect(parsed.diagnostics.isEmpty)
    }

    @Test("An unknown method is kept, validated by HTTPTypes, and reported")
    func unknownMethod() throws {
        let parsed = parseTestBlock("""
            MERGE /me/events/{id}
            get /me/events
            """)
        #expect(parsed.messages.map(\.requestLine?.method) == ["MERGE", "get"])
        #expect(parsed.messages.first?.requestLine?.httpMethod?.rawValue == "MERGE")
        #expect(parsed.messages.first?.requestLine?.hasStandardMethod == false)
        #expect(parsed.diagnosticsAtPositions == ["http-unknown-method@40:1", "http-unknown-method@41:1"])
    }

    @Test("A bare URL is a request with an unknown method")
    func bareURL() throws {
        let parsed = parseTestBlock("""
            https://graph.microsoft.com/v1.0/me/drive/root:/book1.xlsx:/workbook/functions/pmt
            content-type: Application/Json

            {
                "rate": 4.5
            }
            """)
        let message = try #require(parsed.messages.only)
        #expect(message.kind == .request)
        #expect(message.requestLine?.method == nil)
        #expect(message.requestLine?.httpMethod == nil)
        #expect(message.requestLine?.url.path == "/me/drive/root:/book1.xlsx:/workbook/functions/pmt")
        #expect(message.headers.map(\.name) == ["content-type"])
        #expect(message.body?.position == SourcePosition(line: 43, column: 1))
        #expect(parsed.diagnosticsAtPositions == ["http-missing-method@40:1"])
    }
}

extension Array {
    /// The only element, or `nil` when there are none or several.
    var only: Element? { count == 1 ? first : nil }
}
