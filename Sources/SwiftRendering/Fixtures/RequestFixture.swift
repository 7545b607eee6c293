import Foundation
import SchemaInference
import LenientJSON

/// The test of one request example: the request is built through the generated client
/// from the example's values (path values, query, headers, body), what the client sends
/// is compared with the documented request, and the documented response, when the page
/// shows one, is read back through the client and compared with its JSON.
///
/// The example's path is followed through the client tree (``ClientRoute``) and written
/// as the member chain the client declares (``ClientIndex``): `graph.communications.calls`
/// `.create(try Fixture.decode("CreateCall", as: Call.self))`.
struct RequestFixture {
    /// Why a request example cannot be sent through the client.
    struct Unreachable: Error {
        var reason: String
    }

    /// The headers (lowercased) an example writes that the transport or a middleware sets,
    /// not the client's caller: no test sends or expects them.
    static let transportHeaders: Set<String> = ["authorization", "host", "content-length", "accept"]

    /// The test's statements, one per line.
    var statements: [String]
    /// What the example writes that the docs of its operation do not document: each a
    /// warning, and a known issue where the test fails for it (``Contradiction/fails``).
    var contradictions: [Contradiction]
    /// How the example was read where it differs from the docs without contradicting them.
    var notes: [String]
    /// Whether the test also checks the documented response: its body read back through the
    /// client, or for a response without a body, that the call succeeds with its status.
    var checksResponse: Bool
    /// The operation the client sends the request as.
    var operation: APIOperation
    /// How the test calls it.
    var call: OperationCall
    /// The path the example writes, as a template of the steps the client follows: its keys,
    /// call arguments and path below an item as `{…}` (`/users/{id}/messages`).
    var pathTemplate: String
    /// The path the test expects the client to send (percent-decoded): the example's, with
    /// its placeholders' samples.
    var sentPath: String
    /// The member chain from the client to the type that declares the method (`graph.users`).
    var chain: String
    /// The test's statements for a client of the mock service (`graph`, made by `mockClient`,
    /// a statement that takes the added headers): the same call and comparison, without the
    /// expectations on what was sent.
    var mockStatements: [String]

    /// Something a request example writes that the docs of its operation do not document.
    struct Contradiction: Hashable {
        /// What kind of thing.
        enum Cause: String, Hashable, CaseIterable {
            case undocumentedHeader = "header the docs do not list"
            case undocumentedParameter = "body parameter the docs do not list"
            case undocumentedQuery = "query option the docs do not list"
            case unexpectedBody = "body where the docs document none"
            case notAReference = "body other than the entity reference a '$ref' request sends"
            case responseShape = "response whose shape the client's operation contradicts"
            case repeatedQuery = "query option given twice"
        }

        var cause: Cause
        var message: String
        /// Whether the test fails for it (a known issue); a header the method does not take
        /// is sent all the same, by a client that adds it to every request, and a body
        /// parameter it does not take goes in its additional data.
        var fails = true
    }

    /// What the test needs of the example's page besides the example.
    struct Context {
        /// The fixture holding the request's body, if it has one.
        var bodyFixture: String?
        /// The response the page shows for the request, if any.
        var response: APIExample?
        /// The fixture holding the response's body, if it has one.
        var responseFixture: String?
    }

