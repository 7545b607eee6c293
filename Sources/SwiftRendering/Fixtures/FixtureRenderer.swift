import Foundation
import GraphDocCore
import LenientJSON
import SchemaInference

/// Renders the documentation's examples as the generated package's tests: each example
/// body becomes a JSON fixture (the docs' JSON after the lenient reader's repairs) and a
/// Swift Testing test that decodes it as its documented type, encodes it again and expects
/// the same JSON back. An example whose values its documented type cannot hold is a known
/// issue (`withKnownIssue`), with the contradiction as its reason and a warning here.
///
/// Names and texts are the same whatever the pages' locale: tests are named after the
/// examples, suites after the pages without their locale tag, and no line number enters
/// the generated code (the warnings have them).
struct FixtureRenderer {
    let model: APIModel
    let names: SwiftTypeNames
    let templates: TemplateLibrary
    /// The import lines of the generated modules the tests use (`import GraphSDK`).
    let moduleImports: [String]
    /// The client's tree and the names it declares, to send request examples through it.
    let tree: ClientTree
    let index: ClientIndex

    /// The test target's files (paths relative to the target's directory), the problems
    /// found, and the counts for the summary line.
    func render() throws(TemplateLibrary.Failure) -> (
        files: [RenderedFile], diagnostics: [Diagnostic], summary: FixtureSummary, exchanges: [MockedExchange]
    ) {
        let conformance = ExampleConformance(model: model)
        var findings = Findings()
        var suites: [(page: String, tests: [[String: Any]])] = []

        // Every body is a fixture file, named after its example; its placeholders get sample values below.
        // Then the JSON bodies of the requests pages show unannotated before a response, named after the response.
        var fileNames = UniqueNames()
        var fixtureNames: [FixtureKey: String] = [:]
        for example in model.examples {
            guard let body = example.body else { continue }
            fixtureNames[FixtureKey(example.name)] = fileNames.claim(SwiftName.typeName(example.name))
            findings.fixtureBodies[FixtureKey(example.name)] = body
        }
        for example in model.examples where example.request == nil {
            guard let body = example.shownRequest?.body else { continue }
            let key = FixtureKey(example.name, shownRequest: true)
            fixtureNames[key] = fileNames.claim(SwiftName.typeName(example.name + "-request"))
            findings.fixtureBodies[key] = body
        }
        let responses = Dictionary(
            model.examples.filter { $0.kind == .response && $0.request != nil }.map { ($0.request!, $0) }
        ) { first, _ in first }

        // The responses a request's test checks, which need no test of their own.
        var checkedResponses: Set<String> = []
        for example in model.examples {
            findings.summary.found += 1
            if checkedResponses.contains(example.name) {
                findings.summary.checkedWithRequest += 1
                continue
            }
            findings.reasons = []
            findings.read(conformance.reading(example), of: example)
            // A response to a request the page shows unannotated is tested by sending that request.
            let shown = example.request == nil ? example.shownRequest.map { Self.request(shown: $0, answeredBy: example) } : nil
            let test: TestBody?
            if example.kind == .request || shown != nil {
                test = requestTest(
                    of: example, shown: shown, response: shown == nil ? responses[example.name] : example, fixtureNames: fixtureNames,
                    conformance: conformance, findings: &findings, checkedResponses: &checkedResponses)
            } else {
                test = roundTrip(of: example, fixture: fixtureNames[FixtureKey(example.name)], conformance: conformance,
                                 summary: &findings.summary, diagnostics: &findings.diagnostics)
            }
            guard let test else { continue }
            if let first = findings.reasons.first { findings.summary.knownIssues[first.cause, default: 0] += 1 }
            findings.summary.fixtures += 1
            let page = DocumentationSource.display(example.source)
            let context: [String: Any] = [
                "name": example.name,
                "displayNameLiteral": SwiftLiteral.string(example.name),
                "statements": test.statements,
                "isAsync": test.isAsync,
                "docLines": SwiftLiteral.documentation(test.description, documentedIn: page),
                "hasKnownIssue": !findings.reasons.isEmpty,
                "knownIssueLiteral": SwiftLiteral.string(findings.reasons.map(\.message).joined(separator: "; ")),
            ]
            if let index = suites.firstIndex(where: { $0.page == page }) {
                suites[index].tests.append(context)
            } else {
                suites.append((page, [context]))
            }
        }
        let files = try testFiles(suites: suites, fixtureNames: fixtureNames, fixtureBodies: findings.fixtureBodies)
        return (files, findings.diagnostics.sorted, findings.summary, findings.exchanges)
    }

