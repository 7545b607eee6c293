import Foundation
import GraphDocCore
import PageReader

extension PageEvidenceCache {
    /// What ``read(_:contents:known:storing:consume:)`` did with the cache.
    public struct ReadSummary: Sendable {
        /// How many pages came from their entries, not read.
        public var cached: Int
        /// Why entries could not be stored or removed, when they could not.
        public var failure: String?
    }

    /// The entry of each of `files` (whose bytes have the digests `contents`, in the same
    /// order), in the order of `files`: those in `known` (by index) as they are, those with a
    /// stored entry from the cache, and the others read (on all cores) and, when `storing`,
    /// stored (else neither encoded nor digested).
    public func entries(
        _ files: [InputFile], contents: [ContentDigest], known: [Int: StoredEntry] = [:], storing: Bool = true
    ) -> (entries: [Result<StoredEntry, InputError>], summary: ReadSummary) {
        precondition(files.count == contents.count, "one digest per file")
        var results = [Result<StoredEntry, InputError>?](concurrentlyMaking: files.count) { index in
            (known[index] ?? entry(for: key(of: files[index], contents: contents[index]))).map { .success($0) }
        }
        let missing = results.indices.filter { results[$0] == nil }
        let missingKeys = Dictionary(missing.map { (files[$0], key(of: files[$0], contents: contents[$0])) }) { first, _ in first }
        var failure: String?
        var next = 0
        PageBatchReader.read(missing.map { files[$0] }) { page -> (stored: StoredEntry, failure: String?) in
            let entry = PageEvidenceEntry(reading: page)
            guard storing else { return (StoredEntry(entry: entry, digest: nil), nil) }
            do {
                let (stored, data) = try Self.encode(entry)
                guard let key = missingKeys[InputFile(path: page.path, relativePath: page.relativePath)] else { return (stored, nil) }
                do {
                    try store(data, for: key)
                    return (stored, nil)
                } catch {
                    return (stored, "\(error)")
                }
            } catch {
                // Evidence always encodes; were it not to, the entry is not stored and its
                // digest is one no other entry has.
                return (StoredEntry(entry: entry, digest: ContentDigest(of: UUID().uuidString)), "\(error)")
            }
        } consume: { _, result in
            results[missing[next]] = result.map { $0.1.stored }
            if case .success(let (_, read)) = result, failure == nil { failure = read.failure }
            next += 1
        }
        return (results.map { $0! }, ReadSummary(cached: files.count - missing.count - known.count, failure: failure))
    }

    /// Gives the entry of each of `files` to `consume`, in the order of `files`, as
    /// ``entries(_:contents:known:storing:)`` finds them; then removes the entries no page of
    /// `files` uses, so that the cache holds at most one entry per page.
    public func read(
        _ files: [InputFile], contents: [ContentDigest], known: [Int: StoredEntry] = [:], storing: Bool = true,
        consume: (InputFile, Result<StoredEntry, InputError>) throws -> Void
    ) rethrows -> ReadSummary {
        var (results, summary) = entries(files, contents: contents, known: known, storing: storing)
        do {
            try removeEntries(except: Set(zip(files, contents).map { key(of: $0, contents: $1) }))
        } catch {
            summary.failure = summary.failure ?? "\(error)"
        }
        for (file, result) in zip(files, results) { try consume(file, result) }
        return summary
    }
}