    /// The test of `example`, or why the client cannot send it.
    static func make(
        _ example: APIExample, context: Context, tree: ClientTree, index: ClientIndex
    ) -> Result<RequestFixture, Unreachable> {
        guard let method = example.method, let path = example.path else {
            return .failure(Unreachable(reason: "the example has no request line"))
        }
        let line = "'\(method) \(path)'"
        guard let route = ClientRoute(path: path, method: method, in: tree, index: index) else {
            return .failure(Unreachable(reason: "\(line) is not a path the docs document a request for"))
        }
        let nodeID = route.stops.last?.id ?? []
        guard let operation = index.methods[nodeID]?[method] else {
            let documented = route.methods.sorted().joined(separator: ", ")
            return .failure(Unreachable(
                reason: "\(line): the docs document no \(method) there"
                    + (documented.isEmpty ? "" : " (only \(documented))")))
        }
        let parts: [String]
        var samples: [PathSample] = []
        switch memberChain(along: route, to: operation, in: index, samples: &samples) {
        case .success(let chain): parts = chain
        case .failure(let reason): return .failure(Unreachable(reason: "\(line)\(reason.reason)"))
        }
        var contradictions: [Contradiction] = []
        let call = operation.call
        var arguments: [String] = []
        var expectedHeaders: [(String, String)] = []
        var bodyText: String?
        var bodyFixture = context.bodyFixture
        var notes: [String] = samples.map { sample in
            "the path writes '\(sample.written)' for '\(sample.name)', a placeholder; the test sends \(sample.literal)"
        }

        // The body: text that is not JSON goes as bytes where the method has an overload for them.
        let sendsText = example.body == nil && example.text != nil
        let body = call.sendsBytesToo && sendsText ? OperationCall.Body.stream : call.body
        switch body {
        case .none:
            if let members = example.body?.keys, members.isEmpty {
                // `{}` names no parameter, which is what sending none means: the client sends
                // no body, and the test expects none.
                notes.append("the example sends '{}', an object of no parameters, where the docs document no body for \(line); "
                    + "the client sends no body")
                bodyText = ""
                bodyFixture = nil
            } else if example.body != nil || example.text != nil {
                // The body is still expected, so that the test fails as the docs contradict themselves.
                let message = method.uppercased() == "DELETE" && ReferenceRequest.isReferencePath(path)
                    ? "the example sends a body to \(line), but the deletion of a reference names the entity in its path and sends none"
                    : "the example sends a body, but the docs document none for \(line)"
                contradictions.append(.init(cause: .unexpectedBody, message: message))
                bodyText = example.text
            }
        case .typed(let swiftType):
            guard let fixture = context.bodyFixture else {
                return .failure(Unreachable(reason: "\(line): the example sends "
                    + (sendsText ? "a body that is not JSON, but the docs document JSON" : "no body, but the docs document a body")))
            }
            arguments.append("try Fixture.decode(\(SwiftLiteral.string(fixture)), as: \(swiftType).self)")
        case .reference:
            guard let body = example.body, let fixture = context.bodyFixture else {
                return .failure(Unreachable(reason: "\(line): the example sends no body, but an entity reference is sent there"))
            }
            if !ReferenceRequest.isReference(body) {
                // Decoded as a reference, its other members are lost, so that the test fails as the docs contradict themselves.
                contradictions.append(.init(
                    cause: .notAReference,
                    message: "the example sends a body other than an entity reference ({\"@odata.id\": …}), which \(line) sends"))
            }
            arguments.append("try Fixture.decode(\(SwiftLiteral.string(fixture)), as: EntityReference.self)")
        case .stream:
            if let fixture = context.bodyFixture {
                arguments.append("try Fixture.data(\(SwiftLiteral.string(fixture)))")
            } else if let text = example.text {
                arguments.append("Data(\(SwiftLiteral.string(text)).utf8)")
                bodyText = text
            } else {
                arguments.append("Data()")
            }
            // The media type comes right after the body, as the method declares it.
            if let contentType = example.headers.last(where: { $0.name.lowercased() == "content-type" }) {
                arguments.append("contentType: \(SwiftLiteral.string(contentType.value))")
            }
        case .parameters(let parameters, let additionalLabel):
            if sendsText {
                return .failure(Unreachable(reason: "\(line): the example sends a body that is not JSON, but the docs document JSON parameters"))
            }
            if let body = example.body {
                guard let members = body.keys, let fixture = context.bodyFixture else {
                    return .failure(Unreachable(reason: "\(line): the example's body is not an object of parameters"))
                }
                let undocumented = members.filter { member in !parameters.contains { $0.wireName == member } }
                for member in undocumented {
                    contradictions.append(.init(
                        cause: .undocumentedParameter,
                        message: "the example sends the parameter '\(member)', which the docs do not list; "
                            + "the test sends it in \(additionalLabel)",
                        fails: false))
                }
                for parameter in parameters where members.contains(parameter.wireName) {
                    // `Nullable<T>`, not `T?`: an explicit `null` is sent as `.null`.
                    arguments.append("\(parameter.label): try Fixture.member(\(SwiftLiteral.string(fixture)), "
                        + "\(SwiftLiteral.string(parameter.wireName)), as: Nullable<\(parameter.swiftType)>.self)")
                }
                if !undocumented.isEmpty {
                    arguments.append("\(additionalLabel): try Fixture.members(\(SwiftLiteral.string(fixture)), "
                        + "[\(undocumented.map(SwiftLiteral.string).joined(separator: ", "))])")
                }
            }
        }

        // The query.
        // Labeled arguments go in the order the method declares them, whatever the example's order.
        var queryArguments: [(position: Int, text: String)] = []
        var options = ODataQueryLiteral()
        var expectedQuery: [(String, String)] = []
        for item in example.query {
            let name = item.name.percentDecoded
            let value = item.value.percentDecoded
            expectedQuery.append((name, value))
            if let position = call.queryParameters.firstIndex(where: { $0.wireName == name }),
               let literal = literal(value, swiftType: call.queryParameters[position].swiftType) {
                queryArguments.append((position, "\(call.queryParameters[position].label): \(literal)"))
            } else if call.queryLabel != nil {
                if !options.add(name: name, value: value) {
                    contradictions.append(.init(cause: .repeatedQuery, message: "the example gives the query option '\(name)' twice"))
                }
            } else {
                contradictions.append(.init(
                    cause: .undocumentedQuery, message: "the example's query option '\(name)' is not documented for \(line)"))
            }
        }
        if let label = call.queryLabel, !options.isEmpty {
            arguments.append("\(label): \(options.expression)")
        }
        arguments += queryArguments.sorted { $0.position < $1.position }.map(\.text)

        // The headers.
        var headerArguments: [(position: Int, text: String)] = []
        var addedHeaders: [(String, String)] = []
        for header in example.headers {
            let name = header.name.lowercased()
            if transportHeaders.contains(name) { continue }
            if name == "content-type" {
                if case .none = body {} else { expectedHeaders.append(("Content-Type", header.value)) }
                continue
            }
            if let position = call.headers.firstIndex(where: { $0.wireName.lowercased() == name }) {
                headerArguments.append((position, "\(call.headers[position].label): \(SwiftLiteral.string(header.value))"))
                expectedHeaders.append((header.name, header.value))
            } else {
                // No method takes it: the test's client adds it to every request.
                addedHeaders.append((header.name, header.value))
                expectedHeaders.append((header.name, header.value))
                contradictions.append(.init(
                    cause: .undocumentedHeader,
                    message: "the example sends the header '\(header.name)', which the docs do not list for \(line); "
                        + "the test sends it with every request (GraphClient.addingHeaderFields)",
                    fails: false))
            }
        }
        arguments += headerArguments.sorted { $0.position < $1.position }.map(\.text)

        // The call and the response. A redirect must be followed to its `Location`; one without
        // a `Location` is not answered (a transport would follow it, so the client never sees it).
        var context = context
        let isRedirect = context.response?.status.map { (300..<400).contains($0) } ?? false
        let location = isRedirect ? context.response?.headers.last { $0.name.lowercased() == "location" }?.value : nil
        if isRedirect, location == nil {
            context.response = nil
            context.responseFixture = nil
        }
        // A count is answered with the documented number, as plain text.
        var countText: String?
        if case .count = call.result, let response = context.response {
            let written = response.text ?? response.body.map { JSONWriter(style: .compact).string(from: $0) }
            countText = written?.trimmingCharacters(in: .whitespacesAndNewlines)
            if let text = countText, Int(text) == nil { countText = nil }
            context.responseFixture = nil
        }
        let mockClient = addedHeaders.isEmpty ? "" : "adding: \(pairs(addedHeaders))"
        var statements = [
            "let exchange = try Fixture.Exchange(status: \(context.response?.status ?? 200)"
                + (context.responseFixture.map { ", response: \(SwiftLiteral.string($0))" } ?? "")
                + (countText.map { ", text: \(SwiftLiteral.string($0))" } ?? "")
                + (location.map { ", location: \(SwiftLiteral.string($0))" } ?? "") + ")",
            addedHeaders.isEmpty ? "let graph = exchange.client" : "let graph = try exchange.client(adding: \(pairs(addedHeaders)))",
        ]
        var expression = parts.joined(separator: ".") + ".\(call.name)(\(arguments.joined(separator: ", ")))"
        if case .paged = call.result { expression += ".firstPage()" }
        var comparison: String?
        if let response = context.responseFixture {
            let name = SwiftLiteral.string(response)
            // An optional result must be there when the docs show a body.
            let value = call.resultIsOptional ? "try #require(result)" : "result"
            switch call.result {
            case .none, .count: break
            case .data: comparison = "try Fixture.expectBytes(result, documented: \(name))"
            case .typed, .paged: comparison = "try Fixture.expectEncoding(\(value), documented: \(name))"
            // The client gives the value; the response's annotations (`@odata.context`) are the
            // response's round trip's to check, not the call's.
            case .primitive: comparison = "try Fixture.expectEncoding(\(value), documented: \(name), member: \"value\")"
            case .array: comparison = "try Fixture.expectEncoding(result, documented: \(name), member: \"value\")"
            }
        }
        if let countText { comparison = "#expect(result == \(countText))" }
        let sentPath = PathSample.applying(samples, to: Self.withoutTrailingSlash(ClientRoute.withoutCallSpaces(path)))
        let expectRequest = expectation(
            method: method, path: sentPath,
            query: expectedQuery,
            headers: expectedHeaders,
            body: bodyFixture, bodyText: bodyText)
        var checksResponse = true
        if let status = context.response?.status, status >= 400 {
            // A documented error: the call must throw it as a `GraphError` of its status, its body kept.
            statements += [
                "let error = await #expect(throws: GraphError.self) { _ = try await \(expression) }",
                expectRequest,
                "#expect(error?.status.code == \(status))",
            ]
            if let response = context.responseFixture {
                statements.append("try Fixture.expectBytes(try #require(error).body, documented: \(SwiftLiteral.string(response)))")
            }
        } else if let comparison {
            statements += ["let result = try await " + expression, expectRequest, comparison]
        } else if context.response != nil, context.responseFixture == nil, call.result == .none || call.result == .data {
            // A response without a body: the call must succeed with its status (after the redirect, if it is one).
            statements += ["_ = try await " + expression, expectRequest]
            if let location { statements.append("try exchange.expectRedirect(to: \(SwiftLiteral.string(location)))") }
        } else if let response = context.response, response.body == nil, response.text == nil, call.resultIsOptional {
            // A response without a body, where the result may be absent: it must be.
            statements += ["let result = try await " + expression, expectRequest, "#expect(result == nil)"]
        } else {
            // Without a documented body to compare the result with, only the request counts.
            statements += ["_ = try? await " + expression, expectRequest]
            checksResponse = false
        }
        let mockStatements = ["let graph = try mockClient(\(mockClient))"] + statements.dropFirst(2).filter {
            $0 != expectRequest && !$0.hasPrefix("try exchange.")
        }
        return .success(RequestFixture(
            statements: statements, contradictions: contradictions, notes: notes, checksResponse: checksResponse,
            operation: operation.operation, call: call, pathTemplate: template(of: route, in: tree),
            sentPath: sentPath.percentDecoded, chain: parts.joined(separator: "."), mockStatements: mockStatements))
    }

