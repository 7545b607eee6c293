import LenientJSON
import Testing

@Suite("JSONWriter")
struct JSONWriterTests {
    static let sample: JSONValue = [
        "b": [1, true, .null],
        "a": ["nested": "x", "empty": [:]],
        "list": [],
        "n": .number(literal: "1.50"),
    ]

    @Test func compactHasNoWhitespaceAndKeepsOrder() {
        #expect(
            JSONWriter(style: .compact).string(from: Self.sample)
                == #"{"b":[1,true,null],"a":{"nested":"x","empty":{}},"list":[],"n":1.50}"#)
    }

    @Test func prettyIndentsByTwoSpaces() {
        let expected = """
            {
              "b": [
                1,
                true,
                null
              ],
              "a": {
                "nested": "x",
                "empty": {}
              },
              "list": [],
              "n": 1.50
            }
            """
        #expect(JSONWriter(style: .pretty).string(from: Self.sample) == expected)
        #expect(JSONWriter().string(from: Self.sample) == expected)
    }

    @Test func stringsAreEscapedAsRFC8259Says() {
        let value = JSONValue.string("q\"b\\s/n\nr\rt\tb\u{8}f\u{C}c\u{1}\u{1F}d\u{7F}é😀")
        #expect(
            JSONWriter(style: .compact).string(from: value)
                == #""q\"b\\s/n\nr\rt\tb\bf\fc\u0001\u001fd"# + "\u{7F}é😀\"")
    }

    @Test func keysAreEscapedToo() {
        #expect(JSONWriter(style: .compact).string(from: ["a\"b\n": 1]) == #"{"a\"b\n":1}"#)
    }

    @Test(arguments: [
        ("1.50", "1.50"), ("-0", "-0"), ("1E+5", "1E+5"), ("+1", "1"), (".5", "0.5"), ("007", "7"),
        ("1e400", "1e400"), ("NaN", "null"), ("abc", "null"), ("", "null"),
    ])
    func numbersAreWrittenAsStrictJSON(_ literal: String, _ written: String) {
        #expect(JSONWriter(style: .compact).string(from: .number(literal: literal)) == written)
    }

    @Test func nonFiniteDoublesAreWrittenAsNull() {
        #expect(JSONWriter(style: .compact).string(from: [.number(Double.infinity), .number(Double.nan)]) == "[null,null]")
    }

    @Test func duplicateKeysAreWrittenInOrder() throws {
        let value = try #require(LenientJSONReader().read(#"{"a": 1, "b": 2, "a": 3}"#).value)
        #expect(JSONWriter(style: .compact).string(from: value) == #"{"a":1,"b":2,"a":3}"#)
    }

    @Test func readWriteReadRoundTripKeepsEverything() throws {
        let text = #"{"s": "a\u0000\"\\\u2028😀", "n": [0, -1.0e-7, 12345678901234567890], "o": {"z": {}, "a": [[]]}}"#
        let first = try #require(LenientJSONReader().read(text).value)
        for style in [JSONWriter.Style.compact, .pretty] {
            let written = JSONWriter(style: style).string(from: first)
            let again = LenientJSONReader().read(written)
            #expect(again.isStrict)
            #expect(again.value == first)
        }
        #expect(JSONWriter(style: .compact).string(from: first).contains("-1.0e-7"))
    }

    @Test func quotEntitiesInStringsReadBackAsWritten() throws {
        // The lenient reader takes `&quot;` before `:` or `,` for a mistyped quote (as pages
        // write `"tocPath&quot;: &quot;x"`), so the writer escapes the entity's `&`.
        let value: JSONValue = ["k&quot;: x": "tocPath&quot;: &quot;Items, &quot;,", "plain": "a & b &quo"]
        for style in [JSONWriter.Style.compact, .pretty] {
            let written = JSONWriter(style: style).string(from: value)
            #expect(written.contains(#"k\u0026quot;: x"#))
            let again = LenientJSONReader().read(written)
            #expect(again.isStrict)
            #expect(again.value == value)
        }
        #expect(JSONWriter(style: .compact).string(from: "a & b &quo") == #""a & b &quo""#)
    }

    @Test func bytesAreTheUTF8OfTheString() {
        let writer = JSONWriter(style: .pretty)
        #expect(writer.bytes(from: Self.sample) == Array(writer.string(from: Self.sample).utf8))
    }

    @Test func descriptionIsCompactJSON() {
        #expect((["a": [1, "x"]] as JSONValue).description == #"{"a":[1,"x"]}"#)
    }
}
