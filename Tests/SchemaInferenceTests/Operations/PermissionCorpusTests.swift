import GraphDocCore
@testable import SchemaInference
import TestSupport
import Testing

/// Permissions on the whole v1.0 corpus: the operations of the pages that have a permissions
/// table carry permissions, and no page's tables yield nothing.
@Suite("Permissions of the v1.0 corpus", .enabled(if: TestPages.hasShared, "needs ../shared (the v1.0 corpus and the oracle) beside the clone"))
struct PermissionCorpusTests {
    @Test("at least 98% of the operations of pages with a permissions table carry permissions; no table yields nothing")
    func corpusPermissions() throws {
        let evidence = try CorpusModel.evidence.get()
        let model = try CorpusModel.model.get()
        let pagesWithTables = Set(evidence.map(\.operations).filter { !$0.permissionTables.isEmpty }.map(\.source))
        #expect(pagesWithTables.count > 2_000)
        let operations = model.operations.filter { pagesWithTables.contains($0.source) }
        let carrying = operations.filter { $0.permissions != nil }
        #expect(Double(carrying.count) >= 0.98 * Double(operations.count))
        // A page whose tables gave no row, or whose rows gave no scope while a cell was not
        // read as "Not supported" (a `permissions-cell` warning).
        let empty = evidence.map(\.operations).filter { facts in
            guard !facts.permissionTables.isEmpty else { return false }
            let rows = facts.permissionTables.flatMap(\.rows)
            let scopes = rows.flatMap(\.parts).flatMap(\.scopes)
            return rows.isEmpty || (scopes.isEmpty && facts.diagnostics.contains { $0.code == "permissions-cell" })
        }
        #expect(empty.map(\.source) == [])
    }
}