    /// Which body a fixture file holds: an example's, or that of the request a page shows
    /// without annotating it before the response example (``APIExample/shownRequest``).
    private struct FixtureKey: Hashable {
        var example: String
        var shownRequest = false

        init(_ example: String, shownRequest: Bool = false) {
            self.example = example
            self.shownRequest = shownRequest
        }
    }

    /// What the examples' tests have found so far: the counts, the diagnostics, the fixtures'
    /// bodies (with placeholders' sample values) and the current example's known issues.
    private struct Findings {
        var summary = FixtureSummary()
        var diagnostics = Diagnostics()
        /// The body of each fixture.
        var fixtureBodies: [FixtureKey: JSONValue] = [:]
        /// Why the current example's test fails: its known issues, by cause.
        var reasons: [(cause: String, message: String)] = []
        /// The exchanges the mock service answers with, in the order of the examples.
        var exchanges: [MockedExchange] = []

        /// Reports a contradiction in `example` as a located warning, and as a known issue of
        /// its test when it makes the test fail.
        mutating func report(
            _ code: String, _ cause: String, _ message: String, in example: APIExample, at location: SourceLocation,
            failing: Bool = true
        ) {
            diagnostics.emit(.warning, code: code, "example '\(example.name)': \(message)", at: location)
            if failing { reasons.append((cause, message)) }
        }

        /// Takes in what reading `example` against its types found: contradictions, placeholders
        /// (noted and counted) and the body of the fixture `key` (by default the example's) with
        /// their sample values.
        mutating func read(_ reading: ExampleConformance.Reading, of example: APIExample, fixture key: FixtureKey? = nil) {
            let key = key ?? FixtureKey(example.name)
            for contradiction in reading.contradictions {
                report("example-contradiction", contradiction.cause.rawValue, contradiction.message, in: example,
                       at: contradiction.location)
            }
            for placeholder in reading.placeholders {
                summary.placeholders += 1
                diagnostics.emit(
                    .note, code: "example-placeholder",
                    "example '\(example.name)': \(placeholder.member) is the placeholder '\(placeholder.text)' where the docs say "
                        + "\(placeholder.type); its fixture holds \(JSONWriter(style: .compact).string(from: placeholder.sample)) instead",
                    at: placeholder.location)
            }
            if let body = reading.body, fixtureBodies[key] != nil { fixtureBodies[key] = body }
        }
    }

    /// A test's statements, whether they await, and what the test checks.
    private struct TestBody {
        var statements: [String]
        var isAsync = false
        var description: String
    }

