import GraphDocCore

extension OperationFacts {
    /// The page's operations, one per documented (method, path), in page order, with
    /// their types resolved.
    ///
    /// - The first operation is named after the page's file (``baseName``), the second
    ///   and later ones get `-2`, `-3`, … appended.
    /// - A `POST` or `PUT` to a `…/$ref` path sends an entity reference
    ///   (``ReferenceRequest``) unless one of its examples sends another body; a `DELETE` of
    ///   a `…/$ref` sends no body, whatever the "Request body" section links to.
    /// - The request body's type is the first type the "Request body" section links to
    ///   that resolves. A page that says there is no body has none. When the section
    ///   names no type, a `POST`, `PUT` or `PATCH` that is an update (`PATCH`), has a body
    ///   table of `Property` rows, or creates (documented status 201, no body parameters)
    ///   takes the response's single (not collection) type, else the first resolvable
    ///   type linked under the page's title. When a method's examples send bodies of
    ///   another media type than JSON, and none sends JSON, the body of each request of
    ///   that method is a stream (`Edm.Stream`). A body parameter the method's examples send
    ///   only in another letter case is named as they send it.
    /// - The response's status is the one the "Response" section names, else the status
    ///   line of the request's first example response, else the page's first success
    ///   status line (``exampleStatus``), else — with a note — the method's
    ///   usual status: `GET` 200; `POST` 201 with a request body type, else 200 with a
    ///   response type, else 204; `PATCH`, `PUT` 200 with a response type, else 204;
    ///   `DELETE` 204.
    /// - The response's type is the first type named in the status sentence that
    ///   resolves, else the type the request's first example response's annotation
    ///   declares, else the first type named in a later sentence of the section that
    ///   mentions the response body; there is none when the page says there is no
    ///   content or the status is 204, or for a `GET` of `…/$value` (a raw value). A
    ///   request documented apart (``RequestFacts/documentedApart``) takes its status and
    ///   type from its example's response instead of the page's prose. A `GET` whose path
    ///   ends in a key answers one value even where the prose names a collection. One
    ///   value of a type may also be empty when an example answers without a body.
    /// - A collection's `GET` whose `…/$count` the page shows a request for is followed by
    ///   its count (``CountRequest``), named with `-count` appended, answering `Edm.Int64`.
    /// - One whose cast to a documented type the page shows a request for
    ///   (`…/microsoft.graph.group`) is followed by that cast (``TypeCastRequest``), named
    ///   with `-as-group` appended, answering a collection of that type; and by the cast's
    ///   count when the page shows one (`…/microsoft.graph.group/$count`) or shows the
    ///   collection's own count (OData counts any collection, a cast of one too).
    /// - Path parameters get the type and description of the "Path parameters" or
    ///   "Function parameters" row whose name matches the placeholder's name or one of
    ///   its written alternatives (ignoring case and characters other than letters and
    ///   digits; a placeholder written `x-value` also matches `x`). A "Path parameters" row
    ///   that names no placeholder of the page's request lines is a function parameter.
    ///
    /// Only resolution problems are emitted here; the reading problems are in ``diagnostics``.
    func operations(resolvingWith resolver: some TypeResolving, diagnostics: inout Diagnostics) -> [APIOperation] {
        var types = OperationTypeResolver(resolver: resolver, page: source, namespace: namespace)
        let bodyType = requestBody.saysNone
            ? nil : types.first(of: requestBody.types, what: "request body", diagnostics: &diagnostics)
        var proseResponse: (type: String, collection: Bool)?
        if !response.saysNoContent && response.status != 204,
           let type = types.first(of: response.types, what: "response", diagnostics: &diagnostics)
        {
            proseResponse = Self.unwrapping(type, collection: response.collection)
        }
        var laterResponseType: (type: String, collection: Bool)?
        if !response.saysNoContent && response.status != 204,
           let type = response.laterTypes.lazy.compactMap({ types.resolve($0.reference) }).first
        {
            laterResponseType = Self.unwrapping(type, collection: response.laterCollection)
        }
        let pathTables = pathParameters + functionParameters
        let headers = requestHeaders.map { types.parameter($0, diagnostics: &diagnostics) }
        let bodyParameters = requestBody.parameters.map { types.parameter($0, diagnostics: &diagnostics) }
        // Rows of a "Path parameters" table that name no placeholder of the page's request
        // lines, path or query, are arguments of the function the paths end with
        // (`…/range/cell` documents `row` and `column`).
        let unplacedPathRows = pathParameters.filter { row in
            !requests.contains { request in
                request.template.placeholders.contains { Self.matches($0, row.name) }
                    || request.writtenTarget.lowercased().contains("{" + row.name.lowercased())
            }
        }
        let functionParameters = (functionParameters + unplacedPathRows).map { types.parameter($0, diagnostics: &diagnostics) }
        let pageQueryOptions = queryOptions.map { types.parameter($0, diagnostics: &diagnostics) }

        // What the examples of one method send, on any of the page's paths, tells the body of all.
        var bodyParametersByMethod: [String: [APIOperation.Parameter]] = [:]
        var streamMediaTypesByMethod: [String: [String]] = [:]
        var rawBodyMediaTypesByMethod: [String: [String]] = [:]
        for method in Set(requests.map(\.method)).sorted() {
            let sending = requests.filter { $0.method == method }
            var seen: Set<String> = []
            let mediaTypes = sending.flatMap(\.exampleStreamMediaTypes).filter { seen.insert($0.lowercased()).inserted }
            if !mediaTypes.isEmpty {
                let written = mediaTypes.map { "'\($0)'" }.joined(separator: ", ")
                // The bytes are the only body when no example sends JSON or nothing at all, and no
                // table of body parameters documents a JSON object.
                let sendsOtherwise = sending.contains { $0.exampleSendsJSON || $0.exampleSendsNothing }
                    || !requestBody.parameters.isEmpty
                if sendsOtherwise {
                    // Both go on the wire (`sendMail` in JSON or as MIME text): the bytes are a second way to send it.
                    rawBodyMediaTypesByMethod[method] = mediaTypes
                    diagnostics.emit(
                        .note, code: OperationDiagnosticCode.rawBody.rawValue,
                        "the \(method) examples send a body of \(written), and also JSON or none; each \(method) request "
                            + "here can also send its body as bytes", at: sending[0].location)
                } else {
                    streamMediaTypesByMethod[method] = mediaTypes
                    diagnostics.emit(
                        .note, code: OperationDiagnosticCode.streamBody.rawValue,
                        "the \(method) examples send a body of \(written), not JSON; the body of each \(method) request "
                            + "here is read as a stream of bytes", at: sending[0].location)
                }
            }
            bodyParametersByMethod[method] = spelledAsSent(
                bodyParameters, members: sending.flatMap(\.exampleBodyMembers),
                at: requestBody.location ?? sending[0].location, diagnostics: &diagnostics)
        }

        var operations: [APIOperation] = []
        for (index, request) in requests.enumerated() {
            var responseType = proseResponse
            if request.documentedApart, request.exampleStatus != nil {
                // Its own example's response says what it answers; the page's prose is of another request.
                responseType = request.exampleResponseType.flatMap { types.resolve($0.reference) }.map {
                    Self.unwrapping($0, collection: false)
                }
            } else if responseType == nil, !response.saysNoContent, response.status != 204 {
                if let mention = exampleResponseType(of: request), let type = types.resolve(mention.reference) {
                    responseType = Self.unwrapping(type, collection: false)
                } else if let type = laterResponseType {
                    responseType = type
                }
            }
            // A key addresses one entity (`/chats/{chat-id}`), whatever the prose says.
            if request.method == "GET", let type = responseType, type.collection, Self.endsInKey(request.template.path) {
                responseType = (type.type, false)
                diagnostics.emit(
                    .warning, code: OperationDiagnosticCode.keyedCollection.rawValue,
                    "the response is documented as a collection of \(type.type), but 'GET \(request.template.path)' "
                        + "ends in a key, which addresses one; read as one \(type.type)", at: request.location)
            }
            // OData's `…/$value` is the raw value of a media entity or property: bytes, not JSON.
            if request.method == "GET", request.template.path.hasSuffix("/$value") { responseType = nil }
            var body = bodyType
            let sendsReference = ReferenceRequest.isSent(method: request.method, path: request.template.path)
                && !request.exampleSendsEntity
            if sendsReference {
                body = nil
            } else if request.method == "DELETE", ReferenceRequest.isReferencePath(request.template.path), let type = body {
                body = nil
                diagnostics.emit(
                    .note, code: OperationDiagnosticCode.referenceDeletionBody.rawValue,
                    "the docs give 'DELETE \(request.template.path)' a body of \(type); the deletion of a reference "
                        + "sends none, and the client sends none", at: requestBody.location ?? request.location)
            }
            let documentedStatus = response.status ?? request.exampleStatus ?? exampleStatus
            let fillsBodyFromType = ["POST", "PUT", "PATCH"].contains(request.method)
                && (request.method == "PATCH" || requestBody.tableListsProperties
                    || (documentedStatus == 201 && requestBody.parameters.isEmpty))
            if body == nil, !requestBody.saysNone, fillsBodyFromType, !sendsReference {
                if let responseType, !responseType.collection {
                    body = responseType.type
                } else {
                    body = subjectTypes.lazy.compactMap { types.resolve($0.reference) }.first
                }
            }
            // What the examples send is the wire: bytes of another media type make the body a stream.
            let sendsStream = streamMediaTypesByMethod[request.method] != nil && !sendsReference
            if sendsStream { body = "Edm.Stream" }
            let status = self.status(
                of: request, bodyType: body, hasResponseType: responseType != nil, diagnostics: &diagnostics)
            if status == 204 { responseType = nil }
            // An example that answers without a body shows that a success may have none.
            var mayBeEmpty = false
            if let type = responseType, !type.collection, let bodiless = request.exampleBodilessResponse {
                mayBeEmpty = true
                diagnostics.emit(
                    .warning, code: OperationDiagnosticCode.bodilessExampleResponse.rawValue,
                    "the docs give '\(request.method) \(request.template.path)' a response of \(type.type), but an example "
                        + "answers it without a body; the response may be empty", at: bodiless)
            }

            let pathParameters = request.template.placeholders.map { placeholder in
                let row = pathTables.first { Self.matches(placeholder, $0.name) }
                return APIOperation.Parameter(
                    name: placeholder.name,
                    type: row.flatMap { $0.type.flatMap { types.resolve($0.reference) } },
                    description: row?.description ?? "")
            }
            var queryOptions: [APIOperation.Parameter] = []
            for option in request.queryItems.map({ types.parameter($0, diagnostics: &diagnostics) }) + pageQueryOptions {
                Self.merge(option, into: &queryOptions)
            }
            operations.append(APIOperation(
                name: index == 0 ? baseName : "\(baseName)-\(index + 1)",
                method: request.method,
                path: request.template.path,
                pathParameters: pathParameters,
                queryOptions: queryOptions,
                requestHeaders: headers,
                requestBody: body,
                sendsReference: sendsReference,
                bodyParameters: sendsReference || sendsStream ? [] : bodyParametersByMethod[request.method] ?? bodyParameters,
                rawBodyMediaTypes: sendsReference ? [] : rawBodyMediaTypesByMethod[request.method] ?? [],
                functionParameters: Self.called(functionParameters, by: request.template.path),
                response: APIOperation.Response(
                    status: status, type: responseType?.type, collection: responseType?.collection ?? false,
                    mayBeEmpty: mayBeEmpty),
                examples: request.examples,
                source: source,
                title: title,
                summary: summary,
                location: request.location,
                permissions: PermissionTables.permissions(
                    for: request.template.path, among: permissionTables, paths: requests.map(\.template.path))))
            let list = operations[operations.count - 1]
            if let count = countOperation(of: list, shown: request.countShown) {
                operations.append(count)
            }
            for cast in request.castsShown {
                guard let castList = castOperation(of: list, to: cast.typeName, types: types) else { continue }
                operations.append(castList)
                // OData counts any collection: where the page shows the whole collection counted, a cast
                // of it can be counted too.
                if let count = countOperation(of: castList, shown: cast.counted || request.countShown) {
                    operations.append(count)
                }
            }
        }
        return operations
    }

