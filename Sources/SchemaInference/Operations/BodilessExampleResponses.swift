import GraphDocCore

/// Lets an operation answer without a body where an example on another page shows it so.
///
/// A page's own examples already do this for its requests (``APIOperation/Response/mayBeEmpty``).
/// But a page may show a request of another page's operation (`eventMessage-post-attachments`
/// sends `POST /me/events/{id}/attachments`, which `event-post-attachments` documents)
/// answered by a success without a body (`HTTP/1.1 201 Created` alone): the operation that
/// request matches best, of any page, may then answer without one too.
enum BodilessExampleResponses {
    /// `operations` with each such response marked, with a warning at the example response.
    static func apply(examples: [APIExample], to operations: inout [APIOperation], diagnostics: inout Diagnostics) {
        let requests = Dictionary(examples.filter { $0.kind == .request }.map { ($0.name, $0) }) { first, _ in first }
        var byFirstSegment: [String: [Int]] = [:]
        for (index, operation) in operations.enumerated() {
            byFirstSegment[firstSegment(of: operation.path), default: []].append(index)
        }
        for response in examples where response.kind == .response && response.body == nil && response.text == nil {
            guard let status = response.status, (200..<300).contains(status), status != 204,
                  let name = response.request, let request = requests[name], request.opaqueURL == nil,
                  let method = request.method, let path = request.path
            else { continue }
            let candidates = (byFirstSegment[firstSegment(of: path)] ?? []).filter { operations[$0].method == method }
            guard let best = ExampleMatching.bestMatch(for: path, among: candidates.map { ($0, operations[$0].path) }),
                  let answer = operations[best].response, let type = answer.type, !answer.collection, !answer.mayBeEmpty
            else { continue }
            operations[best].response?.mayBeEmpty = true
            diagnostics.emit(
                .warning, code: OperationDiagnosticCode.bodilessExampleResponse.rawValue,
                "the docs give '\(method) \(operations[best].path)' a response of \(type), but example '\(response.name)' "
                    + "answers it without a body; the response may be empty", at: response.location)
        }
    }

    /// A path's first segment, lowercased (`users` of `/users/{id}`), to compare a path only
    /// with templates that may match it.
    static func firstSegment(of path: String) -> String {
        String(path.split(separator: "/").first ?? "").lowercased()
    }
}
