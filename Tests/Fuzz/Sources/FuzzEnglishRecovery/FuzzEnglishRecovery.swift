import FuzzSupport
import GraphDocCore
import PageReader

/// Fuzzes English recovery (internal to the page reader) through
/// `PageReader.read(bytes:path:relativePath:)`, with pages built around translation span pairs.
///
/// An input without a `0xFF` byte is read as a page as it is (the seeds are excerpts of
/// side-by-side pages, and `Tests/Fuzz/Dictionaries/markdown.dict` gives libFuzzer the span tags). An input with
/// `0xFF` bytes is split at them into fields, taken four at a time (id, localized text,
/// English id, English text); each group becomes a pair, a span without English, a table
/// row of pairs, a heading, a pair broken across lines or a pair missing its closing tag,
/// chosen by the first byte of its id field.
///
/// Beyond not crashing, it checks that every diagnostic has a location in the built page,
/// and, when every field is plain text (letters, digits and spaces), that the page's text
/// source and `span-id-mismatch` warnings are the ones its groups call for.
@main
enum FuzzEnglishRecovery {
    static func main() {
        Fuzzer.run { bytes in
            guard bytes.contains(0xFF) else {
                let page = PageReader.read(bytes: bytes, path: "page.md", relativePath: "page.md")
                LocationChecker(file: "page.md", page: bytes).check(page)
                return
            }
            let built = BuiltPage(fields: bytes.split(separator: 0xFF, omittingEmptySubsequences: false).map(Array.init))
            let page = PageReader.read(bytes: built.bytes, path: "page.md", relativePath: "page.md")
            LocationChecker(file: "page.md", page: built.bytes).check(page)
            guard built.isPlain else { return }
            let expected: TextSource = built.pairs > 0 ? .sideBySide : (built.localizedOnly > 0 ? .localizedOnly : .plain)
            Fuzzer.check(page.textSource == expected, "text source \(page.textSource), expected \(expected)")
            let mismatches = page.diagnostics.filter { $0.code == "span-id-mismatch" }.count
            Fuzzer.check(mismatches == built.idMismatches, "\(mismatches) span-id-mismatch warnings, expected \(built.idMismatches)")
        }
    }
}

/// A page built from fuzzed fields around translation spans, with what it should contain.
struct BuiltPage {
    private(set) var bytes: [UInt8] = []
    /// Whether every field (but the first byte of each id field) is letters, digits and spaces only.
    private(set) var isPlain = true
    /// The complete pairs written.
    private(set) var pairs = 0
    /// The spans written without an English side.
    private(set) var localizedOnly = 0
    /// The complete pairs whose two ids differ.
    private(set) var idMismatches = 0

    init(fields: [[UInt8]]) {
        var index = 0
        while index < fields.count {
            let group = (0..<4).map { index + $0 < fields.count ? fields[index + $0] : [] }
            index += 4
            let selector = group[0].first ?? 0
            let id = Array(group[0].dropFirst())
            let (localized, englishID, english) = (group[1], group[2], group[3])
            isPlain = isPlain && [id, localized, englishID, english].allSatisfy { $0.allSatisfy(Self.isPlain) }
            switch selector % 8 {
            case 0, 1:
                pair(id, localized, englishID, english)
            case 2:
                span(id, localized)
            case 3:
                append("| ")
                pair(id, localized, englishID, english)
                append(" | ")
                pair(id, english, englishID, localized)
                append(" |\n")
            case 4:
                append("## ")
                pair(id, localized, englishID, english)
                append("\n")
            case 5:
                // A pair written over two lines (the English side on the next line).
                span(id, localized)
                append("\n<span class=\"sxs-lookup\"><span data-stu-id=\"")
                bytes += englishID
                append("\">")
                bytes += english
                append("</span></span>")
            case 6:
                // A pair missing its outer closing tag: read as a span without English.
                span(id, localized)
                append("<span class=\"sxs-lookup\"><span data-stu-id=\"")
                bytes += englishID
                append("\">")
                bytes += english
                append("</span>\n")
            default:
                append("\n")
            }
        }
    }

    private static func isPlain(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: " ")
    }

    private mutating func append(_ text: String) { bytes += Array(text.utf8) }

    /// `<span data-ttu-id="id">localized</span>`, counted as a span without English
    /// (a following English side makes it a pair).
    private mutating func span(_ id: [UInt8], _ localized: [UInt8]) {
        append("<span data-ttu-id=\"")
        bytes += id
        append("\">")
        bytes += localized
        append("</span>")
        localizedOnly += 1
    }

    private mutating func pair(_ id: [UInt8], _ localized: [UInt8], _ englishID: [UInt8], _ english: [UInt8]) {
        append("<span data-ttu-id=\"")
        bytes += id
        append("\">")
        bytes += localized
        append("</span><span class=\"sxs-lookup\"><span data-stu-id=\"")
        bytes += englishID
        append("\">")
        bytes += english
        append("</span></span>")
        pairs += 1
        if id != englishID { idMismatches += 1 }
    }
}
