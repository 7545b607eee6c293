import GraphDocCore

/// What `graphdocgen lint` found: the diagnostics of reading and inferring the pages, sorted,
/// and how many pages were read. The formats and the exit status are computed from it.
public struct LintReport: Hashable, Sendable {
    /// The diagnostics, sorted by location, then severity, code and message.
    public let diagnostics: [Diagnostic]
    /// The number of pages read.
    public let pages: Int

    /// Creates a report; the diagnostics are sorted.
    public init(diagnostics: [Diagnostic], pages: Int) {
        self.diagnostics = Diagnostics.sorted(diagnostics)
        self.pages = pages
    }

    /// The number of diagnostics of a severity.
    public func count(of severity: Diagnostic.Severity) -> Int {
        diagnostics.lazy.filter { $0.severity == severity }.count
    }

    /// `lint: N errors, M warnings, K notes in P pages`.
    public var summaryLine: String {
        "lint: \(count(of: .error)) errors, \(count(of: .warning)) warnings, \(count(of: .note)) notes in \(pages) pages"
    }

    /// The exit status: 1 when there are errors, or warnings and `strict`; else 0.
    public func exitStatus(strict: Bool) -> Int32 {
        count(of: .error) > 0 || (strict && count(of: .warning) > 0) ? 1 : 0
    }
}