    /// The type an example's response declares for `request`, else for another of the page's
    /// requests that is the same operation reached along another path: the same method and
    /// the same last segment (`POST /drives/{drive-id}/items/{item-id}/createLink` and
    /// `POST /me/drive/items/{itemId}/createLink`, whose example shows a `permission`), or the
    /// same last two where the last is a key (`…/items/{item-id}`).
    private func exampleResponseType(of request: RequestFacts) -> TypeMention? {
        if let own = request.exampleResponseType { return own }
        let shape = Self.operationShape(of: request)
        return requests.lazy.filter { $0.documentedApart == request.documentedApart && Self.operationShape(of: $0) == shape }
            .compactMap(\.exampleResponseType).first
    }

    /// A request's method and the end of its path that names its operation (see
    /// ``exampleResponseType(of:)``), placeholders written `{}`, in lower case.
    private static func operationShape(of request: RequestFacts) -> String {
        let isKey = { (segment: Substring) in segment.hasPrefix("{") && segment.hasSuffix("}") }
        let segments = request.template.path.split(separator: "/")
        let end = segments.last.map(isKey) == true ? segments.suffix(2) : segments.suffix(1)
        // A function called with other arguments (`…(period='{period}')`, `…(date={date})`) is the same function.
        let names = end.map { isKey($0) ? "{}" : ($0.split(separator: "(").first ?? $0).lowercased() }
        return request.method + " " + names.joined(separator: "/")
    }

