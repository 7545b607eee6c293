import SchemaInference

/// A generated method that sends one operation: its documentation, declaration and body,
/// every piece already valid Swift.
struct ClientMethod {
    /// The `///` lines.
    var docLines: [String]
    /// The declaration without `public` (`func create(_ body: Call) async throws -> Call`).
    var signature: String
    /// The statements of the body, one per line.
    var statements: [String]
    /// How code calls the method.
    var call: OperationCall

    /// The method that sends `operation` to `pathExpression` (an expression of type `GraphPath`).
    ///
    /// - The body: a documented type is the first, unlabeled parameter (a stream is `Data`
    ///   with a `contentType:`, as is the body of the overload for bytes that
    ///   `rawBodyMediaType` asks for; an entity reference is an `EntityReference`); an action's
    ///   documented body parameters are labeled `Nullable<T>?` parameters, sent as one JSON
    ///   object: `nil` leaves one out, `.null` sends JSON `null`, and a literal of `T` stands
    ///   for its value; an `additionalData:` dictionary sends parameters the docs do not list.
    /// - The query: a `query:` of OData options on every `GET` and where the docs name one;
    ///   the operation's own query parameters as labeled optional parameters.
    /// - The headers the docs list, except those the client sets itself (`Authorization`,
    ///   `Accept`, `Content-Type`, `Content-Length`, `Host`), as labeled optional parameters.
    /// - The result: a `GET` of a `…/$count` is the plain-text number as an `Int`; a
    ///   collection on `GET` is a `PagedCollection` that follows `@odata.nextLink`; elsewhere
    ///   an array. A primitive comes out of OData's `{"value": …}`. One value is optional
    ///   (`nil` for a response without a body) where the docs show the operation answering
    ///   without one (``APIOperation/Response/mayBeEmpty``). A stream, a redirect
    ///   (`302`) or a `GET` of no documented type gives the body's bytes. No response type
    ///   gives nothing.
    init(
        _ operation: APIOperation, named name: String, pathExpression: String, names: SwiftTypeNames,
        otherPaths: [String] = [], constant: String? = nil, rawBodyMediaType: String? = nil
    ) {
        var labels = UniqueNames(reserved: ["request"])
        var parameters: [(declaration: String, documentation: String)] = []
        var setup: [String] = []
        var requestArguments = "method: \(ClientMethod.methodExpression(operation.method)), path: \(pathExpression)"

        // Body.
        var bodyArgument: String?
        var bodyIsData = false
        var body = OperationCall.Body.none
        let streamMediaType = rawBodyMediaType
            ?? (operation.requestBody.map(Self.isStream) == true ? "application/octet-stream" : nil)
        if let streamMediaType {
            body = .stream
            parameters.append((
                "_ body: Data",
                rawBodyMediaType == nil ? "The content to send." : "The body as bytes, in place of JSON (MIME text, say)."))
            let contentType = labels.claim("contentType")
            parameters.append((
                "\(contentType): String = \(SwiftLiteral.string(streamMediaType))", "The media type of the content."))
            bodyArgument = "body: body"
            bodyIsData = true
            setup.append("request.setHeaderField(\"Content-Type\", to: \(contentType))")
        } else if operation.sendsReference {
            _ = labels.claim("reference")
            parameters.append(("_ reference: EntityReference", "The entity to link, by its URL (`@odata.id`)."))
            bodyArgument = "jsonBody: reference"
            body = .reference
        } else if let bodyType = operation.requestBody {
            _ = labels.claim("body")
            parameters.append(("_ body: \(names.swiftType(of: bodyType))", "The `\(bodyType)` to send."))
            bodyArgument = "jsonBody: body"
            body = .typed(swiftType: names.swiftType(of: bodyType))
        } else if !operation.bodyParameters.isEmpty {
            var members: [String] = []
            var values: [OperationCall.Value] = []
            var seen: Set<String> = []
            for parameter in operation.bodyParameters where !parameter.name.isEmpty && seen.insert(parameter.name).inserted {
                let label = labels.claim(SwiftName.memberName(parameter.name))
                let type = names.swiftType(of: parameter.type ?? "Edm.Untyped")
                parameters.append(("\(label): Nullable<\(type)>? = nil", parameter.description))
                members.append("(\(SwiftLiteral.string(parameter.name)), \(label))")
                values.append(.init(wireName: parameter.name, label: label, swiftType: type))
            }
            let additional = labels.claim("additionalData")
            parameters.append((
                "\(additional): [String: JSONValue] = [:]",
                "Parameters the docs do not list, sent after the documented ones (a documented one given above wins)."))
            bodyArgument = "jsonBody: ActionParameters([\(members.joined(separator: ", "))], additionalData: \(additional))"
            body = .parameters(values, additionalLabel: additional)
        }

        // Query.
        let systemOptions = operation.queryOptions.filter { $0.name.hasPrefix("$") }
        var queryLabel: String?
        if operation.method.uppercased() == "GET" || !systemOptions.isEmpty {
            let query = labels.claim("query")
            queryLabel = query
            let named = systemOptions.map { "`\($0.name)`" }.joined(separator: ", ")
            parameters.append((
                "\(query): ODataQuery = ODataQuery()",
                named.isEmpty ? "OData query options." : "OData query options; the docs name \(named)."))
            requestArguments += ", query: \(query)"
        }
        var customQuery: Set<String> = []
        var queryParameters: [OperationCall.Value] = []
        for option in operation.queryOptions where !option.name.hasPrefix("$") && Self.isQueryName(option.name) {
            guard customQuery.insert(option.name).inserted else { continue }
            let label = labels.claim(SwiftName.memberName(option.name))
            let type = Self.scalarType(option.type)
            parameters.append(("\(label): \(type)? = nil", option.description))
            queryParameters.append(.init(wireName: option.name, label: label, swiftType: type))
            let value = type == "String" ? label : "\(label).map { String(describing: $0) }"
            setup.append("request.query.parameters[\(SwiftLiteral.string(option.name))] = \(value)")
        }

        // Headers.
        var headers: Set<String> = ["authorization", "accept", "content-type", "content-length", "host"]
        var headerParameters: [OperationCall.Value] = []
        for header in operation.requestHeaders where Self.isFieldName(header.name) {
            guard headers.insert(header.name.lowercased()).inserted else { continue }
            let label = labels.claim(SwiftName.memberName(header.name))
            parameters.append(("\(label): String? = nil", "The `\(header.name)` header. \(header.description)"))
            headerParameters.append(.init(wireName: header.name, label: label, swiftType: "String"))
            setup.append("request.setHeaderField(\(SwiftLiteral.string(header.name)), to: \(label))")
        }

        // Result.
        let response = operation.response
        let responseType = response?.type
        let isGET = operation.method.uppercased() == "GET"
        var result = ""
        var effects = " async throws"
        var send: String
        var callResult = OperationCall.Result.none
        var resultIsOptional = false
        if isGET, CountRequest.isCountPath(operation.path) {
            result = " -> Int"
            callResult = .count
            send = "return try await core.count(request)"
        } else if let responseType, response?.collection == true {
            let element = names.swiftType(of: responseType)
            if isGET {
                callResult = .paged(element: element)
                result = " -> PagedCollection<\(element)>"
                effects = bodyArgument == nil || bodyIsData ? "" : " throws"
                send = "return core.collection(request, of: \(element).self)"
            } else {
                callResult = .array(element: element)
                result = " -> [\(element)]"
                send = "return try await core.send(request, decoding: Page<\(element)>.self).value"
            }
        } else if let responseType, !Self.isStream(responseType), response?.status != 302 {
            let swiftType = names.swiftType(of: responseType)
            let isPrimitive = responseType.hasPrefix("Edm.")
            callResult = isPrimitive ? .primitive(swiftType: swiftType) : .typed(swiftType: swiftType)
            resultIsOptional = response?.mayBeEmpty == true
            result = " -> \(swiftType)" + (resultIsOptional ? "?" : "")
            // A primitive comes out of `{"value": …}`; an optional result is `nil` for a response without a body.
            let decoded = isPrimitive ? "ODataValue<\(swiftType)>" : swiftType
            send = "return try await core.\(resultIsOptional ? "sendIfPresent" : "send")(request, decoding: \(decoded).self)"
                + (isPrimitive ? (resultIsOptional ? "?.value" : ".value") : "")
        } else if responseType != nil || response?.status == 302 || (isGET && responseType == nil) {
            result = " -> Data"
            callResult = .data
            send = "return try await core.send(request).body"
        } else {
            send = "try await core.send(request)"
        }

        // The request carries the operation's `GraphOperation` constant, or its name.
        let operationID = constant.map { ", operation: .\($0)" } ?? ", operationID: \(SwiftLiteral.string(operation.name))"
        var construction: String
        if let bodyArgument, !bodyIsData {
            construction = "try GraphRequest(\(requestArguments), \(bodyArgument)\(operationID))"
        } else if let bodyArgument {
            construction = "GraphRequest(\(requestArguments), \(bodyArgument)\(operationID))"
        } else {
            construction = "GraphRequest(\(requestArguments)\(operationID))"
        }
        statements = ["\(setup.isEmpty ? "let" : "var") request = \(construction)"] + setup + [send]
        signature = "func \(name)(\(parameters.map(\.declaration).joined(separator: ", ")))\(effects)\(result)"
        docLines = Self.documentation(
            of: operation, otherPaths: otherPaths, parameters: parameters,
            returns: resultIsOptional ? "`nil` when the service answers without a body, as the docs show it can." : nil)
        call = OperationCall(
            name: name, body: body, queryLabel: queryLabel, queryParameters: queryParameters, headers: headerParameters,
            result: callResult, resultIsOptional: resultIsOptional, isThrowing: effects.contains("throws"),
            isAsync: effects.contains("async"),
            sendsBytesToo: rawBodyMediaType == nil && !operation.rawBodyMediaTypes.isEmpty)
    }

