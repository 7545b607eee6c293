import Foundation
import GraphRuntime
import HTTPTypes
import Testing

/// The least privileged scopes for a set of operations, and the recorder that collects the
/// operations a client sends (invented `Zoo.*` scopes).
@Suite("Least privilege")
struct LeastPrivilegeTests {
    static func operation(
        _ id: String, work: [String]? = nil, personal: [String]? = nil, application: [String]? = nil, documented: Bool = true
    ) -> GraphOperation {
        GraphOperation(
            id: id, method: "GET", pathTemplate: "/zoos/\(id)",
            permissions: documented ? GraphPermissions(delegatedWork: work, delegatedPersonal: personal, application: application) : nil)
    }

    static let readAnimals = operation("animals", work: ["Zoo.Read", "Zoo.ReadWrite"], application: ["Zoo.Read.All"])
    static let feed = operation("feed", work: ["Zoo.ReadWrite"], application: [])
    static let keepers = operation("keepers", work: ["Keepers.Read", "Zoo.ReadWrite"])
    static let visitors = operation("visitors", documented: false)

    @Test("each operation takes its first scope; a scope that another chosen scope accompanies everywhere is dropped")
    func coverage() {
        // `Zoo.ReadWrite` is listed wherever `Zoo.Read` is: reading animals needs no scope of its own.
        let known = [Self.readAnimals, Self.feed, Self.keepers]
        let reduction = LeastPrivilege(for: [Self.readAnimals, Self.feed], scheme: .delegatedWork, among: known)
        #expect(reduction.scopes == ["Zoo.ReadWrite"])
        // `Keepers.Read` is not accompanied by `Zoo.Read` anywhere, and `Zoo.Read` lists no `Keepers.Read`: both stay.
        let both = LeastPrivilege(for: [Self.readAnimals, Self.keepers], scheme: .delegatedWork, among: known)
        #expect(both.scopes == ["Zoo.Read", "Keepers.Read"])
        // The order of the operations does not change the set.
        #expect(Set(LeastPrivilege(for: [Self.keepers, Self.readAnimals], scheme: .delegatedWork, among: known).scopes)
            == Set(both.scopes))
    }

    @Test("operations a scheme cannot call, and operations without documented permissions, are listed apart")
    func unsupportedAndUndocumented() {
        let reduction = LeastPrivilege(
            for: [Self.readAnimals, Self.feed, Self.visitors, Self.keepers], scheme: .application,
            among: [Self.readAnimals, Self.feed])
        #expect(reduction.scopes == ["Zoo.Read.All"])
        #expect(reduction.unsupported.map(\.id) == ["feed", "keepers"])
        #expect(reduction.undocumented.map(\.id) == ["visitors"])
    }

    @Test("the recorder sees each operation the client sends, once, through GraphOperation.current")
    func recorder() async throws {
        let transport = FakeTransport { _, _ in (response(.ok), "{}") }
        let recorder = OperationRecorder()
        let core = GraphClientCore(serverURL: URL(string: "https://zoo.example/v1")!, transport: transport, middlewares: [recorder])
        try await core.send(GraphRequest(method: .get, path: "/zoos/animals", operation: Self.readAnimals))
        try await core.send(GraphRequest(method: .post, path: "/zoos/feed", operation: Self.feed))
        try await core.send(GraphRequest(method: .get, path: "/zoos/animals", operation: Self.readAnimals))
        try await core.send(GraphRequest(method: .get, path: "/zoos/other"))
        #expect(await recorder.operations == [Self.readAnimals, Self.feed])
        #expect(await transport.sent.all.map(\.operationID) == ["animals", "feed", "animals", ""])
        let reduction = await recorder.leastPrivilege(for: .delegatedWork, among: [Self.readAnimals, Self.feed, Self.keepers])
        #expect(reduction.scopes == ["Zoo.ReadWrite"])
        #expect(GraphOperation.current == nil)
    }
}
