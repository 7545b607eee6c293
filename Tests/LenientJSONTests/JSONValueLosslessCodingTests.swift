import Foundation
import LenientJSON
import Testing

@Suite("JSONValue lossless coding")
struct JSONValueLosslessCodingTests {
    /// Every value and member key of `value`, with its position, in document order.
    static func positions(_ value: JSONValue) -> [String] {
        var found = ["\(value.position?.description ?? "-")@\(value.position?.offset ?? -1)"]
        switch value.content {
        case .array(let elements): for element in elements { found += positions(element) }
        case .object(let members):
            for member in members {
                found.append("\(member.key)@\(member.keyPosition?.description ?? "-")/\(member.keyPosition?.offset ?? -1)")
                found += positions(member.value)
            }
        default: break
        }
        return found
    }

    @Test("with losslessCoding, positions, member order, duplicate keys and number text survive JSON and property lists")
    func roundTrip() throws {
        let text = "{\"b\": 1.50, \"a\": [true, null, -0e+3, \"x\\u00e9\"],\n  \"b\": {\"z\": 2, \"y\": []}, \"c\": 18446744073709551616}"
        let read = try #require(LenientJSONReader().read(text).value)
        let built = JSONValue.object([JSONMember("k", .number(literal: "01")), JSONMember("k", "v")])
        for value in [read, built] {
            let json = JSONEncoder()
            json.userInfo[JSONValue.losslessCoding] = true
            let jsonDecoder = JSONDecoder()
            jsonDecoder.userInfo[JSONValue.losslessCoding] = true
            let plist = PropertyListEncoder()
            plist.outputFormat = .binary
            plist.userInfo[JSONValue.losslessCoding] = true
            let plistDecoder = PropertyListDecoder()
            plistDecoder.userInfo[JSONValue.losslessCoding] = true
            let decoded = [
                try jsonDecoder.decode(JSONValue.self, from: try json.encode(value)),
                try plistDecoder.decode(JSONValue.self, from: try plist.encode(value)),
            ]
            for copy in decoded {
                #expect(copy == value)
                #expect(Self.positions(copy) == Self.positions(value))
                #expect(copy.description == value.description)
            }
        }
        #expect(read.keys == ["b", "a", "b", "c"])
        #expect(read.members?[2].keyPosition?.line == 2)
    }

    @Test("without losslessCoding, values are coded as plain JSON, as before")
    func plainByDefault() throws {
        let read = try #require(LenientJSONReader().read(#"{"a": 1.50, "b": [null]}"#).value)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let data = try encoder.encode(read)
        #expect(String(decoding: data, as: UTF8.self) == #"{"a":1.5,"b":[null]}"#)
        #expect(try JSONDecoder().decode(JSONValue.self, from: data).position == nil)
    }

    @Test("the lossless form of something that is not one fails to decode")
    func notLossless() {
        let decoder = JSONDecoder()
        decoder.userInfo[JSONValue.losslessCoding] = true
        #expect(throws: DecodingError.self) { try decoder.decode(JSONValue.self, from: Data(#"{"a": 1}"#.utf8)) }
    }
}
