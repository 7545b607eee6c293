import Foundation
import GraphDocCore
import LenientJSON
import PageReader
import SchemaInference
import TestSupport
import Testing

@testable import SwiftRendering

/// The documented exchanges as the mock service's catalog and as Dev Proxy's mocks file.
@Suite("Mock rendering")
struct MockRenderingTests {
    static func exchange(
        _ name: String, _ method: String, template: String?, path: String? = nil, url: String? = nil,
        query: [DocumentedExchange.Field] = [], status: Int = 200, headers: [DocumentedExchange.Field] = [],
        body: String? = nil, text: String? = nil, page: String = "api/zoo.md"
    ) -> DocumentedExchange {
        DocumentedExchange(
            name: name, page: page, location: SourceLocation(file: "api/zoo.de-DE.md", line: 1, column: 1), method: method,
            pathTemplate: template, documentedPath: path ?? template, url: url, query: query, status: status, headers: headers,
            body: body.flatMap { LenientJSONReader().read($0).value }, text: text)
    }

    static let exchanges = [
        exchange("get-animal", "GET", template: "/animals/{id}", path: "/animals/ada", body: #"{"name": "ada", "weight": 3}"#),
        exchange("get-animal-report", "GET", template: "/animals/{id}/report(period='{period}')", body: #"{"value": 1}"#),
        exchange("get-content", "GET", template: "/drives/{drive-id}/root:/{item-path}:/content", status: 302,
                 headers: [.init(name: "Location", value: "https://download.example/x")]),
        exchange("count-animals", "GET", template: "/animals/$count", text: "3"),
        exchange("list-animals", "GET", template: "/animals", query: [.init(name: "$filter", value: "name eq 'ada'")],
                 headers: [.init(name: "Content-Length", value: "40")], body: #"{"value": [{"name": "ada"}]}"#),
        exchange("upload", "PUT", template: nil, url: "https://upload.example/session/1", status: 202, body: "[1, 2]"),
        exchange("truth", "GET", template: "/animals/{id}/isHappy", body: "true"),
    ]

    @Test("Dev Proxy's mocks: '*' for every value of the template, the query as documented, most specific first")
    func devProxyURLs() throws {
        let file = DevProxyMocksFile.contents(of: Self.exchanges, serviceRoot: "https://zoo.example/v2/")
        let mocks = try #require(JSONValue.mocks(in: file))
        // The longest fixed text first: the proxy answers with the first mock that matches.
        #expect(mocks.map { $0["request"]?["url"]?.stringValue ?? "" } == [
            "https://zoo.example/v2/animals?$filter=name%20eq%20'ada'",
            "https://zoo.example/v2/animals/*/report(period='*')",
            "https://zoo.example/v2/drives/*/root:/*:/content",
            "https://zoo.example/v2/animals/*/isHappy",
            "https://zoo.example/v2/animals/$count",
            "https://upload.example/session/1",
            "https://zoo.example/v2/animals/*",
        ])
        #expect(mocks.map { $0["request"]?["method"]?.stringValue ?? "" } == ["GET", "GET", "GET", "GET", "GET", "PUT", "GET"])
    }

    @Test("Dev Proxy's mocks: bodies stay JSON, text and primitives become strings, Content-Length goes, a JSON body gets its media type")
    func devProxyResponses() throws {
        let file = DevProxyMocksFile.contents(of: Self.exchanges, serviceRoot: "https://zoo.example/v2")
        let mocks = try #require(JSONValue.mocks(in: file))
        func response(_ url: String) -> JSONValue? {
            mocks.first { $0["request"]?["url"]?.stringValue == url }?["response"]
        }
        let list = try #require(response("https://zoo.example/v2/animals?$filter=name%20eq%20'ada'"))
        #expect(list["body"] == LenientJSONReader().read(#"{"value": [{"name": "ada"}]}"#).value)
        #expect(list["headers"] == LenientJSONReader().read(#"[{"name": "content-type", "value": "application/json"}]"#).value)
        #expect(response("https://upload.example/session/1")?["body"] == LenientJSONReader().read("[1, 2]").value)
        #expect(response("https://upload.example/session/1")?["statusCode"]?.content == .number("202"))
        #expect(response("https://zoo.example/v2/animals/$count")?["body"]?.stringValue == "3")
        #expect(response("https://zoo.example/v2/animals/*/isHappy")?["body"]?.stringValue == "true")
        let redirect = try #require(response("https://zoo.example/v2/drives/*/root:/*:/content"))
        #expect(redirect["body"] == nil)
        #expect(redirect["headers"] == LenientJSONReader().read(#"[{"name": "Location", "value": "https://download.example/x"}]"#).value)
        #expect(DevProxySchema.violations(in: file) == [])
    }

    @Test("the schema check finds what Dev Proxy's schema forbids")
    func schemaCheckCanFail() {
        #expect(DevProxySchema.violations(in: #"{"mocks": [], "extra": 1}"#) == ["top-level key 'extra'"])
        #expect(DevProxySchema.violations(in: #"{"mocks": [{"request": {"method": "FETCH"}, "response": {"statusCode": "200", "headers": [{"name": 1}], "body": 3}}]}"#) == [
            "mock 0: request.url is not a string", "mock 0: request.method 'FETCH' is not an HTTP verb",
            "mock 0: response.statusCode is not an integer", "mock 0: header 0 is not a name and a value",
            "mock 0: response.body is not an object, an array or a string",
        ])
        #expect(DevProxySchema.violations(in: "[]") == ["the file is not an object with a 'mocks' array"])
    }

    @Test("the catalog: exchanges by page and name whatever their order, the runtime's keys, no line numbers")
    func catalog() throws {
        let text = MockCatalogFile.contents(of: Self.exchanges.reversed(), serviceRoot: "https://zoo.example/v2")
        #expect(text == MockCatalogFile.contents(of: Self.exchanges, serviceRoot: "https://zoo.example/v2"))
        let catalog = try #require(LenientJSONReader().read(text).value)
        #expect(catalog["serviceRoot"]?.stringValue == "https://zoo.example/v2")
        guard case .array(let entries)? = catalog["exchanges"]?.content else {
            Issue.record("no exchanges")
            return
        }
        #expect(entries.map { $0["name"]?.stringValue ?? "" } == [
            "count-animals", "get-animal", "get-animal-report", "get-content", "list-animals", "truth", "upload",
        ])
        let get = entries[1]
        #expect(get["request"] == LenientJSONReader().read(
            #"{"method": "GET", "path": "/animals/{id}", "documentedPath": "/animals/ada", "query": []}"#).value)
        #expect(entries[6]["request"]?["url"]?.stringValue == "https://upload.example/session/1")
        #expect(!text.contains("line"))
    }

    @Test("the package generated from docs-input has a mock service answering its 8 documented exchanges, and tests driving the client through it")
    func docsInputPackage() throws {
        let files = try GeneratedPackageTests.render()
        let catalog = try #require(files.first { $0.path == "Sources/GraphSDKMocks/Mocks.json" })
        let value = try #require(LenientJSONReader().read(catalog.contents).value)
        guard case .array(let entries)? = value["exchanges"]?.content else {
            Issue.record("no exchanges")
            return
        }
        #expect(entries.count == 8)
        #expect(Set(entries.compactMap { $0["request"]?["path"]?.stringValue }) == ["/communications/calls", "/app/calls"])
        #expect(files.contains { $0.path == "Sources/GraphSDKMocks/MockTransport.swift" && $0.contents.contains("import GraphSDK\n") })
        let tests = try #require(files.first { $0.path == "Tests/GraphSDKTests/MockServiceTests.swift" }).contents
        #expect(tests.contains(#"@Test("microsoft.graph create: create-call-app-hosted-media")"#))
        #expect(tests.contains("try mockClient(faults: [.throttling(retryAfter: 2)]"))
        #expect(tests.contains(#"GraphRequest(method: .get, path: "/undocumented/path")"#))
    }

    @Test("no mock service where the API is internal: another module could not see the runtime")
    func internalAccess() throws {
        let model = SchemaInference.infer(from: [SchemaInference.evidence(from: try TestPages.readFile("api/create-call.es-ES.md"))])
        let files = try PackageRenderer(
            templates: try TemplateLibrary(), runtime: try RuntimeSources.files(),
            mocks: try RuntimeSources.files(in: RuntimeSources.mocksDirectory), options: .init(access: .internal)
        ).render(model, sourceSummary: "create-call").files
        #expect(!files.contains { $0.path.contains("Mocks") })
        #expect(files.first { $0.path == "Package.swift" }?.contents.contains("Mocks") == false)
    }
}

