import GraphDocCore

/// The API described by a set of documentation pages: its types and operations.
///
/// This is the intermediate representation every later stage (Swift rendering,
/// fixtures) works from. It is built by ``SchemaInference`` from ``PageReader/Page`` values.
public struct APIModel: Hashable, Sendable, Encodable {
    /// The types, sorted by qualified name.
    public var types: [APIType]
    /// The operations, sorted by path, method and name.
    public var operations: [APIOperation]
    /// The JSON examples the pages show, in page order.
    public var examples: [APIExample]
    /// The problems found while inferring the model, sorted by location.
    public var diagnostics: [Diagnostic]
    /// The service root the examples' absolute URLs use most (`https://graph.microsoft.com/v1.0`),
    /// when they use one.
    public var serviceRoot: String?

    /// Creates a model.
    public init(
        types: [APIType] = [], operations: [APIOperation] = [], examples: [APIExample] = [], diagnostics: [Diagnostic] = [],
        serviceRoot: String? = nil
    ) {
        self.types = types
        self.operations = operations
        self.examples = examples
        self.diagnostics = diagnostics
        self.serviceRoot = serviceRoot
    }
}

/// A named type of the API: an entity, a complex type or an enumeration.
public struct APIType: Hashable, Sendable {
    /// What kind of type it is.
    public enum Kind: String, Hashable, Sendable, Codable {
        /// A type with a key, addressable on its own (OData entity type).
        case entity
        /// A structured value without a key (OData complex type).
        case complex
        /// A set of named values.
        case `enum`
    }

    /// The qualified name, e.g. `microsoft.graph.call`.
    public var name: String
    /// Entity, complex or enum.
    public var kind: Kind
    /// The qualified name of the base type, when there is one.
    public var baseType: String?
    /// Whether the type is only used through its derived types.
    public var abstract: Bool
    /// Whether instances may carry properties beyond the documented ones.
    public var openType: Bool
    /// The name of the key property, for entities.
    public var keyProperty: String?
    /// The English description.
    public var description: String
    /// Where ``description`` was documented, when a page's prose gave it.
    public var descriptionOrigin: ProseOrigin?
    /// The type's own properties (not the inherited ones), in documented order.
    public var properties: [APIProperty]
    /// The members, for enumerations, in documented order.
    public var members: [String]
    /// The page the type is documented on (relative path), and other pages that add to it.
    public var sources: [String]

    /// Creates a type.
    public init(
        name: String, kind: Kind, baseType: String?, abstract: Bool, openType: Bool, keyProperty: String?,
        description: String, properties: [APIProperty], members: [String], sources: [String]
    ) {
        self.name = name
        self.kind = kind
        self.baseType = baseType
        self.abstract = abstract
        self.openType = openType
        self.keyProperty = keyProperty
        self.description = description
        self.properties = properties
        self.members = members
        self.sources = sources
    }

    /// The namespace: the name up to its last dot.
    public var namespace: String {
        guard let dot = name.lastIndex(of: ".") else { return "" }
        return String(name[..<dot])
    }

    /// The name without its namespace.
    public var simpleName: String {
        guard let dot = name.lastIndex(of: ".") else { return name }
        return String(name[name.index(after: dot)...])
    }
}

/// A property of a type.
public struct APIProperty: Hashable, Sendable, Codable {
    /// The property's name as it appears on the wire.
    public var name: String
    /// The type in OData terms: `Edm.String`, a qualified type name, or `Collection(…)` of either.
    public var type: String
    /// Whether the value may be `null`.
    public var nullable: Bool
    /// Whether the service sets the value (it cannot be written).
    public var readOnly: Bool
    /// Whether the property is a relationship to other entities (a navigation property).
    public var navigation: Bool
    /// The English description.
    public var description: String
    /// Where ``description`` was documented, when a page's prose gave it. Not encoded: the
    /// model's JSON says what the API is, not where its prose stands.
    public var descriptionOrigin: ProseOrigin?

    private enum CodingKeys: String, CodingKey {
        case name, type, nullable, readOnly, navigation, description
    }

    /// Creates a property.
    public init(
        name: String, type: String, nullable: Bool, readOnly: Bool, navigation: Bool, description: String,
        descriptionOrigin: ProseOrigin? = nil
    ) {
        self.name = name
        self.type = type
        self.nullable = nullable
        self.readOnly = readOnly
        self.navigation = navigation
        self.description = description
        self.descriptionOrigin = descriptionOrigin
    }
}

