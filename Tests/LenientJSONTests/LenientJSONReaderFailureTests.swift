import LenientJSON
import Testing

@Suite("LenientJSONReader failures")
struct LenientJSONReaderFailureTests {
    @Test(arguments: ["", "   \n\t ", "// only a comment\n", "/* nothing */"])
    func emptyInputIsAFailure(_ text: String) {
        let result = LenientJSONReader().read(text)
        #expect(result.value == nil)
        #expect(result.hasFailures)
        #expect(result.issues.last?.kind == .emptyInput)
        #expect(result.issues.last?.severity == .failure)
    }

    @Test(arguments: [
        "BEGIN:VCARD\nVERSION:3.0\nEND:VCARD",
        "<bytes 0-25 of the file>",
        "{Raw bytes of the file}",
        "{Vendor}/{Provider}/{StatusCode}",
        "From: Megan Bowen <MeganB@contoso.com>\nSubject: Hi",
        "String",
        "[Raw bytes](https://example.com)",
        "2018-04-01T12:39:16Z",
        "...",
        "{ [1, 2] }",
    ])
    func textThatDoesNotStartLikeJSONIsNotJSON(_ text: String) {
        let result = LenientJSONReader().read(text)
        #expect(result.value == nil)
        #expect(result.issueSummary == [ExpectedIssue(.notJSON, "1:1")])
        #expect(result.issues.first?.severity == .failure)
    }

    @Test func notJSONIsReportedAfterLeadingWhitespace() {
        let result = LenientJSONReader().read("\n  {Raw bytes of the file}")
        #expect(result.issueSummary == [ExpectedIssue(.notJSON, "2:3")])
    }

    @Test(arguments: ["{", "[", "{\"a\"", "[{"])
    func documentCutOffAfterItsFirstBracketIsRead(_ text: String) {
        let result = LenientJSONReader().read(text)
        #expect(result.value != nil)
        #expect(!result.hasFailures)
        #expect(result.issues.contains { $0.kind == .unclosedContainer })
    }

    @Test func textAfterTheValueIsAFailureButTheValueIsKept() {
        let result = LenientJSONReader().read("{\"a\": 1}\n{\"b\": 2}")
        #expect(result.compactText == #"{"a":1}"#)
        #expect(result.issueSummary == [ExpectedIssue(.textAfterValue, "2:1")])
        #expect(result.hasFailures)
    }

    @Test func commentAfterTheValueIsOnlyARepair() {
        let result = LenientJSONReader().read("[1] // done")
        #expect(result.issueSummary == [ExpectedIssue(.comment, "1:5")])
        #expect(!result.hasFailures)
    }

    @Test func hundredThousandOpenBracketsFailWithoutCrashing() {
        let text = String(repeating: "[", count: 100_000)
        let result = LenientJSONReader().read(text)
        #expect(result.value == nil)
        #expect(result.issueSummary == [ExpectedIssue(.nestingTooDeep, "1:513")])
    }

    @Test func deeplyNestedObjectsFail() {
        let text = String(repeating: #"{"a":"#, count: 100_000)
        let result = LenientJSONReader().read(text)
        #expect(result.value == nil)
        #expect(result.issues.map(\.kind) == [.nestingTooDeep])
        #expect(result.issues.first?.position.column == 512 * 5 + 1)
    }

    @Test func nestingUpToTheLimitIsRead() throws {
        let text = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        let result = LenientJSONReader().read(text)
        #expect(result.isStrict)
        var value = try #require(result.value)
        var depth = 1
        while let inner = value[0] {
            value = inner
            depth += 1
        }
        #expect(depth == 512)
    }

    @Test func customDepthLimit() {
        let reader = LenientJSONReader(maxDepth: 2)
        #expect(reader.read("[[1]]").isStrict)
        #expect(reader.read("[[[1]]]").issueSummary == [ExpectedIssue(.nestingTooDeep, "1:3")])
        #expect(LenientJSONReader(maxDepth: 0).read("[[1]]").issueSummary == [ExpectedIssue(.nestingTooDeep, "1:2")])
    }

    @Test func depthLimitIsCappedAtTheCeiling() {
        let ceiling = LenientJSONReader.maxDepthCeiling
        let text = String(repeating: "[", count: ceiling + 1) + String(repeating: "]", count: ceiling + 1)
        let result = LenientJSONReader(maxDepth: .max).read(text)
        #expect(result.issueSummary == [ExpectedIssue(.nestingTooDeep, "1:\(ceiling + 1)")])
    }
}
