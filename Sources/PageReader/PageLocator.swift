import GraphDocCore

/// Turns positions in the recovered English text (where cmark-gfm reports them)
/// into positions in the original page file.
struct PageLocator: Sendable {
    let file: String
    let recoveredLines: LineIndex
    let map: SourceMap
    let pageLines: LineIndex

    /// The page position of a 1-based line and column of the recovered text.
    func position(recoveredLine line: Int, column: Int) -> SourcePosition {
        let offset = recoveredLines.offset(of: SourcePosition(line: line, column: column))
        return pageLines.position(ofOffset: map.originalOffset(of: offset))
    }

    /// The page location of a 1-based line and column of the recovered text.
    func location(recoveredLine line: Int, column: Int) -> SourceLocation {
        SourceLocation(file: file, position: position(recoveredLine: line, column: column))
    }

    /// The page location of a byte offset of the page itself.
    func location(pageOffset offset: Int) -> SourceLocation {
        SourceLocation(file: file, position: pageLines.position(ofOffset: offset))
    }

    /// A span over `text` (a node's literal: code block content or HTML) whose first
    /// line is line `firstLine` of the recovered text.
    ///
    /// cmark-gfm removes container indentation (list items, block quotes, fence
    /// indentation) from literal lines; each literal line is the end of its recovered
    /// line, so the removed width is the difference of their lengths.
    func span(of text: String, firstRecoveredLine firstLine: Int, recovered: [UInt8]) -> SourceSpan {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.count > 1, lines.last?.isEmpty == true { lines.removeLast() }
        var indents: [Int] = []
        indents.reserveCapacity(lines.count)
        for (index, line) in lines.enumerated() {
            let range = recoveredLines.range(ofLine: firstLine + index)
            var lineLength = range.count
            if lineLength > 0, recovered[range.upperBound - 1] == UInt8(ascii: "\r") { lineLength -= 1 }
            indents.append(max(lineLength - line.utf8.count, 0))
        }
        let locator = self
        let lineIndents = indents
        return SourceSpan(lines: lines, file: file) { line, column in
            let indent = line < lineIndents.count ? lineIndents[line] : 0
            return locator.position(recoveredLine: firstLine + line, column: indent + column + 1)
        }
    }
}
