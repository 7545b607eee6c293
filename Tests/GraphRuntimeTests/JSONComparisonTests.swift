import Foundation
import GraphRuntime
import Testing

/// What counts as the same JSON when a documented example is decoded and encoded again.
@Suite("Semantic JSON comparison")
struct JSONComparisonTests {
    static func difference(_ written: String, _ documented: String) throws -> String? {
        try JSONValue.difference(written: Data(written.utf8), documented: Data(documented.utf8))
    }

    @Test("key order, number spelling, date spelling and GUID case do not matter")
    func same() throws {
        #expect(try Self.difference(
            #"{"b": 1.0, "a": "2021-08-27T10:11:12Z", "g": "48D31887-5FAD-4D73-A9F5-3C356E68A038"}"#,
            #"{"a": "2021-08-27T12:11:12.0000000+02:00", "g": "48d31887-5fad-4d73-a9f5-3c356e68a038", "b": 1}"#) == nil)
    }

    @Test("base64 of the same bytes and URLs that differ in percent-encoding are the same")
    func encodings() throws {
        #expect(try Self.difference(#"{"a": "aGk="}"#, #"{"a": "aGk"}"#) == nil)
        #expect(try Self.difference(#"{"a": "https://x/a?t=%7Bt%7D"}"#, #"{"a": "https://x/a?t={t}"}"#) == nil)
        #expect(try Self.difference(#"{"a": "aGk="}"#, #"{"a": "aGo="}"#) != nil)
    }

    @Test("a written discriminator is allowed; any other added or lost member is a difference")
    func members() throws {
        #expect(try Self.difference(##"{"@odata.type": "#x.y", "a": 1}"##, #"{"a": 1}"#) == nil)
        #expect(try Self.difference(#"{"a": 1, "b": 2}"#, #"{"a": 1}"#) == "'b' was added")
        #expect(try Self.difference(#"{"a": {}}"#, #"{"a": {"c": null}}"#) == "'a.c' was lost")
    }

    @Test("values are compared by kind: null is not absent, true is not 1, arrays keep their length")
    func values() throws {
        #expect(try Self.difference(#"{"a": [1, 2]}"#, #"{"a": [1]}"#) == "'a' has 2 elements instead of 1")
        #expect(try Self.difference(#"{"a": 1}"#, #"{"a": true}"#) != nil)
        #expect(try Self.difference(#"{"a": "x"}"#, #"{"a": "y"}"#) == #"'a' is "x" instead of "y""#)
    }

    @Test("a page keeps its other annotations")
    func pageAnnotations() throws {
        let json = ##"{"@odata.context": "https://x/$metadata#zoos", "value": [1, 2], "@odata.count": 2}"##
        let page = try GraphJSON.decoder().decode(Page<Int>.self, from: Data(json.utf8))
        #expect(page.additionalData["@odata.context"] == "https://x/$metadata#zoos")
        #expect(try JSONValue.difference(written: GraphJSON.encoder().encode(page), documented: Data(json.utf8)) == nil)
    }
}
