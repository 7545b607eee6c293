/// The permissions an operation's page documents: for each authorization scheme, the scopes
/// that let an app call it, least privileged first, as the page's permissions table lists them.
///
/// A scheme the table marks "Not supported." (or "Not applicable") has no scopes (`[]`);
/// a scheme the table has no row for is `nil`.
public struct APIPermissions: Hashable, Sendable, Codable {
    /// An authorization scheme: who the app acts as.
    public enum Scheme: String, CaseIterable, Hashable, Sendable, Codable {
        /// Delegated, a work or school account signed in.
        case delegatedWork
        /// Delegated, a personal Microsoft account signed in.
        case delegatedPersonal
        /// The app on its own, without a signed-in user.
        case application

        /// How the documentation names the scheme (`Delegated (work or school account)`).
        public var documentedName: String {
            switch self {
            case .delegatedWork: "Delegated (work or school account)"
            case .delegatedPersonal: "Delegated (personal Microsoft account)"
            case .application: "Application"
            }
        }
    }

    /// The scopes for a signed-in work or school account.
    public var delegatedWork: [String]?
    /// The scopes for a signed-in personal Microsoft account.
    public var delegatedPersonal: [String]?
    /// The scopes for an app without a signed-in user.
    public var application: [String]?

    /// Creates permissions.
    public init(delegatedWork: [String]? = nil, delegatedPersonal: [String]? = nil, application: [String]? = nil) {
        self.delegatedWork = delegatedWork
        self.delegatedPersonal = delegatedPersonal
        self.application = application
    }

    /// The scopes of `scheme`, least privileged first; `nil` when the table has no row for it.
    public subscript(scheme: Scheme) -> [String]? {
        get {
            switch scheme {
            case .delegatedWork: delegatedWork
            case .delegatedPersonal: delegatedPersonal
            case .application: application
            }
        }
        set {
            switch scheme {
            case .delegatedWork: delegatedWork = newValue
            case .delegatedPersonal: delegatedPersonal = newValue
            case .application: application = newValue
            }
        }
    }

    /// These permissions and `other`'s: per scheme, this one's scopes then those of `other`
    /// it lacks (a scheme is `nil` only when both are).
    public func merging(_ other: APIPermissions) -> APIPermissions {
        var merged = self
        for scheme in Scheme.allCases {
            guard let scopes = other[scheme] else { continue }
            let own = merged[scheme] ?? []
            merged[scheme] = own + scopes.filter { !own.contains($0) }
        }
        return merged
    }
}
