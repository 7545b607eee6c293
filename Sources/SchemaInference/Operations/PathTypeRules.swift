import GraphDocCore

/// Settles what an operation reads or writes against the type its path addresses
/// (``PathTypes``): the service answers a path as its types say, whichever page shows it.
/// Each step through a property is spelled as its type documents it (``PathTypes/spelled(_:)``).
/// Where the types cannot follow a path, a `POST`, `PATCH` or `PUT` takes the type the `GET`
/// of the same path answers, as the page about that `GET` documents it. A body of a documented
/// type whose table lists only that type's properties has no parameters: the rows describe it;
/// but an action (``PathTypes/callsBoundOperation(_:)``) that tables its parameters sends them,
/// not an object of a type its prose links.
///
/// - A `GET` the docs give no type answers the path's type (`…/items/{id}/children`, a
///   stream's `…/content`, `…/mailboxSettings/timeZone`), with a note.
/// - A `GET` answers one value or many as its path says (`…/onlineMeetings?$filter=…` is a
///   collection, `…/items/{id}/analytics` one value), with a warning where the docs say otherwise.
/// - A `GET` documented with a type derived from the path's, or a base of it, answers the
///   path's type (`deviceConfigurations/{id}` answers any `deviceConfiguration`, which the
///   client decodes by `@odata.type`), with a note; one documented with an unrelated type (a
///   page that shows another type's path to illustrate `$expand`) answers the path's type,
///   with a warning.
/// - A `POST` to a collection of entities, a `PATCH` or `PUT` of one entity, documented with a
///   body type unrelated to the path's, sends the path's type, with a warning; a response of
///   that same unrelated type becomes the path's type too. One documented with no body type
///   (no reference or bytes either), whose body table lists only properties of the path's
///   type, if it has one, sends the path's type, with a note.
enum PathTypeRules {
    /// `operations` with their types settled against their paths.
    static func apply(to operations: inout [APIOperation], types: [APIType], diagnostics: inout Diagnostics) {
        let paths = PathTypes(types: types, operations: operations)
        let kinds = Dictionary(types.map { ($0.name.lowercased(), $0.kind) }) { first, _ in first }
        // What the `GET` of a path answers, as the page about that request documents it: the type of
        // a path the types cannot follow (`…/names/{name}/range`, a function of the named item).
        var reads: [String: PathTypes.Target] = [:]
        for operation in CanonicalOperations.ordered(operations) where operation.method == "GET" {
            guard let response = operation.response, let type = response.type, !type.hasPrefix("Edm.") else { continue }
            let shape = UpdateBodies.shape(of: operation.path)
            if reads[shape] == nil { reads[shape] = PathTypes.Target(type: type, collection: response.collection) }
        }
        for index in operations.indices {
            let spelled = paths.spelled(operations[index].path)
            if spelled != operations[index].path {
                if let location = operations[index].location {
                    diagnostics.emit(
                        .note, code: OperationDiagnosticCode.relationshipSpelling.rawValue,
                        "'\(operations[index].method) \(operations[index].path)' spells a property otherwise than its type "
                            + "documents it; read as '\(spelled)'", at: location)
                }
                operations[index].path = spelled
            }
            // A body of a type and a table of that type's properties: the rows describe the body, they are no parameters.
            if let body = operations[index].requestBody, !body.hasPrefix("Edm."), !operations[index].bodyParameters.isEmpty,
               operations[index].bodyParameters.allSatisfy({ paths.member($0.name[...], of: body) != nil })
            {
                operations[index].bodyParameters = []
            }
            // An action's body is its parameters, not an object of a type the prose links (`addKey`'s `keyCredential`).
            // (A stream the examples send comes without parameters; one with them was taken from the response.)
            if operations[index].method == "POST", let body = operations[index].requestBody,
               !operations[index].bodyParameters.isEmpty, paths.callsBoundOperation(operations[index].path)
            {
                operations[index].requestBody = nil
                if let location = operations[index].location {
                    diagnostics.emit(
                        .note, code: OperationDiagnosticCode.actionParameters.rawValue,
                        "'POST \(operations[index].path)' calls an action, which takes the parameters its table documents; "
                            + "it sends them, not a \(body)", at: location)
                }
            }
            let operation = operations[index]
            guard let target = paths.target(of: operation.path)
                ?? (operation.method == "GET" ? nil : reads[UpdateBodies.shape(of: operation.path)])
            else { continue }
            let request = "'\(operation.method) \(operation.path)'"
            func emit(_ severity: Diagnostic.Severity, _ code: OperationDiagnosticCode, _ message: String) {
                guard let location = operation.location else { return }
                diagnostics.emit(severity, code: code.rawValue, message, at: location)
            }
            switch operation.method {
            case "GET":
                guard var response = operation.response, response.status != 204 else { continue }
                let shown = target.collection ? "a collection of \(target.type)" : "one \(target.type)"
                guard let documented = response.type else {
                    response.type = target.type
                    response.collection = target.collection
                    emit(.note, .responseFromPath, "the docs give \(request) no response type; its path addresses \(shown)")
                    operations[index].response = response
                    continue
                }
                if documented.lowercased() == target.type.lowercased() {
                    // The same type.
                } else if paths.related(documented, target.type) {
                    emit(
                        .note, .responseFromPath,
                        "the docs give \(request) a response of \(documented); its path addresses \(shown), "
                            + "which the service may answer as any type derived from \(target.type)")
                } else {
                    emit(
                        .warning, .responseFromPath,
                        "the docs give \(request) a response of \(documented), but its path addresses \(shown); "
                            + "read as \(target.type)")
                }
                if response.collection != target.collection, documented.lowercased() == target.type.lowercased() {
                    emit(
                        .warning, .responseFromPath,
                        "the docs give \(request) \(response.collection ? "a collection" : "one value"), but its path "
                            + "addresses \(shown); read as \(target.collection ? "a collection" : "one value")")
                }
                response.type = target.type
                response.collection = target.collection
                operations[index].response = response
            case "POST", "PATCH", "PUT":
                let writesEntity = operation.method == "POST" ? target.collection : !target.collection
                guard writesEntity, kinds[target.type.lowercased()] == .entity else { continue }
                guard let body = operation.requestBody else {
                    let parameters = operation.bodyParameters
                    guard !operation.sendsReference, operation.rawBodyMediaTypes.isEmpty,
                          parameters.allSatisfy({ paths.member($0.name[...], of: target.type) != nil })
                    else { continue }
                    let rows = parameters.isEmpty ? "" : " (its table lists \(parameters.count) of that type's properties)"
                    emit(
                        .note, .bodyFromPath,
                        "the docs name no body type for \(request)\(rows); its path addresses "
                            + "\(target.collection ? "a collection of" : "one") \(target.type), which it sends")
                    operations[index].requestBody = target.type
                    operations[index].bodyParameters = []
                    continue
                }
                guard !body.hasPrefix("Edm."), !paths.related(body, target.type) else { continue }
                emit(
                    .warning, .bodyFromPath,
                    "the docs give \(request) a body of \(body), but its path addresses "
                        + "\(target.collection ? "a collection of" : "one") \(target.type); it sends \(target.type)")
                operations[index].requestBody = target.type
                if operation.response?.type?.lowercased() == body.lowercased() {
                    operations[index].response?.type = target.type
                }
            default:
                continue
            }
        }
    }
}
