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
        var scalars = String.UnicodeScalarView()
        var copied = 0
        for range in modifierRanges(in: words) {
            scalars.append(contentsOf: words.scalars[copied..<range.lowerBound])
            var end = range.upperBound
            while end < words.scalars.count, [" ", "\t"].contains(words.scalars[end]) { end += 1 }
            if words.scalars[end...].starts(with: "import ".unicodeScalars) {
                copied = end
            } else {
                scalars.append(contentsOf: modifier.keyword.unicodeScalars)
                copied = range.upperBound
            }
        }
        scalars.append(contentsOf: words.scalars[copied...])
        return String(scalars)
    }

    /// The ranges of the `public` modifiers in `words`' source.
    static func modifierRanges(in words: SwiftSourceWords) -> [Range<Int>] {
        words.ranges.filter { range in
            guard words.text(range) == "public" else { return false }
            if range.lowerBound > 0, [".", "`"].contains(words.scalars[range.lowerBound - 1]) { return false }
            if let previous = words.scalars[..<range.lowerBound].last(where: { !$0.properties.isWhitespace }),
                ["(", ","].contains(previous) {
                return false
            }
            guard let next = words.nextNonBlank(from: range.upperBound) else { return false }
            return next == "@" || SwiftSourceWords.isWordScalar(next)
        }
    }
}