    /// The test of a request example, or of a response (`shown` given) through the request
    /// the page shows before it without annotating it; when the client cannot send the
    /// request, the round trip of the example's body (`nil` when it has none to test).
    private func requestTest(
        of example: APIExample, shown: APIExample?, response: APIExample?, fixtureNames: [FixtureKey: String],
        conformance: ExampleConformance, findings: inout Findings, checkedResponses: inout Set<String>
    ) -> TestBody? {
        if shown == nil, let url = example.opaqueURL {
            return opaqueRequestTest(
                of: example, url: url, response: response, fixtureNames: fixtureNames, conformance: conformance,
                findings: &findings, checkedResponses: &checkedResponses)
        }
        let request = shown ?? example
        let bodyKey = FixtureKey(example.name, shownRequest: shown != nil)
        let context = RequestFixture.Context(
            bodyFixture: fixtureNames[bodyKey], response: response,
            responseFixture: response.flatMap { fixtureNames[FixtureKey($0.name)] })
        let shownLine = "\(request.method ?? "") \(request.path ?? "")"
        var made = RequestFixture.make(request, context: context, tree: tree, index: index)
        if shown != nil, case .success(let fixture) = made, !fixture.checksResponse {
            made = .failure(.init(reason: "'\(shownLine)': the client gives nothing to compare the response with"))
        }
        let fixture: RequestFixture
        switch made {
        case .success(let made):
            fixture = made
        case .failure(let unreachable):
            if shown != nil {
                findings.diagnostics.emit(
                    .note, code: "fixture-shown-request-unsent",
                    "example '\(example.name)' answers a request the page shows without annotating it: "
                        + "\(unreachable.reason); the client cannot send it", at: request.location)
                return roundTrip(of: example, fixture: fixtureNames[FixtureKey(example.name)], conformance: conformance,
                                 summary: &findings.summary, diagnostics: &findings.diagnostics)
            }
            return unsentTest(
                of: example, reason: unreachable.reason, fixtureNames: fixtureNames, conformance: conformance, findings: &findings)
        }
        if shown == nil { findings.summary.requests += 1 } else { findings.summary.shownRequests += 1 }
        // The body against the operation's types, when the example names none itself.
        if request.type == nil, request.body != nil {
            if let bodyType = fixture.operation.requestBody {
                var typed = request
                typed.type = bodyType
                findings.read(conformance.reading(typed), of: example, fixture: bodyKey)
            } else {
                findings.read(conformance.reading(request, parameters: fixture.operation.bodyParameters), of: example, fixture: bodyKey)
            }
        }
        let shapes = Self.shapeContradictions(of: response, call: fixture.call, conformance: conformance)
        for (contradiction, fails) in shapes {
            findings.report("request-contradiction", contradiction.cause.rawValue, contradiction.message, in: example,
                            at: response?.location ?? example.location, failing: fails)
        }
        for note in fixture.notes {
            findings.diagnostics.emit(.note, code: "request-reading", "example '\(example.name)': \(note)", at: example.location)
        }
        for contradiction in fixture.contradictions {
            findings.report("request-contradiction", contradiction.cause.rawValue, contradiction.message, in: example,
                            at: example.location, failing: contradiction.fails)
        }
        if let response, fixture.checksResponse {
            // A page the client reads as one value keeps its elements as JSON, unchecked;
            // a response is read with its own type's properties only when the client's
            // type is that type, a base of it or derived from it.
            var responseContradictions: [ExampleConformance.Contradiction] = []
            if !shapes.contains(where: { !$0.fails }), let type = response.type,
               let clientType = fixture.operation.response?.type, conformance.areRelated(type, clientType) {
                responseContradictions = conformance.contradictions(in: response)
                findings.reasons += responseContradictions.map {
                    ($0.cause.rawValue, "the response \($0.message)")
                }
            }
            if response.body == nil, shown == nil { checkedResponses.insert(response.name) }
            // A response the client reads back whole is one the mock service can answer with.
            if responseContradictions.isEmpty, !shapes.contains(where: \.fails) {
                findings.exchanges.append(MockedExchange(
                    exchange: exchange(
                        request, named: example.name, response: response, fixtureBodies: findings.fixtureBodies,
                        path: (template: fixture.pathTemplate, sent: fixture.sentPath), url: nil),
                    operation: fixture.operation, call: fixture.call, statements: fixture.mockStatements, chain: fixture.chain,
                    hasKnownIssue: !findings.reasons.isEmpty))
            } else {
                findings.summary.unmockedResponses += 1
            }
        }
        let description = shown != nil
            ? "The response example `\(example.name)`, answering the request `\(shownLine)` that the page "
                + "shows without annotating it: the request, sent through the client, must go out as shown, and the "
                + "documented response must come back whole."
            : "The request example `\(example.name)`, sent through the client: the request must go out "
                + "as documented\(context.responseFixture == nil ? "" : ", and the documented response must come back whole")."
        return TestBody(statements: fixture.statements, isAsync: true, description: description)
    }

    /// The test of a request example to a URL the service handed out (``OpaqueRequestFixture``);
    /// when it cannot be written, the round trip of the example's body, as for a request the
    /// client cannot send.
    private func opaqueRequestTest(
        of example: APIExample, url: String, response: APIExample?, fixtureNames: [FixtureKey: String],
        conformance: ExampleConformance, findings: inout Findings, checkedResponses: inout Set<String>
    ) -> TestBody? {
        let responseFixture = response.flatMap { fixtureNames[FixtureKey($0.name)] }
        let responseType = response.flatMap { response in
            response.type.flatMap { type in response.body.flatMap { swiftType(of: response, type: type, body: $0, conformance: conformance) } }
        }
        guard let fixture = OpaqueRequestFixture.make(
            example, url: url, response: response, responseFixture: responseFixture, responseType: responseType)
        else {
            return unsentTest(
                of: example, reason: "'\(url)' is not an absolute URL with a host", fixtureNames: fixtureNames,
                conformance: conformance, findings: &findings)
        }
        findings.summary.requests += 1
        if let response, fixture.checksResponse, response.body == nil { checkedResponses.insert(response.name) }
        if let response, fixture.checksResponse {
            findings.exchanges.append(MockedExchange(
                exchange: exchange(example, named: example.name, response: response, fixtureBodies: findings.fixtureBodies, path: nil, url: url),
                operation: nil, call: nil, statements: [], chain: nil, hasKnownIssue: !findings.reasons.isEmpty))
        }
        return TestBody(
            statements: fixture.statements, isAsync: true,
            description: "The request example `\(example.name)`, to a URL the service handed out: sent as it is with the "
                + "client's `send(_:)`, it must go out as documented"
                + (fixture.checksResponse ? ", and the documented response must come back." : "."))
    }

