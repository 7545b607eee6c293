import GraphDocCore
import PageReader

/// The result of parsing a test block: the block and its diagnostics.
struct ParsedHTTPBlock {
    let block: HTTPBlock
    let diagnostics: [Diagnostic]

    /// The diagnostics as `code@line:column`, in the order they were emitted.
    var diagnosticsAtPositions: [String] {
        diagnostics.map { diagnostic in
            guard let position = diagnostic.location?.position else { return "\(diagnostic.code)@nowhere" }
            return "\(diagnostic.code)@\(position.line):\(position.column)"
        }
    }

    /// The messages of the block.
    var messages: [HTTPMessage] { block.messages }
}

/// The page file every test block pretends to come from.
let testFile = "api/test-page.md"

/// Parses `text` as the content of an HTTP code block whose first line is line
/// `firstLine` of the page, so a problem on the block's third line is reported
/// at `firstLine + 2`.
func parseTestBlock(_ text: String, firstLine: Int = 40) -> ParsedHTTPBlock {
    var diagnostics = Diagnostics()
    let span = SourceSpan(text: Substring(text), file: testFile, firstLine: firstLine)
    let block = parseHTTPBlock(span, diagnostics: &diagnostics)
    return ParsedHTTPBlock(block: block, diagnostics: diagnostics.all)
}
