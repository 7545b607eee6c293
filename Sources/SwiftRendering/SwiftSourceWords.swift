/// The words of Swift source — identifiers and keywords — outside its comments and string
/// literals: what the runtime's sources are scanned and rewritten by, without a parser.
///
/// Comments (`//`, nested `/* */`) and string literals (single-line, multi-line, raw with any
/// number of `#`, escapes, interpolations holding strings of their own) are skipped whole: a
/// word inside an interpolation is not reported. A word is a run of ASCII letters, digits and
/// `_`; the caller looks at the bytes around it (`.`, a backtick, a `:`).
///
/// The source is read as UTF-8 bytes: every delimiter is ASCII, and a byte of a multi-byte
/// character is never one, so no character needs decoding.
struct SwiftSourceWords {
    /// The source's UTF-8 bytes.
    let bytes: [UInt8]

    init(_ source: String) {
        bytes = Array(source.utf8)
    }

    /// The byte ranges of the words in code, in source order.
    var ranges: [Range<Int>] {
        var ranges: [Range<Int>] = []
        var index = 0
        while index < bytes.count {
            if let end = endOfCommentOrString(at: index) {
                index = end
            } else if Self.isWordByte(bytes[index]) {
                let start = index
                while index < bytes.count, Self.isWordByte(bytes[index]) { index += 1 }
                ranges.append(start..<index)
            } else {
                index += 1
            }
        }
        return ranges
    }

    /// The text of a range of bytes (a word's, or any that starts and ends between characters).
    func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// Whether the byte at `index` is the ASCII character `character`.
    func byte(at index: Int, is character: Unicode.Scalar) -> Bool {
        index < bytes.count && bytes[index] == UInt8(ascii: character)
    }

    /// The first byte at or after `index` that is not a space or a tab.
    func nextNonBlank(from index: Int) -> UInt8? {
        bytes[min(index, bytes.count)...].first { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }
    }

    static func isWordByte(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "_") || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
            || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    // MARK: Skipping

    private func starts(with text: StaticString, at position: Int) -> Bool {
        text.withUTF8Buffer { starts(with: $0, at: position) }
    }

    private func starts(with text: some Collection<UInt8>, at position: Int) -> Bool {
        var position = position
        for byte in text {
            guard position < bytes.count, bytes[position] == byte else { return false }
            position += 1
        }
        return true
    }

    /// The index after the comment or string literal that starts at `index`; `nil` when none does.
    private func endOfCommentOrString(at index: Int) -> Int? {
        // Every comment and string literal starts with one of these (the common case is none).
        guard byte(at: index, is: "/") || byte(at: index, is: "#") || byte(at: index, is: "\"") else { return nil }
        if starts(with: "//", at: index) {
            var position = index
            while position < bytes.count, !byte(at: position, is: "\n") { position += 1 }
            return position
        }
        if starts(with: "/*", at: index) { return endOfBlockComment(from: index + 2) }
        var hashes = 0
        while byte(at: index + hashes, is: "#") { hashes += 1 }
        guard starts(with: "\"", at: index + hashes) else { return nil }
        return endOfString(openingAt: index + hashes, hashes: hashes)
    }

    /// The index after the `*/` closing a block comment whose content starts at `index`.
    private func endOfBlockComment(from index: Int) -> Int {
        var position = index
        var depth = 1
        while position < bytes.count {
            if starts(with: "/*", at: position) {
                depth += 1
                position += 2
            } else if starts(with: "*/", at: position) {
                depth -= 1
                position += 2
                if depth == 0 { return position }
            } else {
                position += 1
            }
        }
        return position
    }

    /// The index after a string literal whose first quote is at `quote`, opened by `hashes` `#`s.
    private func endOfString(openingAt quote: Int, hashes: Int) -> Int {
        let padding = [UInt8](repeating: UInt8(ascii: "#"), count: hashes)
        let multiline = starts(with: "\"\"\"", at: quote)
        let terminator = Array((multiline ? "\"\"\"" : "\"").utf8) + padding
        let escape = [UInt8(ascii: "\\")] + padding
        var position = quote + (multiline ? 3 : 1)
        while position < bytes.count {
            if starts(with: terminator, at: position) { return position + terminator.count }
            if !multiline, byte(at: position, is: "\n") { return position }
            if starts(with: escape, at: position) {
                position += escape.count
                if starts(with: "(", at: position) {
                    position = endOfInterpolation(from: position + 1)
                } else {
                    position += 1
                }
            } else {
                position += 1
            }
        }
        return position
    }

    /// The index after the `)` closing an interpolation whose code starts at `index`.
    private func endOfInterpolation(from index: Int) -> Int {
        var position = index
        var depth = 1
        while position < bytes.count {
            if let end = endOfCommentOrString(at: position) {
                position = end
                continue
            }
            if byte(at: position, is: "(") { depth += 1 }
            if byte(at: position, is: ")") {
                depth -= 1
                if depth == 0 { return position + 1 }
            }
            position += 1
        }
        return position
    }
}
