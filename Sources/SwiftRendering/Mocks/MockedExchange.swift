import SchemaInference

/// A documented exchange, and how the generated tests send it through the client to the mock
/// service: the operation it calls, the call, and the test's statements.
struct MockedExchange {
    var exchange: DocumentedExchange
    /// The operation the client sends it as; `nil` for a request to a URL the service handed out.
    var operation: APIOperation?
    /// How the client's method is called; `nil` as ``operation`` is.
    var call: OperationCall?
    /// The test's statements with a client of the mock service (see ``RequestFixture/mockStatements``).
    var statements: [String]
    /// The member chain up to the method (`graph.users`), when the client's method is called.
    var chain: String?
    /// Whether the example's fixture test is a known issue (its request contradicts its docs):
    /// the mock service answers it, but no mock test sends it.
    var hasKnownIssue = false
}
