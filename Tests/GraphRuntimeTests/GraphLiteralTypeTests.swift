import Foundation
import GraphRuntime
import Testing

@Suite("GraphDate, GraphTimeOfDay, GraphDuration")
struct GraphLiteralTypeTests {
    @Test func dateKeepsItsTextAndReadsItsComponents() throws {
        let date = try GraphDate("2024-02-29")
        #expect((date.year, date.month, date.day) == (2024, 2, 29))
        #expect(try GraphDate(year: 7, month: 3, day: 1).text == "0007-03-01")
        let dates = try decode([GraphDate].self, #"["2021-08-27","0001-01-01"]"#)
        #expect(dates.map(\.text) == ["2021-08-27", "0001-01-01"])
        #expect(try encode(dates) == #"["2021-08-27","0001-01-01"]"#)
    }

    @Test(arguments: ["", "2021-8-27", "2021-08-27T00:00:00Z", "2023-02-29", "2021-00-10", "2021-04-31", "20210827", " 2021-08-27"])
    func dateRejectsMalformedText(text: String) {
        #expect(throws: InvalidLiteralError(type: "Edm.Date", text: text)) { try GraphDate(text) }
    }

    @Test func timeOfDayKeepsItsTextAndReadsItsComponents() throws {
        let time = try GraphTimeOfDay("08:30:05.1234567")
        #expect((time.hour, time.minute, time.second, time.nanosecond) == (8, 30, 5, 123_456_700))
        #expect(try GraphTimeOfDay("23:59:59").nanosecond == 0)
        #expect(try GraphTimeOfDay("10:00:00.5").nanosecond == 500_000_000)
        #expect(try GraphTimeOfDay(hour: 8, minute: 0, second: 0).text == "08:00:00")
        #expect(try GraphTimeOfDay(hour: 8, minute: 0, second: 0, nanosecond: 500_000_000).text == "08:00:00.5000000")
        let times = try decode([GraphTimeOfDay].self, #"["08:00:00.0000000","17:30:00"]"#)
        #expect(try encode(times) == #"["08:00:00.0000000","17:30:00"]"#)
        #expect(times[0] != (try GraphTimeOfDay("08:00:00")), "equality is textual")
    }

    @Test(arguments: ["", "8:00:00", "08:00", "24:00:00", "08:60:00", "08:00:60", "08:00:00.", "08:00:00.12345678", "08:00:00Z"])
    func timeOfDayRejectsMalformedText(text: String) {
        #expect(throws: InvalidLiteralError(type: "Edm.TimeOfDay", text: text)) { try GraphTimeOfDay(text) }
    }

    @Test func durationKeepsItsTextAndReadsItsComponents() throws {
        let duration = try GraphDuration("PT1H30M")
        #expect((duration.hours, duration.minutes, duration.seconds, duration.isNegative) == (1, 30, 0, false))
        #expect(duration.timeInterval == 5400)
        #expect(try GraphDuration("P1D").timeInterval == 86_400)
        #expect(try GraphDuration("-PT0.5S").timeInterval == -0.5)
        #expect(try GraphDuration("P2W").timeInterval == 1_209_600)
        #expect(try GraphDuration("P1DT2H3M4.25S").timeInterval == 93_784.25)
        let calendar = try GraphDuration("P1Y2M3D")
        #expect((calendar.years, calendar.months, calendar.days) == (1, 2, 3))
        #expect(calendar.timeInterval == nil)
        #expect(try GraphDuration("PT1M").minutes == 1)
        #expect(try GraphDuration("P1M").months == 1)
        let durations = try decode([GraphDuration].self, #"["PT1H30M","P1D","-PT0.5S","PT0S"]"#)
        #expect(try encode(durations) == #"["PT1H30M","P1D","-PT0.5S","PT0S"]"#)
    }

    @Test(arguments: [
        "", "P", "PT", "P1DT", "1D", "PT1D", "P1H", "PT1.5H", "P1.5D", "PT1S2M", "P1D1D", "PT.5S", "PT1.S",
        "PT1.2.3S", "P-1D", "--P1D", "+P1D", "PT1H ", "P1X", "P99999999999999999999D", "P1d",
    ])
    func durationRejectsMalformedText(text: String) {
        #expect(throws: InvalidLiteralError(type: "Edm.Duration", text: text)) { try GraphDuration(text) }
    }

    @Test func decodingReportsTheBadLiteral() {
        #expect(throws: DecodingError.self) { try decode([GraphDate].self, #"["2021-02-30"]"#) }
        #expect(throws: DecodingError.self) { try decode([GraphTimeOfDay].self, #"["25:00:00"]"#) }
        #expect(throws: DecodingError.self) { try decode([GraphDuration].self, #"["1 hour"]"#) }
    }

    @Test func dataIsBase64AndUUIDsAreTheirText() throws {
        let data = try decode([Data].self, #"["+/8=", "-_8", "aGk="]"#)
        #expect(data == [Data([0xFB, 0xFF]), Data([0xFB, 0xFF]), Data("hi".utf8)])
        #expect(try encode(data) == #"["+/8=","+/8=","aGk="]"#)
        #expect(throws: DecodingError.self) { try decode([Data].self, #"["not base64!"]"#) }
        let id = try decode([UUID].self, #"["e621e1f8-c36c-495a-93fc-0c247a3e6e5f"]"#)[0]
        #expect(id == UUID(uuidString: "E621E1F8-C36C-495A-93FC-0C247A3E6E5F"))
        #expect(try decode([UUID].self, try encode([id])) == [id])
    }

    @Test func nonFiniteDoublesAreODataStrings() throws {
        let values = try decode([Double].self, #"["INF","-INF",1.5]"#)
        #expect(values == [.infinity, -.infinity, 1.5])
        #expect(try decode([Double].self, #"["NaN"]"#)[0].isNaN)
        #expect(try encode(values) == #"["INF","-INF",1.5]"#)
    }
}
