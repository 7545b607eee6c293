import Crypto
import Foundation
import GraphDocCore

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
    /// The digest of the generator and the settings alone: what must be equal for an earlier
    /// run's renderings to be reused when pages changed (see ``RenderingMemoRecord``).
    public let environment: ContentDigest
    /// How many input pages went into it.
    public var pageCount: Int { pagePaths.count }
    /// Each input page's path, in order.
    public let pagePaths: [String]
    /// The generator's and the settings' parts, kept for ``replacingPageDigests(_:)``.
    private let generator: [ContentDigest], settings: [String]

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
        func add(_ name: String, _ list: [String]) {
            add(name)
            add(String(list.count))
            list.forEach(add)
        }
        add("generator", generator.map(\.hex))
        add("settings", settings)
        environment = ContentDigest(hash.finalize())
        add("pages", pages.flatMap { [$0.path, $0.digest.hex] })
        digest = ContentDigest(hash.finalize())
        pagePaths = pages.map(\.path)
        self.generator = generator
        self.settings = settings
    }

    /// The key over the same generator, settings and page paths, with `digests` (one per
    /// page, in order) for the pages' digests: for example, of what the generator read from
    /// each page instead of its contents.
    public func replacingPageDigests(_ digests: [ContentDigest]) -> GenerationKey {
        precondition(digests.count == pagePaths.count, "one digest per page")
        return GenerationKey(generator: generator, settings: settings, pages: zip(pagePaths, digests).map { ($0, $1) })
    }
}
