/// A version of the Graph API whose pages are read: the name of the directory that holds
/// them in the reference (`v1.0/api/…`, `beta/api/…`).
public enum APIVersion: String, Hashable, Sendable, CaseIterable {
    /// The stable API.
    case v1 = "v1.0"
    /// The preview API.
    case beta
}
