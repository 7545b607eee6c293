import Foundation
import GraphDocCore
import PageReader
import Testing

/// Helpers of the hostile documentation tests: pages built in code to break the reader.
enum Hostile {
    /// The hang guard of every hostile test: generous (the pages take a fraction of it,
    /// even in a debug build), only there to fail a test that would otherwise run for minutes.
    static let timeLimit: Duration = .seconds(10)

    /// Reads a page, expecting it to take less than ``timeLimit`` and every diagnostic
    /// to have a location in the page.
    static func read(
        _ bytes: [UInt8], path: String = "hostile.md", sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) -> Page {
        var page: Page?
        let elapsed = ContinuousClock().measure {
            page = PageReader.read(bytes: bytes, path: path, relativePath: path)
        }
        #expect(elapsed < timeLimit, "reading took \(elapsed)", sourceLocation: sourceLocation)
        expectLocated(page!, bytes: bytes, sourceLocation: sourceLocation)
        return page!
    }

    /// Reads a page given as text.
    static func read(
        _ text: String, path: String = "hostile.md", sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) -> Page {
        read(Array(text.utf8), path: path, sourceLocation: sourceLocation)
    }

    /// Expects every diagnostic of `page` to be located at a line and column of its bytes
    /// (whose lines end at `\n`, and at `\r` not followed by `\n`, as cmark-gfm's do).
    static func expectLocated(
        _ page: Page, bytes: [UInt8], sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        var bytes = bytes
        for index in bytes.indices where bytes[index] == UInt8(ascii: "\r") {
            if index + 1 == bytes.count || bytes[index + 1] != UInt8(ascii: "\n") { bytes[index] = UInt8(ascii: "\n") }
        }
        let lines = LineIndex(bytes)
        for diagnostic in page.diagnostics {
            guard let location = diagnostic.location else {
                Issue.record("diagnostic without a location: \(diagnostic.formatted)", sourceLocation: sourceLocation)
                continue
            }
            let position = location.position
            let inPage = location.file == page.path && position.line >= 1 && position.line <= lines.lineCount
                && position.column >= 1 && position.column <= lines.range(ofLine: position.line).count + 1
            #expect(inPage, "diagnostic outside the page: \(diagnostic.formatted)", sourceLocation: sourceLocation)
        }
    }

    /// The `line:column` of the diagnostics with `code`.
    static func positions(_ page: Page, _ code: String) -> [String] {
        page.diagnostics.filter { $0.code == code }.compactMap { diagnostic in
            diagnostic.location.map { "\($0.position.line):\($0.position.column)" }
        }
    }

    /// The severities of the diagnostics with `code`.
    static func severities(_ page: Page, _ code: String) -> [Diagnostic.Severity] {
        page.diagnostics.filter { $0.code == code }.map(\.severity)
    }

    /// Runs `body` on a thread with a 512 KiB stack: the stack of a secondary thread on
    /// macOS, where a page may be read (``PageBatchReader`` reads on worker threads).
    static func onSmallStack<T: Sendable>(_ body: @escaping @Sendable () -> T) -> T {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.value = body()
            done.signal()
        }
        thread.stackSize = 512 * 1024
        thread.start()
        done.wait()
        return box.value!
    }

    /// Holds a thread's result until the waiting thread reads it (after the semaphore).
    private final class ResultBox<T>: @unchecked Sendable {
        var value: T?
    }

    /// Names that break naive code generation and string handling: quotes, backslashes,
    /// line breaks, comment and raw-string delimiters, look-alikes, Swift keywords,
    /// leading digits, and a very long name.
    static let names: [String] = [
        #"quote"d"#, #"back\slash"#, "line\nbreak", "end*/comment", #"triple"""quotes"#, ##"raw#"string"##,
        "n\u{0430}me" /* Cyrillic a */, "\u{FF4E}\u{FF41}\u{FF4D}\u{FF45}" /* full-width */, "name\u{200B}" /* zero-width space */,
        "class", "self", "Type", "protocol", "1stPlace", String(repeating: "long", count: 1_500),
    ]
}