extension JSONValue {
    /// The `mocks` array of a mocks file's text.
    static func mocks(in text: String) -> [JSONValue]? {
        guard case .array(let mocks)? = LenientJSONReader().read(text).value?["mocks"]?.content else { return nil }
        return mocks
    }
}

/// The shape Dev Proxy's JSON schema for mocks files (`mockresponseplugin.mocksfile.schema.json`)
/// requires: a `mocks` array and no top-level keys but `$schema`, `definitions` and `mocks`;
/// each mock's `request` with a string `url` and an optional `method` among the HTTP verbs;
/// its `response` with an optional integer `statusCode`, `headers` as name-value objects and a
/// `body` that is an object, an array or a string.
enum DevProxySchema {
    static let methods: Set<String> = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "CONNECT", "TRACE"]

    /// What in `text` the schema forbids; none for a valid file.
    static func violations(in text: String) -> [String] {
        guard let file = LenientJSONReader().read(text).value, case .object(let members) = file.content,
              case .array(let mocks)? = file["mocks"]?.content
        else { return ["the file is not an object with a 'mocks' array"] }
        var found = members.map(\.key).filter { !["$schema", "definitions", "mocks"].contains($0) }.map { "top-level key '\($0)'" }
        for (index, mock) in mocks.enumerated() {
            if case .string? = mock["request"]?["url"]?.content {} else { found.append("mock \(index): request.url is not a string") }
            if let method = mock["request"]?["method"] {
                if !methods.contains(method.stringValue ?? "") {
                    found.append("mock \(index): request.method '\(method.stringValue ?? "\(method)")' is not an HTTP verb")
                }
            }
            guard let response = mock["response"] else { continue }
            if let status = response["statusCode"] {
                if case .number(let text) = status.content, Int(text) != nil {} else {
                    found.append("mock \(index): response.statusCode is not an integer")
                }
            }
            if let headers = response["headers"] {
                guard case .array(let fields) = headers.content else {
                    found.append("mock \(index): response.headers is not an array")
                    continue
                }
                for (position, field) in fields.enumerated() {
                    if field["name"]?.stringValue == nil || field["value"]?.stringValue == nil {
                        found.append("mock \(index): header \(position) is not a name and a value")
                    }
                }
            }
            if let body = response["body"] {
                switch body.content {
                case .object, .array, .string: break
                default: found.append("mock \(index): response.body is not an object, an array or a string")
                }
            }
        }
        return found
    }
}

