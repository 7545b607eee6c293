import Foundation

/// A `swift build` of a package, run from a test, with what it printed.
struct SwiftBuild {
    /// The exit status.
    var status: Int32
    /// Standard output and standard error, interleaved.
    var output: String

    /// Builds `package` (debug) and its tests with its build products in `scratch`, which may be kept
    /// between runs so that dependencies are built once; `runningTests` runs the tests too (`swift test`).
    static func run(package: URL, scratch: URL, runningTests: Bool = false) throws -> SwiftBuild {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = (runningTests ? ["swift", "test"] : ["swift", "build", "--build-tests"])
            + ["--package-path", package.path, "--scratch-path", scratch.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return SwiftBuild(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
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
