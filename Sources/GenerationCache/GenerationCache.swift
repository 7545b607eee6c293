import Foundation
import GraphDocCore
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
        guard let record = record(for: output), record.key == key.digest else { return nil }
        let expected = record.files.sorted { $0.key < $1.key }
        let changes = PackageWriter().changes(expecting: expected.map(\.key), comparedWith: output) { index, bytes in
            ContentDigest(of: bytes) == expected[index].value
        }
        return changes.isEmpty ? record : nil
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
