import GraphDocCore
import LenientJSON
import SchemaInference
@testable import SwiftRendering
import Testing

/// Request examples are followed through the client tree and written as calls of the
/// generated client, with the documented request to expect.
@Suite("Request examples through the client")
struct RequestFixtureTests {
    static func operation(
        _ method: String, _ path: String, body: String? = nil, bodyParameters: [String] = [], query: [String] = [],
        headers: [String] = [], response: APIOperation.Response? = nil
    ) -> APIOperation {
        APIOperation(
            name: "\(method) \(path)", method: method, path: path,
            queryOptions: query.map { APIOperation.Parameter(name: $0, type: $0 == "top" ? "Edm.Int32" : "Edm.String") },
            requestHeaders: headers.map { APIOperation.Parameter(name: $0) }, requestBody: body,
            bodyParameters: bodyParameters.map { APIOperation.Parameter(name: $0, type: "Edm.String") },
            response: response, source: "api/x.md")
    }

    static let operations = [
        operation("GET", "/users/{user-id}/calendarGroups", query: ["tenant", "region"], headers: ["Prefer", "If-Match"],
                  response: .init(status: 200, type: "zoo.group", collection: true)),
        operation("POST", "/users/{id}/calendarGroups", body: "zoo.group", response: .init(status: 201, type: "zoo.group")),
        operation("POST", "/calls/{id}/answer", bodyParameters: ["callbackUri", "mode"], response: .init(status: 202)),
        operation("GET", "/me/workbook/range(address='{address}')", response: .init(status: 200, type: "zoo.range")),
        operation("GET", "/me/drive/root:/{item-path}:/content", response: .init(status: 200, type: "Edm.Stream")),
        operation("GET", "/domains/verified/summary", response: .init(status: 200, type: "Edm.String")),
        operation("DELETE", "/domains/{id}", response: .init(status: 204)),
        operation("GET", "/charts/{name}/image(width=640)", response: .init(status: 200, type: "Edm.String")),
        operation("GET", "/charts/{name}/image(width=640,height=480)", response: .init(status: 200, type: "Edm.String")),
        operation("GET", "/reports/getDetail(date={date_value})", response: .init(status: 200, type: "Edm.String")),
        operation("GET", "/groups/{id}/members/$count", headers: ["ConsistencyLevel"], response: .init(status: 200, type: "Edm.Int64")),
        {
            var link = operation("POST", "/groups/{id}/members/$ref", response: .init(status: 204))
            link.sendsReference = true
            return link
        }(),
        operation("GET", "/me", response: .init(status: 200, type: "zoo.user")),
        operation("GET", "/users/{id}", response: .init(status: 200, type: "zoo.user")),
        operation("PATCH", "/users/{id}", body: "zoo.user", response: .init(status: 204)),
        operation("GET", "/users/{id}/ownedGroups", response: .init(status: 200, type: "zoo.group", collection: true)),
        operation(
            "PUT", "/me/drive/root:/{item-path}:/content", body: "Edm.Stream", query: ["conflictBehavior"],
            response: .init(status: 201, type: "zoo.range")),
        {
            var send = operation("POST", "/me/sendMail", bodyParameters: ["message"], response: .init(status: 202))
            send.rawBodyMediaTypes = ["text/plain"]
            return send
        }(),
    ]

    static let model = APIModel(types: ["zoo.group", "zoo.range", "zoo.user"].map {
        APIType(name: $0, kind: .entity, baseType: nil, abstract: false, openType: false, keyProperty: nil,
                description: "", properties: [], members: [], sources: [])
    }, operations: operations)

    /// The tree, and the names the client renders, of ``operations``.
    static func client() throws -> (tree: ClientTree, index: ClientIndex) {
        let tree = ClientTree(operations: operations)
        let names = SwiftTypeNames(model: model)
        let index = try ClientRenderer(
            tree: tree, links: EntityLinks(tree: tree, model: model), names: names, templates: try TemplateLibrary(), modelTypeNames: ["Group", "Range"], serviceRoot: nil,
            access: .public
        ).render().index
        return (tree, index)
    }

