import Foundation
import GraphDocCore

/// A difference between the files a run would write and the output directory as it is.
public struct OutputChange: Hashable, Sendable, Comparable {
    /// What would happen to the path.
    public enum Kind: String, Hashable, Sendable {
        /// The file is not in the output yet.
        case added
        /// The file is in the output with other bytes.
        case changed
        /// The file or directory is in the output but would not be written (a directory is
        /// named once, with a trailing `/`, when nothing would be written inside it).
        case removed
    }

    /// The path relative to the output directory.
    public var path: String
    /// What would happen to it.
    public var kind: Kind

    /// Creates a change.
    public init(_ kind: Kind, _ path: String) {
        self.kind = kind
        self.path = path
    }

    /// `would be added`, `would change`, `would be removed`.
    public var verb: String {
        switch kind {
        case .added: "would be added"
        case .changed: "would change"
        case .removed: "would be removed"
        }
    }

    public static func < (lhs: OutputChange, rhs: OutputChange) -> Bool {
        lhs.path.utf8.lexicographicallyPrecedes(rhs.path.utf8)
    }
}

extension PackageWriter {
    /// What writing `files` to `directory` would change, sorted by path; empty when the
    /// directory holds exactly these files. Reads, writes nothing.
    public func changes(_ files: [RenderedFile], comparedWith directory: URL) -> [OutputChange] {
        changes(expecting: files.map(\.path), comparedWith: directory) { index, bytes in
            bytes == Data(files[index].contents.utf8)
        }
    }

    /// What writing files at `paths` to `directory` would change, sorted by path, where
    /// `matches(i, bytes)` says whether `bytes` are the contents expected at `paths[i]`; a
    /// file for which `verified(i)` is true is known to hold them and is not read.
    public func changes(
        expecting paths: [String], comparedWith directory: URL, verified: @Sendable (Int) -> Bool = { _ in false },
        matches: @Sendable (Int, Data) -> Bool
    ) -> [OutputChange] {
        let target = directory.standardizedFileURL
        // Each file read and compared on all cores: thousands of small reads.
        let found = [OutputChange.Kind?](concurrentlyMaking: paths.count) { index in
            if verified(index) { return nil }
            return switch Self.regularFileContents(at: target.appendingPathComponent(paths[index])) {
            case nil: .added
            case let bytes? where !matches(index, bytes): .changed
            default: nil
            }
        }
        var changes: [OutputChange] = []
        var rendered: Set<String> = []
        var renderedDirectories: Set<String> = []
        for (path, kind) in zip(paths, found) {
            rendered.insert(path)
            var parent = path
            while let slash = parent.lastIndex(of: "/") {
                parent = String(parent[..<slash])
                renderedDirectories.insert(parent)
            }
            if let kind { changes.append(OutputChange(kind, path)) }
        }
        func visit(_ relative: String) {
            let url = relative.isEmpty ? target : target.appendingPathComponent(relative)
            for entry in (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? [] {
                let path = relative.isEmpty ? entry : relative + "/" + entry
                if relative.isEmpty, Self.isBuildState(entry), !rendered.contains(path), !renderedDirectories.contains(path) { continue }
                if Self.isDirectory(url.appendingPathComponent(entry)) {
                    if renderedDirectories.contains(path) { visit(path) } else { changes.append(OutputChange(.removed, path + "/")) }
                } else if !rendered.contains(path) {
                    changes.append(OutputChange(.removed, path))
                }
            }
        }
        visit("")
        return changes.sorted()
    }

    /// The bytes of the regular file at `url` (not following a symbolic link), or `nil`.
    static func regularFileContents(at url: URL) -> Data? {
        var status = stat()
        guard lstat(url.path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        return FileManager.default.contents(atPath: url.path)
    }

    /// Whether `url` is a directory (not a symbolic link to one).
    static func isDirectory(_ url: URL) -> Bool {
        var status = stat()
        return lstat(url.path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
    }
}
