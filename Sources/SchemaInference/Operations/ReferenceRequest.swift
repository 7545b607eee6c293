import LenientJSON

/// A request to a `…/$ref` path, which links or unlinks an entity by OData's entity reference.
///
/// By the OData protocol, a `POST` (to a collection) or a `PUT` (to a single-valued
/// navigation property) whose path ends in `/$ref` links an existing entity by its URL:
/// its body is `{"@odata.id": "https://graph.microsoft.com/v1.0/users/{id}"}`, whatever
/// entity the page's prose says it "represents". A `DELETE` of a `…/$ref` unlinks, and sends
/// no body.
public enum ReferenceRequest {
    /// The member that holds the referenced entity's URL.
    public static let member = "@odata.id"

    /// Whether `path` addresses references (its last segment is `$ref`).
    public static func isReferencePath(_ path: String) -> Bool {
        PathTemplate.lastSegment(of: path, is: "$ref")
    }

    /// Whether a request of `method` to `path` links an entity by a reference in its body.
    public static func isSent(method: String, path: String) -> Bool {
        ["POST", "PUT"].contains(method.uppercased()) && isReferencePath(path)
    }

    /// Whether a JSON body has a reference's shape: an object whose only member, if any, is
    /// `@odata.id` with a string (the docs write `{}` where a `PUT` clears a reference).
    public static func isReference(_ value: JSONValue) -> Bool {
        guard let members = value.members else { return false }
        return members.allSatisfy { $0.key == member && $0.value.stringValue != nil }
    }
}
