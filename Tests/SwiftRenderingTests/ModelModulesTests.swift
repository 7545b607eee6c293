import GraphDocCore
import SchemaInference
@testable import SwiftRendering
import Testing

/// Namespaces that refer to each other share a module; the rest get one each, in dependency order.
@Suite("Namespace modules")
struct ModelModulesTests {
    @Test("strongly connected components: cycles merged, each sorted, dependencies first, deterministic")
    func components() {
        let edges: [String: Set<String>] = ["a": ["b"], "b": ["a", "c"], "c": ["d"], "d": ["c", "f"], "e": []]
        #expect(StronglyConnectedComponents.of(edges) == [["f"], ["c", "d"], ["a", "b"], ["e"]])
        #expect(StronglyConnectedComponents.of(["x": ["x"]]) == [["x"]])
        #expect(StronglyConnectedComponents.of([String: Set<String>]()) == [])
        let ring = Dictionary(uniqueKeysWithValues: (0..<50).map { ($0, Set([($0 + 1) % 50])) })
        #expect(StronglyConnectedComponents.of(ring) == [Array(0..<50)])
    }

    static func type(_ name: String, base: String? = nil, properties: [(String, String)] = [], kind: APIType.Kind = .complex) -> APIType {
        APIType(
            name: name, kind: kind, baseType: base, abstract: false, openType: false, keyProperty: nil, description: "",
            properties: properties.map {
                APIProperty(name: $0.0, type: $0.1, nullable: true, readOnly: false, navigation: false, description: "")
            },
            members: [], sources: [])
    }

    /// `microsoft.graph` and `callRecords` refer to each other (a property one way, a derived type
    /// of a polymorphic base the other); `externalConnectors` only uses `microsoft.graph`; `zoo` is alone.
    static let model = APIModel(types: [
        type("microsoft.graph.entity", properties: [("id", "Edm.String")], kind: .entity),
        type("microsoft.graph.identitySet", properties: [("user", "Edm.String")]),
        type("microsoft.graph.callRecords.callRecord", base: "microsoft.graph.entity",
             properties: [("organizer", "microsoft.graph.identitySet")], kind: .entity),
        type("microsoft.graph.callRecords.kind", kind: .enum),
        type("microsoft.graph.externalConnectors.item", properties: [("by", "Collection(microsoft.graph.identitySet)")]),
        type("contoso.zoo.animal", properties: [("name", "Edm.String")]),
    ])

    @Test("modules of a model: the cycle merged with a note, dependencies listed, names unique")
    func modules() {
        let modules = ModelModules(
            namespacesOf: Self.model, names: SwiftTypeNames(model: Self.model), library: "GraphSDK",
            reserved: ["GraphSDK", "GraphSDKRuntime", "GraphSDKContosoZoo"])
        #expect(modules.modules == [
            .init(name: "GraphSDKContosoZoo2", namespaces: ["contoso.zoo"], dependencies: []),
            .init(name: "GraphSDKMicrosoftGraph", namespaces: ["microsoft.graph", "microsoft.graph.callRecords"], dependencies: []),
            .init(name: "GraphSDKMicrosoftGraphExternalConnectors", namespaces: ["microsoft.graph.externalConnectors"],
                  dependencies: ["GraphSDKMicrosoftGraph"]),
        ])
        #expect(modules.module(ofType: "microsoft.graph.callRecords.callRecord") == "GraphSDKMicrosoftGraph")
        #expect(modules.diagnostics.map(\.formatted) == [
            "graphdocgen: note: namespaces microsoft.graph, microsoft.graph.callRecords are generated into one module, "
                + "GraphSDKMicrosoftGraph: they refer to each other (`microsoft.graph.entity` uses "
                + "`microsoft.graph.callRecords.callRecord`; `microsoft.graph.callRecords.callRecord` uses "
                + "`microsoft.graph.identitySet`), which separate targets cannot",
        ])
    }

    @Test("a file imports the runtime and each other module it names a type of, qualified by the models' namespace or bare, whatever its name's spelling")
    func imports() {
        let model = APIModel(types: [
            Self.type("a.\u{0436}", properties: [("id", "Edm.String")]),
            Self.type("a.notification", properties: [("id", "Edm.String")]),
            Self.type("a.base", properties: [("id", "Edm.String")], kind: .entity),
            Self.type("a.sub", base: "a.base", kind: .entity),
            Self.type("a.anything"),
            Self.type("a.other"),
            Self.type("b.item", properties: [("x", "a.\u{0436}")]),
        ])
        let names = SwiftTypeNames(model: model)
        // No namespace holds both: the models' namespace is named after the one most types are in.
        #expect(names.namespace == "A")
        let modules = ModelModules(namespacesOf: model, names: names, library: "L", reserved: [])
        let imports = ModuleImports(model: model, names: names, modules: modules, runtimeModule: "LRuntime")
        let hidden = names.name(of: "a.\u{0436}")!
        #expect(!hidden.hasPrefix("A") && !("A"..."Z").contains(hidden.unicodeScalars.first!))
        #expect(names.swiftType(of: "a.\u{0436}") == "A.\(hidden)")
        #expect(imports.lines(for: "struct S { var a: A.\(hidden)? }", in: "LB") == ["import LRuntime", "import LA"])
        #expect(imports.lines(for: "enum E { case b(AnyBase) }", in: "LB") == ["import LRuntime", "import LA"])
        #expect(imports.lines(for: "struct S { var e: [A.Item] }", in: nil).suffix(1) == ["import LB"])
        // Only the namespace qualifies: `X.Item` is some other type's member.
        #expect(imports.lines(for: "struct S { var e: X.Item }", in: nil) == ["import LRuntime"])
        // LA does not depend on LB: `Item` there is a member's name, not LB's type.
        #expect(imports.lines(for: "var Item = 1", in: "LA") == ["import LRuntime"])
    }
}

