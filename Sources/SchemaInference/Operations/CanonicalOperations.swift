import GraphDocCore

/// One signature per method and path: when several pages document the same method on the
/// same path (placeholders' names aside), the page about that request says what it sends and
/// answers; the others show it as an example of something else (an extension page creating an
/// event with an extension, replying to a post with an extended property).
///
/// The page about a request is the one that documents the fewest requests, less the examples
/// that show this one (a page about this request documents few others and shows it; a page that
/// lists it among dozens is about something else), then the first by page and name
/// (``ordered(_:)``). Every other operation on that method and path takes its body, parameters and
/// response type, keeping its own page, examples, headers and query options, with a note where
/// they differed.
public enum CanonicalOperations {
    /// `operations` in the order that decides which documents each method and path: the first of
    /// each is the canonical one.
    public static func ordered(_ operations: [APIOperation]) -> [APIOperation] {
        var requestsPerPage: [String: Int] = [:]
        for operation in operations { requestsPerPage[operation.source, default: 0] += 1 }
        // Each operation's sort key is computed once, not in every comparison, and positions are
        // sorted rather than the operations, which are large to move.
        let keys = operations.map {
            ((requestsPerPage[$0.source] ?? 0) - $0.examples.count, DocumentationSource.display($0.source), $0.name, $0.path)
        }
        return operations.indices.sorted { keys[$0] < keys[$1] }.map { operations[$0] }
    }

    /// `operations` with each one's signature taken from the canonical operation of its method and path.
    static func apply(to operations: inout [APIOperation], diagnostics: inout Diagnostics) {
        var canonical: [String: APIOperation] = [:]
        for operation in ordered(operations) {
            let key = operation.method + " " + UpdateBodies.shape(of: operation.path)
            if canonical[key] == nil { canonical[key] = operation }
        }
        for index in operations.indices {
            let operation = operations[index]
            guard let chosen = canonical[operation.method + " " + UpdateBodies.shape(of: operation.path)],
                  chosen.source != operation.source
            else { continue }
            var differences: [String] = []
            if chosen.requestBody != operation.requestBody || chosen.sendsReference != operation.sendsReference {
                differences.append("body \(operation.requestBody ?? "none")")
            }
            if signature(of: chosen.bodyParameters) != signature(of: operation.bodyParameters) {
                differences.append("body parameters (\(operation.bodyParameters.map(\.name).joined(separator: ", ")))")
            }
            if signature(of: chosen.functionParameters) != signature(of: operation.functionParameters) {
                differences.append("function parameters (\(operation.functionParameters.map(\.name).joined(separator: ", ")))")
            }
            if chosen.response?.type != operation.response?.type || chosen.response?.collection != operation.response?.collection {
                differences.append("response \(operation.response?.type ?? "none")")
            }
            guard !differences.isEmpty else { continue }
            operations[index].requestBody = chosen.requestBody
            operations[index].sendsReference = chosen.sendsReference
            operations[index].bodyParameters = chosen.bodyParameters
            operations[index].rawBodyMediaTypes = chosen.rawBodyMediaTypes
            operations[index].functionParameters = chosen.functionParameters
            if var response = operations[index].response, let chosenResponse = chosen.response {
                response.type = chosenResponse.type
                response.collection = chosenResponse.collection
                operations[index].response = response
            }
            if let location = operation.location {
                diagnostics.emit(
                    .note, code: OperationDiagnosticCode.canonicalOperation.rawValue,
                    "'\(operation.method) \(operation.path)' is documented by \(DocumentationSource.display(chosen.source)); "
                        + "this page shows it with another \(differences.joined(separator: ", ")); read as that page "
                        + "documents it", at: location)
            }
        }
    }

    /// The names and types of parameters, for comparing two operations.
    private static func signature(of parameters: [APIOperation.Parameter]) -> [String] {
        parameters.map { $0.name.lowercased() + ":" + ($0.type ?? "") }
    }
}
