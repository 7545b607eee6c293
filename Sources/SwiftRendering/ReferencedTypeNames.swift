/// The type names a piece of Swift source refers to, which a generated type of the same
/// module must not take: a documented type named `page` or `decoder` would otherwise
/// shadow the runtime's `Page` or the standard library's `Decoder` in the code that uses
/// them, and a file `Page.swift` beside the runtime's would clash in the build.
///
/// A type name here is a word of code (``SwiftSourceWords``: outside comments and string
/// literals) that starts with an ASCII capital letter and does not follow a `.`
/// (`HTTPResponse.Status` names a member type, which a top-level type cannot shadow).
enum ReferencedTypeNames {
    /// The names referred to in `source`.
    static func scan(_ source: String) -> Set<String> {
        identifiers(in: source).filter { ("A"..."Z").contains($0.unicodeScalars.first ?? " ") }
    }

    /// The words of code in `source` that do not follow a `.`: whatever it names unqualified,
    /// however the name is spelled (a generated type's may start with `_`).
    static func identifiers(in source: String) -> Set<String> {
        let words = SwiftSourceWords(source)
        return identifiers(in: words, ranges: words.ranges)
    }

    /// The words of code in `source` that do not follow a `.` (``identifiers(in:)``) and those
    /// that follow `qualifier.`, itself not after a `.`: what the source names unqualified and
    /// the members of `qualifier` it names (`Call` in `Graph.Call`), from one reading.
    static func identifiers(in source: String, andMembersOf qualifier: String) -> Set<String> {
        let words = SwiftSourceWords(source)
        let ranges = words.ranges
        var names = identifiers(in: words, ranges: ranges)
        for (previous, range) in zip(ranges, ranges.dropFirst()) {
            guard previous.upperBound + 1 == range.lowerBound, words.byte(at: previous.upperBound, is: "."),
                  previous.lowerBound == 0 || !words.byte(at: previous.lowerBound - 1, is: "."),
                  words.text(previous) == qualifier
            else { continue }
            names.insert(words.text(range))
        }
        return names
    }

    private static func identifiers(in words: SwiftSourceWords, ranges: [Range<Int>]) -> Set<String> {
        var names: Set<String> = []
        for range in ranges {
            if range.lowerBound > 0, words.byte(at: range.lowerBound - 1, is: ".") { continue }
            names.insert(words.text(range))
        }
        return names
    }
}
