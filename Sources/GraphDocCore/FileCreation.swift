import Foundation

/// Creating files with `open` and `write`, without syncing them to the disk.
///
/// `Data.write(to:)` syncs each file it writes; the generator writes thousands (the package,
/// the evidence cache), each of which is either replaced as a whole (a directory exchanged, a
/// file renamed over) or rebuilt when unreadable, so a sync per file bought nothing but time
/// (4,000 syncs took a tenth of a cold run).
public enum FileCreation {
    /// Why a file could not be written.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        /// The file.
        public var path: String
        /// What the system said.
        public var reason: String

        /// A failure of `path` for `reason`.
        public init(path: String, reason: String) {
            self.path = path
            self.reason = reason
        }

        public var description: String { "\(path): \(reason)" }
    }

    /// Creates the file `path`, which must not exist, holding `bytes`.
    public static func create(_ path: String, holding bytes: Data) throws(Failure) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure(path: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        let failure: Failure? = bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return Failure(path: path, reason: String(cString: strerror(errno)))
                }
                offset += written
            }
            return nil
        }
        if let failure { throw failure }
    }

    /// Replaces the file `path` with one holding `bytes` in one step: written beside it under a
    /// unique name, then renamed over it, so a reader sees the old file or the new one whole.
    public static func replace(_ path: String, with bytes: Data) throws(Failure) {
        let temporary = path + ".tmp-\(getpid())-\(UUID().uuidString)"
        try create(temporary, holding: bytes)
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw Failure(path: path, reason: reason)
        }
    }
}
