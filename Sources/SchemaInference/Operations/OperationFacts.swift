import GraphDocCore
import PageReader

/// What one API reference page says about its operations, read from the page alone.
///
/// This is the first of two phases. Type names can only be resolved once every page
/// has been read, so the facts keep every reference to a type as written (a link's
/// text and target, or a plain name); ``operations(resolvingWith:diagnostics:)``
/// turns them into ``APIOperation`` values once a resolver knows all pages.
///
/// Build facts with ``extract(from:)``. The problems found while reading are in
/// ``diagnostics``; resolution adds its own.
public struct OperationFacts: Hashable, Sendable, Codable {
    /// The page's relative path (`api/create-call.md`): the operations' ``APIOperation/source``.
    public var source: String
    /// The page's path as shown to the user, for diagnostics.
    public var file: String
    /// The page's file name without `.md`: the first operation's name.
    public var baseName: String
    /// The namespace the page declares (`Namespace: microsoft.graph`), when it does.
    public var namespace: String?
    /// The page's English title.
    public var title: String
    /// The page's opening paragraph (the first under the title that is neither the
    /// namespace line nor a note).
    public var summary: String
    /// The requests documented in the page's "HTTP request" sections, in page order,
    /// one per (method, path template).
    public var requests: [RequestFacts]
    /// The query options documented for all of the page's requests: `$select`-style
    /// options named in the query parameter sections' text, and rows of their tables.
    public var queryOptions: [ParameterFacts]
    /// The rows of "Path parameters" tables, matched to path placeholders by name.
    public var pathParameters: [ParameterFacts]
    /// The rows of "Function parameters" tables.
    public var functionParameters: [ParameterFacts]
    /// The rows of the "Request headers" tables.
    public var requestHeaders: [ParameterFacts]
    /// What the "Request body" section says.
    public var requestBody: BodyFacts
    /// What the "Response" section says.
    public var response: ResponseFacts
    /// The links of the page's opening paragraphs (under its title), in order: the
    /// type the page is about, used for the body of an update when nothing else names it.
    public var subjectTypes: [TypeMention]
    /// The first success (1xx–3xx) status line among the page's HTTP messages: the status
    /// of requests whose own examples show none.
    public var exampleStatus: Int?
    /// The service roots of the page's absolute request URLs, one per URL
    /// (`https://graph.microsoft.com/v1.0`): scheme, host and API version.
    public var serviceRoots: [String]
    /// The page's permissions tables (see ``PermissionTables``), in page order.
    public var permissionTables: [PermissionTable] = []
    /// The problems found while reading the page's operations.
    public var diagnostics: [Diagnostic]
}

/// One documented request: a method on a path template.
public struct RequestFacts: Hashable, Sendable, Codable {
    /// The method, in upper case (`GET`).
    public var method: String
    /// The normalized path template (see ``PathTemplate``).
    public var template: PathTemplate
    /// The request target as written in the listing.
    public var writtenTarget: String
    /// The query items written in the listing (`?$expand=manager`), as written.
    public var queryItems: [ParameterFacts]
    /// Where the request line's target stands.
    public var location: SourceLocation
    /// The names of the page's request examples that belong to this request, in page order.
    public var examples: [String]
    /// The status line of the response shown after this request's first example, if any.
    public var exampleStatus: Int?
    /// The type the annotation of that example response declares (`@odata.type`,
    /// `isCollection`), if any.
    public var exampleResponseType: TypeMention?
    /// Whether one of this request's examples sends a body that is not an entity reference
    /// (see ``ReferenceRequest/isReference(_:)``).
    public var exampleSendsEntity: Bool = false
    /// Whether the request is documented apart from the page's first request: as a request
    /// example in a later "HTTP request" section or in a section of its own ("Get a single
    /// thumbnail"), so that its example's response, not the page's response prose, tells
    /// what it answers.
    public var documentedApart: Bool = false
    /// The media types of the bodies this request's examples send that are not JSON
    /// (a `Content-Type` other than JSON and a body that does not read as JSON), in page order.
    public var exampleStreamMediaTypes: [String] = []
    /// Whether one of this request's examples sends a JSON body other than an entity reference.
    public var exampleSendsJSON: Bool = false
    /// Whether one of this request's examples sends no body at all.
    public var exampleSendsNothing: Bool = false
    /// Where the first response to one of this request's examples (whose path matches the
    /// request's) that is a success (2xx) written without a body stands (`HTTP/1.1 204 No
    /// Content`), if one is.
    public var exampleBodilessResponse: SourceLocation? = nil
    /// The members of the JSON objects this request's examples send, in page order, each once.
    public var exampleBodyMembers: [String] = []
    /// Whether the page shows a request for the number of this collection's items
    /// (`GET …/$count`; see ``CountRequest``).
    public var countShown: Bool = false
    /// The type casts of this collection the page shows requests for, in page order, one
    /// per type (`GET …/microsoft.graph.group`; see ``TypeCastRequest``).
    public var castsShown: [TypeCastRequest.Shown] = []
}

