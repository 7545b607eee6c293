import Foundation

/// What `lstat` says of a regular file that changes whenever its contents can: its device,
/// inode, size, and modification and status-change times (nanoseconds since 1970).
///
/// Writing a file changes its modification time, and anything that changes a file (a write, a
/// rename over it, `touch`, a new link) changes its status-change time, which no program can
/// set back. So a file whose signature equals one taken earlier holds the bytes it held then,
/// as git's index and build systems assume, with one exception git calls "racily clean": a
/// change in the same clock tick as the earlier signature can leave every time as it was.
/// ``isSettled(at:)`` tells a signature that cannot be racy from one that may be.
public struct FileSignature: Hashable, Sendable, Codable {
    public var device: UInt64
    public var inode: UInt64
    public var size: Int64
    public var modified: Int64
    public var changed: Int64

    /// The signature of the regular file at `path` (a symbolic link is not followed); `nil`
    /// when there is none there or it cannot be examined.
    public init?(path: String) {
        var status = stat()
        guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
        size = Int64(status.st_size)
        modified = Int64(status.st_mtim.tv_sec) * 1_000_000_000 + Int64(status.st_mtim.tv_nsec)
        changed = Int64(status.st_ctim.tv_sec) * 1_000_000_000 + Int64(status.st_ctim.tv_nsec)
    }

    /// A signature is coded as an array of its five numbers: records hold thousands of them.
    public init(from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        device = try container.decode(UInt64.self)
        inode = try container.decode(UInt64.self)
        size = try container.decode(Int64.self)
        modified = try container.decode(Int64.self)
        changed = try container.decode(Int64.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        try container.encode(device)
        try container.encode(inode)
        try container.encode(size)
        try container.encode(modified)
        try container.encode(changed)
    }

    /// How long before a signature is taken the file must have last changed, when the file
    /// system's own clock was not read (``SigningTime``): longer than any file system's
    /// timestamp granularity (FAT's is 2 s) and than the lag of the clock file times come from.
    public static let racyInterval: Int64 = 3_000_000_000

    /// Whether this signature, taken after `time`, is one that a later change of the file must
    /// alter: the file had last changed before `time` by the file system's own clock (read on
    /// the file's device), or ``racyInterval`` before it by the wall clock. A signature that is
    /// not settled proves nothing; the file's contents must be compared.
    public func isSettled(at time: SigningTime) -> Bool {
        let lastChange = max(modified, changed)
        if let device = time.device, device == self.device, let deviceTime = time.deviceTime {
            return lastChange < deviceTime
        }
        return lastChange < time.wallTime - Self.racyInterval
    }
}

/// When signatures were taken: read just before, from the wall clock and, where the caller
/// could write a file, from the file system's own clock (same granularity and source as the
/// times of the files on that device).
public struct SigningTime: Hashable, Sendable, Codable {
    /// The device whose clock was read.
    public var device: UInt64?
    /// That clock's time, in nanoseconds since 1970.
    public var deviceTime: Int64?
    /// The wall-clock time, in nanoseconds since 1970.
    public var wallTime: Int64

    /// A signing time of the wall clock's `wallTime` and, when known, the clock of `device`.
    public init(device: UInt64? = nil, deviceTime: Int64? = nil, wallTime: Int64) {
        self.device = device
        self.deviceTime = deviceTime
        self.wallTime = wallTime
    }

    /// The time now: the wall clock's, and the file system's as a file written at `marker`
    /// (replaced each time; nothing else should be there) shows it, when it can be written.
    public static func now(marker: URL?) -> SigningTime {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        var signing = SigningTime(wallTime: Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec))
        if let marker {
            try? FileManager.default.createDirectory(at: marker.deletingLastPathComponent(), withIntermediateDirectories: true)
            unlink(marker.path)
            if (try? FileCreation.create(marker.path, holding: Data())) != nil, let signature = FileSignature(path: marker.path) {
                signing.device = signature.device
                signing.deviceTime = max(signature.modified, signature.changed)
            }
        }
        return signing
    }
}
