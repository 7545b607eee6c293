import Foundation
import LenientJSON
import Testing

private struct Address: Codable, Equatable {
    var street: String
    var city: String
}

private struct Person: Codable {
    var zeta: String
    var alpha: Int
    var middle: Double?
    var address: Address
    var tags: [String]
    var extra: JSONValue
}

private struct Numbers: Encodable {
    var int8: Int8 = -8
    var uint64: UInt64 = .max
    var int: Int = 42
    var double: Double = 100
    var small: Double = 0.1
    var big: Double = 1e20
    var float: Float = 0.1
    var negative: Double = -2.5
    var uint8: UInt8 = 255
    var int16: Int16 = -300
    var int32: Int32 = 70_000
    var int64: Int64 = -1
    var uint: UInt = 1
    var uint16: UInt16 = 2
    var uint32: UInt32 = 3
    var bool = true
}

private enum Key: String, CodingKey {
    case a, b, o, list, own, parent, single
}

/// Encodes `null` through every kind of container.
private struct Nils: Encodable {
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encodeNil(forKey: .a)
        var list = container.nestedUnkeyedContainer(forKey: .list)
        try list.encodeNil()
        try list.encode(1)
        try container.encode(Optional<Int>.none, forKey: .b)
        try container.encode(SingleNil(), forKey: .single)
    }
}

private struct SingleNil: Encodable {
    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encodeNil()
    }
}

private final class Base: Encodable {
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode("base", forKey: .b)
    }
}

private struct WithSuperEncoders: Encodable {
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode("x", forKey: .own)
        try Base().encode(to: container.superEncoder())
        try Base().encode(to: container.superEncoder(forKey: .parent))
        var list = container.nestedUnkeyedContainer(forKey: .list)
        try 7.encode(to: list.superEncoder())
        var nested = list.nestedContainer(keyedBy: Key.self)
        try nested.encode(true, forKey: .a)
        var inner = list.nestedUnkeyedContainer()
        try inner.encode("i")
        #expect(list.count == 3)
    }
}

private struct RepeatedKeys: Encodable {
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(1, forKey: .a)
        try container.encode(2, forKey: .b)
        try container.encode(3, forKey: .a)
        var first = container.nestedContainer(keyedBy: Key.self, forKey: .o)
        try first.encode(1, forKey: .a)
        var second = container.nestedContainer(keyedBy: Key.self, forKey: .o)
        try second.encode(2, forKey: .b)
    }
}

private final class PathLog: @unchecked Sendable {
    var paths: [[String]] = []
}

private struct PathRecorder: Encodable {
    func encode(to encoder: any Encoder) throws {
        let log = encoder.userInfo[CodingUserInfoKey(rawValue: "log")!] as? PathLog
        log?.paths.append(encoder.codingPath.map(\.stringValue))
        var container = encoder.singleValueContainer()
        try container.encode("recorded")
    }
}

@Suite("JSONValueEncoder")
struct JSONValueEncoderTests {
    @Test func keysComeOutInDeclarationOrder() throws {
        let person = Person(
            zeta: "z", alpha: 1, middle: nil, address: Address(street: "1 Main", city: "X"), tags: ["t"], extra: .null)
        let value = try JSONValueEncoder().encode(person)
        #expect(value.keys == ["zeta", "alpha", "address", "tags", "extra"])
        #expect(value["address"]?.keys == ["street", "city"])
        #expect(value.position == nil)
    }

    @Test func nilIsEncodedAsNull() throws {
        let value = try JSONValueEncoder().encode(Nils())
        #expect(JSONWriter(style: .compact).string(from: value) == #"{"a":null,"list":[null,1],"b":null,"single":null}"#)
        #expect(try JSONValueEncoder().encode(Optional<Int>.none) == .null)
    }

    @Test func jsonValuesAreEmbeddedAsIs() throws {
        let extra = JSONValue.object([JSONMember("n", .number(literal: "1.50")), JSONMember("n", "dup")])
        let person = Person(zeta: "z", alpha: 1, middle: 2, address: Address(street: "s", city: "c"), tags: [], extra: extra)
        let value = try JSONValueEncoder().encode(person)
        #expect(value["extra"] == extra)
        #expect(value["extra"]?.members?.first?.value.numberLiteral == "1.50")
        let list: [JSONValue?] = [nil, .number(literal: "2.50")]
        #expect(JSONWriter(style: .compact).string(from: try JSONValueEncoder().encode(list)) == "[null,2.50]")
        #expect(try JSONValueEncoder().encode(extra) == extra)
    }

