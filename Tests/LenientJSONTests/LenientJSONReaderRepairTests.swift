import LenientJSON
import Testing

/// One repair: an input, the value it reads as, and the issues reported.
struct RepairCase: Sendable, CustomTestStringConvertible {
    var name: String
    var input: String
    var expected: String
    var issues: [ExpectedIssue]

    init(_ name: String, _ input: String, _ expected: String, _ issues: [ExpectedIssue]) {
        self.name = name
        self.input = input
        self.expected = expected
        self.issues = issues
    }

    var testDescription: String { name }
}

extension RepairCase {
    static let all: [RepairCase] = [
        RepairCase("trailing comma in an array", "[1, 2,]", "[1,2]", [.init(.trailingComma, "1:6")]),
        RepairCase("trailing comma in an object", "{\"a\": 1,\n}", #"{"a":1}"#, [.init(.trailingComma, "1:8")]),
        RepairCase("trailing comma after an ellipsis", "[1, ..., ]", "[1]", [.init(.ellipsis, "1:5"), .init(.trailingComma, "1:8")]),
        RepairCase("extra comma", "[1,,2]", "[1,2]", [.init(.extraComma, "1:4")]),
        RepairCase(
            "missing comma between members on one line", #"{"a": "x" "b": 1}"#, #"{"a":"x","b":1}"#,
            [.init(.missingComma, "1:11")]),
        RepairCase("missing comma at a line break", "[1\n2]", "[1,2]", [.init(.missingComma, "2:1")]),
        RepairCase(
            "missing comma before an unquoted key", "{a: 1\n b: 2}", #"{"a":1,"b":2}"#,
            [.init(.unquotedKey, "1:2"), .init(.missingComma, "2:2"), .init(.unquotedKey, "2:2")]),
        RepairCase("line comment", "{\n  // note\n  \"a\": 1\n}", #"{"a":1}"#, [.init(.comment, "2:3")]),
        RepairCase("comment after a value", "[1, // one\n2]", "[1,2]", [.init(.comment, "1:5")]),
        RepairCase("block comment", "[1, /* two */ 2]", "[1,2]", [.init(.comment, "1:5")]),
        RepairCase("unclosed block comment", "[1 /* two", "[1]", [.init(.comment, "1:4"), .init(.unclosedContainer, "1:10")]),
        RepairCase("hash comment at a line start", "{\n  # note\n\"a\": 1}", #"{"a":1}"#, [.init(.comment, "2:3")]),
        RepairCase("ellipsis elements", "[ {...}, ... ]", "[{}]", [.init(.ellipsis, "1:4"), .init(.ellipsis, "1:10")]),
        RepairCase("ellipsis member", #"{ "a": 1, ... }"#, #"{"a":1}"#, [.init(.ellipsis, "1:11")]),
        RepairCase("ellipsis value", #"{"a": ..., "b": 2}"#, #"{"a":null,"b":2}"#, [.init(.ellipsis, "1:7")]),
        RepairCase("Unicode ellipsis element", #"["x", …]"#, #"["x"]"#, [.init(.ellipsis, "1:7")]),
        RepairCase(
            "unquoted type names", #"{"id": String, "n": Int32}"#, #"{"id":"String","n":"Int32"}"#,
            [.init(.unquotedValue, "1:8"), .init(.unquotedValue, "1:21")]),
        RepairCase(
            "unquoted date", #"{"d": 2018-04-01T12:39:16Z}"#, #"{"d":"2018-04-01T12:39:16Z"}"#,
            [.init(.unquotedValue, "1:7")]),
        RepairCase("number with leading zeros", "[007, 0]", #"["007",0]"#, [.init(.unquotedValue, "1:2")]),
        RepairCase(
            "unquoted value up to a comment", "{\"id\": String (identifier) // the id\n}",
            #"{"id":"String (identifier)"}"#, [.init(.unquotedValue, "1:8"), .init(.comment, "1:28")]),
        RepairCase(
            "unquoted URL value", "{\"u\": https://example.com/a\n}", #"{"u":"https://example.com/a"}"#,
            [.init(.unquotedValue, "1:7")]),
        RepairCase("unquoted key", "{ isCollection: true }", #"{"isCollection":true}"#, [.init(.unquotedKey, "1:3")]),
        RepairCase(
            "single-quoted key and value", "{'target':'#para-id'}", ##"{"target":"#para-id"}"##,
            [.init(.singleQuotedString, "1:2"), .init(.singleQuotedString, "1:11")]),
        RepairCase(
            "single-quoted string with quotes inside", #"['it\'s "x"']"#, #"["it's \"x\""]"#,
            [.init(.singleQuotedString, "1:2")]),
        RepairCase(
            "&quot; delimiters", "{&quot;a&quot;: &quot;x&quot;}", #"{"a":"x"}"#,
            [.init(.htmlEntityQuote, "1:2"), .init(.htmlEntityQuote, "1:17")]),
        RepairCase(
            "&quot; mixed with quotes", #"{"template&quot;: &quot;a | b"}"#, #"{"template":"a | b"}"#,
            [.init(.htmlEntityQuote, "1:11"), .init(.htmlEntityQuote, "1:19")]),
        RepairCase(
            "line break inside a string", "{\"a\": \"x\ny\", \"b\": 1}", #"{"a":"x\ny","b":1}"#,
            [.init(.controlCharacterInString, "1:9")]),
        RepairCase("tab inside a string", "[\"a\tb\"]", #"["a\tb"]"#, [.init(.controlCharacterInString, "1:4")]),
        RepairCase(
            "string not closed on its line", "{\"a\": \"abc\n\"b\": 1}", #"{"a":"abc","b":1}"#,
            [.init(.unclosedString, "1:11"), .init(.missingComma, "2:1")]),
        RepairCase("invalid escape", #"["\q"]"#, #"["\\q"]"#, [.init(.invalidEscape, "1:3")]),
        RepairCase("malformed \\u escape", #"["\u12"]"#, #"["\\u12"]"#, [.init(.invalidEscape, "1:3")]),
        RepairCase("lone surrogate escape", #"["\uD800x"]"#, "[\"\u{FFFD}x\"]", [.init(.invalidEscape, "1:3")]),
        RepairCase(
            "members without braces", "\"a\": 1,\n\"b\": {\"c\": 2}", #"{"a":1,"b":{"c":2}}"#,
            [.init(.missingBraces, "1:1")]),
        RepairCase(
            "keys without values", #"{"a", "b"}"#, #"{"a":null,"b":null}"#,
            [.init(.memberWithoutValue, "1:2"), .init(.memberWithoutValue, "1:7")]),
        RepairCase("missing colon", #"{"a" 1}"#, #"{"a":1}"#, [.init(.missingColon, "1:6")]),
        RepairCase("missing value", #"{"a": , "b": 2}"#, #"{"a":null,"b":2}"#, [.init(.missingValue, "1:7")]),
        RepairCase(
            "stray text after a value", #"{"code": ""internalServerError", "m": 1}"#, #"{"code":"","m":1}"#,
            [.init(.strayText, "1:12")]),
        RepairCase("duplicate keys", #"{"a": 1, "a": 2}"#, #"{"a":1,"a":2}"#, [.init(.duplicateKey, "1:10")]),
        RepairCase("closer of an outer container", #"{"a": [1, 2}"#, #"{"a":[1,2]}"#, [.init(.mismatchedBracket, "1:12")]),
        RepairCase("closer that matches nothing", "[1 } ]", "[1]", [.init(.mismatchedBracket, "1:4")]),
        RepairCase(
            "cut off inside a string", #"{"a": [1, {"b": "x"#, #"{"a":[1,{"b":"x"}]}"#,
            [
                .init(.unclosedString, "1:19"), .init(.unclosedContainer, "1:19"),
                .init(.unclosedContainer, "1:19"), .init(.unclosedContainer, "1:19"),
            ]),
        RepairCase(
            "cut off after a colon", #"{"a":"#, #"{"a":null}"#,
            [.init(.missingValue, "1:6"), .init(.unclosedContainer, "1:6")]),
    ]
}

@Suite("LenientJSONReader repairs")
struct LenientJSONReaderRepairTests {
    @Test(arguments: RepairCase.all)
    func repairIsAppliedAndReported(_ repair: RepairCase) {
        let result = LenientJSONReader().read(repair.input)
        #expect(result.compactText == repair.expected)
        #expect(result.issueSummary == repair.issues)
        #expect(result.issues.allSatisfy { $0.severity == .repair })
        #expect(!result.isStrict)
        #expect(!result.hasFailures)
    }

    @Test(arguments: RepairCase.all)
    func repairedValueRoundTripsThroughTheWriter(_ repair: RepairCase) throws {
        let value = try #require(LenientJSONReader().read(repair.input).value)
        let text = JSONWriter(style: .pretty).string(from: value)
        let again = LenientJSONReader().read(text)
        #expect(again.issues.allSatisfy { $0.kind == .duplicateKey })
        #expect(again.value == value)
    }

    @Test func everyRepairKindHasACase() {
        let covered = Set(RepairCase.all.flatMap { $0.issues.map(\.kind) })
        let repairs = Set(JSONIssue.Kind.allCases.filter { $0.severity == .repair })
        // Invalid UTF-8 cannot be written in a Swift string literal; LenientJSONReaderRobustnessTests covers it.
        #expect(repairs.subtracting(covered) == [.invalidUTF8])
    }

    @Test func ellipsisValueIsNullAtTheEllipsis() throws {
        let value = try #require(LenientJSONReader().read(#"{"a": ...}"#).value)
        #expect(value["a"]?.isNull == true)
        #expect(value["a"]?.position?.description == "1:7")
    }

    @Test func entityInsideAStringIsNotADelimiter() {
        let result = LenientJSONReader().read(#"{"a": "say &quot;hi&quot; now"}"#)
        #expect(result.isStrict)
        #expect(result.value?["a"]?.stringValue == "say &quot;hi&quot; now")
    }

    @Test func stringBrokenAcrossLinesKeepsLaterPositions() throws {
        let value = try #require(LenientJSONReader().read("{\"a\": \"x\ny\", \"b\": 1}").value)
        #expect(value.members?[1].keyPosition?.description == "2:5")
        #expect(value["b"]?.position?.description == "2:10")
    }

    @Test func hashInsideALineIsNotAComment() {
        let result = LenientJSONReader().read("{\"a\": \"#x\", \"b\": 1}")
        #expect(result.isStrict)
        #expect(result.value?["a"]?.stringValue == "#x")
    }

    @Test func duplicateKeysAreKeptInOrderAndTheLastWinsForSubscript() throws {
        let result = LenientJSONReader().read(#"{"a": 1, "b": 2, "a": 3}"#)
        let value = try #require(result.value)
        #expect(value.keys == ["a", "b", "a"])
        #expect(value["a"]?.intValue == 3)
        #expect(value.values(forKey: "a").map(\.intValue) == [1, 3])
        #expect(result.issues.first?.message.contains("first at 1:2") == true)
    }

    @Test func duplicateKeysInLargeObjectsAreFound() {
        let members = (0..<40).map { "\"k\($0)\": \($0)" } + ["\"k7\": 0"]
        let result = LenientJSONReader().read("{" + members.joined(separator: ", ") + "}")
        #expect(result.issues.map(\.kind) == [.duplicateKey])
        #expect(result.value?.members?.count == 41)
    }

    @Test func fragmentWithATrailingBraceReportsTheBrace() {
        let result = LenientJSONReader().read("\"a\": 1\n}")
        #expect(result.compactText == #"{"a":1}"#)
        #expect(result.issueSummary == [.init(.missingBraces, "1:1"), .init(.mismatchedBracket, "2:1")])
    }
}
