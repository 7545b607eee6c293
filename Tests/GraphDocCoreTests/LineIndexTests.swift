import GraphDocCore
import Testing

@Suite("LineIndex")
struct LineIndexTests {
    let text = Array("ab\ncdé\n\nlast".utf8)

    @Test("offsets map to 1-based lines and byte columns")
    func positions() {
        let index = LineIndex(text)
        #expect(index.lineCount == 4)
        #expect(index.position(ofOffset: 0) == SourcePosition(line: 1, column: 1))
        #expect(index.position(ofOffset: 2) == SourcePosition(line: 1, column: 3))
        #expect(index.position(ofOffset: 3) == SourcePosition(line: 2, column: 1))
        // "é" is two bytes: the newline after it is at column 5.
        #expect(index.position(ofOffset: 7) == SourcePosition(line: 2, column: 5))
        #expect(index.position(ofOffset: 9) == SourcePosition(line: 4, column: 1))
        #expect(index.position(ofOffset: 1_000) == SourcePosition(line: 4, column: 5))
    }

    @Test("positions map back to offsets, clamped to the line")
    func offsets() {
        let index = LineIndex(text)
        #expect(index.offset(of: SourcePosition(line: 2, column: 2)) == 4)
        #expect(index.offset(of: SourcePosition(line: 3, column: 9)) == 9)
        #expect(index.offset(of: SourcePosition(line: 99, column: 1)) == 9)
    }

    @Test("line ranges exclude the line break")
    func lineRanges() {
        let index = LineIndex(text)
        #expect(index.range(ofLine: 1) == 0..<2)
        #expect(index.range(ofLine: 3) == 8..<8)
        #expect(index.range(ofLine: 4) == 9..<13)
    }
}
