import Foundation
import GraphRuntime
import Testing

@Suite("Polymorphism through @odata.type")
struct PolymorphismTests {
    @Test func aLionWhereAnAnimalIsExpectedDecodesAsTheLion() throws {
        let json = #"""
            {"@odata.type": "#contoso.zoo.lion", "id": "7", "name": "Leo", "feedingState": "hungry",
             "bornOn": "2019-05-01", "maneLength": 31.5, "lastFed": "2021-08-27T10:11:12.1234567Z"}
            """#
        guard case .lion(let lion) = try decode(AnyAnimal.self, json) else {
            Issue.record("not decoded as a lion")
            return
        }
        #expect(lion.id == "7")
        #expect(lion.name == .value("Leo"))
        #expect(lion.feedingState == .hungry)
        #expect(lion.bornOn?.text == "2019-05-01")
        #expect(lion.maneLength == .value(31.5))
        #expect(lion.lastFed == (try DateTimeOffset.date(from: "2021-08-27T10:11:12.1234567Z")))
        #expect(lion.additionalData.isEmpty)
        #expect(try encode(AnyAnimal.lion(lion)) == (try canonical(json)))
    }

    @Test func theDiscriminatorMayLackItsHash() throws {
        guard case .lion(let lion) = try decode(AnyAnimal.self, #"{"@odata.type": "contoso.zoo.lion"}"#) else {
            Issue.record("not decoded as a lion")
            return
        }
        #expect(try encode(lion) == #"{"@odata.type":"contoso.zoo.lion"}"#)
    }

    @Test func anUnknownDerivedTypeStaysTheBaseWithAllItsMembers() throws {
        let json = #"""
            {"@odata.type": "#contoso.zoo.dodo", "id": "d1", "name": "Dee", "wingspan": 0.9,
             "extinctSince": "1681", "habitat": {"island": "Mauritius"}}
            """#
        guard case .animal(let dodo) = try decode(AnyAnimal.self, json) else {
            Issue.record("not decoded as the base type")
            return
        }
        #expect(dodo.odataType == "#contoso.zoo.dodo")
        #expect(dodo.name == .value("Dee"))
        #expect(dodo.additionalData == ["wingspan": 0.9, "extinctSince": "1681", "habitat": ["island": "Mauritius"]])
        #expect(try encode(AnyAnimal.animal(dodo)) == (try canonical(json)))
    }

    @Test func encodingAlwaysWritesTheDiscriminator() throws {
        #expect(try encode(AnyAnimal.lion(Lion(id: "1"))) == ##"{"@odata.type":"#contoso.zoo.lion","id":"1"}"##)
        #expect(try encode(Animal(id: "2")) == ##"{"@odata.type":"#contoso.zoo.animal","id":"2"}"##)
        let untyped = try decode(AnyAnimal.self, #"{"id": "3"}"#)
        #expect(untyped == .animal(Animal(id: "3")))
        #expect(try encode(untyped) == ##"{"@odata.type":"#contoso.zoo.animal","id":"3"}"##)
    }

    @Test func dispatchWorksInsideCollections() throws {
        let enclosure = try decode(
            Enclosure.self,
            ##"{"residents": [{"@odata.type": "#contoso.zoo.lion", "id": "1"}, {"id": "2"}, {"@odata.type": "#contoso.zoo.dodo"}]}"##)
        let kinds = enclosure.residents?.map { resident -> String in
            switch resident {
            case .lion(let lion): "lion \(lion.id ?? "")"
            case .animal(let animal): "animal \(animal.odataType)"
            }
        }
        #expect(kinds == ["lion 1", "animal #contoso.zoo.animal", "animal #contoso.zoo.dodo"])
    }

    @Test func theDiscriminatorReaderRejectsANonString() {
        #expect(throws: DecodingError.self) { try decode(AnyAnimal.self, #"{"@odata.type": 3}"#) }
        #expect(ODataTypeKey(stringValue: "@odata.type") != nil)
        #expect(ODataTypeKey(stringValue: "@odata.id") == nil)
    }
}
