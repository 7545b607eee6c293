import Foundation
import TestSupport

/// A `swift build` of a package, run from a test, with what it printed.
struct SwiftBuild {
    /// The exit status.
    var status: Int32
    /// Standard output and standard error, interleaved.
    var output: String

    /// Builds `package` (debug) and its tests with its build products in `scratch`, which may be kept
    /// between runs so that dependencies are built once; `runningTests` runs the tests too (`swift test`).
    static func run(package: URL, scratch: URL, runningTests: Bool = false) async throws -> SwiftBuild {
        let run = try await ChildProcess.finished(
            URL(fileURLWithPath: "/usr/bin/env"),
            (runningTests ? ["swift", "test"] : ["swift", "build", "--build-tests"])
                + ["--package-path", package.path, "--scratch-path", scratch.path])
        return SwiftBuild(status: run.status, output: run.output)
    }

    /// The warnings and errors about files under `directory` (`path:line:column: warning: …`),
    /// and those about no file (`error: …`, `warning: …`).
    func diagnostics(under directory: URL) -> [String] {
        let prefixes = [directory.path, directory.resolvingSymlinksInPath().path].map { $0 + "/" }
        return output.split(whereSeparator: \.isNewline).map(String.init).filter { line in
            guard line.contains("warning: ") || line.contains("error: ") else { return false }
            return line.hasPrefix("warning: ") || line.hasPrefix("error: ") || prefixes.contains { line.hasPrefix($0) }
        }
    }
}
