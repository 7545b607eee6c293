import Foundation

/// A page file to read, found from the paths given on the command line.
public struct InputFile: Hashable, Sendable {
    /// The path shown to the user: the given path, or the given directory joined with the file's relative path.
    public var path: String
    /// The path relative to the given directory (for a given file, the path as given), with `/` separators.
    public var relativePath: String

    /// Creates an input file from its shown path and its path relative to its input directory.
    public init(path: String, relativePath: String) {
        self.path = path
        self.relativePath = relativePath
    }
}

/// Why the input could not be used.
public enum InputError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A given path does not exist.
    case missingPath(String)
    /// A file could not be read.
    case unreadableFile(String, reason: String)

    public var description: String {
        switch self {
        case .missingPath(let path): "\(path): error: no such file or directory"
        case .unreadableFile(let path, let reason): "\(path): error: cannot read file: \(reason)"
        }
    }
}

/// Finds the page files under the paths given on the command line.
public enum InputFiles {
    /// The file name extensions read from directories: markdown pages and the seed `.txt` pages.
    public static let pageExtensions: Set<String> = ["md", "txt"]

    /// The page files of `paths`: a file is taken as given; a directory is searched
    /// recursively for `*.md` and `*.txt`, in byte order of relative path. Hidden
    /// files and directories are skipped.
    public static func find(_ paths: [String]) throws(InputError) -> [InputFile] {
        var files: [InputFile] = []
        let fileManager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw .missingPath(path)
            }
            guard isDirectory.boolValue else {
                // A file keeps the path it was given, so that its relative links resolve
                // against the other files given the same way.
                let relative = path.hasPrefix("./") ? String(path.dropFirst(2)) : path
                files.append(InputFile(path: path, relativePath: relative))
                continue
            }
            var found: [InputFile] = []
            let root = URL(fileURLWithPath: path)
            guard let enumerator = fileManager.enumerator(
                at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
            else { throw .unreadableFile(path, reason: "cannot list directory") }
            let rootComponents = root.standardizedFileURL.pathComponents.count
            for case let url as URL in enumerator {
                guard pageExtensions.contains(url.pathExtension.lowercased()),
                      (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true
                else { continue }
                let relative = url.standardizedFileURL.pathComponents.dropFirst(rootComponents).joined(separator: "/")
                let shown = path.hasSuffix("/") ? path + relative : path + "/" + relative
                found.append(InputFile(path: shown, relativePath: relative))
            }
            found.sort { $0.relativePath.utf8.lexicographicallyPrecedes($1.relativePath.utf8) }
            files.append(contentsOf: found)
        }
        return files
    }

    /// Reads a file's bytes.
    public static func bytes(of file: InputFile) throws(InputError) -> [UInt8] {
        do {
            return [UInt8](try Data(contentsOf: URL(fileURLWithPath: file.path), options: .mappedIfSafe))
        } catch {
            throw .unreadableFile(file.path, reason: (error as NSError).localizedDescription)
        }
    }
}