    @Test func scalarsAreWrittenCanonically() throws {
        let text = try JSONValueEncoder().encodeToString(Numbers(), style: .compact)
        #expect(
            text
                == #"{"int8":-8,"uint64":18446744073709551615,"int":42,"double":100,"small":0.1,"big":1e+20,"float":0.1,"#
                + #""negative":-2.5,"uint8":255,"int16":-300,"int32":70000,"int64":-1,"uint":1,"uint16":2,"uint32":3,"bool":true}"#)
    }

    @Test func topLevelScalarsAndCollections() throws {
        let encoder = JSONValueEncoder()
        #expect(try encoder.encode(5) == .number(literal: "5"))
        #expect(try encoder.encode(2.5) == .number(literal: "2.5"))
        #expect(try encoder.encode("x") == "x")
        #expect(try encoder.encode(false) == false)
        #expect(try encoder.encode([1, 2]) == [1, 2])
        #expect(try encoder.encode([[Address(street: "s", city: "c")]]) == [[["street": "s", "city": "c"]]])
        if #available(macOS 15.0, iOS 18.0, watchOS 11.0, tvOS 18.0, visionOS 2.0, *) {
            #expect(try encoder.encode(Int128.max).numberLiteral == "170141183460469231731687303715884105727")
            #expect(try encoder.encode([UInt128.max]) == [.number(literal: "340282366920938463463374607431768211455")])
        }
    }

    @Test(arguments: [Double.nan, .infinity, -.infinity])
    func nonFiniteNumbersThrow(_ number: Double) {
        #expect(throws: EncodingError.self) { try JSONValueEncoder().encode(number) }
        #expect(throws: EncodingError.self) { try JSONValueEncoder().encode(["x": number]) }
        #expect(throws: EncodingError.self) { try JSONValueEncoder().encode([Float(number)]) }
    }

    @Test func superEncodersAndNestedContainers() throws {
        let value = try JSONValueEncoder().encode(WithSuperEncoders())
        #expect(
            JSONWriter(style: .compact).string(from: value)
                == #"{"own":"x","super":{"b":"base"},"parent":{"b":"base"},"list":[7,{"a":true},["i"]]}"#)
    }

    @Test func aKeyEncodedTwiceKeepsItsPlaceAndItsLastValue() throws {
        let value = try JSONValueEncoder().encode(RepeatedKeys())
        #expect(JSONWriter(style: .compact).string(from: value) == #"{"a":3,"b":2,"o":{"a":1,"b":2}}"#)
    }

    @Test func codingPathAndUserInfoReachTheValues() throws {
        let log = PathLog()
        let encoder = JSONValueEncoder(userInfo: [CodingUserInfoKey(rawValue: "log")!: log])
        let value = try encoder.encode(["outer": [PathRecorder(), PathRecorder()]])
        #expect(value["outer"] == ["recorded", "recorded"])
        #expect(log.paths == [["outer", "0"], ["outer", "1"]])
    }

    @Test func encodesStraightToText() throws {
        let address = Address(street: "1 Main", city: "X")
        #expect(try JSONValueEncoder().encodeToString(address) == "{\n  \"street\": \"1 Main\",\n  \"city\": \"X\"\n}")
        #expect(try JSONValueEncoder().encodeToString(address, style: .compact) == #"{"street":"1 Main","city":"X"}"#)
    }

    @Test func jsonValueWorksWithFoundationCoders() throws {
        let value: JSONValue = ["b": [true, .null, "x", .number(literal: "1.50"), 7], "a": ["n": -3]]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(value)
        #expect(String(decoding: data, as: UTF8.self) == #"{"a":{"n":-3},"b":[true,null,"x",1.5,7]}"#)
        let decoded = try JSONDecoder().decode(JSONValue.self, from: data)
        #expect(decoded.isSemanticallyEqual(to: value))
        #expect(decoded["b"]?[4]?.numberLiteral == "7")
    }

    @Test func decodingGoesThroughJSONValue() throws {
        let address = Address(street: "1 Main", city: "X")
        let value = try JSONValueEncoder().encode(address)
        let data = Data(JSONWriter(style: .compact).bytes(from: value))
        #expect(try JSONDecoder().decode(Address.self, from: data) == address)
    }
}
