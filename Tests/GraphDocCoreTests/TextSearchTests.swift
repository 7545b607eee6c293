import GraphDocCore
import Testing

@Suite("TextSearch")
struct TextSearchTests {
    @Test("finds the first occurrence, as the standard library's search does")
    func firstOccurrence() {
        let text = "Inherits from [entity](entity.md); inherits from [x]."
        for target in ["inherits from [", "from", "[", ".", "entity.md", "Inherits from [entity](entity.md); inherits from [x]."] {
            #expect(text.firstByteRange(of: target) == text.firstRange(of: target), "\(target)")
        }
    }

    @Test("no range for an absent, empty or longer target")
    func absent() {
        #expect("abc".firstByteRange(of: "abd") == nil)
        #expect("abc".firstByteRange(of: "") == nil)
        #expect("abc".firstByteRange(of: "abcd") == nil)
        #expect("".firstByteRange(of: "a") == nil)
        #expect(!"abc".containsBytes("bd"))
        #expect("abc".containsBytes("bc"))
    }

    @Test("a partial match before the real one does not hide it")
    func overlapping() {
        let text = "aab aaab"
        let range = text.firstByteRange(of: "aaab")
        #expect(range.map { String(text[$0]) } == "aaab")
        #expect(range?.lowerBound == text.index(text.startIndex, offsetBy: 4))
    }

    @Test("ranges in a substring are indices of the substring, past multi-byte characters")
    func substring() {
        let text = "é–ü: values are: `a`, `b`"
        let rest = text.dropFirst(2)
        let range = rest.firstByteRange(of: "values are:")
        #expect(range == rest.firstRange(of: "values are:"))
        #expect(range.map { String(rest[$0.upperBound...]) } == " `a`, `b`")
    }
}
