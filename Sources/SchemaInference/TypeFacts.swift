import GraphDocCore
import LenientJSON
import PageReader

/// What one page says about the API's types, before it is combined with other pages.
///
/// Facts are read from a single ``PageReader/Page`` with no knowledge of other pages
/// (so pages can be read in parallel); links stay unresolved until the
/// ``TypeModelBuilder`` sees every page.
struct TypeFacts: Sendable, Codable {
    /// A type declared by a `"blockType": "resource"` annotation.
    struct DeclaredType: Sendable, Codable {
        /// The qualified name (`@odata.type`).
        var name: String
        /// The annotation's `baseType`, when it gives one.
        var baseType: String?
        /// The annotation's `keyProperty`.
        var keyProperty: String?
        /// The annotation's `optionalProperties`.
        var optionalProperties: [String]
        /// The annotation's `openType`.
        var openType: Bool
        /// The annotation's `abstract`.
        var abstract: Bool
        /// The members of the resource JSON block after the annotation, in order.
        var jsonMembers: [JSONMember]
        /// The page line of the annotation.
        var line: Int
    }

    /// A row of a property or relationship table.
    struct PropertyRow: Sendable, Codable {
        /// The property name.
        var name: String
        /// The type, when the cell names one.
        var type: TypeExpression?
        /// The type cell's text, for messages.
        var typeText: String
        /// The description.
        var description: InlineText
        /// Whether the row is in a Relationships table.
        var navigation: Bool
        /// The page line of the row.
        var line: Int
    }

    /// An enumeration documented by a member table.
    struct EnumTable: Sendable, Codable {
        /// The enumeration's simple name.
        var name: String
        /// The members in order.
        var members: [String]
        /// The page line of the table.
        var line: Int
    }

    /// The JSON body of an annotated code block that is not a resource declaration: an
    /// example of the API's values (a request, a response, a notification), with what its
    /// annotation says about it. Evidence of which types stand where (a value of a derived
    /// type where its base type is expected), and of the types no page documents.
    struct ExampleBody: Sendable, Codable {
        /// The annotation's `blockType` (`request`, `response`, `example`), when it has one.
        var blockType: String?
        /// The annotated type (`@odata.type` of the annotation) without `#` and
        /// `Collection(…)`, when the annotation names one.
        var type: String?
        /// Whether the annotation says the body is a collection.
        var isCollection: Bool
        /// The method (upper case) of the request the body is written with, when it is a request's.
        var method: String?
        /// The body.
        var value: JSONValue
        /// The page line of the annotation.
        var line: Int
        /// Where the body's first character stands in the page.
        var position: SourcePosition
    }

    /// The page's relative path.
    var page: String
    /// The page's path as shown in diagnostics.
    var path: String
    /// The namespace the page declares (`Namespace: microsoft.graph`).
    var namespace: String?
    /// The page's English description: its first paragraph that is not the namespace line.
    var description: String
    /// The types the page declares.
    var declaredTypes: [DeclaredType] = []
    /// The rows of its property and relationship tables.
    var propertyRows: [PropertyRow] = []
    /// The enumerations it documents.
    var enumTables: [EnumTable] = []
    /// Links to base types in prose (`Inherits from [entity](entity.md)`), and in
    /// property descriptions (`Inherited from [mobileApp](mobileapp.md)`).
    var baseTypeLinks: [InlineText.Link] = []
    /// Links to the types a "Derived types" section lists.
    var derivedTypeLinks: [InlineText.Link] = []
    /// The JSON bodies of the page's annotated code blocks (resource declarations aside), in page order.
    var examples: [ExampleBody] = []
    /// Whether the page documents methods (a Methods table of operations): the type is addressable.
    var hasMethods = false
    /// The links of the Methods table's first column: the pages of the type's operations.
    var methodLinks: [InlineText.Link] = []
    /// What could not be read as a name, reported by the model builder.
    var problems: [Problem] = []

    /// A name that could not be read (a type, property or member name), at its page position.
    struct Problem: Sendable, Codable {
        var position: SourcePosition
        var code: String
        var message: String
    }
}
