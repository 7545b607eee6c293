import Crypto
import Foundation

/// Everything a generation's output depends on, reduced to one digest: the generator (its
/// executable, templates and runtime sources), the settings, and each input page's path and
/// contents.
///
/// Two runs with equal keys write the same bytes (the generator is deterministic), so a run
/// whose key equals the recorded one, over an output that still holds the recorded files,
/// has nothing to do.
public struct GenerationKey: Hashable, Sendable {
    /// The digest of all the parts.
    public let digest: ContentDigest
    /// How many input pages went into it.
    public let pageCount: Int

    /// A key over `generator` (digests of the generator's own files), `settings` (each
    /// setting that shapes the output, in a fixed order) and `pages` (each input page's path
    /// and digest).
    public init(generator: [ContentDigest], settings: [String], pages: [(path: String, digest: ContentDigest)]) {
        var hash = SHA256()
        // Every part is length-prefixed, so that no two different lists run together into
        // the same bytes.
        func add(_ text: String) {
            let bytes = Array(text.utf8)
            withUnsafeBytes(of: UInt64(bytes.count).littleEndian) { hash.update(bufferPointer: $0) }
            hash.update(data: bytes)
        }
        for part in [("generator", generator.map(\.hex)), ("settings", settings), ("pages", pages.flatMap { [$0.path, $0.digest.hex] })] {
            add(part.0)
            add(String(part.1.count))
            part.1.forEach(add)
        }
        digest = ContentDigest(hash.finalize())
        pageCount = pages.count
    }
}
