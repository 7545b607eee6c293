import GraphDocCore

/// What a finished generation leaves in the cache for the next run: the key it was made
/// from, the digest of each file it wrote, and what it reported.
public struct GenerationRecord: Hashable, Sendable, Codable {
    /// The version of this record's layout; a record of another version is not used.
    public static let currentFormat = 1

    /// The layout version the record was written with.
    public var format: Int
    /// The ``GenerationKey`` digest of the run.
    public var key: ContentDigest
    /// Each written file's path, relative to the output directory, and its digest.
    public var files: [String: ContentDigest]
    /// The diagnostics the run reported (notes included), so that a run that finds nothing
    /// to do reports them again.
    public var diagnostics: [Diagnostic]
    /// The run's summary lines (model and examples), without the `graphdocgen: ` prefix.
    public var summary: [String]

    /// Creates a record of the current format.
    public init(key: ContentDigest, files: [String: ContentDigest], diagnostics: [Diagnostic], summary: [String]) {
        format = Self.currentFormat
        self.key = key
        self.files = files
        self.diagnostics = diagnostics
        self.summary = summary
    }
}
