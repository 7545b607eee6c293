import SchemaInference

/// What a generated package offers its users, in the docs' terms and in Swift's: each type
/// with its Swift name, its properties (inherited ones included) with their wire names, Swift
/// names and types, enumeration members, and each operation with its parameters, body, result
/// and permissions. Two surfaces are what `graphdocgen diff` compares; `generate` records the
/// one it generated from beside the package (``APISurfaceFile``).
///
/// Plain data, sorted, without line numbers (they differ between locales), so that its JSON is
/// the same whatever the pages' locale.
public struct APISurface: Codable, Hashable, Sendable {
    /// A documented type.
    public struct TypeEntry: Codable, Hashable, Sendable {
        /// The qualified name (`microsoft.graph.user`).
        public var name: String
        /// `entity`, `complex` or `enum`.
        public var kind: String
        /// The Swift name, `nil` when the generated package declares none.
        public var swiftName: String?
        /// The qualified name of the base type.
        public var baseType: String?
        /// The page that documents it, without its locale (`api/resources/user.md`).
        public var page: String?
        /// The properties, the base types' first, as the generated struct declares them.
        public var properties: [Property]
        /// The members of an enumeration, in documented order.
        public var members: [Member]
        /// The Swift enumeration of it and its derived types (`AnyIdentity`), when it is a base type.
        public var polymorphicSwiftName: String?
        /// That enumeration's cases (its own first).
        public var polymorphicCases: [String]?
    }

    /// A property of a type.
    public struct Property: Codable, Hashable, Sendable {
        /// The name on the wire (`aboutMe`).
        public var name: String
        /// The Swift name (`aboutMe`).
        public var swiftName: String
        /// The OData type (`Edm.String`, `Collection(microsoft.graph.phone)`).
        public var type: String
        /// The declared Swift type (`Nullable<String>?`).
        public var swiftType: String
        /// Whether `null` is a value of its own.
        public var nullable: Bool
        /// The type that declares it (the type itself, or a base type).
        public var declaredIn: String
    }

    /// A member of an enumeration.
    public struct Member: Codable, Hashable, Sendable {
        public var name: String
        public var swiftName: String
    }

    /// An operation.
    public struct Operation: Codable, Hashable, Sendable {
        /// The HTTP method, uppercased.
        public var method: String
        /// The path template (`/users/{id}/messages`).
        public var path: String
        /// The page that documents it, without its locale.
        public var page: String
        /// The line of its request in the page read; `nil` in a recorded surface.
        public var line: Int?
        /// The name of its `GraphOperation` constant (`getUsersItemMessages`); `nil` when the
        /// client does not generate the operation.
        public var constant: String?
        /// The parameters a caller gives, besides the keys of the path.
        public var parameters: [Parameter]
        /// The body's OData type and Swift type.
        public var body: String?
        public var bodySwiftType: String?
        /// The result's OData type and Swift type (`[Message]` for a collection).
        public var result: String?
        public var resultSwiftType: String?
        /// The scopes per scheme, when the page lists them.
        public var permissions: APIPermissions?
    }

    /// A parameter of an operation.
    public struct Parameter: Codable, Hashable, Sendable {
        /// Where it goes.
        public enum Place: String, Codable, Hashable, Sendable, CaseIterable {
            /// An argument of a function's call in the path (`range(address='…')`).
            case function
            /// A query option of the operation's own (not an OData system option).
            case query
            /// A request header.
            case header
            /// A member of an action's JSON body.
            case body
        }

        public var name: String
        public var place: Place
        /// The OData type, when documented.
        public var type: String?
        /// The Swift type.
        public var swiftType: String
        /// Whether the caller must give it.
        public var required: Bool
        /// How a function's argument is written in the path: `quoted` (`'…'`) or `plain`.
        public var encoding: String?
    }

    /// The service root the examples use.
    public var serviceRoot: String?
    /// The types, by qualified name.
    public var types: [TypeEntry]
    /// The operations, by path then method.
    public var operations: [Operation]
    /// The client's public declarations, one line each (`GraphClient.ChatRequests: func get() async throws -> Chat`).
    public var client: [String]

    public init(serviceRoot: String?, types: [TypeEntry], operations: [Operation], client: [String]) {
        self.serviceRoot = serviceRoot
        self.types = types
        self.operations = operations
        self.client = client
    }

    /// This surface without line numbers, as `generate` records it.
    public var recorded: APISurface {
        var copy = self
        for index in copy.operations.indices { copy.operations[index].line = nil }
        return copy
    }
}