    /// The member chain from the client to the type that declares `operation`'s method
    /// (`["graph", "users(\"jo\")", "calendarGroups"]`), or why it cannot be written (the
    /// reason follows the request line).
    private static func memberChain(
        along route: ClientRoute, to operation: ClientIndex.Method, in index: ClientIndex, samples: inout [PathSample]
    ) -> Result<[String], Unreachable> {
        var parts = ["graph"]
        for (position, stop) in route.stops.enumerated() {
            if position == route.stops.count - 1, operation.isOnParent { break }
            guard let accessor = index.accessors[stop.id] else {
                // A collection reached only by its key: the key's method skips it.
                parts.append("")
                continue
            }
            if accessor.skipsParent { parts.removeLast() }
            if accessor.isProperty {
                parts.append(accessor.name)
                continue
            }
            var arguments: [String] = []
            for parameter in accessor.parameters {
                // One request type serves a kind of resource, whose paths may name their keys
                // differently (`{event-id}`, `{id}`): a lone value is the lone parameter's.
                let lone = accessor.parameters.count == 1 && stop.values.count == 1 ? stop.values.first?.value : nil
                guard let value = stop.values[parameter.wireName] ?? lone,
                      let literal = literal(value, swiftType: parameter.type)
                        ?? PathSample.sample(for: value, swiftType: parameter.type).map({ sample in
                            samples.append(PathSample(name: parameter.wireName, written: value, literal: sample))
                            return sample
                        })
                else {
                    return .failure(Unreachable(reason: ": no value for '{\(parameter.wireName)}'"))
                }
                arguments.append(parameter.isLabeled ? "\(parameter.label): \(literal)" : literal)
            }
            parts.append("\(accessor.name)(\(arguments.joined(separator: ", ")))")
        }
        guard !parts.contains("") else {
            return .failure(Unreachable(reason: " stops at a collection the client reaches only by a key"))
        }
        return .success(parts)
    }