    /// The count of a collection's `GET` whose `…/$count` the page shows a request for
    /// (see ``CountRequest``), unless the page lists that path itself: it takes the `GET`'s
    /// parameters and headers and answers a number.
    private func countOperation(of list: APIOperation, shown: Bool) -> APIOperation? {
        let path = CountRequest.countPath(of: list.path)
        guard shown, list.method == "GET", list.response?.collection == true, !listsRequest(to: path) else { return nil }
        var count = list
        count.name = list.name + "-count"
        count.path = path
        count.response = APIOperation.Response(status: 200, type: "Edm.Int64", collection: false)
        count.examples = []
        count.title = ""
        count.summary = "The number of items `GET \(list.path)` lists, as `\(CountRequest.segment)` answers it."
        return count
    }

    /// Whether the page lists a request to `path` itself (without case), so that no count or
    /// cast is derived for it.
    private func listsRequest(to path: String) -> Bool {
        requests.contains { $0.template.path.lowercased() == path.lowercased() }
    }

    /// The cast of a collection's `GET` to the type named `typeName` whose request the page
    /// shows (see ``TypeCastRequest``), unless the page lists that path itself or the name
    /// resolves to no documented type (a key written like a qualified name): it takes the
    /// `GET`'s parameters and headers and answers a collection of that type.
    private func castOperation(
        of list: APIOperation, to typeName: String, types: OperationTypeResolver<some TypeResolving>
    ) -> APIOperation? {
        let path = TypeCastRequest.castPath(of: list.path, to: typeName)
        guard list.method == "GET", list.response?.collection == true,
              let type = types.resolve(.name(typeName)), type.lowercased() == typeName.lowercased(),
              !listsRequest(to: path)
        else { return nil }
        var cast = list
        cast.name = list.name + "-as-" + String(type.split(separator: ".").last ?? "").lowercased()
        cast.path = path
        cast.response = APIOperation.Response(status: 200, type: type, collection: true)
        cast.examples = []
        cast.title = ""
        cast.summary = "The items of type `\(type)` that `GET \(list.path)` lists (an OData type cast)."
        return cast
    }

