import Foundation
import GraphDocCore

/// A value the cache keeps in a file of its own, with the version of its layout: a file of
/// another version, like an unreadable one, is not used.
protocol VersionedCacheFile: Codable {
    /// The version of the layout this generator writes.
    static var currentFormat: Int { get }
    /// The version the file was written with.
    var format: Int { get }
}

extension VersionedCacheFile {
    /// The value stored at `url`, when the file is readable, decodes and is of the current format.
    static func read(from url: URL, with decoder: JSONDecoder = JSONDecoder()) -> Self? {
        guard let data = try? Data(contentsOf: url) else { return nil }
        return decode(data, with: decoder)
    }

    /// The value `data` encodes, when it decodes and is of the current format.
    static func decode(_ data: Data, with decoder: JSONDecoder) -> Self? {
        guard let value = try? decoder.decode(Self.self, from: data), value.format == currentFormat else { return nil }
        return value
    }

    /// Writes the value to `url`, replacing the file atomically (its directory created first);
    /// not synced to the disk: a file lost or torn by a crash is unreadable, which means "not cached".
    func write(to url: URL, with encoder: JSONEncoder = JSONEncoder()) throws {
        try Self.write(try encoder.encode(self), to: url)
    }

    /// Writes a value's encoding to `url`, as ``write(to:with:)`` does.
    static func write(_ data: Data, to url: URL) throws {
        do {
            try FileCreation.replace(url.path, with: data)
        } catch {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileCreation.replace(url.path, with: data)
        }
    }
}

extension GenerationRecord: VersionedCacheFile {}
extension RenderingMemoRecord: VersionedCacheFile {}
extension PageEvidenceEntry: VersionedCacheFile {}
