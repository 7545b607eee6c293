import Foundation
import GraphRuntime
import Testing

@Suite("Nullable")
struct NullableTests {
    @Test func tellsAbsentNullAndValueApart() throws {
        #expect(try decode(Animal.self, #"{"id": "1"}"#).name == nil)
        #expect(try decode(Animal.self, #"{"id": "1", "name": null}"#).name == .null)
        #expect(try decode(Animal.self, #"{"id": "1", "name": "Leo"}"#).name == .value("Leo"))
        #expect(try decode(Animal.self, #"{"name": "Leo"}"#).name?.value == "Leo")
        #expect(Nullable<String>.null.value == nil)
    }

    @Test(arguments: [
        ##"{"@odata.type": "#contoso.zoo.animal", "id": "1"}"##,
        ##"{"@odata.type": "#contoso.zoo.animal", "id": "1", "name": null}"##,
        ##"{"@odata.type": "#contoso.zoo.animal", "id": "1", "name": "Leo"}"##,
        ##"{"@odata.type": "#contoso.zoo.lion", "maneLength": null, "name": null}"##,
        ##"{"@odata.type": "#contoso.zoo.lion", "maneLength": 0.5}"##,
    ])
    func decodingThenEncodingReproducesTheJSON(json: String) throws {
        #expect(try encode(decode(AnyAnimal.self, json)) == (try canonical(json)))
    }

    @Test func encodesNullForPatchesAndLeavesAbsentOut() throws {
        let patch = Lion(name: .null, maneLength: .value(2))
        #expect(try encode(patch) == ##"{"@odata.type":"#contoso.zoo.lion","maneLength":2,"name":null}"##)
    }

    @Test func nullableIsCodableOnItsOwn() throws {
        let values = try decode([Nullable<Int>].self, "[1,null]")
        #expect(values == [.value(1), .null])
        #expect(try encode(values) == "[1,null]")
    }
}
