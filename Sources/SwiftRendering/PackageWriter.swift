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
        for file in files where !Self.isSafe(file.path) {
            throw .unsafePath(file.path)
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
            for file in files {
                let directory = temporary.appendingPathComponent(file.path).deletingLastPathComponent()
                if directories.insert(directory.path).inserted {
                    try fileManager.createDirectory(at: directory, withIntermediateDirectories: true)
                }
            }
            // The files on all cores: creating thousands of files is mostly the file system's
            // work, and some file systems take long to find a free inode.
            let (temporaryPath, targetPath) = (temporary.path, target.path)
            let results = [Result<Bool, FileCreation.Failure>](concurrentlyMaking: files.count) { index in
                Result { () throws(FileCreation.Failure) in
                    try Self.write(files[index], into: temporaryPath, comparingWith: targetPath)
                }
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
            Self.moveBuildState(from: temporary.path, to: target.path, writing: files)
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
    /// into the new output `target`, except where `files` put something of that name. A build
    /// state that cannot be moved is left to be removed with the previous output: it is only
    /// what a build can make again.
    private static func moveBuildState(from previous: String, to target: String, writing files: [RenderedFile]) {
        let written = Set(files.map { String($0.path.prefix { $0 != "/" }) })
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
