// Copied by graphdocgen from its runtime (Sources/GraphRuntime/PagingError.swift). Do not edit.

public import Foundation

/// A `@odata.nextLink` that paging refuses to follow.
public enum PagingError: Error, Hashable, Sendable {
    /// The link was already fetched: following it would loop.
    case repeatedNextLink(URL)
    /// The link leaves the service the client talks to (another scheme, host or port), where the
    /// request's credentials must not go.
    case nextLinkOutsideService(URL)
}
