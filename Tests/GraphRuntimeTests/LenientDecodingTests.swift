import Foundation
import GraphRuntime
import Synchronization
import Testing

/// What the service sends otherwise than documented: a value that does not fit its property
/// is kept, reported, and written back; the object is never lost.
@Suite("Lenient decoding")
struct LenientDecodingTests {
    /// The mismatches a decoder reported.
    final class Reported: Sendable {
        private let list = Mutex<[DecodingMismatch]>([])
        var all: [DecodingMismatch] { list.withLock { $0 } }
        var handler: DecodingMismatch.Handler { { mismatch in self.list.withLock { $0.append(mismatch) } } }
    }

    static func roundTrip<T: Codable>(_ type: T.Type, _ json: String) throws -> (value: T, written: String, reported: [DecodingMismatch]) {
        let reported = Reported()
        let value = try GraphJSON.decoder(reportingMismatches: reported.handler).decode(T.self, from: Data(json.utf8))
        return (value, String(decoding: try GraphJSON.encoder().encode(value), as: UTF8.self), reported.all)
    }

    @Test("a value of another JSON kind is kept in additional data, written back, and reported with its place")
    func wrongKind() throws {
        let json = ##"{"@odata.type":"#contoso.zoo.animal","bornOn":"2020-01-01","feedingState":7,"id":"a1","name":{"first":"Leo"}}"##
        let (animal, written, reported) = try Self.roundTrip(Animal.self, json)
        #expect(animal.id == "a1" && animal.bornOn != nil)
        #expect(animal.name == nil && animal.feedingState == nil)
        #expect(animal.additionalData == ["feedingState": 7, "name": ["first": "Leo"]])
        #expect(written == json)
        // In the order the type declares its properties.
        #expect(reported.map(\.codingPath) == [["name"], ["feedingState"]])
        #expect(reported.last?.expectedType == "FeedingState")
        #expect(reported.last?.value == 7)
        #expect(reported.last?.description.hasPrefix("feedingState: expected FeedingState, found integer(7)") == true)
    }

    @Test("a mismatch deep inside is kept where it is: the enclosing objects and their other values decode")
    func nested() throws {
        let json = ##"{"residents":[{"@odata.type":"#contoso.zoo.lion","id":"l1","maneLength":"long"}]}"##
        let (enclosure, written, reported) = try Self.roundTrip(Enclosure.self, json)
        guard case .lion(let lion)? = enclosure.residents?.first else {
            Issue.record("the lion was lost")
            return
        }
        #expect(lion.id == "l1" && lion.maneLength == nil && lion.additionalData["maneLength"] == "long")
        #expect(written == json)
        #expect(reported.map(\.codingPath) == [["residents", "0", "maneLength"]])
    }

    @Test("null where the docs allow none is kept and written back, without a report; a valid body reports nothing")
    func nulls() throws {
        let (animal, written, reported) = try Self.roundTrip(Animal.self, ##"{"@odata.type":"#contoso.zoo.animal","bornOn":null,"id":null}"##)
        #expect(animal.id == nil && animal.bornOn == nil)
        #expect(written == ##"{"@odata.type":"#contoso.zoo.animal","bornOn":null,"id":null}"##)
        #expect(reported.isEmpty)
        let valid = try Self.roundTrip(Animal.self, ##"{"@odata.type":"#contoso.zoo.animal","id":"a","name":null}"##)
        #expect(valid.value.name == .null && valid.reported.isEmpty)
    }

    @Test("a value set in Swift replaces the kept one; without a handler nothing is reported and nothing throws")
    func typedWins() throws {
        var (animal, _, _) = try Self.roundTrip(Animal.self, ##"{"id":5}"##)
        animal.id = "a5"
        #expect(String(decoding: try GraphJSON.encoder().encode(animal), as: UTF8.self) == ##"{"@odata.type":"#contoso.zoo.animal","id":"a5"}"##)
        #expect(try GraphJSON.decoder().decode(Animal.self, from: Data(##"{"id":[1]}"##.utf8)).additionalData == ["id": [1]])
    }
}
