import LenientJSON
@testable import SchemaInference
import Testing

/// What example values show about a property's type, value by value and together.
@Suite("Types observed in example values")
struct ObservedTypeTests {
    /// Names `#contoso.zoo.x` as `contoso.zoo.x`; other names are not structured types.
    static func naming(_ written: String) -> String? {
        written.hasPrefix("#contoso.zoo.") ? String(written.dropFirst()) : nil
    }

    /// `contoso.zoo.bird` and `contoso.zoo.fish` derive from `contoso.zoo.animal`.
    static func commonBase(_ left: String, _ right: String) -> String? {
        let derived: Set = ["contoso.zoo.bird", "contoso.zoo.fish", "contoso.zoo.animal"]
        return derived.contains(left) && derived.contains(right) ? "contoso.zoo.animal" : nil
    }

    static func observed(_ json: String) throws -> ObservedType {
        let value = try #require(LenientJSONReader().read(json).value)
        return ObservedType.of(value, naming: naming, commonBase: commonBase)
    }

    /// The type the values show together, merged in the order given.
    static func merged(_ jsons: [String]) throws -> String {
        try jsons.map(observed).reduce(ObservedType.unknown) { $0.merged(with: $1, commonBase: commonBase) }.odataType
    }

    @Test("each kind of value shows its type", arguments: [
        (#"null"#, "Edm.Untyped"),
        (#"true"#, "Edm.Boolean"),
        (#"42"#, "Edm.Int64"),
        (#"-9223372036854775808"#, "Edm.Int64"),
        (#"9223372036854775808"#, "Edm.Double"),
        (#"4.5"#, "Edm.Double"),
        (#"1e3"#, "Edm.Double"),
        (#""plain text""#, "Edm.String"),
        (#""2018-04-01T12:39:16.1234567Z""#, "Edm.DateTimeOffset"),
        (#""2018-04-01T12:39+02:00""#, "Edm.DateTimeOffset"),
        (#""2018-04-01T12:39:16""#, "Edm.String"),
        (#""2018-04-01""#, "Edm.String"),
        (#""2018-13-01T12:39:16Z""#, "Edm.String"),
        (#""2018-04-01T12:39:16Z and more""#, "Edm.String"),
        (#""String""#, "Edm.String"),
        (#""String (identifier)""#, "Edm.String"),
        (#""Int32""#, "Edm.Int32"),
        (#""Boolean""#, "Edm.Boolean"),
        (#""Edm.DateTimeOffset""#, "Edm.DateTimeOffset"),
        (#""date""#, "Edm.String"),
        (#""int32""#, "Edm.String"),
        (#""Int32 or so""#, "Edm.String"),
        (#""incoming | outgoing""#, "Edm.String"),
        (#"{"a": 1}"#, "Edm.Untyped"),
        (##"{"@odata.type": "#contoso.zoo.bird"}"##, "contoso.zoo.bird"),
        (##"{"@odata.type": "#Collection(String)"}"##, "Edm.Untyped"),
        (#"[]"#, "Collection(Edm.Untyped)"),
        (#"["a", "b"]"#, "Collection(Edm.String)"),
        (#"[1, 2.5]"#, "Collection(Edm.Double)"),
        (##"[{"@odata.type": "#contoso.zoo.bird"}, {"@odata.type": "#contoso.zoo.fish"}]"##, "Collection(contoso.zoo.animal)"),
        (#"[1, "a"]"#, "Collection(Edm.Untyped)"),
    ])
    func single(json: String, type: String) throws {
        #expect(try Self.observed(json).odataType == type)
    }

    @Test("values together show one type, whatever their order", arguments: [
        ([#"null"#, #""x""#], "Edm.String"),
        ([#"1"#, #"2.5"#], "Edm.Double"),
        ([#""Int32""#, #"7"#], "Edm.Int64"),
        ([#""2018-04-01T12:39:16Z""#, #""soon""#], "Edm.String"),
        ([#""2018-04-01T12:39:16Z""#, #"null"#], "Edm.DateTimeOffset"),
        ([##"{"a": 1}"##, ##"{"@odata.type": "#contoso.zoo.bird"}"##, ##"null"##], "contoso.zoo.bird"),
        ([##"{"@odata.type": "#contoso.zoo.bird"}"##, ##"{"@odata.type": "#contoso.zoo.fish"}"##], "contoso.zoo.animal"),
        ([##"{"@odata.type": "#contoso.zoo.bird"}"##, ##"{"@odata.type": "#contoso.zoo.keeper"}"##], "Edm.Untyped"),
        ([#"true"#, #""yes""#], "Edm.Untyped"),
        ([#"["a"]"#, #""a""#], "Edm.Untyped"),
        ([#"[]"#, #"[3]"#, #"null"#], "Collection(Edm.Int64)"),
        ([##"{"a": 1}"##, ##"1"##, ##"{"@odata.type": "#contoso.zoo.bird"}"##], "Edm.Untyped"),
    ])
    func merging(jsons: [String], type: String) throws {
        #expect(try Self.merged(jsons) == type)
        #expect(try Self.merged(jsons.reversed()) == type)
        if jsons.count == 3 {
            #expect(try Self.merged([jsons[1], jsons[0], jsons[2]]) == type)
            #expect(try Self.merged([jsons[0], jsons[2], jsons[1]]) == type)
        }
    }

    @Test("a name spelled two ways is one type, spelled the same whatever the order")
    func spelling() {
        let upper = ObservedType.named("contoso.zoo.Bird"), lower = ObservedType.named("contoso.zoo.bird")
        #expect(upper.merged(with: lower, commonBase: { _, _ in nil }) == lower.merged(with: upper, commonBase: { _, _ in nil }))
        #expect(upper.merged(with: lower, commonBase: { _, _ in nil }) != .mixed)
    }
}
