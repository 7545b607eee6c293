import Foundation
import FuzzSupport
import GraphDocCore
import PageReader

/// Fuzzes the HTTP block parser with arbitrary block contents.
///
/// The block is placed as a code block's content would be: from line 3 of a page,
/// its first line at column 5 (as in a list item). Beyond not crashing, it checks
/// that every diagnostic and message is at a line and column of that page, that
/// bodies keep positions in it too, and that the block encodes and decodes back
/// unchanged.
@main
enum FuzzHTTPBlock {
    static func main() {
        Fuzzer.run { bytes in
            let text = String(decoding: bytes, as: UTF8.self)
            let page = Array("```http\n\n    ".utf8) + Array(text.utf8)
            let checker = LocationChecker(file: "block.md", bytes: page)
            let span = SourceSpan(text: Substring(text), file: "block.md", firstLine: 3, firstColumn: 5)
            var diagnostics = Diagnostics()
            let block = parseHTTPBlock(span, diagnostics: &diagnostics)
            checker.check(diagnostics.all, requireLocation: true, stage: "HTTP block")

            for message in block.messages {
                Fuzzer.check(checker.contains(message.position), "message outside the block: \(message.position)")
                _ = message.kind
                _ = message.headerValues(named: "Content-Type")
                for header in message.headers {
                    Fuzzer.check(checker.contains(header.position), "header outside the block: \(header.position)")
                    _ = header.fieldName
                }
                if let requestLine = message.requestLine {
                    Fuzzer.check(
                        checker.contains(requestLine.targetPosition), "target outside the block: \(requestLine.targetPosition)")
                    _ = requestLine.hasStandardMethod
                }
                _ = message.statusLine?.status
                if let body = message.body {
                    Fuzzer.check(checker.contains(body.position), "body outside the block: \(body.position)")
                    if let bodySpan = body.span {
                        for (index, line) in bodySpan.lines.enumerated() {
                            for column in [0, line.utf8.count] {
                                let position = bodySpan.position(line: index, column: column)
                                Fuzzer.check(checker.contains(position), "body line \(index) outside the block: \(position)")
                            }
                        }
                    }
                }
            }

            do {
                let data = try JSONEncoder().encode(block)
                let decoded = try JSONDecoder().decode(HTTPBlock.self, from: data)
                Fuzzer.check(decoded == block, "the block decodes to another block")
            } catch {
                Fuzzer.check(false, "the block does not encode and decode: \(error)")
            }
        }
    }
}