    /// The test of a request example the client cannot send (`reason`): counted, warned
    /// about, and its body round-tripped instead (`nil` when it has none to test).
    private func unsentTest(
        of example: APIExample, reason: String, fixtureNames: [FixtureKey: String], conformance: ExampleConformance,
        findings: inout Findings
    ) -> TestBody? {
        findings.summary.unsent += 1
        findings.diagnostics.emit(
            .warning, code: "request-unsent", "example '\(example.name)': \(reason); the client cannot send it", at: example.location)
        return roundTrip(of: example, fixture: fixtureNames[FixtureKey(example.name)], conformance: conformance,
                         summary: &findings.summary, diagnostics: &findings.diagnostics)
    }

    /// The fixture files and a test file per page (suite), with the shared `Fixture.swift`;
    /// none when there is no test.
    private func testFiles(
        suites: [(page: String, tests: [[String: Any]])], fixtureNames: [FixtureKey: String], fixtureBodies: [FixtureKey: JSONValue]
    ) throws(TemplateLibrary.Failure) -> [RenderedFile] {
        guard !suites.isEmpty else { return [] }
        var files: [RenderedFile] = []
        for (key, fileName) in fixtureNames {
            files.append(RenderedFile(
                path: "Fixtures/\(fileName).json", contents: JSONWriter(style: .pretty).string(from: fixtureBodies[key]!) + "\n"))
        }
        var suiteNames = UniqueNames(reserved: ["Fixture"])
        for suite in suites.sorted(by: { $0.page < $1.page }) {
            let stem = String((suite.page.split(separator: "/").last ?? "").dropLast(3))
            let name = suiteNames.claim(SwiftName.typeName(stem) + "Examples")
            var testNames = UniqueNames()
            let sorted = suite.tests.sorted { ($0["displayNameLiteral"] as! String) < ($1["displayNameLiteral"] as! String) }
            let tests = sorted.enumerated().map { index, test in
                test.merging([
                    "functionName": testNames.claim(SwiftName.memberName(test["name"] as! String)),
                    "isLast": index == sorted.count - 1,
                ]) { $1 }
            }
            files.append(RenderedFile(path: "\(name).swift", contents: try templates.render("FixtureTests.swift", with: [
                "suiteName": name,
                "pageLiteral": SwiftLiteral.string(suite.page),
                "docLines": SwiftLiteral.documentation(
                    "The examples of `\(suite.page)`: each body is decoded as its documented type and encoded again, "
                        + "and must give the documented JSON back; each request is sent through the client.",
                    documentedIn: nil),
                "moduleImports": moduleImports,
                "tests": tests,
            ])))
        }
        files += try permissionsTest(fixtureNames: Set(fixtureNames.values))
        files += try LenientDecodingTest(model: model, names: names, templates: templates, moduleImports: moduleImports)
            .files(fixtureNames: Set(fixtureNames.values).union(["OperationPermissions"]))
        files.append(RenderedFile(path: "Fixture.swift", contents: try templates.render("Fixture.swift", with: [
            "moduleImports": moduleImports, "sendsOpaqueURLs": model.examples.contains { $0.opaqueURL != nil },
        ])))
        return files.sorted { $0.path < $1.path }
    }