    /// The names the client of `tree` renders, with ``model``'s types.
    static func index(of tree: ClientTree) throws -> ClientIndex {
        try ClientRenderer(
            tree: tree, links: EntityLinks(tree: tree, model: model), names: SwiftTypeNames(model: model),
            templates: try TemplateLibrary(), modelTypeNames: [], serviceRoot: nil, access: .public
        ).render().index
    }

    static func example(
        _ method: String, _ target: String, body: String? = nil, headers: [(String, String)] = []
    ) -> APIExample {
        let parts = target.split(separator: "?", maxSplits: 1).map(String.init)
        var example = APIExample(
            name: "example", kind: .request, type: nil, collection: false, truncated: false, method: method, path: parts[0],
            status: nil, body: body.flatMap { LenientJSONReader().read($0).value }, source: "api/x.md",
            location: SourceLocation(file: "api/x.md", line: 1, column: 1), bodyLine: 1)
        example.query = parts.count > 1 ? parts[1].split(separator: "&").map {
            let pair = $0.split(separator: "=", maxSplits: 1).map(String.init)
            return .init(name: pair[0], value: pair.count > 1 ? pair[1] : "")
        } : []
        example.headers = headers.map { .init(name: $0.0, value: $0.1) }
        return example
    }

    static func fixture(
        _ example: APIExample, bodyFixture: String? = nil, response: APIExample? = nil, responseFixture: String? = nil
    ) throws -> Result<RequestFixture, RequestFixture.Unreachable> {
        let (tree, index) = try client()
        return RequestFixture.make(
            example, context: .init(bodyFixture: bodyFixture, response: response, responseFixture: responseFixture),
            tree: tree, index: index)
    }

    @Test("a typed call argument the example writes as a placeholder is sent as a sample, and expected so")
    func pathPlaceholderSamples() {
        #expect(PathSample.sample(for: "<row>", swiftType: "Int") == "0")
        #expect(PathSample.sample(for: "{n}", swiftType: "Double") == "0.0")
        #expect(PathSample.sample(for: "Boolean", swiftType: "Bool") == "false")
        #expect(PathSample.sample(for: "{n}", swiftType: "String") == nil)
        #expect(PathSample.sample(for: "12x", swiftType: "Int") == nil)
        let samples = [PathSample(name: "row", written: "<row>", literal: "0"), PathSample(name: "column", written: "<column>", literal: "0")]
        #expect(PathSample.applying(samples, to: "/sheet/cell(row=<row>,column=<column>)") == "/sheet/cell(row=0,column=0)")
    }

