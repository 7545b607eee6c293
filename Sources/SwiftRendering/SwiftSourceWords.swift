/// The words of Swift source — identifiers and keywords — outside its comments and string
/// literals: what the runtime's sources are scanned and rewritten by, without a parser.
///
/// Comments (`//`, nested `/* */`) and string literals (single-line, multi-line, raw with any
/// number of `#`, escapes, interpolations holding strings of their own) are skipped whole: a
/// word inside an interpolation is not reported. A word is a run of ASCII letters, digits and
/// `_`; the caller looks at the scalars around it (`.`, a backtick, a `:`).
struct SwiftSourceWords {
    /// The source, by Unicode scalar.
    let scalars: [Unicode.Scalar]

    init(_ source: String) {
        scalars = Array(source.unicodeScalars)
    }

    /// The scalar ranges of the words in code, in source order.
    var ranges: [Range<Int>] {
        var ranges: [Range<Int>] = []
        var index = 0
        while index < scalars.count {
            if let end = endOfCommentOrString(at: index) {
                index = end
            } else if Self.isWordScalar(scalars[index]) {
                let start = index
                while index < scalars.count, Self.isWordScalar(scalars[index]) { index += 1 }
                ranges.append(start..<index)
            } else {
                index += 1
            }
        }
        return ranges
    }

    /// The text of a range of scalars.
    func text(_ range: Range<Int>) -> String {
        String(String.UnicodeScalarView(scalars[range]))
    }

    /// The first scalar at or after `index` that is not a space or a tab.
    func nextNonBlank(from index: Int) -> Unicode.Scalar? {
        scalars[min(index, scalars.count)...].first { $0 != " " && $0 != "\t" }
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
    }

    // MARK: Skipping

    private func starts(with text: String, at position: Int) -> Bool {
        var position = position
        for scalar in text.unicodeScalars {
            guard position < scalars.count, scalars[position] == scalar else { return false }
            position += 1
        }
        return true
    }

    /// The index after the comment or string literal that starts at `index`; `nil` when none does.
    private func endOfCommentOrString(at index: Int) -> Int? {
        if starts(with: "//", at: index) {
            var position = index
            while position < scalars.count, scalars[position] != "\n" { position += 1 }
            return position
        }
        if starts(with: "/*", at: index) { return endOfBlockComment(from: index + 2) }
        var hashes = 0
        while index + hashes < scalars.count, scalars[index + hashes] == "#" { hashes += 1 }
        guard starts(with: "\"", at: index + hashes) else { return nil }
        return endOfString(openingAt: index + hashes, hashes: hashes)
    }

    /// The index after the `*/` closing a block comment whose content starts at `index`.
    private func endOfBlockComment(from index: Int) -> Int {
        var position = index
        var depth = 1
        while position < scalars.count {
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
        let padding = String(repeating: "#", count: hashes)
        let multiline = starts(with: "\"\"\"", at: quote)
        let terminator = (multiline ? "\"\"\"" : "\"") + padding
        let escape = "\\" + padding
        var position = quote + (multiline ? 3 : 1)
        while position < scalars.count {
            if starts(with: terminator, at: position) { return position + terminator.unicodeScalars.count }
            if !multiline, scalars[position] == "\n" { return position }
            if starts(with: escape, at: position) {
                position += escape.unicodeScalars.count
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
        while position < scalars.count {
            if let end = endOfCommentOrString(at: position) {
                position = end
                continue
            }
            if scalars[position] == "(" { depth += 1 }
            if scalars[position] == ")" {
                depth -= 1
                if depth == 0 { return position + 1 }
            }
            position += 1
        }
        return position
    }
}
