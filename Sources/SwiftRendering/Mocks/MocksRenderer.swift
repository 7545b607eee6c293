import Foundation
import SchemaInference

/// The mock service of a generated package: the files of its module (the copied mocks runtime,
/// the catalog `Mocks.json` and the module's entry point) and the tests that drive the client
/// through it.
///
/// The tests take, per OData namespace, the first documented exchange of each kind of call
/// (list, get, create, update, delete, action, function; an operation's namespace is its
/// result's or body's type's), page through a documented collection with `$top`, and play
/// the faults: a `429` retried after its `Retry-After`, a `503` thrown as a `GraphError`, a
/// slow answer, and an unknown path answered `404`.
struct MocksRenderer {
    /// The kinds of call the tests take one exchange of, per namespace.
    enum Kind: String, CaseIterable, Comparable {
        case list, get, create, update, delete, action, function

        static func < (first: Kind, second: Kind) -> Bool {
            allCases.firstIndex(of: first)! < allCases.firstIndex(of: second)!
        }
    }

    /// The exchanges, in the catalog's order (by page, then example), whatever the pages' locale.
    let exchanges: [MockedExchange]
    let model: APIModel
    let templates: TemplateLibrary
    /// The mocks runtime's sources to copy (`RuntimeSources.files(in: RuntimeSources.mocksDirectory)`).
    let sources: [RenderedFile]
    /// Where the mock service is compiled.
    enum Module {
        /// A library of its own (`GraphSDKMocks`), the catalog its resource.
        case library(String)
        /// The SDK's library module (`GraphSDK`), the catalog in the source.
        case embedded(in: String)
    }

    let module: Module
    /// The module holding the SDK's runtime, which the copied sources import instead of `GraphRuntime`.
    let runtimeModule: String
    let access: AccessModifier

    init(
        exchanges: [MockedExchange], model: APIModel, templates: TemplateLibrary, sources: [RenderedFile], module: Module,
        runtimeModule: String, access: AccessModifier
    ) {
        let order = MockCatalogFile.ordered(exchanges.map(\.exchange))
        var positions: [DocumentedExchange: [Int]] = [:]
        for (position, exchange) in exchanges.enumerated() { positions[exchange.exchange, default: []].append(position) }
        self.exchanges = order.map { exchange in exchanges[positions[exchange]!.removeFirst()] }
        self.model = model
        self.templates = templates
        self.sources = sources
        self.module = module
        self.runtimeModule = runtimeModule
        self.access = access
    }

    /// The module's files, paths relative to its directory (the module's, or `Mocks/` in the library's).
    func moduleFiles() throws(TemplateLibrary.Failure) -> [RenderedFile] {
        var files = sources.map { file in
            RenderedFile(path: file.path, contents: AccessModifierRewriter.rewrite(importing(file.contents), to: access))
        }
        let count = exchanges.count
        let catalogDocLines = SwiftLiteral.documentation(
            "The \(count) documented exchange\(count == 1 ? "" : "s") (a request example and the response its page shows, "
                + "read back whole by the fixture tests) of the pages this package was generated from.",
            documentedIn: nil)
        let catalog = exchanges.map(\.exchange)
        let serviceRoot = Self.serviceRoot(of: model) ?? ""
        switch module {
        case .library(let name):
            let entry = try templates.render("Mocks.swift", with: [
                "moduleName": name,
                "catalogDocLines": catalogDocLines,
                "resourceNameLiteral": SwiftLiteral.string(String(MockCatalogFile.fileName.dropLast(".json".count))),
                "missingLiteral": SwiftLiteral.string("\(MockCatalogFile.fileName) is missing from the \(name) module's resources"),
            ])
            files.append(RenderedFile(path: "DocumentedMocks.swift", contents: AccessModifierRewriter.rewrite(entry, to: access)))
            files.append(RenderedFile(
                path: MockCatalogFile.fileName, contents: MockCatalogFile.contents(of: catalog, serviceRoot: serviceRoot)))
        case .embedded:
            let entry = try templates.render("EmbeddedMocks.swift", with: [
                "catalogDocLines": catalogDocLines,
                "catalogLiteral": SwiftLiteral.string(MockCatalogFile.contents(of: catalog, serviceRoot: serviceRoot, style: .compact)),
            ])
            files.append(RenderedFile(path: "DocumentedMocks.swift", contents: AccessModifierRewriter.rewrite(entry, to: access)))
        }
        return files.sorted { $0.path < $1.path }
    }

