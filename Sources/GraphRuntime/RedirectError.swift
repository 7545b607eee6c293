/// A redirect's `Location` that is not a URL the client can follow.
public struct RedirectError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The `Location` as sent.
    public var location: String

    public var description: String { "the redirect's Location '\(location)' is not a URL" }
}
