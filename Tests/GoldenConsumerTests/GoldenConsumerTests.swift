import Foundation
import Testing

/// Uses the reference models the way an app would: they compile against the runtime, and
/// decoding then encoding documented JSON loses nothing.
@Suite("Reference models in use")
struct GoldenConsumerTests {
    /// Decodes `json` as `T` and encodes it again, as a JSON object for comparison.
    func roundTrip<T: Codable>(_ json: String, as type: T.Type) throws -> (T, NSDictionary) {
        let value = try GraphJSON.decoder().decode(T.self, from: Data(json.utf8))
        let data = try GraphJSON.encoder().encode(value)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? NSDictionary)
        return (value, object)
    }

    func object(_ json: String) throws -> NSDictionary {
        try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? NSDictionary)
    }

    @Test("a derived type where its base is expected decodes as the derived type and writes its discriminator back")
    func polymorphism() throws {
        let json = """
            {"residents": [
              {"@odata.type": "#contoso.zoo.lion", "id": "1", "name": "Leo", "weight": 190.5, "maneLength": 30, "lastFed": "2021-08-27T10:11:12.1234567Z"},
              {"@odata.type": "#contoso.zoo.dodo", "id": "2", "wings": 2}
            ], "@odata.etag": "W/1"}
            """
        let (enclosure, encoded) = try roundTrip(json, as: Zoo.Enclosure.self)
        guard case .lion(let lion)? = enclosure.residents?.first else {
            Issue.record("the first resident is not a lion")
            return
        }
        #expect(lion.maneLength == .value(30))
        #expect(lion.name == .value("Leo"))
        guard case .animal(let unknown)? = enclosure.residents?.last else {
            Issue.record("an unknown derived type did not decode as its base")
            return
        }
        #expect(unknown.odataType == "#contoso.zoo.dodo")
        #expect(unknown.additionalData["wings"] == 2)
        #expect(enclosure.odataEtag == "W/1")
        #expect(encoded == (try object(json)))
    }

    @Test("any derived value reads as its base type, the derived members kept as additional data")
    func baseView() throws {
        let json = ##"{"@odata.type": "#contoso.zoo.lion", "id": "1", "name": "Leo", "maneLength": 30}"##
        let (value, _) = try roundTrip(json, as: Zoo.AnyAnimal.self)
        let animal = try value.base
        #expect(animal.name == .value("Leo"))
        #expect(animal.id == "1")
        #expect(animal.odataType == "#contoso.zoo.lion")
        #expect(animal.additionalData["maneLength"] == 30)
    }

    @Test("explicit null and absent stay apart")
    func nullAndAbsent() throws {
        let (animal, encoded) = try roundTrip(#"{"name": null, "weight": 3}"#, as: Zoo.Animal.self)
        #expect(animal.name == .null)
        #expect(animal.diet == nil)
        #expect(encoded["name"] is NSNull)
        #expect(encoded["diet"] == nil)
        var patch = Zoo.Animal()
        patch.name = .null
        let data = try GraphJSON.encoder().encode(patch)
        #expect(String(decoding: data, as: UTF8.self).contains(#""name":null"#))
    }

    @Test("unknown enumeration members decode and encode unchanged; keyword members work")
    func openEnums() throws {
        let (animal, encoded) = try roundTrip(#"{"diet": "omnivore"}"#, as: Zoo.Animal.self)
        #expect(animal.diet == .value(Zoo.DietKind(rawValue: "omnivore")))
        #expect(encoded["diet"] as? String == "omnivore")
        #expect(Zoo.DietKind.class.rawValue == "class")
    }

    @Test("a type that contains itself nests")
    func recursion() throws {
        let (enclosure, encoded) = try roundTrip(#"{"annex": {"annex": {"layout": {"rows": [1, 2]}}}}"#, as: Zoo.Enclosure.self)
        #expect(enclosure.annex?.annex?.layout == .value(["rows": [1, 2]]))
        #expect(encoded == (try object(#"{"annex": {"annex": {"layout": {"rows": [1, 2]}}}}"#)))
    }
}
