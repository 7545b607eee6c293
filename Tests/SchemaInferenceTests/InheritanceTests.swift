@testable import SchemaInference
import Testing

/// A type's base types and inherited properties, found by name without case, whatever order
/// the model's types are in.
@Suite("Inheritance")
struct InheritanceTests {
    static func type(_ name: String, base: String? = nil, properties: [String]) -> APIType {
        APIType(
            name: name, kind: .entity, baseType: base, abstract: false, openType: false, keyProperty: nil, description: "",
            properties: properties.map {
                APIProperty(name: $0, type: "Edm.String", nullable: true, readOnly: false, navigation: false, description: "")
            },
            members: [], sources: [])
    }

    static let types = [
        type("x.entity", properties: ["id"]),
        type("x.Item", base: "x.entity", properties: ["name", "id"]),
        type("x.zebra", base: "X.ITEM", properties: ["stripes"]),
        type("x.loop", base: "x.loop", properties: ["self"]),
    ]

    @Test("ancestors nearest first and inherited properties, in inference's order and in any other; a cycle is cut",
          arguments: [types.sorted { $0.name.lowercased() < $1.name.lowercased() }, types.reversed(), types])
    func ancestors(types: [APIType]) {
        let model = APIModel(types: types)
        let zebra = types.first { $0.name == "x.zebra" }!
        #expect(model.ancestors(of: zebra).map(\.name) == ["x.Item", "x.entity"])
        #expect(model.flattenedProperties(of: zebra).map(\.name) == ["id", "name", "stripes"])
        #expect(model.ancestors(of: types.first { $0.name == "x.loop" }!).isEmpty)
        #expect(model.documentedType(lowercasedName: "x.nothing") == nil)
        #expect(APIModel.isNamed("X.Item", lowercased: "x.item") && !APIModel.isNamed("x.items", lowercased: "x.item"))
    }
}