/// The mocks of the whole v1.0 reference.
@Suite("Mocks of the v1.0 corpus", .enabled(if: TestPages.hasShared, "needs ../shared (the v1.0 corpus) beside the clone"))
struct MockCorpusTests {
    @Test("every exchange the fixture tests read back is a mock: over 1,500, JSON bodies as JSON, a valid Dev Proxy file")
    func corpusMocks() throws {
        let files = try InputFiles.find([TestPages.corpus.path])
        var evidence: [SchemaInference.PageEvidence] = []
        try PageBatchReader.read(files, transform: SchemaInference.evidence(from:)) { _, result in
            evidence.append(try result.get().1)
        }
        let model = SchemaInference.infer(from: evidence)
        let package = try PackageRenderer(
            templates: try TemplateLibrary(), runtime: try RuntimeSources.files(),
            mocks: try RuntimeSources.files(in: RuntimeSources.mocksDirectory)
        ).render(model, sourceSummary: "v1.0")
        let exchanges = package.exchanges
        // 1,536 on the 2021-08 pages; the public script's file has 1,303 for the same pages.
        #expect(exchanges.count > 1_500)
        #expect(package.fixtures.unmockedResponses < 20)
        // A documented JSON body is JSON, never text; a text body is what is not JSON (a count).
        #expect(exchanges.allSatisfy { !($0.body != nil && $0.text != nil) })
        #expect(exchanges.filter { $0.text != nil }.allSatisfy { LenientJSONReader().read($0.text!).value == nil || Int($0.text!) != nil })
        #expect(exchanges.filter { $0.body != nil }.count > 1_000)
        #expect(Set(exchanges.map { "\($0.page) \($0.name)" }).count == exchanges.count)
        let file = DevProxyMocksFile.contents(of: exchanges, serviceRoot: model.serviceRoot ?? "")
        #expect(DevProxySchema.violations(in: file) == [])
        #expect(JSONValue.mocks(in: file)?.count == exchanges.count)
        #expect(JSONValue.mocks(in: file)?.allSatisfy { $0["request"]?["url"]?.stringValue?.hasPrefix("https://") == true } == true)
        let tests = try #require(package.files.first { $0.path == "Tests/GraphSDKTests/MockServiceTests.swift" }).contents
        for namespace in ["microsoft.graph", "microsoft.graph.callRecords", "microsoft.graph.externalConnectors"] {
            #expect(tests.contains("@Test(\"\(namespace) get: "), "no get test for \(namespace)")
        }
        #expect(tests.contains("@Test(\"paging: "))
    }
}
