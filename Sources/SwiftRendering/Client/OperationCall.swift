/// How code calls the generated method of one operation: its name and the Swift names and
/// types of what it takes and gives, as ``ClientMethod`` declared them.
struct OperationCall: Hashable {
    /// What the method takes as the request body.
    enum Body: Hashable {
        /// No body.
        case none
        /// A value of a documented type, the first and unlabeled parameter.
        case typed(swiftType: String)
        /// Bytes (a stream), the first and unlabeled parameter.
        case stream
        /// An `EntityReference` (`{"@odata.id": …}`), the first and unlabeled parameter.
        case reference
        /// An action's body parameters, each labeled, sent as one JSON object, with the
        /// parameters the docs do not list as a `[String: JSONValue]` labeled `additionalLabel`.
        case parameters([Value], additionalLabel: String)
    }

    /// What the method gives back.
    enum Result: Hashable {
        /// Nothing.
        case none
        /// The response body's bytes.
        case data
        /// A value of a documented type.
        case typed(swiftType: String)
        /// The number a `…/$count` answers as plain text (`Int`).
        case count
        /// A primitive value, read out of OData's `{"value": …}`.
        case primitive(swiftType: String)
        /// The elements of a collection's page (`[T]`).
        case array(element: String)
        /// A `PagedCollection<T>` that fetches pages as it is iterated.
        case paged(element: String)
    }

    /// A labeled value the method takes: a body parameter, a query parameter or a header.
    struct Value: Hashable {
        /// The name on the wire (`callbackUri`, `startDateTime`, `Prefer`).
        var wireName: String
        /// The parameter's label.
        var label: String
        /// The parameter's Swift type: what its `T?` (a body parameter's `Nullable<T>?`) wraps.
        var swiftType: String
    }

    /// The method's name.
    var name: String
    /// What it takes as the body.
    var body: Body
    /// The label of its `ODataQuery` parameter, if it has one.
    var queryLabel: String?
    /// Its parameters for the operation's own query parameters.
    var queryParameters: [Value]
    /// Its parameters for the documented headers (all `String`).
    var headers: [Value]
    /// What it gives back.
    var result: Result
    /// Whether the value it gives back is optional (`T?`, `nil` for a response without a body).
    var resultIsOptional = false
    /// Whether calling it needs `try` (everything but a `PagedCollection` without a JSON body).
    var isThrowing: Bool
    /// Whether calling it needs `await`.
    var isAsync: Bool
    /// Whether an overload of the same name sends the body as bytes instead, with a
    /// `contentType:` (see ``ClientMethod/variants(of:named:pathExpression:names:)``).
    var sendsBytesToo = false
}