/// A row of a parameter or header table, a query option named in text, or a query item of a listing.
public struct ParameterFacts: Hashable, Sendable, Codable {
    /// The name as written, without markup (`$select`, `Authorization`, `period`).
    public var name: String
    /// A value the documentation fixes: the `outlook.timezone` of a `Prefer: outlook.timezone`
    /// header row, or the value of a query item in a listing.
    public var value: String?
    /// The type as the table writes it, when it has a type column.
    public var type: TypeMention?
    /// The English description.
    public var description: String
    /// Where the row or mention stands.
    public var location: SourceLocation
}

/// What the "Request body" section says.
public struct BodyFacts: Hashable, Sendable, Codable {
    /// Whether the section says there is no body ("Do not supply a request body").
    public var saysNone: Bool
    /// The types the section's sentences link to, in order; the first one that
    /// resolves is the body's type.
    public var types: [TypeMention]
    /// The rows of the section's tables (`Parameter | Type | Description`), in order.
    public var parameters: [ParameterFacts]
    /// Whether the first table's name column is headed `Property`: the body is an
    /// object of a documented type, not a set of action parameters.
    public var tableListsProperties: Bool
    /// Where the section starts, when the page has one.
    public var location: SourceLocation?

    /// Facts for a page without a request body section.
    public static let undocumented = BodyFacts(
        saysNone: false, types: [], parameters: [], tableListsProperties: false, location: nil)
}

/// What the "Response" section says.
public struct ResponseFacts: Hashable, Sendable, Codable {
    /// The success status the section names (`201` from `` `201 Created` ``).
    public var status: Int?
    /// The types named in the sentence that gives the status, in order: links first, then
    /// plain names (`a **String** collection`); the first one that resolves is the body's type.
    public var types: [TypeMention]
    /// Whether that sentence says the body is a collection ("a collection of [x] objects").
    public var collection: Bool
    /// Whether the section says the response has no body ("does not return anything").
    public var saysNoContent: Bool
    /// The types named in the first later sentence of the section that mentions the
    /// response body and names a type ("The response body includes an [x] object").
    public var laterTypes: [TypeMention]
    /// Whether that later sentence says the body is a collection.
    public var laterCollection: Bool
    /// Where the sentence stands, when the page has one.
    public var location: SourceLocation?

    /// Facts for a page without a response section.
    public static let undocumented = ResponseFacts(
        status: nil, types: [], collection: false, saysNoContent: false, laterTypes: [], laterCollection: false,
        location: nil)
}

/// A type as a page refers to it, with where it does.
public struct TypeMention: Hashable, Sendable, Codable {
    /// The reference as written.
    public var reference: TypeReference
    /// Where it stands.
    public var location: SourceLocation
}

/// A reference to a type as a page writes it, before resolution.
public indirect enum TypeReference: Hashable, Sendable, Codable {
    /// A link to the page that documents the type: its text and its target as written.
    case link(text: String, target: String)
    /// A plain name: simple (`callState`, `String`) or qualified (`microsoft.graph.call`).
    case name(String)
    /// A collection of the referenced type (`Collection(x)`, `x collection`).
    case collection(TypeReference)
}
