import Foundation

/// The whole content of a directory, to compare two trees byte for byte.
public struct FileTree: Equatable, Sendable {
    /// Each regular file's contents, by path relative to the directory.
    public var files: [String: Data] = [:]
    /// Every directory below the directory, by relative path.
    public var directories: Set<String> = []
    /// Entries that are neither (links, devices), by relative path.
    public var others: Set<String> = []

    /// Reads every entry below `directory` (hidden ones included).
    public init(of directory: URL) throws {
        let fileManager = FileManager.default
        guard let enumerator = fileManager.enumerator(atPath: directory.path) else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: directory.path])
        }
        while let path = enumerator.nextObject() as? String {
            let url = directory.appendingPathComponent(path)
            switch try fileManager.attributesOfItem(atPath: url.path)[.type] as? FileAttributeType {
            case .typeRegular?: files[path] = try Data(contentsOf: url)
            case .typeDirectory?: directories.insert(path)
            default: others.insert(path)
            }
        }
    }

    /// The regular files' relative paths, sorted.
    public var paths: [String] { files.keys.sorted() }
}
