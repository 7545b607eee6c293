import GraphDocCore

/// What a finished generation leaves in the cache for the next run: the key it was made
/// from, the digest of each file it wrote, and what it reported.
public struct GenerationRecord: Hashable, Sendable, Codable {
    /// The version of this record's layout; a record of another version is not used.
    public static let currentFormat = 2

    /// The layout version the record was written with.
    public var format: Int
    /// The ``GenerationKey`` digest of the run.
    public var key: ContentDigest
    /// The digest of what the run's output was made from: the ``GenerationKey`` over each
    /// page's evidence entry instead of its contents (see ``GenerationKey/evidence(_:)``).
    public var evidenceKey: ContentDigest
    /// Each input page of the run, in order.
    public var pages: [PageDigests]
    /// Each written file's path, relative to the output directory, and its digest.
    public var files: [String: ContentDigest]
    /// The diagnostics the run reported (notes included), so that a run that finds nothing
    /// to do reports them again.
    public var diagnostics: [Diagnostic]
    /// The run's summary lines (model and examples), without the `graphdocgen: ` prefix.
    public var summary: [String]

    /// One input page: its path (as ``GenerationKey`` takes it), the digest of its contents
    /// and the digest of its evidence entry (``PageEvidenceCache/StoredEntry/digest``).
    public struct PageDigests: Hashable, Sendable, Codable {
        public var path: String
        public var contents: ContentDigest
        public var evidence: ContentDigest

        public init(path: String, contents: ContentDigest, evidence: ContentDigest) {
            self.path = path
            self.contents = contents
            self.evidence = evidence
        }
    }

    /// Creates a record of the current format.
    public init(
        key: ContentDigest, evidenceKey: ContentDigest, pages: [PageDigests], files: [String: ContentDigest],
        diagnostics: [Diagnostic], summary: [String]
    ) {
        format = Self.currentFormat
        self.key = key
        self.evidenceKey = evidenceKey
        self.pages = pages
        self.files = files
        self.diagnostics = diagnostics
        self.summary = summary
    }
}