    /// The test that every operation the client sends carries the permissions its page lists,
    /// with the fixture of those permissions as read (named apart from `fixtureNames`), and
    /// that the least privileged scopes cover every operation; none when no page lists permissions.
    private func permissionsTest(fixtureNames: Set<String>) throws(TemplateLibrary.Failure) -> [RenderedFile] {
        let documented = index.operations.filter { $0.permissions != nil }
        guard !documented.isEmpty else { return [] }
        var names = UniqueNames(reserved: fixtureNames)
        let fixtureName = names.claim("OperationPermissions")
        let entries = documented.map { operation -> JSONValue in
            var permissions: [JSONMember] = []
            for scheme in APIPermissions.Scheme.allCases {
                guard let scopes = operation.permissions?[scheme] else { continue }
                permissions.append(JSONMember(scheme.rawValue, JSONValue(.array(scopes.map { JSONValue(.string($0)) }))))
            }
            return JSONValue(.object([
                JSONMember("id", JSONValue(.string(operation.name))),
                JSONMember("method", JSONValue(.string(operation.method.uppercased()))),
                JSONMember("path", JSONValue(.string(operation.path))),
                JSONMember("permissions", JSONValue(.object(permissions))),
            ]))
        }
        return [
            RenderedFile(path: "Fixtures/\(fixtureName).json", contents: JSONWriter(style: .pretty).string(from: JSONValue(.array(entries))) + "\n"),
            RenderedFile(path: "PermissionsTests.swift", contents: try templates.render("PermissionsTests.swift", with: [
                "moduleImports": moduleImports, "fixtureName": fixtureName, "fixtureNameLiteral": SwiftLiteral.string(fixtureName),
            ])),
        ]
    }

    /// The exchange of `request` (named `name`) and `response`, sent to `path` (its template
    /// and the path the test sends) below the service root, or to the absolute `url`.
    private func exchange(
        _ request: APIExample, named name: String, response: APIExample, fixtureBodies: [FixtureKey: JSONValue],
        path: (template: String, sent: String)?, url: String?
    ) -> DocumentedExchange {
        var query = request.query.map { DocumentedExchange.Field(name: $0.name.percentDecoded, value: $0.value.percentDecoded) }
        var url = url
        if let absolute = url, let components = URLComponents(string: absolute) {
            query = (components.percentEncodedQueryItems ?? []).map {
                DocumentedExchange.Field(name: $0.name.percentDecoded, value: ($0.value ?? "").percentDecoded)
            }
            url = absolute.split(separator: "?", maxSplits: 1).first.map(String.init)
        }
        let text = response.body == nil ? response.text?.trimmingCharacters(in: .whitespacesAndNewlines) : nil
        return DocumentedExchange(
            name: name, page: DocumentationSource.display(request.source), location: request.location,
            method: (request.method ?? "GET").uppercased(), pathTemplate: path?.template, documentedPath: path?.sent, url: url,
            query: query, status: response.status ?? 200,
            headers: response.headers.map { DocumentedExchange.Field(name: $0.name, value: $0.value) },
            body: response.body.map { fixtureBodies[FixtureKey(response.name)] ?? $0 }, text: text.flatMap { $0.isEmpty ? nil : $0 })
    }

    /// The request a page shows without annotating it, as a request example for the test of
    /// the response that answers it (named after that response).
    static func request(shown: APIExample.ShownRequest, answeredBy response: APIExample) -> APIExample {
        var request = APIExample(
            name: response.name, kind: .request, type: nil, collection: false, truncated: false, method: shown.method,
            path: shown.path, status: nil, body: shown.body, source: response.source, location: shown.location,
            bodyLine: shown.bodyLine)
        request.query = shown.query
        request.headers = shown.headers
        request.text = shown.text
        return request
    }

    /// Where a typed response example is a collection and the client's operation gives one
    /// value, or the other way round, and whether the client then fails to read it: one value
    /// where it expects a page fails; a page read as one value keeps its members (in
    /// `additionalData`) and comes back whole, so only the warning tells.
    static func shapeContradictions(
        of response: APIExample?, call: OperationCall, conformance: ExampleConformance
    ) -> [(contradiction: RequestFixture.Contradiction, fails: Bool)] {
        guard let response, let type = response.type, let body = response.body else { return [] }
        let documented = response.collection || conformance.isPage(body, of: type)
        let client: Bool
        switch call.result {
        case .paged, .array: client = true
        case .typed, .primitive: client = false
        case .none, .data, .count: return []
        }
        guard documented != client else { return [] }
        return [(.init(
            cause: .responseShape,
            message: "the response is \(documented ? "a collection of" : "one") \(type), but the docs the client follows for "
                + "this request give \(client ? "a collection" : "one value")"), client)]
    }

