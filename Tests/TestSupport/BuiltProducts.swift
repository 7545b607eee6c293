import Foundation

/// The products `swift build` / `swift test` built beside the test bundle (`swift test` builds
/// every product of the package, the `graphdocgen` executable included).
public enum BuiltProducts {
    /// A product that is not where the test bundle's own build put it.
    public struct Missing: Error, CustomStringConvertible {
        /// Where the product was looked for.
        public let path: String

        public var description: String {
            "\(path) is missing or not executable: build the package first (`swift build`; `swift test` builds every product)"
        }
    }

    /// The build products directory: the one holding the test bundle (`….xctest`, a bundle on
    /// Darwin, the test executable itself on Linux).
    public static let directory: URL = {
        if let bundle = Bundle.allBundles.first(where: { $0.bundlePath.hasSuffix(".xctest") }) {
            return URL(fileURLWithPath: bundle.bundlePath).deletingLastPathComponent()
        }
        let executable = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        return executable.resolvingSymlinksInPath().deletingLastPathComponent()
    }()

    /// The built executable named `name`, or ``Missing`` naming where it should be.
    public static func executable(_ name: String) throws -> URL {
        let url = directory.appendingPathComponent(name)
        guard FileManager.default.isExecutableFile(atPath: url.path) else { throw Missing(path: url.path) }
        return url
    }
}