/// `modules: split`: the models in modules of a bounded weight, each after those it uses.
@Suite("Split model modules")
struct SplitModelModulesTests {
    static let type = ModelModulesTests.type

    /// `c` and `d` refer to each other; `b` uses them; `a` uses `b` and the enumeration `e`;
    /// `base` is polymorphic, its `Any…` enumeration listing `derived`, which uses `a`.
    static let model = APIModel(types: [
        type("x.a", nil, [("b", "x.b"), ("e", "x.e"), ("n", "Edm.Int32")], .complex),
        type("x.b", nil, [("c", "Collection(x.c)")], .complex),
        type("x.c", nil, [("d", "x.d"), ("n", "Edm.String")], .complex),
        type("x.d", nil, [("c", "x.c"), ("n", "Edm.String")], .complex),
        type("x.e", nil, [], .enum),
        type("x.base", nil, [("id", "Edm.String")], .entity),
        type("y.derived", "x.base", [("a", "x.a")], .entity),
    ])

    @Test("levels in bands of the weight; a band that heavy in two modules that do not use each other; names apart from reserved ones")
    func modules() {
        let modules = ModelModules(
            splitting: Self.model, names: SwiftTypeNames(model: Self.model), library: "L", reserved: ["LModels2"], weight: 5)
        // Levels and weights: {c, d} 0 and 6, e 0 and 1, b 1 and 2, a 2 and 4, derived 3 and 3, base 4 and 2.
        // Bands: levels 0 (7: {c, d} and e share no reference, two modules), 1-2 (6: a uses b, one), 3-4 (5, one).
        #expect(modules.modules == [
            .init(name: "LModels1", namespaces: ["x"], dependencies: []),
            .init(name: "LModels3", namespaces: ["x"], dependencies: []),
            .init(name: "LModels4", namespaces: ["x"], dependencies: ["LModels1", "LModels3"]),
            .init(name: "LModels5", namespaces: ["x", "y"], dependencies: ["LModels4"]),
        ])
        #expect(modules.module(ofType: "x.c") == "LModels1" && modules.module(ofType: "x.d") == "LModels1")
        #expect(modules.module(ofType: "X.E") == "LModels3")
        #expect(modules.module(ofType: "x.b") == "LModels4" && modules.module(ofType: "x.a") == "LModels4")
        // A base type's enumeration lists its derived types: they share a module or come first.
        #expect(modules.module(ofType: "x.base") == "LModels5" && modules.module(ofType: "y.derived") == "LModels5")
        #expect(modules.diagnostics.isEmpty)
    }

    @Test("a heavy band's two modules keep their types when one type gains a property: only the pieces at the cut can move")
    func stableHalves() {
        func model(extra: Int) -> APIModel {
            APIModel(types: ["x.a", "x.b", "x.c", "x.d"].map { name in
                let count = name == "x.a" ? 2 + extra : 2
                return Self.type(name, nil, (0..<count).map { ("p\($0)", "Edm.String") }, .complex)
            })
        }
        func assignment(_ model: APIModel) -> [String: String] {
            let modules = ModelModules(splitting: model, names: SwiftTypeNames(model: model), library: "L", reserved: [], weight: 5)
            return Dictionary(uniqueKeysWithValues: ["x.a", "x.b", "x.c", "x.d"].map { ($0, modules.module(ofType: $0) ?? "") })
        }
        // Four pieces of weight 3 that use nothing: one band, cut in two by name.
        let before = assignment(model(extra: 0))
        #expect(before == ["x.a": "LModels1", "x.b": "LModels1", "x.c": "LModels2", "x.d": "LModels2"])
        // x.a weighs 4, then 5: the cut stays (4 + 3 against 6, 5 + 3 against 6).
        #expect(assignment(model(extra: 1)) == before)
        #expect(assignment(model(extra: 2)) == before)
    }

    @Test("a model lighter than the weight is one module; no model, no module")
    func small() {
        let modules = ModelModules(splitting: Self.model, names: SwiftTypeNames(model: Self.model), library: "L", reserved: [])
        #expect(modules.modules.map(\.name) == ["LModels1"])
        #expect(ModelModules(splitting: APIModel(types: []), names: SwiftTypeNames(model: APIModel(types: [])), library: "L", reserved: []).modules == [])
    }
}
