import Foundation
import GraphDocCore
import Testing

@Suite("ContentDigest")
struct ContentDigestTests {
    @Test("is SHA-256 in lowercase hex")
    func knownVector() {
        #expect(ContentDigest(of: "abc").hex == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(ContentDigest(of: Data()).hex == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test("encodes as its hex string")
    func coding() throws {
        let digest = ContentDigest(of: "page")
        let data = try JSONEncoder().encode([digest])
        #expect(String(decoding: data, as: UTF8.self) == "[\"\(digest.hex)\"]")
        #expect(try JSONDecoder().decode([ContentDigest].self, from: data) == [digest])
    }
}
