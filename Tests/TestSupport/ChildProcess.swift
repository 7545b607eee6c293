import Foundation

/// A child process run to its end from a test, with what it printed.
public struct ChildProcess: Sendable {
    /// The exit status.
    public var status: Int32
    /// Standard output and standard error, interleaved.
    public var output: String

    /// Runs `executable` with `arguments` (in `directory`, with `environment` when given) and waits for it.
    public static func run(
        _ executable: URL, _ arguments: [String], in directory: URL? = nil, environment: [String: String]? = nil
    ) throws -> ChildProcess {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        if let environment { process.environment = environment }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return ChildProcess(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }

    /// ``run(_:_:in:environment:)`` on a thread of its own, for a process that runs for minutes
    /// (a package build): a test waiting for it in the concurrency runtime's threads (one per
    /// core) would hold one of them, and with two such tests, the other tests' tasks and time
    /// limits would wait until a build ended.
    public static func finished(
        _ executable: URL, _ arguments: [String], in directory: URL? = nil, environment: [String: String]? = nil
    ) async throws -> ChildProcess {
        try await withCheckedThrowingContinuation { continuation in
            Thread {
                continuation.resume(with: Result { try run(executable, arguments, in: directory, environment: environment) })
            }.start()
        }
    }
}
