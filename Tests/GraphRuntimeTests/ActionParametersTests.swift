import GraphRuntime
import Testing

@Suite("ActionParameters")
struct ActionParametersTests {
    /// How a generated action method passes its `Nullable<T>?` parameters.
    private func body(connectorId: Nullable<String>? = nil, names: Nullable<[String]>? = nil, count: Nullable<Int>? = nil) -> ActionParameters {
        ActionParameters([("connectorId", connectorId), ("names", names), ("count", count)])
    }

    @Test func writesValuesAndExplicitNullsAndLeavesAbsentOut() throws {
        #expect(try encode(body(connectorId: .null, count: 2)) == #"{"connectorId":null,"count":2}"#)
        #expect(try encode(body(names: ["a", "b"])) == #"{"names":["a","b"]}"#)
        #expect(try encode(body()) == "{}")
    }

    @Test("additional data goes after the documented parameters, by name; a documented one given wins")
    func additionalData() throws {
        let body = ActionParameters(
            [("connectorId", Nullable<String>.value("c")), ("count", Nullable<Int>?.none)],
            additionalData: ["zeta": .bool(true), "connectorId": .string("lost"), "count": .integer(3), "alpha": .null])
        #expect(body.members.map(\.name) == ["connectorId", "alpha", "count", "zeta"])
        #expect(try encode(body) == #"{"alpha":null,"connectorId":"c","count":3,"zeta":true}"#)  // the encoder sorts keys
    }

    @Test func literalsStandForValues() {
        let text: Nullable<String> = "x"
        let number: Nullable<Double> = 1.5
        let flag: Nullable<Bool> = true
        let list: Nullable<[Int]> = [1, 2]
        #expect(text == .value("x"))
        #expect(number == .value(1.5))
        #expect(flag == .value(true))
        #expect(list == .value([1, 2]))
    }
}
