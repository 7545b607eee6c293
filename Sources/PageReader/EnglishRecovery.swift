/// Recovers the English text of a machine-translated, side-by-side page.
///
/// Such pages write every sentence as
/// `<span data-ttu-id="X">localized</span><span class="sxs-lookup"><span data-stu-id="X">English</span></span>`.
/// Recovery replaces each pair by its English side wherever it stands (headings,
/// table cells, link texts, list items, …), before the markdown parser sees the
/// text, so English that holds markdown (links, `code`, **bold**) is parsed as
/// markdown. A span without an English side is replaced by its localized text.
///
/// Two rewrites keep the markdown structure intact:
/// - a line break inside a pair becomes a space (a pair broken across two lines
///   would otherwise split a table row);
/// - on a table row, an unescaped `|` inside the English becomes `\|` (it would
///   otherwise split the cell).
///
/// Every byte of the result maps back to the page through a ``SourceMap``.
struct EnglishRecovery {
    /// The recovered text and how it maps back to the page.
    struct Result {
        /// The recovered markdown text.
        var bytes: [UInt8]
        /// Maps offsets in `bytes` to offsets in the page.
        var map: SourceMap
        /// Where the English came from.
        var textSource: TextSource
        /// The number of side-by-side pairs replaced by their English.
        var pairCount: Int
        /// Problems found, at page offsets.
        var problems: [Problem]
    }

    /// A problem with a translation span, at a byte offset of the page.
    struct Problem {
        var offset: Int
        var code: String
        var message: String
    }

    /// Recovers the English of `page[start...]`.
    static func recover(_ page: [UInt8], from start: Int) -> Result {
        page.withUnsafeBufferPointer { buffer in
            var recovery = Recovery(page: buffer, start: start)
            recovery.run()
            return recovery.result
        }
    }
}

/// The state of one recovery pass over a page.
private struct Recovery {
    let page: UnsafeBufferPointer<UInt8>
    var output: [UInt8] = []
    var map = SourceMap()
    var pairCount = 0
    var localizedOnlyCount = 0
    var problems: [EnglishRecovery.Problem] = []
    /// The page offset from which bytes have not been copied yet.
    var copyFrom: Int

    init(page: UnsafeBufferPointer<UInt8>, start: Int) {
        self.page = page
        self.copyFrom = min(start, page.count)
        output.reserveCapacity(page.count - copyFrom)
        map.startRun(rewrittenOffset: 0, originalOffset: copyFrom)
    }

    var result: EnglishRecovery.Result {
        let source: TextSource =
            pairCount > 0 ? .sideBySide : (localizedOnlyCount > 0 ? .localizedOnly : .plain)
        return EnglishRecovery.Result(
            bytes: output, map: map, textSource: source, pairCount: pairCount, problems: problems)
    }

    mutating func run() {
        var index = copyFrom
        let end = page.count
        while index < end {
            guard page[index] == UInt8(ascii: "<"), matches(ttuOpen, at: index) else {
                index += 1
                continue
            }
            guard let span = parseSpan(at: index) else {
                problems.append(.init(
                    offset: index, code: "span-malformed",
                    message: "translation span is not closed; its text is kept as it is"))
                index += 1
                continue
            }
            copyVerbatim(upTo: index)
            if let english = span.english {
                pairCount += 1
                if !page[span.englishID].elementsEqual(page[span.id]) {
                    problems.append(.init(
                        offset: index, code: "span-id-mismatch",
                        message: "English span id '\(string(span.englishID))' differs from translation span id '\(string(span.id))'"))
                }
                copyText(english, escapingPipes: lineIsTableRow(around: index))
            } else {
                localizedOnlyCount += 1
                copyText(span.localized, escapingPipes: lineIsTableRow(around: index))
            }
            index = span.end
            copyFrom = index
            map.startRun(rewrittenOffset: output.count, originalOffset: index)
        }
        copyVerbatim(upTo: end)
        if pairCount > 0, localizedOnlyCount > 0 {
            problems.append(.init(
                offset: copyFrom, code: "span-without-english",
                message: "\(localizedOnlyCount) translation span(s) have no English side; their localized text was kept"))
        }
    }