/// An operation: one HTTP method on one path template.
public struct APIOperation: Hashable, Sendable {
    /// A parameter of the path or the query.
    public struct Parameter: Hashable, Sendable, Codable {
        /// The name as written (`id`, `$select`).
        public var name: String
        /// The type in OData terms, when documented.
        public var type: String?
        /// The English description.
        public var description: String
        /// A value the documentation fixes, when it does: the `outlook.timezone` of a
        /// `Prefer: outlook.timezone` header row, the `true` of `?includeHiddenFolders=true`
        /// in a request listing.
        public var value: String? = nil

        /// Creates a parameter.
        public init(name: String, type: String? = nil, description: String = "", value: String? = nil) {
            self.name = name
            self.type = type
            self.description = description
            self.value = value
        }

        /// Encodes every key, absent values as `null`.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(name, forKey: .name)
            try container.encode(type, forKey: .type)
            try container.encode(description, forKey: .description)
            try container.encode(value, forKey: .value)
        }
    }

    /// The documented response.
    public struct Response: Hashable, Sendable, Codable {
        /// The success status code.
        public var status: Int
        /// The qualified type of the body, when it has one.
        public var type: String?
        /// Whether the body is a collection of `type`.
        public var collection: Bool
        /// Whether a success may also come without a body, though `type` names one: an
        /// example of the operation answers without one (`HTTP/1.1 201 Created` alone), or
        /// another page documents the same request answering `204 No Content`.
        public var mayBeEmpty: Bool

        /// Creates a response.
        public init(status: Int, type: String? = nil, collection: Bool = false, mayBeEmpty: Bool = false) {
            self.status = status
            self.type = type
            self.collection = collection
            self.mayBeEmpty = mayBeEmpty
        }

        /// Encodes every key, absent values as `null`.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(status, forKey: .status)
            try container.encode(type, forKey: .type)
            try container.encode(collection, forKey: .collection)
            try container.encode(mayBeEmpty, forKey: .mayBeEmpty)
        }
    }

    /// The operation's name: the page's file name without extension, and for pages that
    /// document several paths, the path's index after it (`create-call`, `list-events-2`).
    public var name: String
    /// The HTTP method.
    public var method: String
    /// The path template, with `{name}` parameters (`/communications/calls/{id}`).
    public var path: String
    /// The parameters in the path, in order.
    public var pathParameters: [Parameter]
    /// The documented query options (`$select`, `$filter`, …) and other query parameters.
    public var queryOptions: [Parameter]
    /// The documented request headers.
    public var requestHeaders: [Parameter]
    /// The qualified type of the request body, when it has one.
    public var requestBody: String?
    /// Whether the body is an entity reference (`{"@odata.id": "…"}`; see ``ReferenceRequest``),
    /// as a `POST` or `PUT` to a `…/$ref` path sends; ``requestBody`` is then `nil`.
    public var sendsReference: Bool = false
    /// The parameters of an action's request body, when documented as a table.
    public var bodyParameters: [Parameter]
    /// The media types of the bytes the operation can also send as its body, besides its
    /// JSON body, as its examples do (`text/plain` for `sendMail`'s MIME); none for most.
    public var rawBodyMediaTypes: [String] = []
    /// The parameters of a function, from the page's "Function parameters" table.
    public var functionParameters: [Parameter] = []
    /// The success response.
    public var response: Response?
    /// The names of the documented examples (request/response pairs) of this operation.
    public var examples: [String]
    /// The page the operation is documented on.
    public var source: String
    /// The page's English title (`Create call`).
    public var title: String = ""
    /// The page's opening paragraph: what the operation does.
    public var summary: String = ""
    /// Where the request line is written, for diagnostics about the operation.
    public var location: SourceLocation? = nil
    /// The scopes that let an app call the operation, per authorization scheme, from its
    /// page's permissions table; `nil` when the page has none.
    public var permissions: APIPermissions? = nil

    /// Creates an operation.
    public init(
        name: String, method: String, path: String, pathParameters: [Parameter] = [], queryOptions: [Parameter] = [],
        requestHeaders: [Parameter] = [], requestBody: String? = nil, sendsReference: Bool = false,
        bodyParameters: [Parameter] = [], rawBodyMediaTypes: [String] = [],
        functionParameters: [Parameter] = [], response: Response?, examples: [String] = [], source: String,
        title: String = "", summary: String = "", location: SourceLocation? = nil, permissions: APIPermissions? = nil
    ) {
        self.name = name
        self.method = method
        self.path = path
        self.pathParameters = pathParameters
        self.queryOptions = queryOptions
        self.requestHeaders = requestHeaders
        self.requestBody = requestBody
        self.sendsReference = sendsReference
        self.bodyParameters = bodyParameters
        self.rawBodyMediaTypes = rawBodyMediaTypes
        self.functionParameters = functionParameters
        self.response = response
        self.examples = examples
        self.source = source
        self.title = title
        self.summary = summary
        self.location = location
        self.permissions = permissions
    }
}
