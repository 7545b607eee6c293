import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
public import OpenAPIURLSession

/// The real client transport of the round-trip tests: swift-openapi-urlsession's
/// `URLSessionTransport`, the one the README's tour uses, which on Linux goes through
/// FoundationNetworking (libcurl). It sends what a deployed app sends, so the tests see the
/// percent-encoding, headers and bodies as they cross a socket; it behaves on Linux for
/// everything the tests need (buffered bodies, any status, `Retry-After`), so
/// swift-openapi-async-http-client (which would add AsyncHTTPClient's build) is not needed.
///
/// The tests share one ephemeral session (no cache, no cookies) whose requests time out after
/// 30 s (generous: on a loaded machine other tests can hold the threads for a while), so a
/// request that gets no answer fails instead of hanging, before the server's time limit.
public func roundTripTransport() -> URLSessionTransport {
    URLSessionTransport(configuration: .init(session: roundTripSession))
}

private let roundTripSession: URLSession = {
    let configuration = URLSessionConfiguration.ephemeral
    configuration.timeoutIntervalForRequest = 30
    configuration.timeoutIntervalForResource = 30
    configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
    return URLSession(configuration: configuration)
}()
