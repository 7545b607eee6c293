import Foundation
import PageReader
import TestSupport
import Testing

/// Kills the built `graphdocgen generate` with SIGKILL at random moments while it replaces a
/// previous output, and checks that the output directory is always either the previous output
/// or the complete new one, byte for byte, and that a temporary directory a killed run leaves
/// beside it is removed by the next run.
@Suite("Interrupted generate", .serialized, .enabled(if: TestPages.hasShared, "needs ../shared (the v1.0 corpus and the oracle) beside the clone"))
struct InterruptedGenerateTests {
    /// The input: 300 resource pages of the corpus, a few seconds of work in a debug build.
    static func pages() throws -> [String] {
        let files = try InputFiles.find([TestPages.corpus.appendingPathComponent("resources").path])
        return files.map(\.path).sorted().prefix(300).map { $0 }
    }

    /// The random delays: a fixed seed unless `GRAPHDOCGEN_KILL_SEED` gives one.
    static let seed = ProcessInfo.processInfo.environment["GRAPHDOCGEN_KILL_SEED"].flatMap(UInt64.init) ?? 0x5EED_0007

    /// When a run is killed, counted from its start or from the moment its temporary directory appears.
    enum Kill: CustomStringConvertible {
        case never
        case afterStart(Double)
        case afterTemporaryAppears(Double)

        var description: String {
            switch self {
            case .never: "not killed"
            case .afterStart(let seconds): "killed \(String(format: "%.3f", seconds)) s after start"
            case .afterTemporaryAppears(let seconds): "killed \(String(format: "%.3f", seconds)) s after its temporary directory appeared"
            }
        }
    }

    /// What was seen of one run.
    struct Run {
        /// Seconds from start to exit (or to the kill).
        var seconds: Double
        /// Seconds from start until a temporary directory of the run was first seen beside the output.
        var temporaryAppeared: Double?
        /// Whether the run was killed while a temporary directory was beside the output.
        var killedWhileWriting = false
        /// Whether the run ended on its own, with its exit status.
        var exitStatus: Int32?
    }

