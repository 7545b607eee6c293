import Foundation
import GraphDocCore
import LenientJSON
import PageReader

/// A directory of ``PageEvidenceEntry``s, one file per page, so that a run that is not
/// skipped reads only the pages whose contents changed since an earlier run.
///
/// An entry is named by the digest of its page's path, relative path and contents and of the
/// generator's own files: an edited page, or a rebuilt generator, finds no entry. A missing,
/// unreadable, corrupt or foreign entry means the page is read again.
public struct PageEvidenceCache: Sendable {
    /// The directory of the entries.
    public let directory: URL
    /// The digests of the generator's files (``GeneratorIdentity``), part of every entry's key.
    public let generator: [ContentDigest]

    /// A cache in `directory` (created when an entry is first stored) for the generator
    /// whose files have the digests `generator`.
    public init(directory: URL, generator: [ContentDigest]) {
        self.directory = directory
        self.generator = generator
    }

    /// An entry with the digest of its stored form: the entry's encoding is a function of its
    /// value (keys sorted), so two pages whose entries have equal digests give the generator
    /// the same evidence and diagnostics, whatever else differs in their text.
    public struct StoredEntry: Sendable {
        /// The page's evidence and diagnostics.
        public var entry: PageEvidenceEntry
        /// The digest of the entry's encoding; `nil` for an entry read and not encoded.
        public var digest: ContentDigest?
    }

    /// The key of the entry of `file`, whose bytes have the digest `contents`.
    public func key(of file: InputFile, contents: ContentDigest) -> ContentDigest {
        GenerationKey(
            generator: generator, settings: [], pages: [(path: file.path + "\n" + file.relativePath, digest: contents)]
        ).digest
    }

    /// The entry stored under `key`, when there is a readable one of the current format.
    public func entry(for key: ContentDigest) -> StoredEntry? {
        guard let data = try? Data(contentsOf: url(for: key)), let entry = PageEvidenceEntry.decode(data, with: Self.decoder) else {
            return nil
        }
        return StoredEntry(entry: entry, digest: ContentDigest(of: data))
    }

    /// `entry` with the digest of its encoding, and that encoding.
    public static func encode(_ entry: PageEvidenceEntry) throws -> (stored: StoredEntry, data: Data) {
        let data = try encoder.encode(entry)
        return (StoredEntry(entry: entry, digest: ContentDigest(of: data)), data)
    }

    /// Stores an entry's encoding under `key`, replacing the file atomically.
    public func store(_ data: Data, for key: ContentDigest) throws {
        try PageEvidenceEntry.write(data, to: url(for: key))
    }

    /// Removes every file of the directory that is not the entry of one of `keys`.
    public func removeEntries(except keys: Set<ContentDigest>) throws {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return }
        let kept = Set(keys.map { $0.hex + Self.fileExtension })
        for name in names where !kept.contains(name) {
            try FileManager.default.removeItem(at: directory.appendingPathComponent(name))
        }
    }

    /// Removes the entries under `keys`, those that exist.
    public func removeEntries(_ keys: some Sequence<ContentDigest>) {
        for key in keys { try? FileManager.default.removeItem(at: url(for: key)) }
    }

    /// The file of the entry under `key`.
    func url(for key: ContentDigest) -> URL {
        directory.appendingPathComponent(key.hex + Self.fileExtension)
    }

    static let fileExtension = ".json"

    /// An encoder of the lossless form (JSON positions, member order, duplicate keys), keys
    /// sorted so that equal entries have equal bytes.
    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        encoder.userInfo[JSONValue.losslessCoding] = true
        return encoder
    }

    /// A decoder of the lossless form.
    static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.userInfo[JSONValue.losslessCoding] = true
        return decoder
    }
}
