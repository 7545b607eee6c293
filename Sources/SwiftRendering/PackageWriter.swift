import CAtomicRename
import Foundation
import GraphDocCore

/// Why the generated package could not be written.
public enum PackageWriteError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A file path would leave the output directory or is not a plain relative path.
    case unsafePath(String)
    /// The file system refused an operation.
    case fileSystem(path: String, reason: String)

    public var description: String {
        switch self {
        case .unsafePath(let path): "refusing to write '\(path)': not a plain path inside the output directory"
        case .fileSystem(let path, let reason): "\(path): \(reason)"
        }
    }
}

/// Writes a generated package so that readers only ever see the previous output or the
/// complete new one: files are written into a temporary directory beside the output
/// directory, which is then exchanged with the output directory in one atomic step
/// (`renameat2(RENAME_EXCHANGE)` on Linux). An interrupted run leaves the previous
/// output intact and nothing inside it; a temporary directory it leaves beside it is
/// removed by the next run. Temporary directories are named
/// `.<output>.graphdocgen-<pid>-<uuid>`, so that one a running process is still writing is
/// left alone.
///
/// A file whose bytes equal the previous output's file is hard-linked from it instead of
/// written, so after the exchange it keeps its inode and modification time: build tools see
/// only the files that changed. What build tools keep at the top of the output directory
/// (``isBuildState(_:)``: `.build`, `.swiftpm`, `Package.resolved`) is moved into the new
/// output, so that building the package where it is generated stays incremental.
public struct PackageWriter {
    /// The prefix of temporary directories, after the output directory's name.
    static let temporaryMarker = ".graphdocgen-"

    /// Creates a writer.
    public init() {}

    /// Replaces `directory` with exactly `files`; says how many of them changed.
    @discardableResult
    public func write(_ files: [RenderedFile], to directory: URL) throws(PackageWriteError) -> PackageWriteSummary {
        try replace(directory, with: files.map(\.path)) { index, temporary, target throws(FileCreation.Failure) in
            try Self.write(files[index], into: temporary, comparingWith: target)
        }
    }

    /// Replaces the files of `directory` at the paths of `changed` with them, where the caller
    /// knows `directory` holds exactly the files at `paths` (the changed ones among them) and
    /// what the others hold: they are kept as they are, not read. As atomic as ``write(_:to:)``:
    /// one file is written beside its previous version and renamed over it; more are written
    /// into a new directory that the other files are hard-linked into, exchanged with the output.
    @discardableResult
    public func update(
        _ directory: URL, replacing changed: [RenderedFile], keeping paths: [String]
    ) throws(PackageWriteError) -> PackageWriteSummary {
        for file in changed where !Self.isSafe(file.path) {
            throw .unsafePath(file.path)
        }
        let target = directory.standardizedFileURL
        if changed.count <= 1 {
            for file in changed {
                do {
                    try FileCreation.replace(target.path + "/" + file.path, with: Data(file.contents.utf8))
                } catch {
                    throw .fileSystem(path: error.path, reason: error.reason)
                }
            }
            return PackageWriteSummary(changed: changed.count, unchanged: paths.count - changed.count)
        }
        let replaced = Dictionary(changed.map { ($0.path, $0) }) { first, _ in first }
        return try replace(directory, with: paths) { index, temporary, target throws(FileCreation.Failure) in
            let path = paths[index]
            if let file = replaced[path] {
                try FileCreation.create(temporary + "/" + path, holding: Data(file.contents.utf8))
                return true
            }
            guard link(target + "/" + path, temporary + "/" + path) == 0 else {
                throw FileCreation.Failure(path: target + "/" + path, reason: String(cString: strerror(errno)))
            }
            return false
        }
    }

