import Foundation
import GraphRuntime
import Testing

/// `EntityReference` is OData's `{"@odata.id": …}`, and `{}` when it holds no URL.
@Suite("EntityReference")
struct EntityReferenceTests {
    @Test("a reference encodes its URL as @odata.id and decodes it back; no URL is {}")
    func coding() throws {
        let reference = EntityReference(id: "https://graph.microsoft.com/v1.0/directoryObjects/{id}")
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        let data = try encoder.encode(reference)
        #expect(String(decoding: data, as: UTF8.self) == #"{"@odata.id":"https://graph.microsoft.com/v1.0/directoryObjects/{id}"}"#)
        #expect(try JSONDecoder().decode(EntityReference.self, from: data) == reference)
        #expect(String(decoding: try JSONEncoder().encode(EntityReference(id: nil)), as: UTF8.self) == "{}")
        #expect(try JSONDecoder().decode(EntityReference.self, from: Data("{}".utf8)).id == nil)
    }
}
