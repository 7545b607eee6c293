import GraphDocCore

/// What `graphdocgen lint` found: the diagnostics of reading and inferring the pages, sorted,
/// and how many pages were read. The formats and the exit status are computed from it.
public struct LintReport: Hashable, Sendable {
    /// The diagnostics, sorted by location, then severity, code and message.
    public let diagnostics: [Diagnostic]
    /// The number of pages read.
    public let pages: Int
    /// The number of operations whose pages list permissions, and of the others; `nil` when not counted.
    public let permissions: PermissionCounts?

    /// How many operations carry permissions.
    public struct PermissionCounts: Hashable, Sendable {
        /// The operations whose pages list permissions.
        public var with: Int
        /// The operations whose pages list none.
        public var without: Int

        /// Creates counts.
        public init(with: Int, without: Int) {
            self.with = with
            self.without = without
        }
    }

    /// Creates a report; the diagnostics are sorted.
    public init(diagnostics: [Diagnostic], pages: Int, permissions: PermissionCounts? = nil) {
        self.diagnostics = Diagnostics.sorted(diagnostics)
        self.pages = pages
        self.permissions = permissions
    }

    /// The number of diagnostics of a severity.
    public func count(of severity: Diagnostic.Severity) -> Int {
        diagnostics.lazy.filter { $0.severity == severity }.count
    }

    /// `lint: N errors, M warnings, K notes in P pages`, and `; O operations with permissions, Q without`
    /// when the pages document operations.
    public var summaryLine: String {
        "lint: \(count(of: .error)) errors, \(count(of: .warning)) warnings, \(count(of: .note)) notes in \(pages) pages"
            + (permissions.flatMap { $0.with + $0.without == 0 ? nil : "; \($0.with) operations with permissions, \($0.without) without" } ?? "")
    }

    /// The exit status: 1 when there are errors, or warnings and `strict`; else 0.
    public func exitStatus(strict: Bool) -> Int32 {
        count(of: .error) > 0 || (strict && count(of: .warning) > 0) ? 1 : 0
    }
}