    /// `source` importing the SDK's runtime module where it imports `GraphRuntime`; in the
    /// library's own module, without that import.
    private func importing(_ source: String) -> String {
        var lines: [String] = []
        for line in source.split(separator: "\n", omittingEmptySubsequences: false) {
            let words = line.split(separator: " ")
            guard words.last == "GraphRuntime", words.dropLast().last == "import" else {
                lines.append(String(line))
                continue
            }
            if case .library = module { lines.append(words.dropLast().joined(separator: " ") + " " + runtimeModule) }
        }
        return lines.joined(separator: "\n")
    }

    /// The expression of the mock service's transport in the tests (`GraphSDKMocks.transport`).
    var transportFunction: String {
        switch module {
        case .library(let name): "\(name).transport"
        case .embedded: "DocumentedMocks.transport"
        }
    }

    /// The test file (`MockServiceTests.swift`) in the test target, which imports `moduleImports`.
    func testFile(moduleImports: [String]) throws(TemplateLibrary.Failure) -> RenderedFile {
        var tests: [(name: String, description: String, statements: [String])] = []
        let samples = Self.samples(exchanges, model: model)
        for sample in samples {
            tests.append((
                "\(sample.namespace) \(sample.kind.rawValue): \(sample.exchange.exchange.name)",
                "The \(sample.kind.rawValue) call of `\(sample.namespace)` that the example `\(sample.exchange.exchange.name)` "
                    + "documents (`\(sample.exchange.exchange.method) \(sample.exchange.exchange.pathTemplate ?? "")`), sent "
                    + "through the client to the mock service: the documented response must come back whole.",
                sample.exchange.statements))
        }
        if let paging = Self.pagingSample(exchanges) {
            let (exchange, call, count) = paging
            let collection = "\(exchange.chain ?? "graph").\(call.name)(\(call.queryLabel ?? "query"): ODataQuery(top: 1))"
            tests.append((
                "paging: \(exchange.exchange.name)",
                "The collection the example `\(exchange.exchange.name)` documents, one element a page (`$top=1`): the "
                    + "client follows each `@odata.nextLink` the mock service gives until the \(count) documented elements are read.",
                [
                    "let graph = try mockClient()",
                    "var elements = 0",
                    "for try await _ in \(call.isThrowing ? "try " : "")\(call.isAsync ? "await " : "")\(collection) {",
                    "    elements += 1",
                    "}",
                    "#expect(elements == \(count))",
                    "let first = try await \(collection).firstPage()",
                    "#expect(first.value.count == 1)",
                    "#expect(first.nextLink != nil)",
                ]))
        }
        if let get = samples.first(where: { $0.kind == .get }) ?? samples.first, let call = Self.callExpression(of: get.exchange) {
            let name = get.exchange.exchange.name
            tests.append((
                "throttling: 429 with Retry-After is retried",
                "The example `\(name)`, throttled once by the mock service (`429` with `Retry-After: 2`): `RetryMiddleware` "
                    + "waits the 2 seconds asked for and sends it again, and the documented response comes back.",
                ["let waits = RecordedWaits()",
                 "let graph = try mockClient(faults: [.throttling(retryAfter: 2)], middlewares: [RetryMiddleware(sleep: { await waits.record($0) })])"]
                    + get.exchange.statements.dropFirst()
                    + ["#expect(await waits.all == [.seconds(2)])"]))
            tests.append((
                "unavailable: 503 is thrown as a GraphError",
                "The example `\(name)`, answered `503 Service Unavailable` by the mock service: without a retry, the "
                    + "client throws a `GraphError` with the status and Graph's error code.",
                [
                    "let graph = try mockClient(faults: [.unavailable()])",
                    "let error = await #expect(throws: GraphError.self) { _ = \(call) }",
                    "#expect(error?.status.code == 503)",
                    "#expect(error?.code == \"serviceNotAvailable\")",
                ]))
            tests.append((
                "latency: a slow answer still comes",
                "The example `\(name)`, answered after 50 milliseconds: the documented response comes back after the wait.",
                [
                    "let graph = try mockClient(faults: [.latency(.milliseconds(50))])",
                    "let clock = ContinuousClock()",
                    "let start = clock.now",
                ] + get.exchange.statements.dropFirst() + ["#expect(clock.now - start >= .milliseconds(50))"]))
        }
        tests.append((
            "unknown: a path no example documents gets a 404 GraphError",
            "A request no documented example answers gets `404 Not Found` with Graph's error envelope, thrown as a `GraphError`.",
            [
                "let graph = try mockClient()",
                "let error = await #expect(throws: GraphError.self) {",
                "    try await graph.core.send(GraphRequest(method: .get, path: \(SwiftLiteral.string(Self.undocumentedPath(exchanges)))))",
                "}",
                "#expect(error?.status.code == 404)",
                "#expect(error?.code == \"itemNotFound\")",
            ]))

        var names = UniqueNames()
        let contexts = tests.enumerated().map { index, test -> [String: Any] in
            [
                "displayNameLiteral": SwiftLiteral.string(test.name),
                "functionName": names.claim(SwiftName.memberName(test.name)),
                "docLines": SwiftLiteral.documentation(test.description, documentedIn: nil),
                "statements": test.statements,
                "isLast": index == tests.count - 1,
            ]
        }
        return RenderedFile(path: "MockServiceTests.swift", contents: try templates.render("MockServiceTests.swift", with: [
            "moduleImports": moduleImports + (moduleName.map { ["import \($0)"] } ?? []),
            "mocksDescription": moduleName ?? "DocumentedMocks",
            // Without a documented root the client and the transport are given the tests' own.
            "clientExpression": Self.serviceRoot(of: model) != nil
                ? "GraphClient(core: GraphClientCore(serverURL: GraphClient.documentedServerURL, transport: try \(transportFunction)(faults: faults), "
                    + "middlewares: middlewares, onDecodingMismatch: Fixture.recordMismatch))"
                : "GraphClient(core: GraphClientCore(serverURL: Fixture.serverURL, transport: try \(transportFunction)(serverURL: Fixture.serverURL, "
                    + "faults: faults), middlewares: middlewares, onDecodingMismatch: Fixture.recordMismatch))",
            "docLines": SwiftLiteral.documentation(
                "The client sent to the mock service built from the documented examples, as an app's tests would: one call "
                    + "of each kind per namespace, paging, and the faults the service plays.",
                documentedIn: nil),
            "tests": contexts,
        ]))
    }

