import LenientJSON
import Testing

@Suite("LenientJSONReader robustness")
struct LenientJSONReaderRobustnessTests {
    @Test func invalidUTF8InAStringIsReplacedAndReported() {
        let result = LenientJSONReader().read(Array(#"["a"#.utf8) + [0xFF] + Array(#"b"]"#.utf8))
        #expect(result.value?[0]?.stringValue == "a\u{FFFD}b")
        #expect(result.issueSummary == [ExpectedIssue(.invalidUTF8, "1:4")])
    }

    @Test func invalidUTF8InAStringWithEscapesIsReplacedAndReported() {
        let result = LenientJSONReader().read(Array(#"["\n"#.utf8) + [0xC3] + Array(#""]"#.utf8))
        #expect(result.value?[0]?.stringValue == "\n\u{FFFD}")
        #expect(result.issueSummary == [ExpectedIssue(.invalidUTF8, "1:5")])
    }

    @Test func invalidUTF8InAKeyIsReplacedAndReported() {
        let result = LenientJSONReader().read(Array(#"{"k"#.utf8) + [0xE2, 0x82] + Array(#"": 1}"#.utf8))
        #expect(result.value?.keys == ["k\u{FFFD}"])
        #expect(result.issueSummary == [ExpectedIssue(.invalidUTF8, "1:4")])
    }

    @Test func invalidUTF8InAnUnquotedValueIsReplacedAndReported() {
        let result = LenientJSONReader().read(Array(#"{"a": x"#.utf8) + [0xC3] + Array("}".utf8))
        #expect(result.value?["a"]?.stringValue == "x\u{FFFD}")
        #expect(result.issueSummary == [ExpectedIssue(.unquotedValue, "1:7"), ExpectedIssue(.invalidUTF8, "1:8")])
    }

    @Test func invalidUTF8AtTheStartIsNotJSON() {
        let result = LenientJSONReader().read([0xFF, 0xFE, 0x7B, 0x7D])
        #expect(result.value == nil)
        #expect(result.issues.map(\.kind) == [.notJSON])
    }

    @Test func nulBytesAreHandled() {
        let inString = LenientJSONReader().read(Array(#"["a"#.utf8) + [0] + Array(#"b"]"#.utf8))
        #expect(inString.value?[0]?.stringValue == "a\u{0}b")
        #expect(inString.issueSummary == [ExpectedIssue(.controlCharacterInString, "1:4")])

        let between = LenientJSONReader().read(Array("[1, ".utf8) + [0, 0] + Array(" ]".utf8))
        #expect(between.value != nil)
        #expect(!between.isStrict)

        let alone = LenientJSONReader().read([0, 0, 0])
        #expect(alone.issues.map(\.kind) == [.notJSON])
    }

    @Test func randomBytesNeverCrashAndAlwaysGiveConsistentResults() {
        var generator = SeededGenerator(seed: 0x5EED_1234)
        let alphabet = Array(#"{}[]:,"'\/*#.&quot; ntrufalse0123456789-+eE…"#.utf8) + [0x0A, 0x09, 0x00, 0xFF, 0xC3]
        var failures: [[UInt8]] = []
        for round in 0..<4000 {
            let count = Int.random(in: 0...80, using: &generator)
            var bytes: [UInt8] = (0..<count).map { _ in
                round.isMultiple(of: 4)
                    ? UInt8.random(in: 0...255, using: &generator)
                    : alphabet.randomElement(using: &generator)!
            }
            // Most inputs start like JSON, to get past the not-JSON check.
            if round % 4 == 1 { bytes.insert(UInt8(ascii: "{"), at: 0) }
            if round % 4 == 2 { bytes.insert(UInt8(ascii: "["), at: 0) }
            if round % 4 == 3 { bytes.insert(contentsOf: Array(#"{"a":"#.utf8), at: 0) }
            if !Self.resultIsConsistent(LenientJSONReader().read(bytes), for: bytes) {
                failures.append(bytes)
            }
        }
        #expect(failures.isEmpty, "first inconsistent input: \(failures.first.map { String(decoding: $0, as: UTF8.self) } ?? "")")
    }

    @Test func everyPrefixOfADocumentReadsAsACutOffDocument() {
        let document = """
            {"id": "a\\"b", "list": [1, -2.5e3, true, null, {"x": []}], 'q': ..., # c
            "u": Int32 /* c */, "v": &quot;w&quot;}
            """
        let bytes = Array(document.utf8)
        var failures: [Int] = []
        for length in 1..<bytes.count {
            let prefix = Array(bytes[..<length])
            let result = LenientJSONReader().read(prefix)
            let consistent = Self.resultIsConsistent(result, for: prefix)
            let cutOff = result.value != nil && result.issues.contains { $0.kind == .unclosedContainer }
            if !consistent || !cutOff { failures.append(length) }
        }
        #expect(failures.isEmpty, "inconsistent prefixes: \(failures.prefix(5))")
        #expect(LenientJSONReader().read(bytes).issues.allSatisfy { $0.severity == .repair })
    }

    @Test func treesAtTheDepthCeilingCanBeUsedAndDestroyed() throws {
        let depth = LenientJSONReader.maxDepthCeiling
        let text = String(repeating: #"{"a":["#, count: depth / 2) + "1" + String(repeating: "]}", count: depth / 2)
        let reader = LenientJSONReader(maxDepth: depth)
        let first = try #require(reader.read(text).value)
        let written = JSONWriter(style: .pretty).string(from: first)
        let second = try #require(reader.read(written).value)
        #expect(first == second)
        #expect(first.hashValue == second.hashValue)
        #expect(first.isSemanticallyEqual(to: second))
        #expect(try JSONValueEncoder().encode(["deep": first])["deep"] == first)
        // Both trees are destroyed when the test returns.
    }

    /// Checks what must hold for any input: positions (of issues, values and keys)
    /// inside the input that agree with their offsets, issues in order, a value
    /// exactly when no failure prevents one, and a value that the writer turns into
    /// strict JSON that reads back as the same value.
    static func resultIsConsistent(_ result: JSONReadResult, for input: [UInt8]) -> Bool {
        guard result.issues.allSatisfy({ !$0.message.isEmpty }) else { return false }
        for position in result.issues.map(\.position) + allPositions(in: result.value) {
            guard position.offset >= 0, position.offset <= input.count else { return false }
            // The line and column must be those of the offset.
            let before = input[..<position.offset]
            let lineStart = before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
            guard position.line == before.count(where: { $0 == UInt8(ascii: "\n") }) + 1,
                position.column == position.offset - lineStart + 1
            else { return false }
        }
        let offsets = result.issues.map(\.position.offset)
        guard offsets == offsets.sorted() else { return false }
        let preventsValue = result.issues.contains { [.emptyInput, .notJSON, .nestingTooDeep].contains($0.kind) }
        guard (result.value == nil) == preventsValue else { return false }
        guard let value = result.value else { return true }
        for style in [JSONWriter.Style.compact, .pretty] {
            let again = LenientJSONReader().read(JSONWriter(style: style).bytes(from: value))
            guard again.issues.allSatisfy({ $0.kind == .duplicateKey }), again.value == value,
                again.value?.isSemanticallyEqual(to: value) == true
            else { return false }
        }
        return true
    }

    /// The positions of every value and key in `value`.
    static func allPositions(in value: JSONValue?) -> [JSONPosition] {
        var positions: [JSONPosition] = []
        var pending = value.map { [$0] } ?? []
        while let next = pending.popLast() {
            if let position = next.position { positions.append(position) }
            pending += next.arrayValue ?? []
            for member in next.members ?? [] {
                if let position = member.keyPosition { positions.append(position) }
                pending.append(member.value)
            }
        }
        return positions
    }
}
