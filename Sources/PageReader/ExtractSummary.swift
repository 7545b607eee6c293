import GraphDocCore

/// Counts of what the page reader found, over one page or many.
public struct ExtractSummary: Hashable, Sendable, Codable {
    /// Counts of diagnostics by severity.
    public struct DiagnosticCounts: Hashable, Sendable, Codable {
        public var error = 0
        public var warning = 0
    }

    /// Pages read.
    public var pages = 0
    /// Code blocks found.
    public var codeBlocks = 0
    /// HTTP messages found.
    public var httpMessages = 0
    /// JSON documents read: `json` code blocks and JSON bodies of HTTP messages.
    public var jsonBodies = 0
    /// JSON documents that needed a repair to be read.
    public var jsonRepaired = 0
    /// Diagnostics by severity.
    public var diagnostics = DiagnosticCounts()

    /// An empty summary.
    public init() {}

    /// The counts of one page.
    public init(_ page: Page) {
        pages = 1
        codeBlocks = page.codeBlocks.count
        httpMessages = page.httpMessages.count
        let bodies = page.codeBlocks.compactMap(\.json) + page.httpMessages.compactMap(\.body?.json)
        jsonBodies = bodies.count
        jsonRepaired = bodies.filter { $0.value != nil && !$0.isStrict }.count
        for diagnostic in page.diagnostics {
            switch diagnostic.severity {
            case .error: diagnostics.error += 1
            case .warning: diagnostics.warning += 1
            case .note: break
            }
        }
    }

    /// Adds another summary's counts to this one.
    public mutating func add(_ other: ExtractSummary) {
        pages += other.pages
        codeBlocks += other.codeBlocks
        httpMessages += other.httpMessages
        jsonBodies += other.jsonBodies
        jsonRepaired += other.jsonRepaired
        diagnostics.error += other.diagnostics.error
        diagnostics.warning += other.diagnostics.warning
    }
}
