import CLibFuzzer
import GraphDocCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The target libFuzzer calls: set once by ``Fuzzer/run(_:)``, before the driver starts.
/// libFuzzer calls it from one thread, one input at a time.
nonisolated(unsafe) private var fuzzTarget: (([UInt8]) -> Void)?

/// Runs a harness under libFuzzer.
///
/// SwiftPM links an executable's entry point as `<module>_main` on Linux, so a harness
/// cannot rely on libFuzzer's own `main`: its `@main` calls ``run(_:)``, which hands the
/// target and the command line to libFuzzer's `LLVMFuzzerRunDriver`.
public enum Fuzzer {
    /// Runs libFuzzer with `target` as the function under test, and exits with libFuzzer's status.
    public static func run(_ target: @escaping ([UInt8]) -> Void) -> Never {
        fuzzTarget = target
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        let status = LLVMFuzzerRunDriver(&argc, &argv) { data, size in
            let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
            fuzzTarget?(bytes)
            return 0
        }
        exit(status)
    }

    /// Stops the run with a crash that libFuzzer records (with the input) when a
    /// harness's check does not hold.
    public static func check(
        _ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String,
        file: StaticString = #fileID, line: UInt = #line
    ) {
        if !condition() {
            fatalError("check failed: \(message())", file: file, line: line)
        }
    }
}

/// Checks that diagnostics point into the text they are about.
public struct LocationChecker {
    public let file: String
    private let lines: LineIndex

    /// A checker for diagnostics about `bytes`, shown as `file`, whose lines end at `\n`.
    public init(file: String, bytes: [UInt8]) {
        self.file = file
        self.lines = LineIndex(bytes)
    }

    /// A checker for diagnostics about a page: its lines end at `\n`, and at `\r` not
    /// followed by `\n` (as cmark-gfm's, and the page reader's, do).
    public init(file: String, page: [UInt8]) {
        var bytes = page
        for index in bytes.indices where bytes[index] == UInt8(ascii: "\r") {
            if index + 1 == bytes.count || bytes[index + 1] != UInt8(ascii: "\n") { bytes[index] = UInt8(ascii: "\n") }
        }
        self.init(file: file, bytes: bytes)
    }

    /// Whether `position` is in the text: a line of the text, and a column from 1 to
    /// one past the line's last byte (where a diagnostic about a missing end points).
    public func contains(_ position: SourcePosition) -> Bool {
        guard position.line >= 1, position.line <= lines.lineCount, position.column >= 1 else { return false }
        return position.column <= lines.range(ofLine: position.line).count + 1
    }

    /// The line and column of a byte offset of the text (clamped to the text).
    public func position(ofOffset offset: Int) -> SourcePosition {
        lines.position(ofOffset: offset)
    }

    /// The number of bytes of the text.
    public var byteCount: Int { lines.byteCount }

    /// Checks that every diagnostic about `file` has a location in the text; diagnostics
    /// about other files are left alone.
    /// - Parameter requireLocation: Whether a diagnostic without a location is a failure.
    public func check(_ diagnostics: [Diagnostic], requireLocation: Bool, stage: String) {
        for diagnostic in diagnostics {
            guard let location = diagnostic.location else {
                Fuzzer.check(!requireLocation, "\(stage): diagnostic without a location: \(diagnostic.formatted)")
                continue
            }
            guard location.file == file else { continue }
            Fuzzer.check(
                contains(location.position),
                "\(stage): diagnostic outside the text (\(lines.lineCount) lines): \(diagnostic.formatted)")
        }
    }
}
