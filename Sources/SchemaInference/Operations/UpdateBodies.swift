import GraphDocCore

/// Gives an update that documents no body the type of the entity its path addresses.
///
/// A `PATCH` updates the entity at its path with the properties it sends. A page that says
/// only "supply the values for relevant fields to be updated", without naming or linking
/// the type (`domain-update`), still documents an object of that entity's type; another page's
/// `GET` of the same path (placeholders compared by position, not name) says which type it is
/// when it answers one value of it.
enum UpdateBodies {
    /// `operations` with each such `PATCH` given the body type, with a note at its request line.
    static func apply(to operations: inout [APIOperation], diagnostics: inout Diagnostics) {
        var reads: [String: String] = [:]
        for operation in operations where operation.method == "GET" {
            guard let response = operation.response, !response.collection, let type = response.type,
                  !type.hasPrefix("Edm."), reads[shape(of: operation.path)] == nil
            else { continue }
            reads[shape(of: operation.path)] = type
        }
        for index in operations.indices {
            let operation = operations[index]
            guard operation.method == "PATCH", operation.requestBody == nil, operation.bodyParameters.isEmpty,
                  !operation.sendsReference, operation.rawBodyMediaTypes.isEmpty,
                  let type = reads[shape(of: operation.path)]
            else { continue }
            operations[index].requestBody = type
            if let location = operation.location {
                diagnostics.emit(
                    .note, code: OperationDiagnosticCode.updateBodyFromRead.rawValue,
                    "the docs name no body type for 'PATCH \(operation.path)'; it sends the \(type) that "
                        + "'GET' of the same path answers", at: location)
            }
        }
    }

    /// A path with each placeholder's name left out, lowercased: `/domains/{}`.
    static func shape(of path: String) -> String {
        PathTemplate.pieces(of: path).map { piece in
            switch piece {
            case .literal(let text): text.lowercased()
            case .placeholder: "{}"
            }
        }.joined()
    }
}
