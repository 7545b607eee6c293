#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Progress lines on standard error, written only when standard error is a terminal, so that
/// logs and pipes see only diagnostics and results.
struct Progress {
    /// Whether lines are written.
    let enabled: Bool

    /// Progress that writes when standard error is a terminal.
    static var onTerminal: Progress { Progress(enabled: isatty(2) == 1) }

    /// Writes `graphdocgen: <step>…` when enabled.
    func report(_ step: String) {
        guard enabled else { return }
        StandardStreams.error("graphdocgen: \(step)…")
    }
}
