import GraphDocCore
import PageReader

extension PageEvidenceCache {
    /// What ``read(_:contents:consume:)`` did with the cache.
    public struct ReadSummary: Sendable {
        /// How many pages came from their entries, not read.
        public var cached: Int
        /// Why entries could not be stored or removed, when they could not.
        public var failure: String?
    }

    /// Gives the entry of each of `files` (whose bytes have the digests `contents`, in the
    /// same order) to `consume`, in the order of `files`: a page with a stored entry is not
    /// read; the others are read (on all cores) and their entries stored. Then removes the
    /// entries no page of `files` uses, so that the cache holds one entry per page.
    public func read(
        _ files: [InputFile], contents: [ContentDigest], consume: (InputFile, Result<PageEvidenceEntry, InputError>) throws -> Void
    ) rethrows -> ReadSummary {
        precondition(files.count == contents.count, "one digest per file")
        let keys = zip(files, contents).map { key(of: $0, contents: $1) }
        var results = [Result<PageEvidenceEntry, InputError>?](concurrentlyMaking: files.count) { index in
            entry(for: keys[index]).map { .success($0) }
        }
        let missing = results.indices.filter { results[$0] == nil }
        let missingKeys = Dictionary(missing.map { (files[$0], keys[$0]) }) { first, _ in first }
        var failure: String?
        var next = 0
        PageBatchReader.read(missing.map { files[$0] }) { page -> (entry: PageEvidenceEntry, failure: String?) in
            let entry = PageEvidenceEntry(reading: page)
            guard let key = missingKeys[InputFile(path: page.path, relativePath: page.relativePath)] else { return (entry, nil) }
            do {
                try store(entry, for: key)
                return (entry, nil)
            } catch {
                return (entry, "\(error)")
            }
        } consume: { _, result in
            results[missing[next]] = result.map { $0.1.entry }
            if case .success(let (_, read)) = result, failure == nil { failure = read.failure }
            next += 1
        }
        do {
            try removeEntries(except: Set(keys))
        } catch {
            failure = failure ?? "\(error)"
        }
        for (file, result) in zip(files, results) {
            if let result { try consume(file, result) }
        }
        return ReadSummary(cached: files.count - missing.count, failure: failure)
    }
}
