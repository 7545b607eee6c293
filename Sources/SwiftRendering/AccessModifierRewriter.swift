/// Gives hand-written Swift source — the runtime copied into each generated package — the
/// access level the generated API is declared with: each `public` modifier of a declaration
/// becomes the ``AccessModifier``'s keyword (`public private(set) var` → `internal private(set) var`),
/// and an import's is dropped (`public import Foundation` → `import Foundation`): the generated
/// files import without a modifier, and Swift rejects a module imported `package` in one file
/// of a module and without a modifier in another.
///
/// A `public` is a modifier when it is a word of code (``SwiftSourceWords``: not in a comment
/// or a string), not after a `.` or a backtick (`.public`, `` `public` ``), nor after a `(` or
/// a `,` (an argument label in a parameter list, `f(public value: Int)`), and followed by
/// another word or an attribute on its line, not by `:` (an argument label) or `(`.
/// `open` is not rewritten: the runtime declares nothing `open`.
enum AccessModifierRewriter {
    /// `source` with its `public` modifiers replaced by `modifier`'s keyword; `source` itself
    /// for ``AccessModifier/public``.
    static func rewrite(_ source: String, to modifier: AccessModifier) -> String {
        guard modifier != .public else { return source }
        let words = SwiftSourceWords(source)
        var bytes: [UInt8] = []
        var copied = 0
        for range in modifierRanges(in: words) {
            bytes.append(contentsOf: words.bytes[copied..<range.lowerBound])
            var end = range.upperBound
            while words.byte(at: end, is: " ") || words.byte(at: end, is: "\t") { end += 1 }
            if words.bytes[end...].starts(with: "import ".utf8) {
                copied = end
            } else {
                bytes.append(contentsOf: modifier.keyword.utf8)
                copied = range.upperBound
            }
        }
        bytes.append(contentsOf: words.bytes[copied...])
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The ranges of the `public` modifiers in `words`' source.
    static func modifierRanges(in words: SwiftSourceWords) -> [Range<Int>] {
        words.ranges.filter { range in
            guard words.text(range) == "public" else { return false }
            if range.lowerBound > 0, words.byte(at: range.lowerBound - 1, is: ".") || words.byte(at: range.lowerBound - 1, is: "`") {
                return false
            }
            // The previous byte that is not ASCII white space (the runtime's sources use no other).
            if let previous = words.bytes[..<range.lowerBound].last(where: { !Self.whiteSpace.contains($0) }),
                previous == UInt8(ascii: "(") || previous == UInt8(ascii: ",") {
                return false
            }
            guard let next = words.nextNonBlank(from: range.upperBound) else { return false }
            return next == UInt8(ascii: "@") || SwiftSourceWords.isWordByte(next)
        }
    }

    /// ASCII white space: space, tab, line feed, vertical tab, form feed, carriage return.
    static let whiteSpace: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D]
}
