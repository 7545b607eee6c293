// Copied by graphdocgen from its runtime (Sources/GraphRuntime/GraphPermissions.swift). Do not edit.

/// The scopes that let an app call an operation, per authorization scheme, least privileged
/// first, as the operation's page lists them.
///
/// A scheme the page marks "Not supported." has no scopes (`[]`); a scheme the page has no
/// row for is `nil`.
public struct GraphPermissions: Hashable, Sendable {
    /// An authorization scheme: who the app acts as.
    public enum Scheme: String, CaseIterable, Hashable, Sendable {
        /// Delegated, a work or school account signed in.
        case delegatedWork
        /// Delegated, a personal Microsoft account signed in.
        case delegatedPersonal
        /// The app on its own, without a signed-in user.
        case application
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

    /// The scopes of `scheme`, least privileged first; `nil` when the page has no row for it.
    public subscript(scheme: Scheme) -> [String]? {
        switch scheme {
        case .delegatedWork: delegatedWork
        case .delegatedPersonal: delegatedPersonal
        case .application: application
        }
    }
}
