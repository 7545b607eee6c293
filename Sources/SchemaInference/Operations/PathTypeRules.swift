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
        // Each operation on its own (the types and paths are only read), on all cores.
        let (original, readTargets) = (operations, reads)
        let results = [(operation: APIOperation, diagnostics: Diagnostics)](concurrentlyMaking: original.count) { index in
            var operation = original[index]
            var found = Diagnostics()
            apply(to: &operation, paths: paths, reads: readTargets, kinds: kinds, diagnostics: &found)
            return (operation, found)
        }
        for (index, result) in results.enumerated() {
            operations[index] = result.operation
            for diagnostic in result.diagnostics.all { diagnostics.emit(diagnostic) }
        }
    }

    /// The rules for one operation (see ``apply(to:types:diagnostics:)``).
    private static func apply(
        to updated: inout APIOperation, paths: PathTypes, reads: [String: PathTypes.Target], kinds: [String: APIType.Kind],
        diagnostics: inout Diagnostics
    ) {
        let spelled = paths.spelled(updated.path)
        if spelled != updated.path {
            if let location = updated.location {
                diagnostics.emit(
                    .note, code: OperationDiagnosticCode.relationshipSpelling.rawValue,
                    "'\(updated.method) \(updated.path)' spells a property otherwise than its type "
                        + "documents it; read as '\(spelled)'", at: location)
            }
            updated.path = spelled
        }
        // A body of a type and a table of that type's properties: the rows describe the body, they are no parameters.
        if let body = updated.requestBody, !body.hasPrefix("Edm."), !updated.bodyParameters.isEmpty,
           updated.bodyParameters.allSatisfy({ paths.member($0.name[...], of: body) != nil })
        {
            updated.bodyParameters = []
        }
        // An action's body is its parameters, not an object of a type the prose links (`addKey`'s `keyCredential`).
        // (A stream the examples send comes without parameters; one with them was taken from the response.)
        if updated.method == "POST", let body = updated.requestBody,
           !updated.bodyParameters.isEmpty, paths.callsBoundOperation(updated.path)
        {
            updated.requestBody = nil
            if let location = updated.location {
                diagnostics.emit(
                    .note, code: OperationDiagnosticCode.actionParameters.rawValue,
                    "'POST \(updated.path)' calls an action, which takes the parameters its table documents; "
                        + "it sends them, not a \(body)", at: location)
            }
        }
        let operation = updated
        guard let target = paths.target(of: operation.path)
            ?? (operation.method == "GET" ? nil : reads[UpdateBodies.shape(of: operation.path)])
        else { return }
        let request = "'\(operation.method) \(operation.path)'"
        func emit(_ severity: Diagnostic.Severity, _ code: OperationDiagnosticCode, _ message: String) {
            guard let location = operation.location else { return }
            diagnostics.emit(severity, code: code.rawValue, message, at: location)
        }
        switch operation.method {
        case "GET":
            guard var response = operation.response, response.status != 204 else { return }
            let shown = target.collection ? "a collection of \(target.type)" : "one \(target.type)"
            guard let documented = response.type else {
                response.type = target.type
                response.collection = target.collection
                emit(.note, .responseFromPath, "the docs give \(request) no response type; its path addresses \(shown)")
                updated.response = response
                return
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
            updated.response = response
        case "POST", "PATCH", "PUT":
            let writesEntity = operation.method == "POST" ? target.collection : !target.collection
            guard writesEntity, kinds[target.type.lowercased()] == .entity else { return }
            guard let body = operation.requestBody else {
                let parameters = operation.bodyParameters
                guard !operation.sendsReference, operation.rawBodyMediaTypes.isEmpty,
                      parameters.allSatisfy({ paths.member($0.name[...], of: target.type) != nil })
                else { return }
                let rows = parameters.isEmpty ? "" : " (its table lists \(parameters.count) of that type's properties)"
                emit(
                    .note, .bodyFromPath,
                    "the docs name no body type for \(request)\(rows); its path addresses "
                        + "\(target.collection ? "a collection of" : "one") \(target.type), which it sends")
                updated.requestBody = target.type
                updated.bodyParameters = []
                return
            }
            guard !body.hasPrefix("Edm."), !paths.related(body, target.type) else { return }
            emit(
                .warning, .bodyFromPath,
                "the docs give \(request) a body of \(body), but its path addresses "
                    + "\(target.collection ? "a collection of" : "one") \(target.type); it sends \(target.type)")
            updated.requestBody = target.type
            if operation.response?.type?.lowercased() == body.lowercased() {
                updated.response?.type = target.type
            }
        default:
            return
        }
    }
}
