import Foundation
import GraphRuntime
import Testing

@Suite("DateTimeOffset")
struct DateTimeOffsetTests {
    /// 2021-08-27T10:11:12Z.
    let base = Date(timeIntervalSince1970: 1_630_059_072)

    @Test(arguments: [
        ("2021-08-27T10:11:12Z", 0.0),
        ("2021-08-27T10:11:12.5Z", 0.5),
        ("2021-08-27T10:11:12.12Z", 0.12),
        ("2021-08-27T10:11:12.123Z", 0.123),
        ("2021-08-27T10:11:12.1234Z", 0.1234),
        ("2021-08-27T10:11:12.12345Z", 0.12345),
        ("2021-08-27T10:11:12.123456Z", 0.123456),
        ("2021-08-27T10:11:12.1234567Z", 0.1234567),
    ])
    func readsZeroToSevenFractionalDigitsAndWritesTheSameText(text: String, fraction: Double) throws {
        let date = try DateTimeOffset.date(from: text)
        #expect(abs(date.timeIntervalSince(base) - fraction) < 1e-6)
        #expect(try DateTimeOffset.string(from: date) == text)
    }

    @Test func readsOffsetsAsTheSameInstantAndWritesUTC() throws {
        let utc = try DateTimeOffset.date(from: "2021-08-27T10:11:12.5Z")
        #expect(try DateTimeOffset.date(from: "2021-08-27T12:11:12.5+02:00") == utc)
        #expect(try DateTimeOffset.date(from: "2021-08-27T04:41:12.5-05:30") == utc)
        #expect(try DateTimeOffset.date(from: "2021-08-27T10:11:12.5000000+00:00") == utc)
        #expect(try DateTimeOffset.date(from: "2021-08-28T00:11:12.5+14:00") == utc)
        #expect(try DateTimeOffset.string(from: DateTimeOffset.date(from: "2021-08-27T00:30:00+01:00"))
            == "2021-08-26T23:30:00Z")
    }

    @Test("the \"never\" .NET services write (9999-12-31T23:59:59.9999999Z) reads and writes back within year 9999")
    func theLastInstant() throws {
        let never = try DateTimeOffset.date(from: "9999-12-31T23:59:59.9999999Z")
        let written = try DateTimeOffset.string(from: never)
        #expect(written.hasPrefix("9999-12-31T23:59:59."))
        #expect(try DateTimeOffset.date(from: written) == never)
        let data = try GraphJSON.encoder().encode(["end": never])
        #expect(try GraphJSON.decoder().decode([String: Date].self, from: data)["end"] == never)
    }

    @Test("a literal without an offset, as services write it, is read as UTC; a bad offset still throws")
    func noOffset() throws {
        #expect(try DateTimeOffset.date(from: "2020-02-04T07:00:00.0000000") == DateTimeOffset.date(from: "2020-02-04T07:00:00Z"))
        #expect(try DateTimeOffset.date(from: "2020-02-04T07:00:00") == DateTimeOffset.date(from: "2020-02-04T07:00:00Z"))
        #expect(throws: InvalidLiteralError.self) { try DateTimeOffset.date(from: "2020-02-04T07:00:00+2") }
        #expect(throws: InvalidLiteralError.self) { try DateTimeOffset.date(from: "2020-02-04T07:00") }
    }

    @Test func readsTheEdgesOfTheCalendar() throws {
        #expect(try DateTimeOffset.date(from: "0001-01-01T00:00:00Z") == Date(timeIntervalSince1970: -62_135_596_800))
        #expect(try DateTimeOffset.date(from: "9999-12-31T23:59:59Z") == Date(timeIntervalSince1970: 253_402_300_799))
        #expect(try DateTimeOffset.date(from: "1969-12-31T23:59:59.9Z") == Date(timeIntervalSince1970: -0.1))
        #expect(try DateTimeOffset.date(from: "2024-02-29T00:00:00Z") == Date(timeIntervalSince1970: 1_709_164_800))
        for text in ["0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "1969-12-31T23:59:59.9Z", "1900-03-01T00:00:00Z"] {
            #expect(try DateTimeOffset.string(from: DateTimeOffset.date(from: text)) == text)
        }
    }

    @Test(arguments: ["2021-08-27T10:11:12", "2040-02-29T23:59:59", "2099-12-31T00:00:00", "1731-06-01T12:00:00", "2268-06-01T12:00:00"])
    func literalsWithUpToSixFractionalDigitsComeBackAsWritten(second: String) throws {
        for micros in stride(from: 1, to: 1_000_000, by: 991) {
            var digits = String(format: "%06d", micros)
            while digits.hasSuffix("0") { digits.removeLast() }
            let text = second + "." + digits + "Z"
            #expect(try DateTimeOffset.string(from: DateTimeOffset.date(from: text)) == text)
        }
    }

    @Test func sevenDigitLiteralsComeBackAsWrittenUnlessTheirDateIsShared() throws {
        var changed = 0
        for ticks in 1_234_000..<1_254_000 where ticks % 10 != 0 {
            let text = String(format: "2021-08-27T10:11:12.%07dZ", ticks)
            let date = try DateTimeOffset.date(from: text)
            let written = try DateTimeOffset.string(from: date)
            #expect(try DateTimeOffset.date(from: written) == date, "\(text) written as \(written)")
            if written != text { changed += 1 }
        }
        // In 2021 a `Date` is 2^-23 s (0.119 µs) wide, so about 1 tick in 3 shares its `Date` with a
        // neighbour and comes back as the one of the pair with fewer digits, or the nearer: 18%.
        #expect((2700...4000).contains(changed), "\(changed) of 18000 literals came back changed")
        // Before 2018 a `Date` is narrower than a tick, so every tick comes back.
        for ticks in 1_234_000..<1_244_000 {
            let text = String(format: "2010-08-27T10:11:12.%07dZ", ticks).replacingOccurrences(of: "0Z", with: "Z")
            if ticks % 10 != 0 { #expect(try DateTimeOffset.string(from: DateTimeOffset.date(from: text)) == text) }
        }
    }

    @Test func anyDateIsWrittenAtItsNearestTickAndThenReadsBackExactly() throws {
        for _ in 0..<2000 {
            let date = Date(timeIntervalSinceReferenceDate: Double.random(in: -3e10...3e9))
            let written = try DateTimeOffset.string(from: date)
            let read = try DateTimeOffset.date(from: written)
            #expect(abs(read.timeIntervalSince(date)) <= 0.5e-7 + date.timeIntervalSinceReferenceDate.ulp)
            #expect(try DateTimeOffset.string(from: read) == written)
        }
    }

    @Test(arguments: [
        // A literal without offset is read as UTC (see `noOffset`); these are not literals at all.
        "", "2021-08-27", "2021-08-27T10:11:12Q", "2021-08-27 10:11:12Z", "2021-08-27T10:11Z",
        "2021-08-27T10:11:12.12345678Z", "2021-08-27T10:11:12.Z", "2021-02-29T10:11:12Z", "2021-13-01T00:00:00Z",
        "2021-08-27T24:00:00Z", "2021-08-27T10:60:00Z", "2021-08-27T10:11:60Z", "2021-08-27T10:11:12+0200",
        "2021-08-27T10:11:12+02", "21-08-27T10:11:12Z", "2021-08-27T10:11:12Zjunk", "２０２１-08-27T10:11:12Z",
    ])
    func rejectsMalformedLiterals(text: String) {
        #expect(throws: InvalidLiteralError(type: "Edm.DateTimeOffset", text: text)) {
            try DateTimeOffset.date(from: text)
        }
    }

    @Test func graphJSONCodesDatesAsLiterals() throws {
        let dates = try decode([Date].self, #"["2021-08-27T10:11:12.1234567Z", "2021-08-27T12:11:12+02:00"]"#)
        #expect(dates[1] == base)
        #expect(try encode(dates) == #"["2021-08-27T10:11:12.1234567Z","2021-08-27T10:11:12Z"]"#)
        #expect(throws: DecodingError.self) { try decode([Date].self, #"["2021-08-27"]"#) }
        #expect(throws: EncodingError.self) { try encode([Date(timeIntervalSince1970: 1e13)]) }
    }
}

@Suite("ODataValue")
struct ODataValueTests {
    @Test("a primitive's body keeps its @odata.context and other members, and writes them back")
    func keepsContext() throws {
        let json = #"{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#Edm.Boolean","value":true}"#
        let body = try GraphJSON.decoder().decode(ODataValue<Bool>.self, from: Data(json.utf8))
        #expect(body.value)
        #expect(body.additionalData["@odata.context"] == "https://graph.microsoft.com/v1.0/$metadata#Edm.Boolean")
        #expect(String(decoding: try GraphJSON.encoder().encode(body), as: UTF8.self) == json)
        #expect(String(decoding: try GraphJSON.encoder().encode(ODataValue(value: 3)), as: UTF8.self) == #"{"value":3}"#)
    }
}