    @Test("keys, names without case, calls with quoted values and paths below an item are followed")
    func routes() throws {
        let (tree, index) = try Self.client()
        let group = try #require(ClientRoute(path: "/users/a%20b/CALENDARGROUPS", method: "GET", in: tree, index: index))
        #expect(group.stops.map(\.values) == [[:], ["id": "a b"], [:]])  // the key takes one spelling of its placeholder
        let range = try #require(ClientRoute(path: "/me/workbook/range(address='It''s A1:B2')", method: "GET", in: tree, index: index))
        #expect(range.stops.last?.values == ["address": "It's A1:B2"])
        let content = try #require(ClientRoute(path: "/me/drive/root:/Folder A/file.txt:/content", method: "GET", in: tree, index: index))
        #expect(content.stops.map(\.values).contains(["item-path": "Folder A/file.txt"]))
        #expect(ClientRoute(path: "/me/nowhere", method: "GET", in: tree, index: index) == nil)
        let image = try #require(ClientRoute(path: "/charts/c1/image(width=1,height=2)", method: "GET", in: tree, index: index))
        #expect(image.stops.last?.values == ["width": "1", "height": "2"])
        #expect(ClientRoute(path: "/me/workbook/range(address='a'b')", method: "GET", in: tree, index: index) == nil)
        let report = try #require(ClientRoute(path: "/reports/getDetail(date='2018-03-05')", method: "GET", in: tree, index: index))
        #expect(report.stops.last?.values == ["date": "'2018-03-05'"])  // named after the argument
        let typed = try #require(ClientRoute(
            path: "/reports/getDetail(date=microsoft.graph.period'D7')", method: "GET", in: tree, index: index))
        #expect(typed.stops.last?.values == ["date": "microsoft.graph.period'D7'"])
    }

    @Test("a function listed without the arguments its page documents is also sent with them, beside the property")
    func functionArguments() throws {
        var delta = Self.operation("GET", "/me/drive/root/delta", response: .init(status: 200, type: "zoo.group", collection: true))
        delta.functionParameters = [.init(name: "token", type: "Edm.String"), .init(name: "top", type: "Edm.Int32")]
        var listed = Self.operation("GET", "/me/usedRange", response: .init(status: 200, type: "zoo.range"))
        listed.functionParameters = [.init(name: "valuesOnly", type: "Edm.Boolean")]
        let called = Self.operation("GET", "/me/usedRange(valuesOnly={valuesOnly})", response: .init(status: 200, type: "zoo.range"))
        let tree = ClientTree(operations: [delta, listed, called])
        let root = try #require(tree.root.children.first?.children.first { $0.segment == .literal("drive") }?.children.first?.children)
        #expect(root.map(\.segment?.identity) == ["call delta(delta(token='{token}',top={top}))", "literal delta"])
        #expect(tree.diagnostics.all.map(\.message) == [
            "'GET /me/drive/root/delta' is listed without the function parameters its page documents; "
                + "the client also sends it with them, as '/me/drive/root/delta(token='{token}',top={top})'",
        ])
        let index = try Self.index(of: tree)
        let route = try #require(ClientRoute(path: "/me/drive/root/delta(token='a1',top=5)", method: "GET", in: tree, index: index))
        let accessors = route.stops.compactMap { index.accessors[$0.id] }
        #expect(accessors.last?.name == "delta")  // beside the property `delta`, not `delta2`
        #expect(accessors.last?.parameters.map(\.argumentLabel) == ["token", "top"])
    }

    @Test("a function listed with only optional arguments is also sent without them; a call's spaces do not count")
    func optionalFunctionArguments() throws {
        var rows = Self.operation("GET", "/me/range/rowsAbove(count={count})", response: .init(status: 200, type: "zoo.range"))
        rows.functionParameters = [.init(name: "count", type: "Edm.Int32", description: "Optional. How many rows.")]
        var resized = Self.operation(
            "GET", "/me/range/resizedRange(deltaRows={deltaRows},deltaColumns={deltaColumns})", response: .init(status: 200, type: "zoo.range"))
        resized.functionParameters = [.init(name: "deltaRows", type: "Edm.Int32"), .init(name: "deltaColumns", type: "Edm.Int32")]
        let tree = ClientTree(operations: [rows, resized])
        let range = try #require(tree.root.children.first?.children.first?.children)
        #expect(range.compactMap(\.segment?.identity).sorted() == [
            "call resizedRange(resizedRange(deltaRows={deltaRows},deltaColumns={deltaColumns}))", "call rowsAbove(rowsAbove(count={count}))",
            "literal rowsabove",
        ])
        #expect(tree.diagnostics.all.map(\.message) == [
            "'GET /me/range/rowsAbove(count={count})' takes only optional function parameters; "
                + "the client also sends it without them, as '/me/range/rowsAbove'",
        ])
        let index = try Self.index(of: tree)
        #expect(ClientRoute(path: "/me/range/rowsAbove", method: "GET", in: tree, index: index) != nil)
        #expect(ClientRoute(path: "/me/range/resizedRange(deltaRows=1, deltaColumns=2)", method: "GET", in: tree, index: index) != nil)
        #expect(ClientRoute.withoutCallSpaces("/me/a b/f(x=1, y='c d')") == "/me/a b/f(x=1,y='c d')")
    }

    @Test("a name that has no node of the method is read as a key when that leads to one")
    func methodChoosesTheRoute() throws {
        let (tree, index) = try Self.client()
        let delete = try #require(ClientRoute(path: "/domains/verified", method: "DELETE", in: tree, index: index))
        #expect(delete.stops.last?.values == ["id": "verified"])
        #expect(delete.methods == ["DELETE"])
    }

    @Test("a GET with a key, OData options, an own query parameter and a documented header")
    func getWithQueryAndHeaders() throws {
        let example = Self.example(
            "GET", "/users/jo%40contoso.com/calendarGroups?$select=name,id&$top=5&tenant=x&$expand=a($select=b,c)",
            headers: [("Authorization", "Bearer {token}"), ("Prefer", "odata.maxpagesize=2")])
        let response = APIExample(
            name: "example-response", kind: .response, type: "zoo.group", collection: true, truncated: false, method: nil,
            path: nil, status: 200, body: nil, source: "api/x.md",
            location: SourceLocation(file: "api/x.md", line: 9, column: 1), bodyLine: 9)
        let fixture = try Self.fixture(example, response: response, responseFixture: "ExampleResponse").get()
        #expect(fixture.contradictions.isEmpty)
        #expect(fixture.statements == [
            #"let exchange = try Fixture.Exchange(status: 200, response: "ExampleResponse")"#,
            "let graph = exchange.client",
            #"let result = try await graph.users("jo@contoso.com").calendarGroups.list(query: ODataQuery(select: ["name", "id"], "#
                + #"expand: ["a($select=b,c)"], top: 5), tenant: "x", prefer: "odata.maxpagesize=2").firstPage()"#,
            #"try exchange.expectRequest(method: "GET", path: "/users/jo@contoso.com/calendarGroups", "#
                + #"query: [("$select", "name,id"), ("$top", "5"), ("tenant", "x"), ("$expand", "a($select=b,c)")], "#
                + #"headers: [("Prefer", "odata.maxpagesize=2")])"#,
            #"try Fixture.expectEncoding(result, documented: "ExampleResponse")"#,
        ])
    }

    @Test("query parameters and headers are passed in the order the method declares them, not the example's")
    func argumentsInDeclaredOrder() throws {
        let example = Self.example(
            "GET", "/users/jo/calendarGroups?region=eu&tenant=x", headers: [("If-Match", "W/1"), ("Prefer", "return=minimal")])
        let fixture = try Self.fixture(example).get()
        #expect(fixture.statements.contains(#"_ = try? await graph.users("jo").calendarGroups.list(tenant: "x", region: "eu", "#
            + #"prefer: "return=minimal", ifMatch: "W/1").firstPage()"#))
    }

    @Test("an action's body parameters are labeled arguments; undocumented ones go in its additional data, undocumented headers are added")
    func actionParameters() throws {
        let example = Self.example(
            "POST", "/calls/57dab8b1/answer", body: #"{"callbackUri": "https://bot", "extra": 1}"#,
            headers: [("Content-Type", "application/json"), ("X-Custom", "1")])
        let fixture = try Self.fixture(example, bodyFixture: "Answer").get()
        #expect(fixture.contradictions.map(\.cause) == [.undocumentedParameter, .undocumentedHeader])
        // Both are reported, but the test sends them, so neither fails it.
        #expect(fixture.contradictions.map(\.fails) == [false, false])
        #expect(fixture.statements.contains(#"let graph = try exchange.client(adding: [("X-Custom", "1")])"#))
        #expect(fixture.statements.contains(
            #"_ = try? await graph.calls("57dab8b1").answer(callbackUri: try Fixture.member("Answer", "callbackUri", as: Nullable<String>.self), "#
                + #"additionalData: try Fixture.members("Answer", ["extra"]))"#))
        #expect(fixture.statements.last == #"try exchange.expectRequest(method: "POST", path: "/calls/57dab8b1/answer", "#
            + #"headers: [("Content-Type", "application/json"), ("X-Custom", "1")], body: "Answer")"#)
        #expect(!fixture.checksResponse)
    }

    @Test("an action's parameter given as explicit null is sent as null: the method takes Nullable<T>?")
    func actionParameterGivenAsNull() throws {
        let example = Self.example("POST", "/calls/57dab8b1/answer", body: #"{"callbackUri": "https://bot", "mode": null}"#)
        let fixture = try Self.fixture(example, bodyFixture: "Answer").get()
        #expect(fixture.contradictions.isEmpty)
        #expect(fixture.statements.contains(
            #"_ = try? await graph.calls("57dab8b1").answer(callbackUri: try Fixture.member("Answer", "callbackUri", as: Nullable<String>.self), "#
                + #"mode: try Fixture.member("Answer", "mode", as: Nullable<String>.self))"#))
        let method = ClientMethod(Self.operations[2], named: "answer", pathExpression: "path", names: SwiftTypeNames(model: Self.model))
        #expect(method.signature == "func answer(callbackUri: Nullable<String>? = nil, mode: Nullable<String>? = nil, "
            + "additionalData: [String: JSONValue] = [:]) async throws")
        #expect(method.statements.first?.contains(#"ActionParameters([("callbackUri", callbackUri), ("mode", mode)], additionalData: additionalData)"#) == true)
    }

    @Test("a typed body is decoded from its fixture; a bodiless documented response must let the call succeed")
    func createAndDelete() throws {
        let create = try Self.fixture(Self.example("POST", "/users/1/calendarGroups", body: "{}"), bodyFixture: "Create").get()
        #expect(create.statements.contains(
            #"_ = try? await graph.users("1").calendarGroups.create(try Fixture.decode("Create", as: Zoo.Group.self))"#))
        let response = APIExample(
            name: "r", kind: .response, type: nil, collection: false, truncated: false, method: nil, path: nil, status: 204,
            body: nil, source: "api/x.md", location: SourceLocation(file: "api/x.md", line: 9, column: 1), bodyLine: nil)
        let delete = try Self.fixture(Self.example("DELETE", "/domains/contoso.com"), response: response).get()
        #expect(delete.statements.first == "let exchange = try Fixture.Exchange(status: 204)")
        #expect(delete.statements.contains(#"_ = try await graph.domains("contoso.com").delete()"#))
        #expect(delete.checksResponse)
    }

    @Test("'{}' where the docs document no body names no parameter: none is expected; any other body is a known issue")
    func emptyObjectWhereNoBodyIsDocumented() throws {
        let empty = try Self.fixture(
            Self.example("DELETE", "/domains/contoso.com", body: "{ }", headers: [("Content-Type", "application/json")]),
            bodyFixture: "Empty").get()
        #expect(empty.contradictions.isEmpty)
        #expect(empty.notes.count == 1)
        #expect(empty.statements.contains(#"try exchange.expectRequest(method: "DELETE", path: "/domains/contoso.com", bodyText: "")"#))
        let body = try Self.fixture(Self.example("DELETE", "/domains/contoso.com", body: #"{"a": 1}"#), bodyFixture: "Body").get()
        #expect(body.contradictions.map(\.cause) == [.unexpectedBody])
        #expect(body.notes.isEmpty)
        #expect(body.statements.contains { $0.contains(#"body: "Body""#) })
    }

    @Test("a documented error response: the call must throw a GraphError of its status, with its body when the docs show one")
    func errorResponse() throws {
        func response(body: String?) -> APIExample {
            APIExample(
                name: "r", kind: .response, type: nil, collection: false, truncated: false, method: nil, path: nil, status: 404,
                body: body.flatMap { LenientJSONReader().read($0).value }, source: "api/x.md",
                location: SourceLocation(file: "api/x.md", line: 9, column: 1), bodyLine: nil)
        }
        let bare = try Self.fixture(Self.example("GET", "/users/1"), response: response(body: nil)).get()
        #expect(bare.checksResponse)
        #expect(Array(bare.statements.suffix(3)) == [
            #"let error = await #expect(throws: GraphError.self) { _ = try await graph.users("1").get() }"#,
            #"try exchange.expectRequest(method: "GET", path: "/users/1")"#,
            "#expect(error?.status.code == 404)",
        ])
        let enveloped = try Self.fixture(
            Self.example("GET", "/users/1"), response: response(body: #"{"error": {"code": "x"}}"#), responseFixture: "NotFound").get()
        #expect(enveloped.statements.first == #"let exchange = try Fixture.Exchange(status: 404, response: "NotFound")"#)
        #expect(enveloped.statements.last == #"try Fixture.expectBytes(try #require(error).body, documented: "NotFound")"#)
    }

    @Test("a result that may be empty is optional: a bodiless response must give nil, a documented body must be there")
    func optionalResult() throws {
        let update = Self.operation(
            "PATCH", "/users/{id}/ownedGroups/{group-id}", body: "zoo.group",
            response: .init(status: 200, type: "zoo.group", mayBeEmpty: true))
        let method = ClientMethod(update, named: "update", pathExpression: "path", names: SwiftTypeNames(model: Self.model))
        #expect(method.signature == "func update(_ body: Zoo.Group) async throws -> Zoo.Group?")
        #expect(method.statements.last == "return try await core.sendIfPresent(request, decoding: Zoo.Group.self)")
        #expect(method.docLines.contains { $0.contains("- Returns: `nil` when the service answers without a body") })

        let tree = ClientTree(operations: [update])
        let index = try Self.index(of: tree)
        let example = Self.example("PATCH", "/users/1/ownedGroups/g1", body: "{}")
        func response(status: Int) -> APIExample {
            APIExample(
                name: "r", kind: .response, type: nil, collection: false, truncated: false, method: nil, path: nil,
                status: status, body: nil, source: "api/x.md", location: SourceLocation(file: "api/x.md", line: 9, column: 1),
                bodyLine: nil)
        }
        let bodiless = try RequestFixture.make(
            example, context: .init(bodyFixture: "Update", response: response(status: 204)), tree: tree, index: index).get()
        #expect(bodiless.checksResponse)
        #expect(bodiless.statements.contains(
            #"let result = try await graph.users("1").ownedGroups("g1").update(try Fixture.decode("Update", as: Zoo.Group.self))"#))
        #expect(bodiless.statements.last == "#expect(result == nil)")

        var typed = response(status: 200)
        typed.body = .object([])
        let withBody = try RequestFixture.make(
            example, context: .init(bodyFixture: "Update", response: typed, responseFixture: "UpdateResponse"),
            tree: tree, index: index).get()
        #expect(withBody.statements.last == #"try Fixture.expectEncoding(try #require(result), documented: "UpdateResponse")"#)
    }

    @Test("a stream body is sent as the example's text, with its media type right after it, and expected byte for byte")
    func streamBody() throws {
        var upload = Self.example(
            "PUT", "/me/drive/root:/FolderA/FileB.txt:/content?conflictBehavior=replace", headers: [("Content-Type", "text/plain")])
        upload.text = "The contents."
        let fixture = try Self.fixture(upload).get()
        #expect(fixture.statements.contains(
            #"_ = try? await graph.me.drive.root.atPath("FolderA/FileB.txt").content.replace("#
                + #"Data("The contents.".utf8), contentType: "text/plain", conflictBehavior: "replace")"#))
        #expect(fixture.statements.contains(
            #"try exchange.expectRequest(method: "PUT", path: "/me/drive/root:/FolderA/FileB.txt:/content", "#
                + #"query: [("conflictBehavior", "replace")], headers: [("Content-Type", "text/plain")], bodyText: "The contents.")"#))
        #expect(fixture.contradictions.isEmpty)
    }

    @Test("a method whose examples also send bytes has an overload that takes them; a text body goes through it, JSON through the other")
    func rawBodyOverload() throws {
        let operation = try #require(Self.operations.first { $0.path == "/me/sendMail" })
        let methods = ClientMethod.variants(of: operation, named: "sendMail", pathExpression: "path", names: SwiftTypeNames(model: Self.model))
        #expect(methods.map(\.signature) == [
            "func sendMail(message: Nullable<String>? = nil, additionalData: [String: JSONValue] = [:]) async throws",
            #"func sendMail(_ body: Data, contentType: String = "text/plain") async throws"#,
        ])
        #expect(methods.map(\.call.sendsBytesToo) == [true, false])
        #expect(methods[1].statements.contains(#"request.setHeaderField("Content-Type", to: contentType)"#))

        var mime = Self.example("POST", "/me/sendMail", headers: [("Content-Type", "text/plain")])
        mime.text = "RnJvbTo="
        let raw = try Self.fixture(mime).get()
        #expect(raw.statements.contains(#"_ = try? await graph.me.sendMail(Data("RnJvbTo=".utf8), contentType: "text/plain")"#))
        #expect(raw.contradictions.isEmpty)
        let json = try Self.fixture(Self.example("POST", "/me/sendMail", body: #"{"message": "Hi"}"#), bodyFixture: "Send").get()
        #expect(json.statements.contains(
            #"_ = try? await graph.me.sendMail(message: try Fixture.member("Send", "message", as: Nullable<String>.self))"#))
    }

    @Test("an entity reference is decoded from its fixture; a body of another shape is a known issue")
    func reference() throws {
        let link = try Self.fixture(
            Self.example("POST", "/groups/g1/members/$ref", body: #"{"@odata.id": "https://graph/v1.0/users/u1"}"#),
            bodyFixture: "Link"
        ).get()
        #expect(link.contradictions.isEmpty)
        #expect(link.statements.contains(
            #"_ = try? await graph.groups("g1").members.ref(try Fixture.decode("Link", as: EntityReference.self))"#))
        let method = ClientMethod(Self.operations[11], named: "ref", pathExpression: "path", names: SwiftTypeNames(model: Self.model))
        #expect(method.signature == "func ref(_ reference: EntityReference) async throws")
        #expect(method.docLines.contains("///   - reference: The entity to link, by its URL (`@odata.id`)."))

        let entity = try Self.fixture(
            Self.example("POST", "/groups/g1/members/$ref", body: #"{"displayName": "Ana"}"#), bodyFixture: "Entity").get()
        #expect(entity.contradictions.map(\.cause) == [.notAReference])
        let bodiless = try Self.fixture(Self.example("POST", "/groups/g1/members/$ref"))
        guard case .failure(let unreachable) = bodiless else {
            Issue.record("a reference request without a body was sent")
            return
        }
        #expect(unreachable.reason.contains("an entity reference is sent there"))
    }

    @Test("a path to an entity reaches the steps and methods documented on another path to an entity of its type")
    func borrowedStepsAndMethods() throws {
        let list = try Self.fixture(Self.example("GET", "/me/ownedGroups")).get()
        #expect(list.statements.contains("_ = try? await graph.me.ownedGroups.list().firstPage()"))
        #expect(list.operation.path == "/users/{id}/ownedGroups")
        let update = try Self.fixture(Self.example("PATCH", "/me", body: #"{"id": "1"}"#), bodyFixture: "UpdateMe").get()
        #expect(update.statements.contains(#"_ = try? await graph.me.update(try Fixture.decode("UpdateMe", as: Zoo.User.self))"#))
        #expect(update.operation.path == "/users/{id}")
        // The user's own paths keep their own steps and methods.
        let (tree, index) = try Self.client()
        let own = try #require(ClientRoute(path: "/users/u1/calendarGroups", method: "GET", in: tree, index: index))
        #expect(own.stops.map(\.id).last == ["literal users", "key", "literal calendargroups"])
        let borrowed = try #require(ClientRoute(path: "/me/calendarGroups", method: "GET", in: tree, index: index))
        #expect(borrowed.stops.map(\.id) == [["literal me"], ["literal users", "key", "literal calendargroups"]])
    }

    @Test("a count is answered with the documented number as text and compared with it; without a number nothing is")
    func count() throws {
        var answer = APIExample(
            name: "r", kind: .response, type: nil, collection: false, truncated: false, method: nil, path: nil, status: 200,
            body: nil, source: "api/x.md", location: SourceLocation(file: "api/x.md", line: 9, column: 1), bodyLine: nil)
        answer.text = "893\n"
        let request = Self.example("GET", "/groups/g1/members/$count", headers: [("ConsistencyLevel", "eventual")])
        let count = try Self.fixture(request, response: answer).get()
        #expect(count.statements == [
            #"let exchange = try Fixture.Exchange(status: 200, text: "893")"#,
            "let graph = exchange.client",
            #"let result = try await graph.groups("g1").members.count(consistencyLevel: "eventual")"#,
            #"try exchange.expectRequest(method: "GET", path: "/groups/g1/members/$count", headers: [("ConsistencyLevel", "eventual")])"#,
            "#expect(result == 893)",
        ])
        #expect(count.checksResponse)

        answer.text = nil  // The docs wrote the number outside the code block.
        #expect(try !Self.fixture(request, response: answer).get().checksResponse)
    }

    @Test("a documented redirect is answered with its Location, and the test expects the client to follow it there")
    func redirect() throws {
        var found = APIExample(
            name: "r", kind: .response, type: nil, collection: false, truncated: false, method: nil, path: nil, status: 302,
            body: nil, source: "api/x.md", location: SourceLocation(file: "api/x.md", line: 9, column: 1), bodyLine: nil)
        found.headers = [.init(name: "Location", value: "https://download.example/r?id=1")]
        let download = try Self.fixture(Self.example("GET", "/me/drive/root:/a.txt:/content"), response: found).get()
        #expect(download.statements == [
            #"let exchange = try Fixture.Exchange(status: 302, location: "https://download.example/r?id=1")"#,
            "let graph = exchange.client",
            #"_ = try await graph.me.drive.root.atPath("a.txt").content.get()"#,
            #"try exchange.expectRequest(method: "GET", path: "/me/drive/root:/a.txt:/content")"#,
            #"try exchange.expectRedirect(to: "https://download.example/r?id=1")"#,
        ])
        #expect(download.checksResponse)

        // Without a Location there is nowhere to follow: only the request is checked.
        found.headers = []
        let unanswered = try Self.fixture(Self.example("GET", "/me/drive/root:/a.txt:/content"), response: found).get()
        #expect(unanswered.statements.first == "let exchange = try Fixture.Exchange(status: 200)")
        #expect(!unanswered.checksResponse)
    }

    @Test("a path, method or body the client does not have is a reason, not a test", arguments: [
        ("GET", "/me/nowhere", nil, "is not a path the docs document a request for"),
        ("PATCH", "/domains/x", nil, "the docs document no PATCH there (only DELETE)"),
        ("POST", "/users/1/calendarGroups", nil, "the example sends no body, but the docs document a body"),
        // An OData system segment is no key: `/domains/$count` is not `/domains/{id}`.
        ("DELETE", "/domains/$count", nil, "is not a path the docs document a request for"),
    ] as [(String, String, String?, String)])
    func unreachable(method: String, path: String, body: String?, reason: String) throws {
        let result = try Self.fixture(Self.example(method, path, body: body))
        guard case .failure(let unreachable) = result else {
            Issue.record("\(method) \(path) was reached")
            return
        }
        #expect(unreachable.reason.contains(reason), "\(unreachable.reason)")
    }

    @Test("OData options: lists split outside parentheses, numbers as numbers, the rest as parameters")
    func odataQuery() {
        var query = ODataQueryLiteral()
        let added = [
            query.add(name: "$orderby", value: "name desc,id"), query.add(name: "$filter", value: "startswith(name,'a,b')"),
            query.add(name: "$top", value: "07"), query.add(name: "$count", value: "true"),
            query.add(name: "$Select", value: "a"), query.add(name: "$Select", value: "b"),
        ]
        #expect(added == [true, true, true, true, true, false])
        #expect(query.expression == #"ODataQuery(filter: "startswith(name,'a,b')", orderBy: ["name desc", "id"], count: true, "#
            + #"parameters: ["$top": "07", "$Select": "a"])"#)
    }

    @Test("a response whose shape the client's operation contradicts: a known issue only where reading it fails")
    func responseShape() {
        func response(_ body: String, collection: Bool) -> APIExample {
            APIExample(
                name: "r", kind: .response, type: "zoo.group", collection: collection, truncated: false, method: nil,
                path: nil, status: 200, body: LenientJSONReader().read(body).value, source: "api/x.md",
                location: SourceLocation(file: "api/x.md", line: 9, column: 1), bodyLine: 9)
        }
        func call(_ result: OperationCall.Result) -> OperationCall {
            OperationCall(name: "get", body: .none, queryLabel: nil, queryParameters: [], headers: [], result: result,
                          isThrowing: true, isAsync: true)
        }
        let conformance = ExampleConformance(model: Self.model)
        let pageAsOne = FixtureRenderer.shapeContradictions(
            of: response(#"{"value": [{}]}"#, collection: false), call: call(.typed(swiftType: "Group")), conformance: conformance)
        #expect(pageAsOne.map(\.fails) == [false])
        let oneAsPage = FixtureRenderer.shapeContradictions(
            of: response("{}", collection: false), call: call(.paged(element: "Group")), conformance: conformance)
        #expect(oneAsPage.map(\.fails) == [true])
        #expect(oneAsPage.first?.contradiction.message.contains("the response is one zoo.group") == true)
        #expect(FixtureRenderer.shapeContradictions(
            of: response("{}", collection: false), call: call(.typed(swiftType: "Group")), conformance: conformance).isEmpty)
    }
}
