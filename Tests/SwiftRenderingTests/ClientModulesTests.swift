@testable import SwiftRendering
import Testing

@Suite("Client modules of a split package")
struct ClientModulesTests {
    @Test("families are grouped in order until a group weighs the weight; the rest is a last group")
    func groups() {
        #expect(ClientModules.groups(weights: [3, 1, 1, 4, 2, 1], weight: 4) == [[0, 1], [2, 3], [4, 5]])
        #expect(ClientModules.groups(weights: [10, 1], weight: 4) == [[0], [1]])
        #expect(ClientModules.groups(weights: [], weight: 4) == [])
        #expect(ClientModules.groups(weights: [1, 1], weight: 1) == [[0], [1]])
    }

    @Test("member modules are the base's name and a number, skipping reserved names; half the models' weight")
    func names() {
        let modules = ClientModules(base: "GraphSDKClient", modelWeight: 2_000, reserved: ["GraphSDKClient2"])
        #expect(modules.weight == 1_000)
        #expect(modules.memberModuleNames(count: 3) == ["GraphSDKClient1", "GraphSDKClient3", "GraphSDKClient4"])
        #expect(ClientModules(base: "A", modelWeight: 1, reserved: []).weight == 1)
    }
}