    /// The mock service's own module, if it has one.
    private var moduleName: String? {
        if case .library(let name) = module { name } else { nil }
    }

    /// A sample exchange: its namespace and kind.
    struct Sample {
        var namespace: String
        var kind: Kind
        var exchange: MockedExchange
    }

    /// Per namespace (in name order), the first exchange of each kind that succeeds.
    static func samples(_ exchanges: [MockedExchange], model: APIModel) -> [Sample] {
        var chosen: [String: [Kind: MockedExchange]] = [:]
        let fallback = mainNamespace(of: model)
        for exchange in exchanges where exchange.exchange.status < 400 && !exchange.statements.isEmpty && !exchange.hasKnownIssue {
            guard let operation = exchange.operation, let kind = kind(of: exchange) else { continue }
            let namespace = self.namespace(of: operation) ?? fallback
            // The first that the mock answers with itself; the check, over all exchanges, only while none is chosen.
            if chosen[namespace]?[kind] == nil, answersItsOwnRequest(exchange.exchange, among: exchanges) {
                chosen[namespace, default: [:]][kind] = exchange
            }
        }
        return chosen.keys.sorted().flatMap { namespace in
            chosen[namespace]!.keys.sorted().map { Sample(namespace: namespace, kind: $0, exchange: chosen[namespace]![$0]!) }
        }
    }

    /// Whether the mock service answers the request `exchange` documents with `exchange` itself,
    /// as its transport chooses among the exchanges of one method and path template: the one
    /// whose example wrote this very path, then whose query options the request sends, then
    /// the first (a test of another exchange would get another response).
    static func answersItsOwnRequest(_ exchange: DocumentedExchange, among exchanges: [MockedExchange]) -> Bool {
        func score(_ candidate: DocumentedExchange) -> [Int] {
            var query = 0
            for field in candidate.query {
                if let sent = exchange.query.first(where: { $0.name.lowercased() == field.name.lowercased() }) {
                    query += sent.value == field.value ? 2 : 1
                } else {
                    query -= 1
                }
            }
            return [candidate.documentedPath?.lowercased() == exchange.documentedPath?.lowercased() ? 1 : 0, query]
        }
        let own = score(exchange)
        var before = true
        for mocked in exchanges where mocked.exchange.method == exchange.method && mocked.exchange.pathTemplate == exchange.pathTemplate {
            let candidate = mocked.exchange
            if candidate == exchange {
                before = false
                continue
            }
            let other = score(candidate)
            if before ? !other.lexicographicallyPrecedes(own) : own.lexicographicallyPrecedes(other) { return false }
        }
        return true
    }

