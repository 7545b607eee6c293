import Foundation
import GraphDocCore

/// The digests of the generator's own files: its executable and the directories of files it
/// reads at run time (templates, runtime sources). A rebuilt generator, or an edited template,
/// changes them, and with them every ``GenerationKey``.
public enum GeneratorIdentity {
    /// Why the generator's files could not be read.
    public struct Unreadable: Error, Hashable, Sendable, CustomStringConvertible {
        /// The file or directory.
        public var path: String
        public var description: String { "cannot read the generator's own file \(path)" }
    }

    /// The digests of the running executable and of every regular file directly in
    /// `directories` (in name order).
    public static func digests(directories: [URL]) throws(Unreadable) -> [ContentDigest] {
        guard let executable = Bundle.main.executableURL, let bytes = try? Data(contentsOf: executable, options: .alwaysMapped) else {
            throw Unreadable(path: Bundle.main.executableURL?.path ?? "the executable")
        }
        var digests = [ContentDigest(of: bytes)]
        for directory in directories {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else {
                throw Unreadable(path: directory.path)
            }
            for name in names.sorted() {
                let file = directory.appendingPathComponent(name)
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: file.path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
                guard let contents = try? Data(contentsOf: file) else { throw Unreadable(path: file.path) }
                digests.append(ContentDigest(of: Data(name.utf8)))
                digests.append(ContentDigest(of: contents))
            }
        }
        return digests
    }
}