    /// Replaces `directory` with a new one holding a file at each of `paths`, placed by `place`
    /// (given the index of the path, the new directory and the previous one; says whether the
    /// file changed), then exchanged with the output in one step.
    private func replace(
        _ directory: URL, with paths: [String],
        placing place: @Sendable (Int, String, String) throws(FileCreation.Failure) -> Bool
    ) throws(PackageWriteError) -> PackageWriteSummary {
        for path in paths where !Self.isSafe(path) {
            throw .unsafePath(path)
        }
        let fileManager = FileManager.default
        let target = directory.standardizedFileURL
        let parent = target.deletingLastPathComponent()
        removeStaleTemporaries(of: target)
        let temporary = parent.appendingPathComponent(
            "." + target.lastPathComponent + Self.temporaryMarker + "\(getpid())-" + UUID().uuidString)
        var summary = PackageWriteSummary()
        do {
            try fileManager.createDirectory(at: temporary, withIntermediateDirectories: true)
            var directories: Set<String> = [temporary.path]
            for path in paths {
                let directory = temporary.appendingPathComponent(path).deletingLastPathComponent()
                if directories.insert(directory.path).inserted {
                    try fileManager.createDirectory(at: directory, withIntermediateDirectories: true)
                }
            }
            // The files on all cores: creating thousands of files is mostly the file system's
            // work, and some file systems take long to find a free inode.
            let (temporaryPath, targetPath) = (temporary.path, target.path)
            let results = [Result<Bool, FileCreation.Failure>](concurrentlyMaking: paths.count) { index in
                Result { () throws(FileCreation.Failure) in try place(index, temporaryPath, targetPath) }
            }
            for result in results {
                if try result.get() { summary.changed += 1 } else { summary.unchanged += 1 }
            }
        } catch {
            try? fileManager.removeItem(at: temporary)
            throw .fileSystem(path: temporary.path, reason: "\(error)")
        }
        if fileManager.fileExists(atPath: target.path) {
            guard graphdocgen_exchange_paths(temporary.path, target.path) == 0 else {
                let reason = String(cString: strerror(errno))
                try? fileManager.removeItem(at: temporary)
                throw .fileSystem(path: target.path, reason: "cannot replace the output directory: \(reason)")
            }
            // The temporary directory now holds the previous output.
            Self.moveBuildState(from: temporary.path, to: target.path, writing: paths)
            try? fileManager.removeItem(at: temporary)
        } else {
            guard rename(temporary.path, target.path) == 0 else {
                let reason = String(cString: strerror(errno))
                try? fileManager.removeItem(at: temporary)
                throw .fileSystem(path: target.path, reason: reason)
            }
        }
        return summary
    }

    /// Writes `file` into `directory`, or hard-links the previous output's file when its bytes are
    /// the same; says whether the file changed.
    private static func write(
        _ file: RenderedFile, into directory: String, comparingWith previousDirectory: String
    ) throws(FileCreation.Failure) -> Bool {
        let path = directory + "/" + file.path
        let previous = previousDirectory + "/" + file.path
        let bytes = Data(file.contents.utf8)
        if regularFileContents(at: URL(fileURLWithPath: previous)) == bytes, link(previous, path) == 0 { return false }
        try FileCreation.create(path, holding: bytes)
        return true
    }

    /// Whether `entry`, a name at the top of the output directory, is what a build tool keeps
    /// there rather than generated output: a hidden entry (SwiftPM's `.build` and `.swiftpm`,
    /// an editor's settings) or SwiftPM's `Package.resolved`. A run keeps these, unless it
    /// writes a file of that name itself, and `--check` does not count them.
    public static func isBuildState(_ entry: String) -> Bool {
        entry.hasPrefix(".") || entry == "Package.resolved"
    }

    /// Moves the build state (``isBuildState(_:)``) of the previous output, now in `previous`,
    /// into the new output `target`, except where the files at `paths` put something of that name. A build
    /// state that cannot be moved is left to be removed with the previous output: it is only
    /// what a build can make again.
    private static func moveBuildState(from previous: String, to target: String, writing paths: [String]) {
        let written = Set(paths.map { String($0.prefix { $0 != "/" }) })
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: previous)) ?? []
        for entry in entries where isBuildState(entry) && !written.contains(entry) {
            _ = rename(previous + "/" + entry, target + "/" + entry)
        }
    }

    /// Whether a path is relative, plain, and stays inside the directory it is written to.
    static func isSafe(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\\"), !path.contains("\0") else { return false }
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        return components.allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
    }

    /// Removes temporary directories an interrupted run left beside `target`: those whose
    /// writer is no longer running (or whose name holds no process id).
    private func removeStaleTemporaries(of target: URL) {
        let fileManager = FileManager.default
        let parent = target.deletingLastPathComponent()
        let prefix = "." + target.lastPathComponent + Self.temporaryMarker
        let entries = (try? fileManager.contentsOfDirectory(atPath: parent.path)) ?? []
        for entry in entries where entry.hasPrefix(prefix) {
            let writer = entry.dropFirst(prefix.count).prefix { $0 != "-" }
            if let pid = pid_t(writer), Self.isRunning(pid) { continue }
            try? fileManager.removeItem(at: parent.appendingPathComponent(entry))
        }
    }

    /// Whether a process with this id exists (this one included).
    static func isRunning(_ pid: pid_t) -> Bool {
        pid > 0 && (kill(pid, 0) == 0 || errno == EPERM)
    }
}