    /// The kind of call an exchange makes, if it is one the tests take.
    static func kind(of exchange: MockedExchange) -> Kind? {
        guard let call = exchange.call else { return nil }
        let lastStep = exchange.exchange.pathTemplate?.split(separator: "/").last ?? ""
        switch exchange.exchange.method {
        case "DELETE": return .delete
        case "PATCH", "PUT": return .update
        case "GET":
            if case .paged = call.result { return .list }
            return lastStep.contains("(") ? .function : .get
        case "POST":
            switch call.body {
            case .typed where exchange.exchange.status == 201: return .create
            case .parameters, .none: return .action
            default: return nil
            }
        default: return nil
        }
    }

    /// The namespace of an operation: its result's type's, else its body's.
    static func namespace(of operation: APIOperation) -> String? {
        for type in [operation.response?.type, operation.requestBody].compactMap({ $0 }) {
            let name = CollectionType.element(of: type) ?? type
            if !name.hasPrefix("Edm."), let dot = name.lastIndex(of: ".") { return String(name[..<dot]) }
        }
        return nil
    }

    /// The documented service root, when Foundation reads it as a URL (as the client does).
    static func serviceRoot(of model: APIModel) -> String? {
        model.serviceRoot.flatMap { URL(string: $0) != nil ? $0 : nil }
    }

    /// The namespace most types are in, for operations whose types name none.
    static func mainNamespace(of model: APIModel) -> String {
        var counts: [String: Int] = [:]
        for type in model.types {
            if let dot = type.name.lastIndex(of: ".") { counts[String(type.name[..<dot]), default: 0] += 1 }
        }
        return counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.first?.key ?? "api"
    }

    /// The call expression of an exchange's test (`try await graph.users("1").get()`).
    static func callExpression(of exchange: MockedExchange) -> String? {
        for statement in exchange.statements {
            for prefix in ["let result = ", "_ = "] where statement.hasPrefix(prefix) && statement.contains("await ") {
                let expression = String(statement.dropFirst(prefix.count))
                return expression.hasPrefix("try?") ? nil : expression
            }
        }
        return nil
    }

    /// A documented collection to page through: the first list exchange of two or more elements
    /// whose example sends no query and that a request with `$top` gets (no exchange of its
    /// path documents `$top` or a `$skiptoken`), and its element count.
    static func pagingSample(_ exchanges: [MockedExchange]) -> (MockedExchange, OperationCall, Int)? {
        for exchange in exchanges {
            guard let call = exchange.call, case .paged = call.result, exchange.exchange.query.isEmpty, !exchange.hasKnownIssue,
                  exchange.exchange.status == 200, case .object(let members)? = exchange.exchange.body?.content,
                  case .array(let elements)? = members.first(where: { $0.key == "value" })?.value.content, elements.count >= 2,
                  !members.contains(where: { $0.key == "@odata.nextLink" })
            else { continue }
            let rivals = exchanges.filter {
                $0.exchange.method == exchange.exchange.method && $0.exchange.pathTemplate == exchange.exchange.pathTemplate
            }
            let pagesItself = rivals.contains { rival in
                rival.exchange.query.contains { ["$top", "$skiptoken", "$skip"].contains($0.name.lowercased()) }
            }
            guard !pagesItself, answersItsOwnRequest(exchange.exchange, among: exchanges) else { continue }
            return (exchange, call, elements.count)
        }
        return nil
    }

    /// A path no exchange's template matches: `/undocumented`, or with a number after it.
    static func undocumentedPath(_ exchanges: [MockedExchange]) -> String {
        let firstSteps = Set(exchanges.compactMap { $0.exchange.pathTemplate?.split(separator: "/").first.map { $0.lowercased() } })
        var candidate = "undocumented"
        var number = 1
        while firstSteps.contains(candidate) {
            number += 1
            candidate = "undocumented\(number)"
        }
        return "/" + candidate + "/path"
    }
}