    /// The success status of a request (see ``operations(resolvingWith:diagnostics:)``).
    private func status(
        of request: RequestFacts, bodyType: String?, hasResponseType: Bool, diagnostics: inout Diagnostics
    ) -> Int {
        if request.documentedApart, let status = request.exampleStatus { return status }
        if let status = response.status ?? request.exampleStatus ?? exampleStatus { return status }
        let status: Int
        switch request.method {
        case "GET": status = 200
        case "POST": status = bodyType != nil ? 201 : hasResponseType ? 200 : 204
        case "PATCH", "PUT": status = hasResponseType ? 200 : 204
        case "DELETE": status = 204
        default: status = 200
        }
        diagnostics.emit(
            .note, code: OperationDiagnosticCode.defaultStatus.rawValue,
            "page names no success status for '\(request.method) \(request.template.path)'; using \(status)",
            at: response.location ?? request.location)
        return status
    }

    /// The function parameters a path's call names (`getEmailActivityUserDetail(date={date-value})`
    /// takes `date`, not the `period` of the page's other overload), when it names any of them;
    /// all of them otherwise.
    static func called(_ parameters: [APIOperation.Parameter], by path: String) -> [APIOperation.Parameter] {
        guard let last = path.split(separator: "/").last, let open = last.firstIndex(of: "("), last.hasSuffix(")") else {
            return parameters
        }
        let names = Set(last[last.index(after: open)..<last.index(before: last.endIndex)].split(separator: ",").compactMap {
            $0.split(separator: "=").first.map { $0.trimmingCharacters(in: " ").lowercased() }
        })
        let called = parameters.filter { names.contains($0.name.lowercased()) }
        return called.isEmpty ? parameters : called
    }

