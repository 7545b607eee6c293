/// The lexical level of ``JSONParser``: whitespace and comments, strings,
/// scalars, unquoted text, and the lookahead that decides between repairs.
extension JSONParser {
    /// How a string is delimited.
    enum Quote {
        /// `"…"`.
        case double
        /// `'…'`.
        case single
        /// `&quot;…&quot;` (or `&quot;…"`).
        case entity
    }

    // MARK: - Positions

    /// The position of `offset`, which may be at most one byte past the end.
    func position(at offset: Int) -> JSONPosition {
        if offset >= lineStart {
            return JSONPosition(line: line, column: offset - lineStart + 1, offset: offset)
        }
        // An earlier line: count the line breaks between `offset` and the current line.
        var breaks = 0
        var cursor = lineStart - 1
        while cursor >= offset {
            if bytes[cursor] == .newline { breaks += 1 }
            cursor -= 1
        }
        var start = offset
        while start > 0, bytes[start - 1] != .newline { start -= 1 }
        return JSONPosition(line: line - breaks, column: offset - start + 1, offset: offset)
    }

    /// Moves `index` forward to `end`, keeping track of lines.
    mutating func advance(to end: Int) {
        while index < end {
            if bytes[index] == .newline {
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
    }

    // MARK: - Whitespace and comments

    /// Skips whitespace and comments, reporting each comment.
    mutating func skipTrivia() {
        while index < bytes.count {
            switch bytes[index] {
            case .space, .tab, .carriageReturn:
                index += 1
            case .newline:
                index += 1
                line += 1
                lineStart = index
            case .slash:
                guard let end = commentEnd(at: index) else { return }
                let closed = bytes[index + 1] == .slash || (end >= index + 4 && bytes[end - 2] == .asterisk && bytes[end - 1] == .slash)
                report(
                    .comment, at: index,
                    closed ? "A comment was ignored." : "A comment that is never closed was ignored, to the end of the input.")
                advance(to: end)
            case .hash:
                guard let end = commentEnd(at: index) else { return }
                report(.comment, at: index, "A '#' line comment was ignored.")
                advance(to: end)
            default:
                return
            }
        }
    }

    /// The end of the comment starting at `offset` (`//` and `#` comments end before
    /// the line break; `/*` comments after `*/` or at the end of the input), or `nil`
    /// if no comment starts there. `#` starts a comment only at the start of a line
    /// (after whitespace).
    func commentEnd(at offset: Int) -> Int? {
        let byte = bytes[offset]
        let isLineComment: Bool
        if byte == .slash, offset + 1 < bytes.count, bytes[offset + 1] == .slash {
            isLineComment = true
        } else if byte == .hash, isAtLineStart(offset) {
            isLineComment = true
        } else if byte == .slash, offset + 1 < bytes.count, bytes[offset + 1] == .asterisk {
            isLineComment = false
        } else {
            return nil
        }
        var end = offset + (isLineComment ? 1 : 2)
        if isLineComment {
            while end < bytes.count, bytes[end] != .newline { end += 1 }
            return end
        }
        while end < bytes.count {
            if bytes[end] == .asterisk, end + 1 < bytes.count, bytes[end + 1] == .slash { return end + 2 }
            end += 1
        }
        return end
    }

    /// Whether only spaces and tabs precede `offset` on its line.
    private func isAtLineStart(_ offset: Int) -> Bool {
        var cursor = offset - 1
        while cursor >= 0 {
            switch bytes[cursor] {
            case .newline: return true
            case .space, .tab, .carriageReturn: cursor -= 1
            default: return false
            }
        }
        return true
    }

    /// The offset of the next byte after `offset` that is not whitespace or part of
    /// a comment, or the input's length; nothing is reported.
    func offsetOfNextToken(from offset: Int) -> Int {
        var cursor = offset
        while cursor < bytes.count {
            switch bytes[cursor] {
            case .space, .tab, .carriageReturn, .newline:
                cursor += 1
            case .slash, .hash:
                guard let end = commentEnd(at: cursor) else { return cursor }
                cursor = end
            default:
                return cursor
            }
        }
        return cursor
    }

    // MARK: - Token classes

    /// Whether a token that ends at `offset` is complete there: at the end, or before
    /// whitespace, `,`, `]`, `}`, `"` or a comment.
    func isTokenBoundary(_ offset: Int) -> Bool {
        guard offset < bytes.count else { return true }
        switch bytes[offset] {
        case .space, .tab, .carriageReturn, .newline, .comma, .closeBrace, .closeBracket, .quotationMark:
            return true
        case .slash:
            return offset + 1 < bytes.count && (bytes[offset + 1] == .slash || bytes[offset + 1] == .asterisk)
        default:
            return false
        }
    }

    /// The delimiter of a string starting at `offset`, if one does.
    func quoteKind(at offset: Int) -> Quote? {
        switch bytes[offset] {
        case .quotationMark: return .double
        case .apostrophe: return .single
        case .ampersand: return isQuoteEntity(at: offset) ? .entity : nil
        default: return nil
        }
    }

    /// Whether `&quot;` starts at `offset`.
    func isQuoteEntity(at offset: Int) -> Bool {
        guard offset + 6 <= bytes.count else { return false }
        return bytes[offset] == .ampersand && bytes[offset + 1] == UInt8(ascii: "q")
            && bytes[offset + 2] == UInt8(ascii: "u") && bytes[offset + 3] == UInt8(ascii: "o")
            && bytes[offset + 4] == UInt8(ascii: "t") && bytes[offset + 5] == UInt8(ascii: ";")
    }

    /// The end of the strict number or `true`/`false`/`null` literal starting at
    /// `offset`, if a complete one does.
    func scalarTokenEnd(at offset: Int) -> Int? {
        let byte = bytes[offset]
        let end: Int
        switch byte {
        case UInt8(ascii: "t"):
            guard matches("true", at: offset) else { return nil }
            end = offset + 4
        case UInt8(ascii: "f"):
            guard matches("false", at: offset) else { return nil }
            end = offset + 5
        case UInt8(ascii: "n"):
            guard matches("null", at: offset) else { return nil }
            end = offset + 4
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            guard let length = JSONNumberLiteral.strictLength(in: bytes, from: offset) else { return nil }
            end = offset + length
        default:
            return nil
        }
        return isTokenBoundary(end) ? end : nil
    }

    private func matches(_ word: StaticString, at offset: Int) -> Bool {
        let count = word.utf8CodeUnitCount
        guard offset + count <= bytes.count else { return false }
        let start = word.utf8Start
        for position in 0..<count where bytes[offset + position] != start[position] {
            return false
        }
        return true
    }

    /// The end of the `...` or `…` ellipsis (or a run of them) starting at `offset`,
    /// if one does and a token boundary (or `:`) follows it.
    func ellipsisEnd(at offset: Int) -> Int? {
        var cursor = offset
        while cursor < bytes.count {
            if bytes[cursor] == .period {
                var dots = cursor
                while dots < bytes.count, bytes[dots] == .period { dots += 1 }
                guard dots - cursor >= 3 else { return nil }
                cursor = dots
            } else if cursor + 3 <= bytes.count, bytes[cursor] == 0xE2, bytes[cursor + 1] == 0x80, bytes[cursor + 2] == 0xA6 {
                cursor += 3
            } else {
                break
            }
        }
        guard cursor > offset, isTokenBoundary(cursor) else { return nil }
        return cursor
    }

    /// The end of the unquoted key starting at `offset`, if a word starts there and
    /// `:` follows it on the same line.
    func unquotedKeyEnd(at offset: Int) -> Int? {
        var end = offset
        while end < bytes.count {
            let byte = bytes[end]
            if byte <= .space || byte == .colon || byte == .comma || byte == .quotationMark || byte == .apostrophe
                || byte == .openBrace || byte == .closeBrace || byte == .openBracket || byte == .closeBracket
            {
                break
            }
            end += 1
        }
        guard end > offset else { return nil }
        var cursor = end
        while cursor < bytes.count, bytes[cursor] == .space || bytes[cursor] == .tab { cursor += 1 }
        return cursor < bytes.count && bytes[cursor] == .colon ? end : nil
    }

    /// Whether a key (quoted, or an unquoted word followed by `:`) starts at `offset`.
    func looksLikeKey(at offset: Int) -> Bool {
        quoteKind(at: offset) != nil || unquotedKeyEnd(at: offset) != nil
    }

    /// Whether a value other than unquoted text starts at `offset`.
    func looksLikeValue(at offset: Int) -> Bool {
        let byte = bytes[offset]
        return byte == .openBrace || byte == .openBracket || quoteKind(at: offset) != nil
            || scalarTokenEnd(at: offset) != nil
    }

    // MARK: - Unquoted text

    /// Reads an unquoted value: the text up to the next `,`, `}`, `]`, `"`, line break
    /// or comment (`//` or `/*` after a space or tab), without trailing spaces.
    mutating func readUnquotedValue() -> String {
        let start = index
        var end = start
        scan: while end < bytes.count {
            switch bytes[end] {
            case .comma, .closeBrace, .closeBracket, .quotationMark, .newline, .carriageReturn:
                break scan
            case .slash where end > start && (bytes[end - 1] == .space || bytes[end - 1] == .tab):
                if end + 1 < bytes.count, bytes[end + 1] == .slash || bytes[end + 1] == .asterisk { break scan }
                end += 1
            default:
                end += 1
            }
        }
        while end > start, bytes[end - 1] == .space || bytes[end - 1] == .tab { end -= 1 }
        if end == start { end = start + 1 }  // Always make progress.
        let text = makeString(from: start, to: end)
        index = end
        return text
    }

    /// Skips and reports text that cannot continue the container: up to the next
    /// `,`, `}`, `]` or line break, and at least one byte.
    mutating func skipStrayText() {
        let start = index
        var end = start + 1
        while end < bytes.count {
            let byte = bytes[end]
            if byte == .comma || byte == .closeBrace || byte == .closeBracket || byte == .newline { break }
            end += 1
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<min(end, start + 164)]), as: UTF8.self)
        report(.strayText, at: start, "Unexpected text '\(Self.shortened(text))' was skipped.")
        advance(to: end)
    }