    /// The path `route` follows, as a template: each step's documented text, its values `{…}`.
    private static func template(of route: ClientRoute, in tree: ClientTree) -> String {
        var text = ""
        for stop in route.stops {
            switch tree.node(at: stop.id)?.segment {
            case .literal(let name): text += "/" + name
            case .key(let name): text += "/{" + name + "}"
            case .call(_, let pieces): text += "/" + pieces.map { $0.identity.percentDecoded }.joined()
            case .address(let pieces): text += pieces.map { $0.identity.percentDecoded }.joined() + ":"
            case nil: text += "/{}"
            }
        }
        if text.hasSuffix(":") { text.removeLast() }
        return text.isEmpty ? "/" : text
    }

    /// A path without the `/` it may end with, which names the same resource in Graph.
    static func withoutTrailingSlash(_ path: String) -> String {
        path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
    }

    /// The `exchange.expectRequest(…)` statement; `origin` (scheme, host and port) for a request
    /// sent to a URL of its own rather than below the service root.
    static func expectation(
        method: String, path: String, origin: String? = nil, query: [(String, String)], headers: [(String, String)],
        body: String?, bodyText: String?
    ) -> String {
        var arguments = [
            "method: \(SwiftLiteral.string(method))",
            "path: \(SwiftLiteral.string(path.percentDecoded))",
        ]
        if let origin { arguments.append("origin: \(SwiftLiteral.string(origin))") }
        if !query.isEmpty { arguments.append("query: \(pairs(query))") }
        if !headers.isEmpty { arguments.append("headers: \(pairs(headers))") }
        if let body { arguments.append("body: \(SwiftLiteral.string(body))") }
        if let bodyText { arguments.append("bodyText: \(SwiftLiteral.string(bodyText))") }
        return "try exchange.expectRequest(\(arguments.joined(separator: ", ")))"
    }

