/// A reference to an entity by its URL, `{"@odata.id": "https://graph.microsoft.com/v1.0/users/{id}"}`:
/// the body of a `POST` or `PUT` to a `…/$ref` path, which links an existing entity (adds
/// a member to a group, sets a manager) rather than sending the entity itself.
public struct EntityReference: Codable, Hashable, Sendable {
    /// The entity's URL (`@odata.id`), absolute or relative to the service root; `nil` sends
    /// `{}`, which some single-valued references take to be cleared.
    public var id: String?

    /// A reference to the entity at `id` (`https://graph.microsoft.com/v1.0/directoryObjects/{id}`).
    public init(id: String?) {
        self.id = id
    }

    private enum CodingKeys: String, CodingKey {
        case id = "@odata.id"
    }
}
