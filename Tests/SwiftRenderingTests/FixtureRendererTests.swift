import GraphDocCore
import LenientJSON
import SchemaInference
@testable import SwiftRendering
import Testing

/// Examples become JSON fixtures and one test each; contradictions become known issues.
@Suite("Fixture tests from examples")
struct FixtureRendererTests {
    static func example(_ name: String, type: String?, body: String?, kind: APIExample.Kind = .response) -> APIExample {
        APIExample(
            name: name, kind: kind, type: type, collection: false, truncated: false, method: nil, path: nil, status: 200,
            body: body.flatMap { LenientJSONReader().read($0).value }, source: "api/animal-get.de-DE.md",
            location: SourceLocation(file: "api/animal-get.de-DE.md", line: 10, column: 1), bodyLine: 10)
    }

    static let model = APIModel(
        types: [GoldenModelTests.model.types.first { $0.name == "contoso.zoo.animal" }!]
            + GoldenModelTests.model.types.filter { $0.name != "contoso.zoo.animal" },
        examples: [
            example("get_animal", type: "contoso.zoo.animal", body: #"{"name": "Leo", "weight": 3}"#),
            example("get \"odd\"", type: "contoso.zoo.animal", body: #"{"weight": "heavy"}"#),
            example("list", type: "contoso.zoo.animal", body: #"{"value": [{"name": "A"}]}"#),
            example("no type", type: "contoso.zoo.dodo", body: "{}"),
            example("no body", type: "contoso.zoo.animal", body: nil, kind: .request),
            example("placeholder", type: "contoso.zoo.animal", body: #"{"name": "Double", "weight": "Double (kg)"}"#),
        ])

    static func render() throws -> (files: [RenderedFile], diagnostics: [Diagnostic], summary: FixtureSummary) {
        let names = SwiftTypeNames(model: model)
        let rendered = try FixtureRenderer(
            model: model, names: names, templates: try TemplateLibrary(), moduleImports: ["import ZooSDK"],
            tree: ClientTree(operations: []), index: ClientIndex()
        ).render()
        return (rendered.files, rendered.diagnostics, rendered.summary)
    }

    @Test("a fixture per example with a body, a test per typed one, one suite per page (locale tag left out), a support file")
    func files() throws {
        let files = try Self.render().files
        #expect(files.map(\.path).sorted() == [
            "AnimalGetExamples.swift", "Fixture.swift", "Fixtures/GetAnimal.json", "Fixtures/GetOdd.json", "Fixtures/List.json",
            "Fixtures/NoType.json", "Fixtures/Placeholder.json", "Fixtures/PropertyKinds.json", "LenientDecodingTests.swift",
        ])
        // Every struct's properties with the JSON kind of their documented types.
        let kinds = try #require(files.first { $0.path == "Fixtures/PropertyKinds.json" }?.contents)
        #expect(kinds.contains(#""name","#) && kinds.contains(#""string""#))
        #expect(files.first { $0.path == "LenientDecodingTests.swift" }?.contents.contains(#"("Animal", Zoo.Animal.self),"#) == true)
        let suite = try #require(files.first { $0.path == "AnimalGetExamples.swift" }?.contents)
        #expect(suite.contains(#"@Suite("api/animal-get.md")"#))
        #expect(suite.contains(#"try Fixture.roundTrip("GetAnimal", as: Zoo.AnyAnimal.self)"#))
        #expect(suite.contains(#"try Fixture.roundTrip("List", as: Page<Zoo.AnyAnimal>.self)"#))
        #expect(suite.contains(#"@Test("get \"odd\"")"#))
        #expect(suite.contains(#"withKnownIssue("'weight' is the string 'heavy', but the docs say Edm.Double (a number)")"#))
        #expect(suite.contains("import ZooSDK"))
        #expect(!suite.contains("de-DE"))
    }

    @Test("a placeholder's fixture holds its type's sample value, with a located note; the rest is as written")
    func placeholder() throws {
        let (files, diagnostics, _) = try Self.render()
        let fixture = try #require(files.first { $0.path == "Fixtures/Placeholder.json" }?.contents)
        #expect(fixture == "{\n  \"name\": \"Double\",\n  \"weight\": 0\n}\n")
        let note = try #require(diagnostics.first { $0.code == "example-placeholder" })
        #expect(note.severity == .note)
        #expect(note.message == "example 'placeholder': 'weight' is the placeholder 'Double (kg)' where the docs say Edm.Double; "
            + "its fixture holds 0 instead")
        #expect(note.location == SourceLocation(file: "api/animal-get.de-DE.md", line: 11, column: 30))
    }

    @Test("contradictions are located warnings; the summary counts everything")
    func summary() throws {
        let (_, diagnostics, summary) = try Self.render()
        #expect(diagnostics.contains {
            $0.severity == .warning && $0.location == SourceLocation(file: "api/animal-get.de-DE.md", line: 11, column: 12)
        })
        #expect(summary.line == "examples: 6 found, 4 tests (0 requests through the client), "
            + "1 known issue (1 value not of its documented primitive type), 1 placeholder given a sample value, "
            + "1 request the client cannot send, "
            + "1 without a JSON body, 1 without a documented type")
        #expect(diagnostics.contains { $0.code == "request-unsent" && $0.message.contains("no request line") })
    }

    @Test("a response after a request the page shows unannotated is tested by sending that request through the client")
    func shownRequest() throws {
        func response(
            _ name: String, answering method: String, _ path: String, body: String? = nil, text: String? = nil,
            headers: [APIExample.Field] = [], answer: String? = nil
        ) -> APIExample {
            var response = Self.example(name, type: answer == nil ? nil : "zoo.group", body: answer)
            response.status = answer == nil ? 204 : 201
            response.shownRequest = .init(
                method: method, path: path, query: [], headers: headers, body: body.flatMap { LenientJSONReader().read($0).value },
                text: text, bodyLine: 6,
                location: SourceLocation(file: "api/animal-get.de-DE.md", line: 5, column: 1))
            return response
        }
        let model = APIModel(
            types: RequestFixtureTests.model.types, operations: RequestFixtureTests.operations,
            examples: [
                response("deleted", answering: "DELETE", "/domains/contoso.com"), response("lost", answering: "GET", "/nowhere"),
                // A JSON body the page shows is a fixture of its own, named after the response.
                response("created", answering: "POST", "/users/1/calendarGroups", body: "{}", answer: "{}"),
                // A MIME text goes as bytes where the method has an overload for them, and is unexpected where it has no body.
                response("mime", answering: "POST", "/me/sendMail", text: "RnJvbTo=", headers: [.init(name: "Content-Type", value: "text/plain")]),
                response("stray", answering: "DELETE", "/domains/contoso.com", text: "RnJvbTo="),
            ])
        let (tree, index) = try RequestFixtureTests.client()
        let (files, diagnostics, summary, _) = try FixtureRenderer(
            model: model, names: SwiftTypeNames(model: model), templates: try TemplateLibrary(), moduleImports: [],
            tree: tree, index: index
        ).render()
        let suite = try #require(files.first { $0.path == "AnimalGetExamples.swift" }?.contents)
        #expect(suite.contains(#"_ = try await graph.domains("contoso.com").delete()"#))
        #expect(suite.contains(#"try exchange.expectRequest(method: "DELETE", path: "/domains/contoso.com")"#))
        #expect(suite.contains(#"graph.users("1").calendarGroups.create(try Fixture.decode("CreatedRequest", as: Zoo.Group.self))"#))
        #expect(files.contains { $0.path == "Fixtures/CreatedRequest.json" })
        #expect(suite.contains(#"_ = try await graph.me.sendMail(Data("RnJvbTo=".utf8), contentType: "text/plain")"#))
        #expect(suite.contains(#"headers: [("Content-Type", "text/plain")], bodyText: "RnJvbTo=")"#))
        #expect(summary.line == "examples: 5 found, 4 tests (0 requests through the client), "
            + "1 known issue (1 body where the docs document none), "
            + "4 responses checked through the unannotated request before them, 1 without a JSON body")
        #expect(diagnostics.contains { $0.message.contains("example 'stray': the example sends a body, but the docs document none") })
        let note = try #require(diagnostics.first { $0.code == "fixture-shown-request-unsent" })
        #expect(note.location == SourceLocation(file: "api/animal-get.de-DE.md", line: 5, column: 1))
        #expect(note.message.contains("'GET /nowhere' is not a path the docs document a request for"))
    }

    @Test("a request to a URL the service handed out is sent as it is, with the client's send(_:), and its response read back")
    func opaqueURL() throws {
        var piece = Self.example("upload-piece", type: nil, body: nil, kind: .request)
        piece.method = "PUT"
        piece.path = "/up/fe69"
        piece.opaqueURL = "https://upload.example.com/up/fe69?session=1"
        piece.headers = [.init(name: "Content-Length", value: "26"), .init(name: "Content-Range", value: "bytes 0-25/128")]
        piece.text = "<bytes 0-25 of the file>"
        var state = Self.example("upload-piece-response", type: "contoso.zoo.animal", body: #"{"name": "next"}"#)
        state.status = 202
        state.request = "upload-piece"
        var cancel = Self.example("upload-cancel", type: nil, body: nil, kind: .request)
        cancel.method = "DELETE"
        cancel.path = "/up/fe69"
        cancel.opaqueURL = "https://upload.example.com/up/fe69"
        var cancelled = Self.example("upload-cancel-response", type: nil, body: nil)
        cancelled.status = 204
        cancelled.request = "upload-cancel"
        let model = APIModel(types: Self.model.types, examples: [piece, state, cancel, cancelled])
        let (files, _, summary, exchanges) = try FixtureRenderer(
            model: model, names: SwiftTypeNames(model: model), templates: try TemplateLibrary(), moduleImports: [],
            tree: ClientTree(operations: []), index: ClientIndex()
        ).render()
        let suite = try #require(files.first { $0.path == "AnimalGetExamples.swift" }?.contents)
        #expect(suite.contains(#"let result = try await Fixture.send(exchange.client, method: "PUT", opaqueURL: "https://upload.example.com/up/fe69?session=1", headers: [("Content-Range", "bytes 0-25/128")], bodyText: "<bytes 0-25 of the file>")"#))
        #expect(suite.contains(#"try exchange.expectRequest(method: "PUT", path: "/up/fe69", origin: "https://upload.example.com", query: [("session", "1")], headers: [("Content-Range", "bytes 0-25/128")], bodyText: "<bytes 0-25 of the file>")"#))
        #expect(suite.contains(#"#expect(result.status == 202)"#))
        #expect(suite.contains(#"try Fixture.expectEncoding(try GraphJSON.decoder(reportingMismatches: Fixture.recordMismatch).decode(Zoo.AnyAnimal.self, from: result.body), documented: "UploadPieceResponse")"#))
        #expect(suite.contains(#"#expect(result.status == 204)"#))
        #expect(files.first { $0.path == "Fixture.swift" }?.contents.contains("opaqueURL url: String") == true)
        // The JSON response keeps its own round trip; the bodiless one is checked by its request's test.
        #expect(summary.line == "examples: 4 found, 3 tests (2 requests through the client), 0 known issues, "
            + "1 bodiless responses checked by their request's test")
        // Both are exchanges the mock service answers: matched by their URL without its query.
        #expect(exchanges.map(\.exchange.url) == ["https://upload.example.com/up/fe69", "https://upload.example.com/up/fe69"])
        #expect(exchanges.map(\.exchange.query) == [[.init(name: "session", value: "1")], []])
        #expect(exchanges.map(\.exchange.status) == [202, 204])
        #expect(exchanges.first?.exchange.body == LenientJSONReader().read(#"{"name": "next"}"#).value)
    }
}