    /// The methods that send `operation`: the one ``init(_:named:pathExpression:names:otherPaths:rawBodyMediaType:)``
    /// declares and, when the docs' examples also send its body as bytes of another media
    /// type (``APIOperation/rawBodyMediaTypes``), an overload of the same name that takes
    /// them as `Data` (`sendMail(_ body: Data, contentType: String = "text/plain")`).
    /// `otherPaths` are the other path templates the docs give the request, for the doc comment.
    static func variants(
        of operation: APIOperation, named name: String, pathExpression: String, names: SwiftTypeNames,
        otherPaths: [String] = [], constant: String? = nil
    ) -> [ClientMethod] {
        let method = ClientMethod(
            operation, named: name, pathExpression: pathExpression, names: names, otherPaths: otherPaths, constant: constant)
        guard let mediaType = operation.rawBodyMediaTypes.first else { return [method] }
        return [method, ClientMethod(
            operation, named: name, pathExpression: pathExpression, names: names, otherPaths: otherPaths, constant: constant,
            rawBodyMediaType: mediaType)]
    }

    /// The doc comment: the page's title and summary, the request line and the other paths
    /// documented for the request, the parameters and what the result is when that needs saying.
    private static func documentation(
        of operation: APIOperation, otherPaths: [String], parameters: [(declaration: String, documentation: String)],
        returns: String?
    ) -> [String] {
        var text = [operation.title, operation.summary].filter { !$0.isEmpty }.joined(separator: "\n\n")
        text += (text.isEmpty ? "" : "\n\n") + "`\(operation.method.uppercased()) \(operation.path)`"
        if !otherPaths.isEmpty {
            text += "\n\nAlso documented as " + otherPaths.map { "`\(operation.method.uppercased()) \($0)`" }.joined(separator: ", ")
        }
        let documented = parameters.compactMap { parameter -> String? in
            // The parameter's name: the label, or the name after `_`.
            let name = String(parameter.declaration.prefix { $0 != ":" }.split(separator: " ").last ?? "")
            let description = parameter.documentation.split(whereSeparator: \.isNewline).joined(separator: " ")
            return description.isEmpty ? nil : "  - \(name.replacingAll("`", with: "")): \(description)"
        }
        if !documented.isEmpty { text += "\n\n- Parameters:\n" + documented.joined(separator: "\n") }
        if let returns { text += (documented.isEmpty ? "\n\n" : "\n") + "- Returns: \(returns)" }
        if let permissions = operation.permissions {
            text += (documented.isEmpty && returns == nil ? "\n\n" : "\n") + permissionLines(permissions).joined(separator: "\n")
        }
        return SwiftLiteral.documentation(text, documentedIn: DocumentationSource.display(operation.source))
    }

    /// The doc comment's lines on the scopes that let an app call the operation, least privileged first.
    static func permissionLines(_ permissions: APIPermissions) -> [String] {
        ["- Permissions (least privileged first):"] + APIPermissions.Scheme.allCases.compactMap { scheme in
            permissions[scheme].map { scopes in
                "  - \(scheme.documentedName): " + (scopes.isEmpty ? "not supported" : scopes.map { "`\($0)`" }.joined(separator: ", "))
            }
        }
    }

    /// The `HTTPRequest.Method` expression for a documented method.
    static func methodExpression(_ method: String) -> String {
        switch method.uppercased() {
        case "GET": ".get"
        case "POST": ".post"
        case "PUT": ".put"
        case "PATCH": ".patch"
        case "DELETE": ".delete"
        case "HEAD": ".head"
        case "OPTIONS": ".options"
        default: "HTTPRequest.Method(\(SwiftLiteral.string(method.uppercased())))!"
        }
    }

    /// The Swift type of a scalar query parameter.
    private static func scalarType(_ odataType: String?) -> String {
        switch odataType {
        case "Edm.Boolean": "Bool"
        case "Edm.Int16", "Edm.Int32", "Edm.Int64", "Edm.Byte", "Edm.SByte": "Int"
        case "Edm.Double", "Edm.Single": "Double"
        default: "String"
        }
    }

    private static func isStream(_ odataType: String) -> Bool {
        odataType == "Edm.Stream" || odataType == "Edm.Binary"
    }

    /// Whether a documented query parameter's name is a name (not a filter expression that
    /// a table lists under it, such as `initiatedBy/user/id`).
    private static func isQueryName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first.properties.isAlphabetic, first.isASCII else { return false }
        return name.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_") }
    }

    /// Whether a documented header's name is a valid field name (an RFC 9110 token).
    private static func isFieldName(_ name: String) -> Bool {
        !name.isEmpty && name.unicodeScalars.allSatisfy {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "!#$%&'*+-.^_`|~".unicodeScalars.contains($0))
        }
    }
}

/// The names of the methods that send a node's operations.
enum ClientMethodName {
    /// `get` or `list` for `GET` (a collection), `create` for a `POST` that creates an
    /// item, `post` for another `POST`, `update` for `PATCH`, `replace` for `PUT`,
    /// `delete` for `DELETE`; another method by its name in lower case.
    static func verb(for operation: APIOperation) -> String {
        switch operation.method.uppercased() {
        case "GET": operation.response?.collection == true ? "list" : "get"
        case "POST": createsItem(operation) ? "create" : "post"
        case "PATCH": "update"
        case "PUT": "replace"
        case "DELETE": "delete"
        default: SwiftName.bareMemberName(operation.method.lowercased())
        }
    }

    /// Whether a `POST` creates an item: it sends a body of a documented type and answers
    /// `201 Created` or with a value of the same type.
    static func createsItem(_ operation: APIOperation) -> Bool {
        guard let body = operation.requestBody, !body.hasPrefix("Edm.") else { return false }
        return operation.response?.status == 201
            || (operation.response?.type?.lowercased() == body.lowercased() && operation.response?.collection == false)
    }
}
