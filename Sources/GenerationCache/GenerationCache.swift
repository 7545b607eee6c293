import Foundation
import GraphDocCore
import PageReader
import SwiftRendering

/// A directory of ``GenerationRecord``s, one per output directory, that lets a run whose
/// inputs did not change (by content) leave its output as it is.
///
/// The cache only ever skips work: a missing, unreadable or outdated record, or an output
/// that no longer holds exactly the recorded files, means a full run.
public struct GenerationCache: Sendable {
    /// The cache directory.
    public let directory: URL

    /// A cache in `directory` (created when a record is first stored).
    public init(directory: URL) {
        self.directory = directory
    }

    /// The record of the last run that wrote `output`, when there is a readable one of the
    /// current format.
    public func record(for output: URL) -> GenerationRecord? {
        GenerationRecord.read(from: recordURL(for: output))
    }

    /// Stores `record` as the last run that wrote `output`, replacing the file atomically.
    public func store(_ record: GenerationRecord, for output: URL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try record.write(to: recordURL(for: output), with: encoder)
    }

    /// The record for `output` when it was made from `key` and `output` still holds exactly
    /// the recorded files, with the recorded contents; else `nil`.
    public func currentRecord(for output: URL, key: GenerationKey) -> GenerationRecord? {
        let record = record(for: output)
        return current(record, key: key, output: output) == nil ? nil : record
    }

    /// `record` when it was made from `key` and `output` still holds exactly the recorded
    /// files (see ``holding(_:output:)``), with the output's signatures as they are now, and
    /// how many files were read to tell; else `nil`.
    public func current(_ record: GenerationRecord?, key: GenerationKey, output: URL) -> (record: GenerationRecord, read: Int)? {
        guard let record, record.key == key.digest else { return nil }
        return holding(record, output: output)
    }

    /// `record` with its files' signatures as they are now, and how many files were read,
    /// when `output` holds exactly the recorded files with the recorded contents; else `nil`.
    /// A file whose signature equals the recorded one, settled when it was taken, is not read.
    func holding(_ record: GenerationRecord, output: URL) -> (record: GenerationRecord, read: Int)? {
        let expected = record.files.sorted { $0.key < $1.key }
        let paths = expected.map(\.key)
        let (signatures, signed) = signatures(of: paths, in: output)
        let trusted = paths.map { path in
            guard let signature = signatures[path], let time = record.filesSigned else { return false }
            return record.fileSignatures[path] == signature && signature.isSettled(at: time)
        }
        let changes = PackageWriter().changes(expecting: paths, comparedWith: output, verified: { trusted[$0] }) { index, bytes in
            ContentDigest(of: bytes) == expected[index].value
        }
        guard changes.isEmpty else { return nil }
        var updated = record
        updated.sign(files: signatures, at: signed)
        return (updated, trusted.count { !$0 })
    }

    /// The time now, for signatures about to be taken (``SigningTime/now(marker:)``, with a
    /// marker file in the cache directory).
    public func signingTime() -> SigningTime {
        SigningTime.now(marker: directory.appendingPathComponent("clock"))
    }

    /// The signatures of `files` in `output` as they are now, and when they were taken.
    public func signatures(of files: [String], in output: URL) -> (signatures: [String: FileSignature], signed: SigningTime) {
        let signed = signingTime()
        let target = output.standardizedFileURL.path + "/"
        let signatures = [FileSignature?](concurrentlyMaking: files.count) { FileSignature(path: target + files[$0]) }
        return (Dictionary(uniqueKeysWithValues: zip(files, signatures).compactMap { path, signature in signature.map { (path, $0) } }), signed)
    }

    /// The renderings of the last run that wrote `output`, when that run had the same
    /// generator and settings (`environment`, see ``GenerationKey/environment``); else none.
    public func renderingMemo(for output: URL, environment: ContentDigest) -> RenderingMemo {
        guard let record = RenderingMemoRecord.read(from: recordURL(for: output, suffix: Self.memoSuffix)),
              record.environment == environment
        else { return RenderingMemo() }
        return record.memo
    }

    /// Stores a run's renderings as those of `output`, replacing the file atomically.
    public func store(_ memo: RenderingMemo, for output: URL, environment: ContentDigest) throws {
        try RenderingMemoRecord(environment: environment, memo: memo).write(to: recordURL(for: output, suffix: Self.memoSuffix))
    }

    /// The end of a rendering memo's file name.
    static let memoSuffix = ".renderings.json"

