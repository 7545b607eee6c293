#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Progress lines on standard error, written only when standard error is a terminal, so that
/// logs and pipes see only diagnostics and results. Each line gives the seconds since the
/// progress began, so a slow step shows where it is.
struct Progress {
    /// Whether lines are written.
    let enabled: Bool
    /// When the progress began.
    let start = ContinuousClock.now

    /// Progress that writes when standard error is a terminal.
    static var onTerminal: Progress { Progress(enabled: isatty(2) == 1) }

    /// Writes `graphdocgen: <step>… (at 1.2 s)` when enabled.
    func report(_ step: String) {
        guard enabled else { return }
        let elapsed = start.duration(to: .now).components
        let tenths = elapsed.seconds * 10 + elapsed.attoseconds / 100_000_000_000_000_000
        StandardStreams.error("graphdocgen: \(step)… (at \(tenths / 10).\(tenths % 10) s)")
    }
}
