import GraphDocCore

extension PageBuilder {
    /// Reads a pipe table.
    mutating func readTable(_ node: MarkdownNode) {
        noteContent(at: node)
        var header: [InlineText] = []
        var rows: [Table.Row] = []
        for row in node.children where row.kind == .tableRow {
            var cells = row.children.filter { $0.kind == .tableCell }.map(InlineTextBuilder.text(of:))
            if row.isHeaderRow {
                header = cells
                continue
            }
            let recoveredLine = row.start.line + lineOffset
            cells += extraCells(onRecoveredLine: recoveredLine, beyond: header.count)
            rows.append(.init(line: line(of: row), cells: cells))
        }
        tables.append(Table(index: tables.count, line: line(of: node), section: currentSectionIndex, header: header, rows: rows))
    }

    /// The cells of a row that stand past the header's cell count; cmark-gfm drops
    /// them, so they are read from the row's text and reported.
    private mutating func extraCells(onRecoveredLine line: Int, beyond count: Int) -> [InlineText] {
        let range = locator.recoveredLines.range(ofLine: line)
        let cells = Self.pipeCells(recovered[range])
        guard cells.count > count, count > 0 else { return [] }
        let extra = cells[count...].map { cell in
            let text = String(decoding: cell, as: UTF8.self).trimmingASCIIWhitespace()
            return InlineText(text: text, markdown: text)
        }
        diagnostics.emit(
            .warning, code: "table-row-extra-cells",
            "table row has \(cells.count) cells but the header has \(count); the extra cells are kept as plain text",
            at: locator.location(recoveredLine: line, column: 1))
        return extra
    }

    /// The cells of a pipe-table line: split at unescaped `|`, without the outer pipes.
    static func pipeCells(_ line: ArraySlice<UInt8>) -> [ArraySlice<UInt8>] {
        var cells: [ArraySlice<UInt8>] = []
        var start = line.startIndex
        var index = line.startIndex
        while index < line.endIndex {
            if line[index] == UInt8(ascii: "\\") {
                index += 2
                continue
            }
            if line[index] == UInt8(ascii: "|") {
                cells.append(line[start..<index])
                start = index + 1
            }
            index += 1
        }
        cells.append(line[min(start, line.endIndex)..<line.endIndex])
        let isBlank: (ArraySlice<UInt8>) -> Bool = { $0.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r") } }
        if let first = cells.first, isBlank(first), cells.count > 1 { cells.removeFirst() }
        if let last = cells.last, isBlank(last), cells.count > 1 { cells.removeLast() }
        return cells
    }

    /// Whether a line is a pipe-table delimiter row (`|:---|---:|`).
    static func isDelimiterRow(_ line: ArraySlice<UInt8>) -> Bool {
        var sawDash = false
        for byte in line {
            switch byte {
            case UInt8(ascii: "-"): sawDash = true
            case UInt8(ascii: "|"), UInt8(ascii: ":"), UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"): continue
            default: return false
            }
        }
        return sawDash
    }

    /// A paragraph that is a pipe table whose delimiter row has another cell count
    /// than its header (cmark-gfm then reads no table) is read as a table with the
    /// header's columns, with a warning.
    /// - Returns: Whether the paragraph was read as a table.
    mutating func readMismatchedTable(_ paragraph: MarkdownNode) -> Bool {
        let firstLine = paragraph.start.line + lineOffset
        let lastLine = paragraph.endLine + lineOffset
        guard lineOffset == 0, lastLine > firstLine, paragraph.start.column == 1 else { return false }
        let header = recovered[locator.recoveredLines.range(ofLine: firstLine)]
        let delimiter = recovered[locator.recoveredLines.range(ofLine: firstLine + 1)]
        guard header.contains(UInt8(ascii: "|")), Self.isDelimiterRow(delimiter) else { return false }
        let headerCount = Self.pipeCells(header).count
        let delimiterCount = Self.pipeCells(delimiter).count
        guard headerCount != delimiterCount, headerCount > 0 else { return false }
        var fragment = Array(header) + [UInt8(ascii: "\n")]
        fragment += Array(("|" + String(repeating: "---|", count: headerCount) + "\n").utf8)
        if firstLine + 2 <= lastLine {
            let rest = locator.recoveredLines.range(ofLine: firstLine + 2).lowerBound..<locator.recoveredLines.range(ofLine: lastLine).upperBound
            fragment += recovered[rest]
        }
        let document = MarkdownDocument(parsing: fragment)
        guard let table = document.document.children.first(where: { $0.kind == .table }) else { return false }
        diagnostics.emit(
            .warning, code: "table-delimiter-mismatch",
            "table delimiter row has \(delimiterCount) cells but the header has \(headerCount); read as a table of \(headerCount) columns",
            at: locator.location(recoveredLine: firstLine + 1, column: 1))
        lineOffset = firstLine - 1
        reportTooDeep(document)
        readTable(table)
        lineOffset = 0
        return true
    }
}