    // MARK: Spans

    /// One translation span, with its English side when the page has one.
    struct Span {
        var id: Range<Int>
        var localized: Range<Int>
        var englishID: Range<Int>
        var english: Range<Int>?
        var end: Int
    }

    let ttuOpen = Array("<span data-ttu-id=".utf8)
    let lookupOpen = Array("<span class=".utf8)
    let stuOpen = Array("<span data-stu-id=".utf8)
    let spanClose = Array("</span>".utf8)
    let lookupClass = Array("sxs-lookup".utf8)

    /// Parses `<span data-ttu-id="X">…</span>` at `start`, and the English
    /// `<span class="sxs-lookup"><span data-stu-id="X">…</span></span>` after it.
    mutating func parseSpan(at start: Int) -> Span? {
        guard let (id, afterID) = attributeValue(at: start + ttuOpen.count),
              let localizedStart = indexAfter(UInt8(ascii: ">"), from: afterID),
              let localizedEnd = closingTag(from: localizedStart)
        else { return nil }
        var span = Span(
            id: id, localized: localizedStart..<localizedEnd, englishID: id, english: nil,
            end: localizedEnd + spanClose.count)
        var cursor = skipSpaces(from: span.end)
        guard matches(lookupOpen, at: cursor),
              let (lookupClassValue, afterClass) = attributeValue(at: cursor + lookupOpen.count),
              contains(lookupClass, in: lookupClassValue),
              let innerStart = indexAfter(UInt8(ascii: ">"), from: afterClass)
        else { return span }
        cursor = skipSpaces(from: innerStart)
        guard matches(stuOpen, at: cursor),
              let (englishID, afterEnglishID) = attributeValue(at: cursor + stuOpen.count),
              let englishStart = indexAfter(UInt8(ascii: ">"), from: afterEnglishID),
              let englishEnd = closingTag(from: englishStart)
        else { return span }
        let outerClose = skipSpaces(from: englishEnd + spanClose.count)
        guard matches(spanClose, at: outerClose) else { return span }
        span.englishID = englishID
        span.english = englishStart..<englishEnd
        span.end = outerClose + spanClose.count
        return span
    }

    /// Reads a quoted attribute value at `index`; returns its range and the offset after the closing quote.
    func attributeValue(at index: Int) -> (Range<Int>, Int)? {
        guard index < page.count else { return nil }
        let quote = page[index]
        guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { return nil }
        var cursor = index + 1
        while cursor < page.count, page[cursor] != quote {
            if page[cursor] == UInt8(ascii: "\n") || page[cursor] == UInt8(ascii: ">") { return nil }
            cursor += 1
        }
        guard cursor < page.count else { return nil }
        return (index + 1..<cursor, cursor + 1)
    }

    // MARK: Copying

    mutating func copyVerbatim(upTo end: Int) {
        guard copyFrom < end else { return }
        output.append(contentsOf: page[copyFrom..<end])
        copyFrom = end
    }

    /// Copies span text, turning line breaks into spaces and escaping pipes on table rows.
    mutating func copyText(_ range: Range<Int>, escapingPipes: Bool) {
        map.startRun(rewrittenOffset: output.count, originalOffset: range.lowerBound)
        for offset in range {
            let byte = page[offset]
            switch byte {
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                output.append(UInt8(ascii: " "))
            case UInt8(ascii: "|") where escapingPipes
                && (offset == range.lowerBound || page[offset - 1] != UInt8(ascii: "\\")):
                map.startRun(rewrittenOffset: output.count, originalOffset: offset)
                output.append(UInt8(ascii: "\\"))
                map.startRun(rewrittenOffset: output.count, originalOffset: offset)
                output.append(byte)
            default:
                output.append(byte)
            }
        }
    }

