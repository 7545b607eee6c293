/// A request for the number of a collection's items: OData's `GET …/$count`, which
/// answers with the number as plain text (`893`).
///
/// A page that documents a collection's `GET` and shows a request to that collection's
/// `…/$count` (often in an example the docs annotate `ignored`) documents the count too.
public enum CountRequest {
    /// The last segment of a count's path.
    public static let segment = "$count"

    /// Whether `path` asks for a count (its last segment is `$count`).
    public static func isCountPath(_ path: String) -> Bool {
        PathTemplate.lastSegment(of: path, is: segment)
    }

    /// The path of the collection whose items `path` counts (`/users/$count` → `/users`),
    /// or `nil` when `path` is no count.
    public static func collectionPath(of path: String) -> String? {
        guard isCountPath(path), let slash = path.lastIndex(of: "/") else { return nil }
        return String(path[..<slash])
    }

    /// The path of the count of the collection at `path` (`/users` → `/users/$count`).
    public static func countPath(of path: String) -> String {
        path + "/" + segment
    }
}