    /// The text of `bytes[start..<end]`, with invalid UTF-8 replaced by U+FFFD and reported.
    mutating func makeString(from start: Int, to end: Int) -> String {
        let slice = UnsafeBufferPointer(rebasing: bytes[start..<end])
        if let string = String(validating: slice, as: UTF8.self) { return string }
        reportInvalidUTF8(from: start, to: end)
        return String(decoding: slice, as: UTF8.self)
    }

    /// Reports the first invalid UTF-8 sequence in `bytes[start..<end]`.
    mutating func reportInvalidUTF8(from start: Int, to end: Int) {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes[start..<end].makeIterator()
        var offset = start
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar):
                offset += scalar.count
            case .error:
                report(.invalidUTF8, at: offset, "Bytes that are not valid UTF-8 were replaced by U+FFFD.")
                return
            case .emptyInput:
                return
            }
        }
    }

    // MARK: - Strings

    /// Reads the string starting at `index` and delimited by `quote`, decoding its
    /// escapes and repairing what can be repaired.
    mutating func readString(_ quote: Quote) -> String {
        let opener = index
        switch quote {
        case .double:
            index += 1
        case .single:
            report(.singleQuotedString, at: opener, "A string in single quotes was read as a string.")
            index += 1
        case .entity:
            report(.htmlEntityQuote, at: opener, "The HTML entity '&quot;' was read as a quotation mark.")
            index += 6
        }
        let contentStart = index
        if quote == .double {
            // The fast path: no escapes, control characters or entities.
            while index < bytes.count {
                let byte = bytes[index]
                if byte == .quotationMark {
                    let string = makeString(from: contentStart, to: index)
                    index += 1
                    return string
                }
                if byte == .backslash || byte < .space || byte == .ampersand { break }
                index += 1
            }
        }
        var buffer: [UInt8] = []
        buffer.reserveCapacity(index - contentStart + 16)
        buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[contentStart..<index]))
        var firstControl: Int?
        var reportedEntity = quote == .entity
        /// The state at the string's first raw line break, to end the string there
        /// if it turns out to be a string whose closing quote is missing.
        var lineBreak: (offset: Int, bufferCount: Int, issueCount: Int, line: Int, lineStart: Int)?
        var closed = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte == .quotationMark && quote != .single || byte == .apostrophe && quote == .single {
                index += 1
                closed = true
                break
            }
            if byte == .ampersand, quote != .single, isQuoteEntity(at: index),
                quote == .entity || canFollowString(at: index + 6)
            {
                if !reportedEntity {
                    report(.htmlEntityQuote, at: index, "The HTML entity '&quot;' was read as a quotation mark.")
                    reportedEntity = true
                }
                index += 6
                closed = true
                break
            }
            if byte == .backslash {
                readEscape(into: &buffer, quote: quote)
                continue
            }
            if byte < .space {
                if firstControl == nil { firstControl = index }
                if byte == .newline {
                    if lineBreak == nil {
                        // The break starts at a `\r` of a `\r\n` pair.
                        let hasReturn = index > contentStart && bytes[index - 1] == .carriageReturn && buffer.last == .carriageReturn
                        lineBreak = (
                            hasReturn ? index - 1 : index, hasReturn ? buffer.count - 1 : buffer.count,
                            issues.count, line, lineStart
                        )
                    }
                    line += 1
                    lineStart = index + 1
                }
            }
            buffer.append(byte)
            index += 1
        }
        var end = index
        if let lineBreak, !closed || !canFollowString(at: index) {
            // A string that runs over a line break to a closing quote that nothing
            // sensible follows (or to the end) lacks its closing quote: it ends at the break.
            buffer.removeSubrange(lineBreak.bufferCount...)
            issues.removeSubrange(lineBreak.issueCount...)
            index = lineBreak.offset
            line = lineBreak.line
            lineStart = lineBreak.lineStart
            end = lineBreak.offset
            report(
                .unclosedString, at: lineBreak.offset,
                "The string opened at \(position(at: opener)) is not closed on its line; it was closed at the end of the line.")
        } else if !closed {
            report(.unclosedString, at: bytes.count, "The input ends inside the string opened at \(position(at: opener)); it was closed.")
        }
        if let firstControl, firstControl < end {
            let what = bytes[firstControl] == .newline ? "A line break" : "A control character"
            report(.controlCharacterInString, at: firstControl, "\(what) inside a string was kept in the string.")
        }
        return buffer.withUnsafeBufferPointer { decoded in
            if let string = String(validating: decoded, as: UTF8.self) { return string }
            reportInvalidUTF8(from: contentStart, to: end)
            return String(decoding: decoded, as: UTF8.self)
        }
    }

    /// Whether what follows a closing quote at `offset` can follow a string: after
    /// spaces, `:`, `,`, `}`, `]`, a line break, a comment or the end.
    private func canFollowString(at offset: Int) -> Bool {
        var cursor = offset
        while cursor < bytes.count, bytes[cursor] == .space || bytes[cursor] == .tab { cursor += 1 }
        guard cursor < bytes.count else { return true }
        switch bytes[cursor] {
        case .colon, .comma, .closeBrace, .closeBracket, .newline, .carriageReturn: return true
        case .slash: return commentEnd(at: cursor) != nil
        default: return false
        }
    }

    /// Reads the escape at `index` (a backslash) into `buffer`.
    private mutating func readEscape(into buffer: inout [UInt8], quote: Quote) {
        let start = index
        guard start + 1 < bytes.count else {
            // A backslash at the very end: kept; the string is unclosed.
            buffer.append(.backslash)
            index += 1
            return
        }
        let escaped = bytes[start + 1]
        switch escaped {
        case .quotationMark, .backslash, .slash:
            buffer.append(escaped)
        case UInt8(ascii: "b"): buffer.append(0x08)
        case UInt8(ascii: "f"): buffer.append(0x0C)
        case UInt8(ascii: "n"): buffer.append(.newline)
        case UInt8(ascii: "r"): buffer.append(.carriageReturn)
        case UInt8(ascii: "t"): buffer.append(.tab)
        case .apostrophe where quote == .single:
            buffer.append(.apostrophe)
        case UInt8(ascii: "u"):
            readUnicodeEscape(into: &buffer)
            return
        default:
            // Kept as written; the escaped byte is read as an ordinary one next.
            let shown = escaped < .space || escaped >= 0x80 ? "" : " '\\\(Character(Unicode.Scalar(escaped)))'"
            report(.invalidEscape, at: start, "The invalid escape\(shown) was kept as written.")
            buffer.append(.backslash)
            index += 1
            return
        }
        index += 2
    }

    /// Reads the `\uXXXX` escape (or surrogate pair) at `index` into `buffer`.
    private mutating func readUnicodeEscape(into buffer: inout [UInt8]) {
        let start = index
        guard let unit = hexUnit(at: start + 2) else {
            report(.invalidEscape, at: start, "The malformed '\\u' escape was kept as written.")
            buffer.append(.backslash)
            index += 1
            return
        }
        var scalar = Unicode.Scalar(unit)
        var length = 6
        if (0xD800..<0xDC00).contains(unit),
            start + 12 <= bytes.count, bytes[start + 6] == .backslash, bytes[start + 7] == UInt8(ascii: "u"),
            let low = hexUnit(at: start + 8), (0xDC00..<0xE000).contains(low)
        {
            scalar = Unicode.Scalar(0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00))
            length = 12
        }
        if scalar == nil {
            report(.invalidEscape, at: start, "The '\\u' escape of a lone surrogate was read as U+FFFD.")
        }
        UTF8.encode(scalar ?? "\u{FFFD}") { buffer.append($0) }
        index += length
    }

    /// The value of the four hexadecimal digits at `offset`, if there are four.
    private func hexUnit(at offset: Int) -> UInt16? {
        guard offset + 4 <= bytes.count else { return nil }
        var value: UInt16 = 0
        for cursor in offset..<(offset + 4) {
            let byte = bytes[cursor]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt16(digit)
        }
        return value
    }
}