    /// The round trip of an example's body through its documented type: the test's statement
    /// and description; `nil` (counted and noted) when it has no body or no documented type.
    private func roundTrip(
        of example: APIExample, fixture: String?, conformance: ExampleConformance,
        summary: inout FixtureSummary, diagnostics: inout Diagnostics
    ) -> TestBody? {
        guard let body = example.body, let fixture else {
            summary.untested[.noBody, default: 0] += 1
            diagnostics.emit(
                .note, code: "fixture-no-body",
                "example '\(example.name)' has no JSON body\(example.kind == .response ? " and answers no request the client sends" : ""); "
                    + "it gets no test", at: example.location)
            return nil
        }
        guard let type = example.type, let swiftType = swiftType(of: example, type: type, body: body, conformance: conformance)
        else {
            summary.untested[.undocumentedType, default: 0] += 1
            diagnostics.emit(
                .note, code: "fixture-untyped",
                "example '\(example.name)' names no documented type; it gets no fixture test", at: example.location)
            return nil
        }
        return TestBody(
            statements: ["try Fixture.roundTrip(\(SwiftLiteral.string(fixture)), as: \(swiftType).self)"],
            description: "The \(example.kind.rawValue) example `\(example.name)` as `\(type)`.")
    }

    /// The Swift type an example decodes as: an array for a request's collection, a page of
    /// the type for another collection, OData's
    /// `{"value": …}` for a primitive, else the type; `nil` for a type no page documents.
    private func swiftType(of example: APIExample, type: String, body: JSONValue, conformance: ExampleConformance) -> String? {
        let element = names.swiftType(of: type)
        if !type.hasPrefix("Edm."), names.name(of: type) == nil { return nil }
        if example.kind == .request, example.collection, case .array = body.content { return "[\(element)]" }
        if example.collection || conformance.isPage(body, of: type) { return "Page<\(element)>" }
        return type.hasPrefix("Edm.") ? "ODataValue<\(element)>" : element
    }
}

/// What the fixture stage found and made, for the generator's summary line.
public struct FixtureSummary: Hashable, Sendable {
    /// Why an example got no test.
    public enum Untested: String, Hashable, Sendable, CaseIterable {
        case noBody = "without a JSON body"
        case undocumentedType = "without a documented type"
    }

    /// The examples the pages annotate.
    public var found = 0
    /// The tests emitted.
    public var fixtures = 0
    /// The request examples sent through the client by their tests.
    public var requests = 0
    /// The responses tested by sending the request the page shows, unannotated, before them.
    public var shownRequests = 0
    /// The request examples the client cannot send (their body, if typed, is still tested).
    public var unsent = 0
    /// The responses without a body that their request's test checks (the call succeeds with their status).
    public var checkedWithRequest = 0
    /// The placeholders whose fixtures hold their documented type's sample value (see ``Placeholder``).
    public var placeholders = 0
    /// The responses read back through the client that the mock service does not answer with,
    /// as they contradict the type the client reads them as.
    public var unmockedResponses = 0
    /// The tests recorded as known issues, by the cause of their first contradiction.
    public var knownIssues: [String: Int] = [:]
    /// The examples without a test, by reason.
    public var untested: [Untested: Int] = [:]

    /// `examples: 12 found, 9 tests (4 requests through the client), 1 known issue (1 null where …), …`.
    public var line: String {
        let issues = knownIssues.values.reduce(0, +)
        var text = "examples: \(found) found, \(fixtures) test\(fixtures == 1 ? "" : "s") (\(requests) requests through the client), "
            + "\(issues) known issue\(issues == 1 ? "" : "s")"
        if issues > 0 {
            let causes = knownIssues.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { "\($0.value) \($0.key)" }
            text += " (" + causes.joined(separator: ", ") + ")"
        }
        if shownRequests > 0 {
            text += ", \(shownRequests) response\(shownRequests == 1 ? "" : "s") checked through the unannotated request before "
                + (shownRequests == 1 ? "it" : "them")
        }
        if placeholders > 0 { text += ", \(placeholders) placeholder\(placeholders == 1 ? "" : "s") given a sample value" }
        if checkedWithRequest > 0 { text += ", \(checkedWithRequest) bodiless responses checked by their request's test" }
        if unsent > 0 { text += ", \(unsent) request\(unsent == 1 ? "" : "s") the client cannot send" }
        for reason in Untested.allCases { if let count = untested[reason] { text += ", \(count) \(reason.rawValue)" } }
        return text
    }
}