    /// The last line `lineIsTableRow(around:)` looked at: its bounds and whether it is a table row.
    var lastLine: (start: Int, end: Int, isTableRow: Bool)?

    /// Whether the page line around `offset` is a pipe-table row: it starts or ends with `|`.
    /// The answer for a line is kept, so that a line of many spans is looked at once.
    mutating func lineIsTableRow(around offset: Int) -> Bool {
        if let line = lastLine, line.start <= offset, offset <= line.end { return line.isTableRow }
        var start = offset
        while start > 0, page[start - 1] != UInt8(ascii: "\n") { start -= 1 }
        var lineEnd = offset
        while lineEnd < page.count, page[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
        var cursor = start
        while cursor < lineEnd, page[cursor] == UInt8(ascii: " ") || page[cursor] == UInt8(ascii: "\t") {
            cursor += 1
        }
        var end = lineEnd
        while end > start, [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r")].contains(page[end - 1]) {
            end -= 1
        }
        let isTableRow = (cursor < lineEnd && page[cursor] == UInt8(ascii: "|")) || (end > start && page[end - 1] == UInt8(ascii: "|"))
        lastLine = (start, lineEnd, isTableRow)
        return isTableRow
    }

    // MARK: Byte search

    func matches(_ literal: [UInt8], at index: Int) -> Bool {
        guard index >= 0, index + literal.count <= page.count else { return false }
        for (offset, byte) in literal.enumerated() where page[index + offset] != byte { return false }
        return true
    }

    /// The longest span text searched for a closing tag, so that an unclosed span costs little.
    static let maxSpanTextBytes = 16_384

    /// The offsets of every `</span>` of the page, ascending; found on first use.
    var closingTags: [Int]?

    /// The offset of the first `</span>` at or after `index`, if it is at most
    /// ``maxSpanTextBytes`` away. The page is searched once, so a line of many unclosed
    /// spans costs no more than one of closed spans.
    mutating func closingTag(from index: Int) -> Int? {
        if closingTags == nil {
            var offsets: [Int] = []
            var cursor = 0
            while cursor + spanClose.count <= page.count {
                if page[cursor] == UInt8(ascii: "<"), matches(spanClose, at: cursor) { offsets.append(cursor) }
                cursor += 1
            }
            closingTags = offsets
        }
        let offsets = closingTags!
        var low = 0
        var high = offsets.count
        while low < high {
            let mid = (low + high) / 2
            if offsets[mid] < index { low = mid + 1 } else { high = mid }
        }
        guard low < offsets.count, offsets[low] <= index + Self.maxSpanTextBytes else { return nil }
        return offsets[low]
    }

    func contains(_ literal: [UInt8], in range: Range<Int>) -> Bool {
        guard range.count >= literal.count else { return false }
        for start in range.lowerBound...(range.upperBound - literal.count) where matches(literal, at: start) {
            return true
        }
        return false
    }

    /// The longest a tag may run after its attribute before its `>`: span tags end
    /// right after their attribute, and a tag that runs on is not searched to the end of a long line.
    static let maxTagBytes = 256

    /// The offset after the first `byte` from `index`, on the same line and at most ``maxTagBytes`` away.
    func indexAfter(_ byte: UInt8, from index: Int) -> Int? {
        var cursor = index
        let limit = min(page.count, index + Self.maxTagBytes)
        while cursor < limit {
            if page[cursor] == byte { return cursor + 1 }
            if page[cursor] == UInt8(ascii: "\n") { return nil }
            cursor += 1
        }
        return nil
    }

    func skipSpaces(from index: Int) -> Int {
        var cursor = index
        while cursor < page.count, page[cursor] == UInt8(ascii: " ") { cursor += 1 }
        return cursor
    }

    func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: page[range]), as: UTF8.self)
    }
}