    static func pairs(_ pairs: [(String, String)]) -> String {
        "[" + pairs.map { "(\(SwiftLiteral.string($0.0)), \(SwiftLiteral.string($0.1)))" }.joined(separator: ", ") + "]"
    }

    /// `value` as a Swift literal of `swiftType` (`String`, `Int`, `Double` or `Bool`), or
    /// `nil` when it is not one.
    static func literal(_ value: String, swiftType: String) -> String? {
        switch swiftType {
        case "String": SwiftLiteral.string(value)
        case "Int": Int(value).map(String.init)
        case "Double": Double(value).flatMap { $0.isFinite ? "\($0)" : nil }
        case "Bool": value == "true" || value == "false" ? value : nil
        default: nil
        }
    }
}

/// An `ODataQuery(…)` expression built from documented query items: the system options
/// it has fields for, the others as `parameters`.
struct ODataQueryLiteral {
    private var fields: [(order: Int, text: String)] = []
    private var parameters: [(String, String)] = []

    var isEmpty: Bool { fields.isEmpty && parameters.isEmpty }

    /// Adds one option, percent-decoded; `false` when it cannot be given again.
    mutating func add(name: String, value: String) -> Bool {
        let lists = ["$select": (0, "select"), "$expand": (1, "expand"), "$orderby": (3, "orderBy")]
        let texts = ["$filter": (2, "filter"), "$search": (4, "search")]
        let numbers = ["$top": (5, "top"), "$skip": (6, "skip")]
        let key = name.lowercased()
        if name == key, let (order, field) = lists[key], !fields.contains(where: { $0.order == order }) {
            let elements = value.splitOutsideQuotesAndParentheses(at: ",").map(SwiftLiteral.string)
            fields.append((order, "\(field): [\(elements.joined(separator: ", "))]"))
        } else if name == key, let (order, field) = texts[key], !fields.contains(where: { $0.order == order }) {
            fields.append((order, "\(field): \(SwiftLiteral.string(value))"))
        } else if name == key, let (order, field) = numbers[key], let number = Int(value), String(number) == value,
                  !fields.contains(where: { $0.order == order }) {
            fields.append((order, "\(field): \(number)"))
        } else if name == "$count", value == "true" || value == "false", !fields.contains(where: { $0.order == 7 }) {
            fields.append((7, "count: \(value)"))
        } else if parameters.contains(where: { $0.0 == name }) {
            return false
        } else {
            parameters.append((name, value))
        }
        return true
    }

