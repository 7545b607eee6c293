/// What ``LenientJSONReader`` read: the value, if any, and every issue it found.
public struct JSONReadResult: Hashable, Sendable {
    /// The value read, with repairs applied; `nil` when a failure (other than
    /// ``JSONIssue/Kind/textAfterValue``) prevented reading one.
    public var value: JSONValue?
    /// The issues found, ordered by position.
    public var issues: [JSONIssue]

    /// Creates a result.
    public init(value: JSONValue?, issues: [JSONIssue]) {
        self.value = value
        self.issues = issues
    }

    /// Whether the input was strict JSON: there are no issues at all.
    ///
    /// Duplicate keys count as an issue, so a document with duplicate keys is not strict.
    public var isStrict: Bool { issues.isEmpty }

    /// Whether any issue is a failure.
    public var hasFailures: Bool { issues.contains { $0.severity == .failure } }
}