    /// The body parameters with each name that the examples send only in
    /// another letter case (`Address` in the table, `address` in the example) spelled as the
    /// examples send it, with a note: the wire is what the examples show, and JSON
    /// names are case-sensitive.
    private func spelledAsSent(
        _ parameters: [APIOperation.Parameter], members: [String], at location: SourceLocation,
        diagnostics: inout Diagnostics
    ) -> [APIOperation.Parameter] {
        let names = Set(parameters.map(\.name))
        return parameters.map { parameter in
            guard !members.contains(parameter.name) else { return parameter }
            let sent = Set(members.filter { $0.lowercased() == parameter.name.lowercased() && !names.contains($0) })
            guard sent.count == 1, let spelling = sent.first else { return parameter }
            diagnostics.emit(
                .note, code: OperationDiagnosticCode.parameterSpelling.rawValue,
                "the body parameter '\(parameter.name)' is sent as '\(spelling)' in the examples; it is read as '\(spelling)'",
                at: location)
            var renamed = parameter
            renamed.name = spelling
            return renamed
        }
    }

    /// Whether the path's last segment is a key placeholder (`…/chats/{chat-id}`) after a
    /// named segment, not a function's arguments or a path of its own.
    static func endsInKey(_ path: String) -> Bool {
        let segments = path.split(separator: "/")
        guard segments.count >= 2, let last = segments.last, let name = segments.dropLast().last else { return false }
        return last.hasPrefix("{") && last.hasSuffix("}") && last.dropFirst().firstIndex(of: "{") == nil
            && !name.contains("{") && !name.contains("(") && !name.hasPrefix("$")
    }

    /// A resolved type with a `Collection(…)` wrapper taken off into the flag.
    private static func unwrapping(_ type: String, collection: Bool) -> (type: String, collection: Bool) {
        CollectionType.element(of: type).map { ($0, true) } ?? (type, collection)
    }

    /// Whether a table row's name documents a placeholder.
    static func matches(_ placeholder: PathTemplate.Placeholder, _ rowName: String) -> Bool {
        func key(_ text: some StringProtocol) -> String {
            String(text.lowercased().filter { $0.isLetter || $0.isNumber })
        }
        let row = key(rowName)
        guard !row.isEmpty else { return false }
        var candidates = [key(placeholder.name)] + placeholder.written.split(separator: "|").map { key($0) }
        candidates += candidates.filter { $0.hasSuffix("value") && $0.count > 5 }.map { String($0.dropLast(5)) }
        return candidates.contains(row)
    }

    /// Adds a parameter, or fills in what an earlier one of the same name (any case) lacks.
    static func merge(_ parameter: APIOperation.Parameter, into parameters: inout [APIOperation.Parameter]) {
        guard let index = parameters.firstIndex(where: { $0.name.lowercased() == parameter.name.lowercased() }) else {
            parameters.append(parameter)
            return
        }
        if parameters[index].type == nil { parameters[index].type = parameter.type }
        if parameters[index].description.isEmpty { parameters[index].description = parameter.description }
        if parameters[index].value == nil { parameters[index].value = parameter.value }
    }
}

