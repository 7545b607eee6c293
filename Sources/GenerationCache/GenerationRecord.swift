import GraphDocCore

/// What a finished generation leaves in the cache for the next run: the key it was made
/// from, the digest of each file it wrote, and what it reported.
public struct GenerationRecord: Hashable, Sendable, Codable {
    /// The version of this record's layout; a record of another version is not used.
    public static let currentFormat = 3

    /// The layout version the record was written with.
    public var format: Int
    /// The ``GenerationKey`` digest of the run.
    public var key: ContentDigest
    /// The digest of what the run's output was made from: the ``GenerationKey`` over each
    /// page's evidence entry instead of its contents (see
    /// ``GenerationKey/replacingPageDigests(_:)``); `nil` when the run did not digest every
    /// page's entry (``PageEvidenceCache/StoredEntry/digest``).
    public var evidenceKey: ContentDigest?
    /// Each input page of the run, in order.
    public var pages: [PageDigests]
    /// Each written file's path, relative to the output directory, and its digest.
    public var files: [String: ContentDigest]
    /// The signatures of the output's files, by path, when they were taken (``filesSigned``):
    /// a file whose signature is unchanged and settled is not read to tell it is as written.
    public var fileSignatures: [String: FileSignature] = [:]
    /// When ``fileSignatures`` were taken.
    public var filesSigned: SigningTime?
    /// When the pages' signatures (``PageDigests/signature``) were taken.
    public var pagesSigned: SigningTime?
    /// The diagnostics the run reported (notes included), so that a run that finds nothing
    /// to do reports them again.
    public var diagnostics: [Diagnostic]
    /// The run's summary lines (model and examples), without the `graphdocgen: ` prefix.
    public var summary: [String]
    /// The ``ModelFilePlansFile/id`` of the model file plans stored with the record, when
    /// they were: what a run that changes only descriptions renders again.
    public var modelPlans: String?

    /// One input page: its path (as ``GenerationKey`` takes it), the digest of its contents,
    /// the digest of its evidence entry (``PageEvidenceCache/StoredEntry/digest``) and its file's
    /// signature, taken before its contents were read (when it could be).
    public struct PageDigests: Hashable, Sendable, Codable {
        public var path: String
        public var contents: ContentDigest
        public var evidence: ContentDigest?
        public var signature: FileSignature?

        public init(path: String, contents: ContentDigest, evidence: ContentDigest?, signature: FileSignature? = nil) {
            self.path = path
            self.contents = contents
            self.evidence = evidence
            self.signature = signature
        }
    }

    /// How many changed pages make a run a documentation update (``isUpdated(in:contents:)``),
    /// at least.
    public static let updatePages = 100

    /// Whether a run whose key is `key`, over pages whose contents have the digests `contents`
    /// (in the order of `key`'s paths), follows a documentation update: more than half of the
    /// recorded pages, and more than ``updatePages``, are gone or changed.
    public func isUpdated(in key: GenerationKey, contents: [ContentDigest]) -> Bool {
        let current = Dictionary(zip(key.pagePaths, contents), uniquingKeysWith: { first, _ in first })
        let changed = pages.count { current[$0.path] != $0.contents }
        return changed > Self.updatePages && changed * 2 > pages.count
    }

    /// Records the output's signatures, taken after `time`.
    public mutating func sign(files signatures: [String: FileSignature], at time: SigningTime) {
        fileSignatures = signatures
        filesSigned = time
    }

    /// Records the pages' signatures (one per page, in order), taken after `time`.
    public mutating func sign(pages signatures: [FileSignature?], at time: SigningTime) {
        precondition(signatures.count == pages.count, "one signature per page")
        for index in pages.indices { pages[index].signature = signatures[index] }
        pagesSigned = time
    }

    /// Creates a record of the current format.
    public init(
        key: ContentDigest, evidenceKey: ContentDigest?, pages: [PageDigests], files: [String: ContentDigest],
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
