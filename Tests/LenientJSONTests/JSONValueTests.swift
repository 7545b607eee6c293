import LenientJSON
import Testing

@Suite("JSONValue")
struct JSONValueTests {
    @Test func literalsBuildValuesWithoutPositions() {
        let value: JSONValue = ["s": "x", "i": 3, "d": 2.5, "b": true, "n": .null, "a": [1], "o": ["k": "v"]]
        #expect(value.keys == ["s", "i", "d", "b", "n", "a", "o"])
        #expect(value["s"]?.stringValue == "x")
        #expect(value["i"]?.numberLiteral == "3")
        #expect(value["d"]?.numberLiteral == "2.5")
        #expect(value["b"]?.boolValue == true)
        #expect(value["n"]?.isNull == true)
        #expect(value["a"]?[0]?.intValue == 1)
        #expect(value["o"]?["k"]?.stringValue == "v")
        #expect(value.position == nil)
        #expect(value.members?.allSatisfy { $0.keyPosition == nil && $0.value.position == nil } == true)
    }

    @Test func factoriesSpellNumbersCanonically() {
        #expect(JSONValue.number(100.0).numberLiteral == "100")
        #expect(JSONValue.number(0.1).numberLiteral == "0.1")
        #expect(JSONValue.number(1e20).numberLiteral == "1e+20")
        #expect(JSONValue.number(UInt64.max).numberLiteral == "18446744073709551615")
        #expect(JSONValue.number(-7).numberLiteral == "-7")
        #expect(JSONValue.number(9_007_199_254_740_993).numberLiteral == "9007199254740993")
        #expect(JSONValue.number(Int8(-5)).numberLiteral == "-5")
    }

    @Test func accessorsReturnNilForOtherKinds() {
        let value: JSONValue = "text"
        #expect(value.boolValue == nil)
        #expect(value.numberLiteral == nil)
        #expect(value.doubleValue == nil)
        #expect(value.intValue == nil)
        #expect(value.arrayValue == nil)
        #expect(value.members == nil)
        #expect(value.keys == nil)
        #expect(value["key"] == nil)
        #expect(value[0] == nil)
        #expect(value.values(forKey: "key").isEmpty)
        #expect(value.kindName == "string")
        #expect(JSONValue.array([1])[1] == nil)
        #expect(JSONValue.array([1])[-1] == nil)
    }

    @Test func subscriptReturnsTheLastMemberWithTheKey() {
        let value = JSONValue.object([JSONMember("a", 1), JSONMember("b", 2), JSONMember("a", 3)])
        #expect(value["a"] == 3)
        #expect(value.values(forKey: "a") == [1, 3])
    }

    @Test func equalityIgnoresPositionsButNotOrderOrSpelling() throws {
        let read = try #require(LenientJSONReader().read(#"{"a": [1, "x"], "b": null}"#).value)
        let built: JSONValue = ["a": [1, "x"], "b": .null]
        #expect(read == built)
        #expect(read.hashValue == built.hashValue)
        #expect(read != ["b": .null, "a": [1, "x"]])
        #expect(JSONValue.number(literal: "1.0") != JSONValue.number(literal: "1"))
        #expect(JSONValue.array([1, 2]) != [2, 1])
        #expect(JSONValue.string("1") != JSONValue.number(1))
        #expect(Set([read, built]).count == 1)
    }

    @Test func semanticEqualityIgnoresMemberOrderAndNumberSpelling() {
        let lhs: JSONValue = ["a": .number(literal: "1.50"), "b": ["c": .number(literal: "100"), "d": [1, 2]]]
        let rhs: JSONValue = ["b": ["d": [1, .number(literal: "2.0")], "c": .number(literal: "1e2")], "a": 1.5]
        #expect(lhs.isSemanticallyEqual(to: rhs))
        #expect(rhs.isSemanticallyEqual(to: lhs))
        #expect(lhs != rhs)
    }

    @Test(arguments: [
        ("0", "-0.0"), ("1.5", "15e-1"), ("0.001", "1E-3"), ("12345678901234567890", "1.2345678901234567890e19"),
        ("+1", "1"),
    ])
    func numbersThatAreSemanticallyEqual(_ lhs: String, _ rhs: String) {
        #expect(JSONValue.number(literal: lhs).isSemanticallyEqual(to: .number(literal: rhs)))
    }

    @Test(arguments: [
        ("12345678901234567890", "12345678901234567891"), ("1", "1.0000000000000000000001"), ("1", "-1"),
        ("1e2", "1e3"),
    ])
    func numbersThatDiffer(_ lhs: String, _ rhs: String) {
        #expect(!JSONValue.number(literal: lhs).isSemanticallyEqual(to: .number(literal: rhs)))
    }

    @Test func semanticEqualityStillComparesStructure() {
        #expect(!JSONValue.array([1, 2]).isSemanticallyEqual(to: [2, 1]))
        #expect(!(["a": 1] as JSONValue).isSemanticallyEqual(to: ["a": 1, "b": 2]))
        #expect(!(["a": 1] as JSONValue).isSemanticallyEqual(to: ["b": 1]))
        #expect(!JSONValue.string("1").isSemanticallyEqual(to: 1))
        #expect(!JSONValue.null.isSemanticallyEqual(to: false))
    }

    @Test func semanticEqualityKeepsTheOrderOfDuplicateKeys() {
        let lhs = JSONValue.object([JSONMember("a", 1), JSONMember("b", 0), JSONMember("a", 2)])
        let sameSequence = JSONValue.object([JSONMember("b", 0), JSONMember("a", 1), JSONMember("a", 2)])
        let swapped = JSONValue.object([JSONMember("a", 2), JSONMember("b", 0), JSONMember("a", 1)])
        #expect(lhs.isSemanticallyEqual(to: sameSequence))
        #expect(!lhs.isSemanticallyEqual(to: swapped))
    }

    @Test func positionsDescribeThemselvesAsLineAndColumn() {
        let position = JSONPosition(line: 3, column: 7, offset: 40)
        #expect(position.description == "3:7")
        #expect(JSONPosition(line: 1, column: 9, offset: 8) < position)
    }
}
