import Foundation
import GraphRuntime
import Testing

@Suite("JSONValue")
struct JSONValueTests {
    @Test func roundTripsEveryKindOfValue() throws {
        let json = #"""
            {"null": null, "true": true, "false": false, "int": -42, "double": 2.5, "small": 1e-7,
             "string": "a \"quoted\" ü", "array": [1, "two", [3], {}], "object": {"nested": {"deep": []}}}
            """#
        let value = try decode(JSONValue.self, json)
        #expect(value["null"] == .null)
        #expect(value["true"] == .bool(true))
        #expect(value["int"] == .integer(-42))
        #expect(value["double"] == .double(2.5))
        #expect(value["string"]?.stringValue == "a \"quoted\" ü")
        #expect(value["array"] == [1, "two", [3], [:]])
        #expect(value["object"]?["nested"]?["deep"] == .array([]))
        #expect(try encode(value) == (try canonical(json)))
        #expect(try decode(JSONValue.self, try encode(value)) == value)
    }

    @Test func keepsLargeIntegersExactly() throws {
        let json = "[9007199254740993,-9223372036854775808,9223372036854775807,18446744073709551615]"
        let value = try decode(JSONValue.self, json)
        #expect(value == [.integer(9_007_199_254_740_993), .integer(.min), .integer(.max), .double(0x1p64)])
        #expect(try encode(value).hasPrefix("[9007199254740993,-9223372036854775808,9223372036854775807,"))
    }

    @Test func literalsBuildValues() {
        let value: JSONValue = ["a": [true, 1, 1.5, "s", .null]]
        #expect(value == .object(["a": .array([.bool(true), .integer(1), .double(1.5), .string("s"), .null])]))
        #expect(value["missing"] == nil)
        #expect(JSONValue.integer(1)["a"] == nil)
        #expect(JSONValue.integer(1).stringValue == nil)
    }
}
