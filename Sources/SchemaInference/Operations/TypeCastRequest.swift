/// A request through an OData type cast: a collection's path followed by the qualified
/// name of a type derived from its items' type (`GET /users/{id}/memberOf/microsoft.graph.group`),
/// which lists only the items of that type, typed as such; with `/$count` after it, their number.
///
/// A page that documents a collection's `GET` and shows a request through a cast of that
/// collection (often in an example the docs annotate `ignored`) documents the cast too.
/// That the type derives from the items' type is the page's word, not checked here: base
/// types are only known once all pages are combined.
public enum TypeCastRequest {
    /// A cast shown on a page: the collection's path, the type's name as written, and
    /// whether the request counts the items (`…/microsoft.graph.group/$count`).
    public struct Shown: Hashable, Sendable, Codable {
        public var collectionPath: String
        public var typeName: String
        public var counted: Bool
    }

    /// The cast `path` requests, when its last step (before a `$count`) is written as a
    /// qualified name (`microsoft.graph.group`: two or more dot-separated identifiers).
    ///
    /// A key can be written the same way (`/extensions/Com.Contoso.Referral`), so a cast
    /// is only taken once its name resolves to a documented type (see ``OperationFacts``).
    public static func shown(in path: String) -> Shown? {
        let counted = CountRequest.isCountPath(path)
        let target = CountRequest.collectionPath(of: path) ?? path
        guard let slash = target.lastIndex(of: "/") else { return nil }
        let name = String(target[target.index(after: slash)...])
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 3, parts.allSatisfy(isIdentifier) else { return nil }
        let collection = String(target[..<slash])
        guard !collection.isEmpty else { return nil }
        return Shown(collectionPath: collection, typeName: name, counted: counted)
    }

    /// The path of the cast of the collection at `path` to `typeName` (`/users/{id}/memberOf`,
    /// `microsoft.graph.group` → `/users/{id}/memberOf/microsoft.graph.group`).
    public static func castPath(of path: String, to typeName: String) -> String {
        path + "/" + typeName
    }

    private static func isIdentifier(_ part: Substring) -> Bool {
        guard let first = part.first, first.isLetter || first == "_" else { return false }
        return part.allSatisfy { ($0.isLetter || $0.isNumber || $0 == "_") && $0.isASCII }
    }
}
