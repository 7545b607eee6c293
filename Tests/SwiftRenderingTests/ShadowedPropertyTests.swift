import Foundation
import SchemaInference
import SwiftRendering
import Testing

/// Properties named like the locals of the generated `init(from:)` and `encode(to:)`.
@Suite("Properties named like the coding locals")
struct ShadowedPropertyTests {
    @Test("decoding and encoding reach the properties through self, not the decoder, encoder or container")
    func codingUsesSelf() throws {
        let properties = ["decoder", "encoder", "container"].map {
            APIProperty(name: $0, type: "Edm.String", nullable: true, readOnly: false, navigation: false, description: "")
        }
        let model = APIModel(types: [APIType(
            name: "contoso.zoo.codec", kind: .complex, baseType: nil, abstract: false, openType: false, keyProperty: nil,
            description: "", properties: properties, members: [], sources: [])])
        let files = try PackageRenderer(templates: try TemplateLibrary(), runtime: []).render(model, sourceSummary: "test").files
        let source = try #require(files.first { $0.path.hasSuffix("/Codec.swift") }?.contents)
        let lines = source.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        for name in ["decoder", "encoder", "container"] {
            #expect(lines.contains(
                "self.\(name) = container.decodeNullableLeniently(String.self, forKey: \"\(name)\", in: decoder, mismatched: &mismatched)"))
            #expect(lines.contains("try container.encodeNullable(self.\(name), forKey: \"\(name)\")"))
            #expect(!lines.contains { $0.hasPrefix("\(name) = ") })
        }
    }
}
