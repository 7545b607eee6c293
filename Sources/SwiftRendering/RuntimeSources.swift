import Foundation

/// The hand-written runtime every generated package contains, copied from this
/// repository's `GraphRuntime` module (where it is built and tested).
///
/// Copying makes the generated package self-contained: it depends only on
/// swift-openapi-runtime and swift-http-types, not on the generator. The sources are read
/// from the generator's checkout, which is where `swift run` and SwiftPM plugins run it.
public enum RuntimeSources {
    /// Why the runtime could not be read.
    public struct Missing: Error, CustomStringConvertible {
        /// The directory that was looked in.
        public var directory: String
        public var description: String {
            "the runtime sources are not at \(directory); run graphdocgen from its source checkout"
        }
    }

    /// `Sources/GraphRuntime` of the checkout this file was built from.
    public static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("GraphRuntime")

    /// `Sources/GraphMocks`, the mock service's runtime, which the generated mocks module copies.
    public static let mocksDirectory = directory.deletingLastPathComponent().appendingPathComponent("GraphMocks")

    /// The files (`*.swift`) of the runtime, or of another directory of hand-written sources the
    /// generated package copies (``mocksDirectory``), by file name, in name order, each with a
    /// header saying where it comes from.
    public static func files(in directory: URL = directory) throws(Missing) -> [RenderedFile] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else {
            throw Missing(directory: directory.path)
        }
        var files: [RenderedFile] = []
        for name in names.filter({ $0.hasSuffix(".swift") }).sorted() {
            guard let text = try? String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8) else {
                throw Missing(directory: directory.path)
            }
            files.append(RenderedFile(
                path: name,
                contents: "// Copied by graphdocgen from its runtime (Sources/\(directory.lastPathComponent)/\(name)). Do not edit.\n\n" + text))
        }
        guard !files.isEmpty else { throw Missing(directory: directory.path) }
        return files
    }
}
