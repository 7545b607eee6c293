/// Thrown when an operation ran out of its time limit.
public struct TimeLimitExceeded: Error, CustomStringConvertible {
    public var limit: Duration
    public var description: String { "time limit of \(limit) exceeded" }
}

/// Runs `operation`, throwing `TimeLimitExceeded` and cancelling it when it has not finished
/// within `limit`. The operation must end when cancelled (network calls and sleeps do).
public func withTimeLimit<T: Sendable>(
    _ limit: Duration, _ operation: @escaping @Sendable () async throws -> T
) async throws -> T {
    try await withThrowingTaskGroup(of: T.self) { group in
        group.addTask { try await operation() }
        group.addTask {
            try await Task.sleep(for: limit)
            throw TimeLimitExceeded(limit: limit)
        }
        defer { group.cancelAll() }
        // The first child to finish decides: the operation's result, its error, or the limit's.
        guard let result = try await group.next() else { throw TimeLimitExceeded(limit: limit) }
        return result
    }
}
