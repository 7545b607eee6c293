import GraphDocCore
import PageReader
import SchemaInference

/// What reading one page gave, as the ``PageEvidenceCache`` stores it: the page's evidence
/// and its diagnostics, exactly as reading it again would give them.
public struct PageEvidenceEntry: Sendable, Codable {
    /// The version of this entry's layout; an entry of another version is not used.
    public static let currentFormat = 1

    /// The layout version the entry was written with.
    public var format: Int
    /// What the page says about the API.
    public var evidence: SchemaInference.PageEvidence
    /// The page's own diagnostics (`Page.diagnostics`), in the order reading gave them.
    public var diagnostics: [Diagnostic]

    /// Creates an entry of the current format.
    public init(evidence: SchemaInference.PageEvidence, diagnostics: [Diagnostic]) {
        format = Self.currentFormat
        self.evidence = evidence
        self.diagnostics = diagnostics
    }
}

extension PageEvidenceEntry {
    /// The entry of a page that was just read: its evidence and its diagnostics.
    public init(reading page: Page) {
        self.init(evidence: SchemaInference.evidence(from: page), diagnostics: page.diagnostics)
    }
}
