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
        var names: Set<String> = []
        for range in words.ranges {
            if range.lowerBound > 0, words.scalars[range.lowerBound - 1] == "." { continue }
            names.insert(words.text(range))
        }
        return names
    }

    /// The words of code in `source` that follow `qualifier.`, itself not after a `.`: the
    /// members of `qualifier` the source names (`Call` in `Graph.Call`).
    static func members(of qualifier: String, in source: String) -> Set<String> {
        let words = SwiftSourceWords(source)
        let ranges = words.ranges
        var names: Set<String> = []
        for (previous, range) in zip(ranges, ranges.dropFirst()) {
            guard previous.upperBound + 1 == range.lowerBound, words.scalars[previous.upperBound] == ".",
                  previous.lowerBound == 0 || words.scalars[previous.lowerBound - 1] != ".",
                  words.text(previous) == qualifier
            else { continue }
            names.insert(words.text(range))
        }
        return names
    }
}