    /// The expression.
    var expression: String {
        var arguments = fields.sorted { $0.order < $1.order }.map(\.text)
        if !parameters.isEmpty {
            let entries = parameters.map { "\(SwiftLiteral.string($0.0)): \(SwiftLiteral.string($0.1))" }
            arguments.append("parameters: [\(entries.joined(separator: ", "))]")
        }
        return "ODataQuery(\(arguments.joined(separator: ", ")))"
    }
}

/// A sample value a test sends for a call's argument that the example's path writes as a
/// placeholder (`cell(row=<row>,column=<column>)`, `resizedRange(deltaRows={n}, …)`), as body
/// placeholders get one: the path the test expects has the sample in its place.
struct PathSample: Hashable {
    /// The argument's name in the path (`row`).
    var name: String
    /// The placeholder as the example writes it (`<row>`).
    var written: String
    /// The Swift literal sent, which is also its text in the path (`0`).
    var literal: String

    /// The sample literal for a placeholder value of a number or Boolean argument; `nil` for a
    /// value that is no placeholder, or an argument of another type (a string takes any text).
    static func sample(for value: String, swiftType: String) -> String? {
        let isPlaceholder = (value.hasPrefix("{") && value.hasSuffix("}")) || (value.hasPrefix("<") && value.hasSuffix(">"))
            || Placeholder.isPlaceholder(value)
        guard isPlaceholder else { return nil }
        switch swiftType {
        case "Int": return "0"
        case "Double": return "0.0"
        case "Bool": return "false"
        default: return nil
        }
    }

    /// `path` with each sampled argument's placeholder replaced by its sample (`row=<row>` → `row=0`).
    static func applying(_ samples: [PathSample], to path: String) -> String {
        samples.reduce(path) { path, sample in
            path.replacingOccurrences(of: sample.name + "=" + sample.written, with: sample.name + "=" + sample.literal)
        }
    }
}