    /// The model file plans stored for `output` by a run with the same generator and settings
    /// (`environment`) and named `id` (``GenerationRecord/modelPlans``); else `nil`.
    public func modelFilePlans(for output: URL, environment: ContentDigest, id: String?) -> ModelFilePlansFile? {
        guard let id, let data = try? Data(contentsOf: recordURL(for: output, suffix: Self.plansSuffix), options: .mappedIfSafe),
              let file = ModelFilePlansFile.decode(data, environment: environment), file.id == id
        else { return nil }
        return file
    }

    /// Stores the model file plans of a run that wrote `output`, replacing the file atomically;
    /// returns the name the run's record gives them (``GenerationRecord/modelPlans``).
    public func store(_ plans: ModelFilePlans, for output: URL, environment: ContentDigest) throws -> String {
        let id = UUID().uuidString
        let data = try ModelFilePlansFile.encode(plans, environment: environment, id: id)
        try GenerationRecord.write(data, to: recordURL(for: output, suffix: Self.plansSuffix))
        return id
    }

    /// The end of a model file plans file's name.
    static let plansSuffix = ".plans"

    /// A file of `output`'s: named by the digest of its absolute path, then `suffix`.
    func recordURL(for output: URL, suffix: String = ".json") -> URL {
        directory.appendingPathComponent(ContentDigest(of: output.standardizedFileURL.path).hex + suffix)
    }
}

extension GenerationCache {
    /// The cache of page evidence beside the records, for the generator whose files have
    /// the digests `generator`.
    public func pageEvidence(generator: [ContentDigest]) -> PageEvidenceCache {
        PageEvidenceCache(directory: directory.appendingPathComponent("pages"), generator: generator)
    }
}

extension GenerationCache {
    /// What ``compareEvidence(_:output:key:files:contents:pages:)`` found.
    public struct EvidenceComparison: Sendable {
        /// The last run's record, updated to the current key and pages, when the pages give
        /// exactly the evidence that run's output was made from and the output still holds
        /// the recorded files: the output is current, though pages changed.
        public var unchanged: GenerationRecord?
        /// How many pages' contents changed since the recorded run.
        public var changedPages = 0
        /// The entries read for the changed pages, by index, for a run that must go on.
        public var entries: [Int: PageEvidenceCache.StoredEntry] = [:]
        /// Why entries could not be stored, when they could not.
        public var failure: String?
    }

    /// Compares the pages of a run whose ``GenerationKey`` is `key` (the pages `files`, whose
    /// contents have the digests `contents`) with `record`, the last run that wrote `output`: reads the
    /// pages whose contents changed (through `pages`), and finds whether their evidence
    /// entries are those that run recorded.
    ///
    /// The output is a function of the pages' entries, the generator and the settings (what
    /// the evidence key covers), so an edit that leaves a page's evidence and diagnostics as
    /// they were (a reworded translation, the front matter, prose the generator does not read)
    /// leaves the output as it is. When so, the changed pages' earlier entries are removed
    /// from `pages`, which keeps one entry per page.
    public func compareEvidence(
        _ record: GenerationRecord?, output: URL, key: GenerationKey, files: [InputFile], contents: [ContentDigest],
        pages: PageEvidenceCache
    ) -> EvidenceComparison {
        guard let record, let evidenceKey = record.evidenceKey, record.pages.map(\.path) == key.pagePaths, contents.count == files.count
        else { return EvidenceComparison() }
        var digests = record.pages.compactMap(\.evidence)
        guard digests.count == record.pages.count else { return EvidenceComparison() }
        let changed = files.indices.filter { contents[$0] != record.pages[$0].contents }
        let (read, summary) = pages.entries(changed.map { files[$0] }, contents: changed.map { contents[$0] })
        var comparison = EvidenceComparison(changedPages: changed.count, failure: summary.failure)
        for (index, result) in zip(changed, read) {
            guard case .success(let entry) = result, let digest = entry.digest else { return comparison }
            comparison.entries[index] = entry
            digests[index] = digest
        }
        guard key.replacingPageDigests(digests).digest == evidenceKey, var updated = holding(record, output: output)?.record else {
            return comparison
        }
        pages.removeEntries(changed.map { pages.key(of: files[$0], contents: record.pages[$0].contents) })
        updated.key = key.digest
        updated.pages = zip(record.pages, contents).map { GenerationRecord.PageDigests(path: $0.path, contents: $1, evidence: $0.evidence) }
        comparison.unchanged = updated
        return comparison
    }
}
