/// The codes of the diagnostics that reading and resolving operations emit.
public enum OperationDiagnosticCode: String, Hashable, Sendable, CaseIterable {
    /// Warning: a page with request, response or header sections has no "HTTP request"
    /// section; the request lines of a listing-like HTTP block elsewhere were read instead, if any.
    case missingRequestSection = "operation-missing-request-section"
    /// Warning: an "HTTP request" section holds no request line.
    case emptyRequestSection = "operation-empty-request-section"
    /// Warning: a request line of a listing has no method; it is skipped.
    case missingMethod = "operation-missing-method"
    /// Warning: a request line's method is not an HTTP method; it is skipped.
    case unknownMethod = "operation-unknown-method"
    /// Warning: a path placeholder's `{` is not closed; it was closed at the end of its segment.
    case unclosedPlaceholder = "operation-unclosed-placeholder"
    /// Warning: a path segment opens more parentheses than it closes; they were closed at its end.
    case unbalancedParenthesis = "operation-unbalanced-parenthesis"
    /// Warning: a path placeholder is closed before its `|` alternatives (`{id} | upn`); they were taken in.
    case alternativesOutsidePlaceholder = "operation-alternatives-outside-placeholder"
    /// Note: a listing gives the same method and path twice; one operation is emitted.
    case duplicateRequest = "operation-duplicate-request"
    /// Note: a request example has no `name` in its annotation; it is not listed.
    case exampleWithoutName = "operation-example-without-name"
    /// Warning: a request example's code block holds no request line; it is not listed.
    case exampleWithoutRequest = "operation-example-without-request"
    /// Note: a request example's method and path match none of the page's paths; it is
    /// given to the first operation with its method (or the page's first operation).
    case unmatchedExample = "operation-unmatched-example"
    /// Note: a `GET` example reads the raw value (`…/$value`) of a listed path; that
    /// request is added to the page's.
    case rawValueFromExample = "operation-raw-value-from-example"
    /// Warning: an example `GET`s one member of a listed collection by its key, which the
    /// listing leaves out; the page documents that request too.
    case keyFromExample = "operation-key-from-example"
    /// Warning: a listed path writes a value (`contoso.com`) where an example of it has a
    /// placeholder; the segment is read as that placeholder.
    case listedValue = "operation-listed-value"
    /// Note: an example addresses a property of an entity a listed path addresses by a key;
    /// the page documents the same method on `…/{property name}` too.
    case propertyFromExample = "operation-property-from-example"
    /// Warning: none of the types a page names for a body, response or parameter is known
    /// (a note when what it names is no type name at all, such as a link out of the pages).
    case unresolvedType = "operation-unresolved-type"
    /// Note: the page names no success status, in prose or in an example; the method's
    /// usual status is used.
    case defaultStatus = "operation-default-status"
    /// Note: the docs name a body type for a `DELETE` of a `…/$ref`, which sends none.
    case referenceDeletionBody = "operation-reference-deletion-body"
    /// Note: the request's examples send a body of a media type other than JSON, so the
    /// body is a stream of bytes, not the type the prose or the response suggests.
    case streamBody = "operation-stream-body"
    /// Note: the request's examples send JSON and also bytes of another media type (MIME
    /// text), so the client can send the body either way.
    case rawBody = "operation-raw-body"
    /// Note: a body parameter's name differs only in letter case from what the request's
    /// examples send; the examples' spelling is used.
    case parameterSpelling = "operation-parameter-spelling"
    /// Warning: the prose names a collection for a `GET` whose path ends in a key, which
    /// addresses one entity; the response is read as one value.
    case keyedCollection = "operation-keyed-collection"
    /// Note: a path ends in a placeholder written as a property name (`{property name}`);
    /// the same method on the path without it is documented too.
    case propertyNamePlaceholder = "operation-property-name-placeholder"
    /// Warning: the docs give a response a type, but an example's success response has
    /// no body; the response may be empty.
    case bodilessExampleResponse = "operation-bodiless-example-response"
    /// Note: an update (`PATCH`) names no body type; it sends the type the `GET` of the
    /// same path answers (see ``UpdateBodies``).
    case updateBodyFromRead = "operation-update-body-from-read"
    /// Note or warning: a `GET`'s response is the type its path addresses, which the docs
    /// leave out, derive from, or contradict (see ``PathTypeRules``).
    case responseFromPath = "operation-response-from-path"
    /// Warning: the body documented for a `POST` to a collection or an update is unrelated to
    /// the type its path addresses, which it sends instead (see ``PathTypeRules``).
    case bodyFromPath = "operation-body-from-path"
    /// Note: another page documents the same method and path, and its body, parameters and
    /// response are the operation's (see ``CanonicalOperations``).
    case canonicalOperation = "operation-canonical"
    /// Note: an action's documented body type is dropped for the parameters its table documents
    /// (see ``PathTypeRules``).
    case actionParameters = "operation-action-parameters"
    /// Note: a path spells a property in another case than its type documents; it is read
    /// with the documented spelling (see ``PathTypes/spelled(_:)``).
    case relationshipSpelling = "operation-relationship-spelling"
}