/// Resolves the type references of one page, reporting each unresolved mention once.
struct OperationTypeResolver<Resolver: TypeResolving> {
    let resolver: Resolver
    /// The page's relative path.
    let page: String
    /// The page's namespace, tried first for simple names.
    let namespace: String?
    private var reported: Set<TypeMention> = []

    init(resolver: Resolver, page: String, namespace: String?) {
        self.resolver = resolver
        self.page = page
        self.namespace = namespace
    }

    /// The qualified name of a reference, or `nil` when the resolver does not know it.
    /// A qualified plain name (`microsoft.graph.call`) is looked up by its last part in
    /// the namespace before it; a collection gives `Collection(x)`.
    func resolve(_ reference: TypeReference) -> String? {
        switch reference {
        case .link(let text, let target):
            return resolver.typeName(linkTarget: target, text: text, onPage: page)
        case .name(let name):
            if let dot = name.lastIndex(of: "."), dot != name.startIndex, name.index(after: dot) != name.endIndex {
                return resolver.typeName(simpleName: String(name[name.index(after: dot)...]), namespace: String(name[..<dot]))
            }
            return resolver.typeName(simpleName: name, namespace: namespace)
        case .collection(let element):
            return resolve(element).map { "Collection(\($0))" }
        }
    }

    /// The first of `mentions` that resolves. When none does, the first is read as an
    /// undocumented type of the page's namespace (as property types are), with a warning.
    mutating func first(of mentions: [TypeMention], what: String, diagnostics: inout Diagnostics) -> String? {
        for mention in mentions {
            if let type = resolve(mention.reference) { return type }
        }
        guard let first = mentions.first else { return nil }
        let fallback = undocumented(first.reference)
        if reported.insert(first).inserted {
            let names = mentions.map { Self.describe($0.reference) }.joined(separator: ", ")
            if let fallback {
                diagnostics.emit(
                    .warning, code: OperationDiagnosticCode.unresolvedType.rawValue,
                    "no page documents the type named for the \(what) (\(names)); read as '\(fallback)'",
                    at: first.location)
            } else {
                diagnostics.emit(
                    .note, code: OperationDiagnosticCode.unresolvedType.rawValue,
                    "the \(what) prose names no type a page documents (\(names)), nor a name to read as one; it has no type",
                    at: first.location)
            }
        }
        return fallback
    }

    /// An undocumented type reference as a name in the page's namespace (`[call](call.md)` →
    /// `microsoft.graph.call`); none for a link out of the documentation's pages
    /// (`[monitor the progress](/graph/long-running-actions-overview)`), which names no type.
    func undocumented(_ reference: TypeReference) -> String? {
        switch reference {
        case .link(_, let target) where target.hasPrefix("/") || target.containsBytes("://"):
            return nil
        case .link(let text, _), .name(let text):
            guard let name = TypeExpression.plainName(text) else { return nil }
            return TypeDirectory.qualified(name, in: namespace ?? resolver.defaultNamespace)
        case .collection(let element):
            return undocumented(element).map { "Collection(\($0))" }
        }
    }

    /// A parameter with its type resolved; a warning when it names a type that does not resolve.
    mutating func parameter(_ facts: ParameterFacts, diagnostics: inout Diagnostics) -> APIOperation.Parameter {
        var type: String?
        if let mention = facts.type {
            type = resolve(mention.reference)
            if type == nil {
                type = undocumented(mention.reference)
                if reported.insert(mention).inserted {
                    diagnostics.emit(
                        .warning, code: OperationDiagnosticCode.unresolvedType.rawValue,
                        "no page documents the type \(Self.describe(mention.reference)) of '\(facts.name)'; read as '\(type ?? "none")'",
                        at: mention.location)
                }
            }
        }
        return APIOperation.Parameter(name: facts.name, type: type, description: facts.description, value: facts.value)
    }

    /// A reference as the page writes it, for messages.
    static func describe(_ reference: TypeReference) -> String {
        switch reference {
        case .link(let text, let target): "'[\(text)](\(target))'"
        case .name(let name): "'\(name)'"
        case .collection(let element): "collection of \(describe(element))"
        }
    }
}
