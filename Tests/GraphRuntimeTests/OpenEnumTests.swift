import Foundation
import GraphRuntime
import Testing

@Suite("OpenEnum")
struct OpenEnumTests {
    @Test func decodesKnownMembers() throws {
        let states = try decode([FeedingState].self, #"["hungry","fed","unknownFutureValue"]"#)
        #expect(states == [.hungry, .fed, .unknownFutureValue])
    }

    @Test func keepsUnknownMembersAndWritesThemBackUnchanged() throws {
        let json = #"["sleeping","hungry,fed","Hungry"]"#
        let states = try decode([FeedingState].self, json)
        #expect(states.map(\.rawValue) == ["sleeping", "hungry,fed", "Hungry"])
        #expect(!states.contains(.hungry))
        #expect(try encode(states) == json)
    }

    @Test func switchesOverMembers() {
        func describe(_ state: FeedingState) -> String {
            switch state {
            case .hungry: "feed it"
            case .fed: "wait"
            default: "unknown: \(state)"
            }
        }
        #expect(describe(.hungry) == "feed it")
        #expect(describe(FeedingState(rawValue: "sleeping")) == "unknown: sleeping")
    }

    @Test func rejectsNonStrings() {
        #expect(throws: DecodingError.self) { try decode([FeedingState].self, "[1]") }
    }
}