    /// Runs `graphdocgen generate` on `pages` into `output`, watching the directory beside it.
    static func generate(_ tool: URL, pages: [String], output: URL, kill schedule: Kill) throws -> Run {
        let process = Process()
        process.executableURL = tool
        process.arguments = ["generate"] + pages + ["--output", output.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let parent = output.deletingLastPathComponent()
        let temporaryPrefix = "." + output.lastPathComponent + ".graphdocgen-"
        func temporaries() -> Set<String> {
            Set(((try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []).filter { $0.hasPrefix(temporaryPrefix) })
        }
        // Those of earlier killed runs are not this run's.
        let earlier = temporaries()
        func temporaryExists() -> Bool { !temporaries().subtracting(earlier).isEmpty }
        let clock = ContinuousClock()
        let start = clock.now
        func elapsed() -> Double {
            let duration = clock.now - start
            return Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        }
        var run = Run(seconds: 0)
        try process.run()
        while process.isRunning {
            let now = elapsed()
            if run.temporaryAppeared == nil, temporaryExists() { run.temporaryAppeared = now }
            let due: Bool
            switch schedule {
            case .never: due = false
            case .afterStart(let seconds): due = now >= seconds
            case .afterTemporaryAppears(let seconds): due = run.temporaryAppeared.map { now >= $0 + seconds } ?? false
            }
            if due {
                let writing = temporaryExists()
                if kill(process.processIdentifier, SIGKILL) == 0 {
                    process.waitUntilExit()
                    if process.terminationReason == .uncaughtSignal {
                        run.killedWhileWriting = writing
                        run.seconds = elapsed()
                        return run
                    }
                }
                break
            }
            usleep(500)
        }
        process.waitUntilExit()
        run.seconds = elapsed()
        run.exitStatus = process.terminationStatus
        return run
    }

    /// The entries of `directory` that are not `kept` nor temporary directories of `output`.
    static func strangers(in directory: URL, besides output: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0 != output && !$0.hasPrefix("." + output + ".graphdocgen-") }
    }

    @Test("SIGKILL at random moments leaves the previous output or the complete new one; the next run clears what it left beside")
    func killedRuns() throws {
        let tool = try BuiltProducts.executable("graphdocgen")
        let pages = try Self.pages()
        try #require(pages.count == 300, "the corpus is not at \(TestPages.corpus.path)")
        let workspace = FileManager.default.temporaryDirectory.appendingPathComponent("graphdocgen-kill-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: workspace) }
        let pristine = workspace.appendingPathComponent("previous/Generated")
        let reference = workspace.appendingPathComponent("reference/Generated")
        let output = workspace.appendingPathComponent("out/Generated")
        for directory in [pristine, reference, output] {
            try FileManager.default.createDirectory(at: directory.deletingLastPathComponent(), withIntermediateDirectories: true)
        }

        // The previous output (the seed pages' package) and the complete new one, timed.
        let seedPages = try InputFiles.find([TestPages.docsInput.path]).map(\.path)
        #expect(try Self.generate(tool, pages: seedPages, output: pristine, kill: .never).exitStatus == 0)
        let full = try Self.generate(tool, pages: pages, output: reference, kill: .never)
        try #require(full.exitStatus == 0)
        let writeStart = try #require(full.temporaryAppeared, "the temporary directory was never seen")
        let previous = try FileTree(of: pristine)
        let new = try FileTree(of: reference)
        try #require(previous != new)

        // Half the kills anywhere in the run, half while the package is being written and swapped.
        var random = SplitMix64(seed: Self.seed)
        let kills: [Kill] = (0..<4).map { _ in .afterStart(random.unit() * full.seconds) }
            + (0..<8).map { _ in .afterTemporaryAppears(random.unit() * (full.seconds - writeStart)) }
        var outcomes: [String: Int] = [:]
        var killedWhileWriting = 0
        var leftBeside = 0
        try FileManager.default.copyItem(at: pristine, to: output)
        for (index, kill) in kills.enumerated() {
            let context = "seed \(Self.seed), run \(index) \(kill)"
            let run = try Self.generate(tool, pages: pages, output: output, kill: kill)
            if run.killedWhileWriting { killedWhileWriting += 1 }
            let tree = try? FileTree(of: output)
            let outcome = tree == nil ? "missing" : tree == previous ? "previous" : tree == new ? "new" : "mixed"
            #expect(outcome == "previous" || outcome == "new", "\(context): the output is \(outcome), neither the previous one nor the new one")
            #expect(run.exitStatus ?? 0 == 0, "\(context): exit status \(run.exitStatus ?? 0)")
            outcomes[outcome, default: 0] += 1
            let parent = output.deletingLastPathComponent()
            #expect(try Self.strangers(in: parent, besides: "Generated") == [], "\(context)")
            if try FileManager.default.contentsOfDirectory(atPath: parent.path).count > 1 { leftBeside += 1 }
            if outcome != "previous" {
                try? FileManager.default.removeItem(at: output)
                try FileManager.default.copyItem(at: pristine, to: output)
            }
        }
        #expect(killedWhileWriting > 0, "seed \(Self.seed): no kill landed while the package was being written")

        // A complete run replaces the output and removes every temporary directory left beside it.
        #expect(try Self.generate(tool, pages: pages, output: output, kill: .never).exitStatus == 0)
        #expect(try FileTree(of: output) == new)
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.deletingLastPathComponent().path) == ["Generated"])
        print("""
            interrupted generate: seed \(Self.seed), full run \(String(format: "%.2f", full.seconds)) s \
            (writing from \(String(format: "%.2f", writeStart)) s), \(kills.count) kills, \
            \(killedWhileWriting) while writing, outcomes \(outcomes.sorted { $0.key < $1.key }), \
            \(leftBeside) left a temporary directory beside
            """)
    }
}
