import LenientJSON
import Testing

@Suite("LenientJSONReader on strict JSON")
struct LenientJSONReaderTests {
    @Test func strictDocumentHasNoIssues() throws {
        let result = LenientJSONReader().read(
            #"{"s": "a\"b\\c\/d\u00e9\ud83d\ude00\n", "n": -1.50e+3, "t": true, "f": false, "z": null, "a": [], "o": {}}"#)
        #expect(result.isStrict)
        #expect(!result.hasFailures)
        let value = try #require(result.value)
        #expect(value["s"]?.stringValue == "a\"b\\c/dé😀\n")
        #expect(value["n"]?.numberLiteral == "-1.50e+3")
        #expect(value["n"]?.doubleValue == -1500)
        #expect(value["t"]?.boolValue == true)
        #expect(value["f"]?.boolValue == false)
        #expect(value["z"]?.isNull == true)
        #expect(value["a"]?.arrayValue == [])
        #expect(value["o"]?.members == [])
    }

    @Test func memberOrderIsKept() {
        let result = LenientJSONReader().read(#"{"zeta": 1, "alpha": 2, "mid": {"y": 1, "b": 2}}"#)
        #expect(result.value?.keys == ["zeta", "alpha", "mid"])
        #expect(result.value?["mid"]?.keys == ["y", "b"])
    }

    @Test func numbersKeepTheirLiteralText() {
        let result = LenientJSONReader().read("[1.50, 0, -0, 1E5, 12345678901234567890123]")
        #expect(result.isStrict)
        #expect(result.value?.arrayValue?.compactMap(\.numberLiteral) == ["1.50", "0", "-0", "1E5", "12345678901234567890123"])
        #expect(result.value?[0]?.intValue == nil)
        #expect(result.value?[1]?.intValue == 0)
    }

    @Test func positionsOfNestedValuesAndKeys() throws {
        let text = """
            {
              "a": [10, {"b": true}],
              "c": "d"
            }
            """
        let value = try #require(LenientJSONReader().read(text).value)
        #expect(value.position == JSONPosition(line: 1, column: 1, offset: 0))
        let a = try #require(value.members?[0])
        #expect(a.keyPosition?.description == "2:3")
        #expect(a.value.position?.description == "2:8")
        #expect(a.value[0]?.position?.description == "2:9")
        let inner = try #require(a.value[1])
        #expect(inner.position?.description == "2:13")
        #expect(inner.members?[0].keyPosition?.description == "2:14")
        #expect(inner["b"]?.position == JSONPosition(line: 2, column: 19, offset: 20))
        #expect(value.members?[1].keyPosition?.description == "3:3")
        #expect(value["c"]?.position?.description == "3:8")
    }

    @Test func columnsCountUTF8Bytes() {
        let value = LenientJSONReader().read(#"{"ключ": 1}"#).value
        #expect(value?["ключ"]?.position?.description == "1:14")
    }

    @Test func carriageReturnLineFeedCountsAsOneLineBreak() {
        let value = LenientJSONReader().read("{\r\n\"a\": 1\r\n}").value
        #expect(value?["a"]?.position?.description == "2:6")
    }

    @Test func substringPositionsAreRelativeToTheSubstring() {
        let page = "prefix line\n[1, 2]"
        let body = page[page.firstIndex(of: "[")!...]
        let value = LenientJSONReader().read(body).value
        #expect(value?[1]?.position == JSONPosition(line: 1, column: 5, offset: 4))
    }

    @Test func readsByteCollections() {
        let bytes: [UInt8] = Array(#"{"a": [1]}"#.utf8)
        #expect(LenientJSONReader().read(bytes).value?["a"]?[0]?.intValue == 1)
        #expect(LenientJSONReader().read(bytes[...]).isStrict)
        // A collection without contiguous storage.
        #expect(LenientJSONReader().read(bytes.reversed().reversed()).value?["a"]?[0]?.intValue == 1)
    }

    @Test func byteOrderMarkIsIgnored() {
        let result = LenientJSONReader().read([0xEF, 0xBB, 0xBF] + Array("[1]".utf8))
        #expect(result.isStrict)
        #expect(result.value?[0]?.position?.description == "1:5")
    }

    @Test(arguments: ["0", "-12.5e-3", "true", "null", #""text""#, "[]", "{}", " \n [ 1 ] \n "])
    func topLevelScalarsAndContainersAreStrict(_ text: String) {
        let result = LenientJSONReader().read(text)
        #expect(result.isStrict)
        #expect(result.value != nil)
    }

    @Test func issuesAreOrderedByPosition() {
        let result = LenientJSONReader().read("{\"b\": 1,, \"a\": [1,],}")
        let offsets = result.issues.map(\.position.offset)
        #expect(offsets == offsets.sorted())
        #expect(result.issues.map(\.kind) == [.extraComma, .trailingComma, .trailingComma])
    }

    @Test func issueDescribesItselfWithCode() {
        let issue = JSONIssue(.trailingComma, at: JSONPosition(line: 2, column: 3, offset: 9), "A trailing comma was ignored.")
        #expect(issue.severity == .repair)
        #expect(issue.code == "json-trailing-comma")
        #expect(issue.description == "2:3: repair: A trailing comma was ignored. [json-trailing-comma]")
    }
}
