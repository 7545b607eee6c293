import Foundation
import GraphRuntime
import Testing

@Suite("Additional data")
struct AdditionalDataTests {
    let json = #"""
        {"residents": [], "layout": {"rows": [1, 2], "shade": null},
         "@odata.etag": "W/\"abc\"", "capacity": 12, "keeper": {"name": "Ann", "shifts": [true, null]}}
        """#

    @Test func keepsUnknownMembersAndWritesThemBack() throws {
        let enclosure = try decode(Enclosure.self, json)
        #expect(enclosure.additionalData == [
            "@odata.etag": "W/\"abc\"", "capacity": 12, "keeper": ["name": "Ann", "shifts": [true, .null]],
        ])
        #expect(enclosure.layout == ["rows": [1, 2], "shade": .null])
        #expect(try encode(enclosure) == (try canonical(json)))
    }

    @Test func typedPropertiesWinOverAdditionalDataOfTheSameName() throws {
        var enclosure = try decode(Enclosure.self, #"{"layout": 1}"#)
        enclosure.additionalData = ["layout": "stale", "extra": true]
        #expect(try encode(enclosure) == #"{"extra":true,"layout":1}"#)
        // A member a property names but does not hold (a value that did not fit it) is written as kept.
        enclosure.layout = nil
        #expect(try encode(enclosure) == #"{"extra":true,"layout":"stale"}"#)
        enclosure.additionalData = ["extra": true]
        #expect(try encode(enclosure) == #"{"extra":true}"#, "an absent property stays absent")
    }

    @Test func dynamicKeysNameAnyMember() {
        #expect(DynamicCodingKey("@odata.etag").stringValue == "@odata.etag")
        #expect(DynamicCodingKey(intValue: 3)?.stringValue == "3")
        #expect(DynamicCodingKey(stringValue: "x").intValue == nil)
    }
}
