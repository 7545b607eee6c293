import GraphDocCore
import PageReader
import TestSupport
import Testing

/// Tables that cmark-gfm would misread: nothing in them may be lost.
@Suite("Table repairs")
struct TableRepairTests {
    @Test("a row with more cells than the header keeps the extra cells, with a warning")
    func extraCells() throws {
        let page = TestPages.read("""
            # T
            | Property | Type | Description |
            |:--|:--|:--|
            | aliases | String collection | Names. | Maximum 32 characters. | Optional. |
            | id | String | The id. |
            """)
        let table = try #require(page.tables.first)
        #expect(table.rows[0].cells.map(\.text) == ["aliases", "String collection", "Names.", "Maximum 32 characters.", "Optional."])
        #expect(table.rows[1].cells.map(\.text) == ["id", "String", "The id."])
        #expect(TestPages.codes(page) == ["table-row-extra-cells"])
        #expect(page.diagnostics.first?.location?.position.line == 4)
    }

    @Test("a delimiter row with another cell count than the header still gives a table")
    func delimiterMismatch() throws {
        let page = TestPages.read("""
            # Permissions
            |Permission type | Permissions (from least to most privileged) |
            |:--|:--|:--|
            | Delegated (work or school account) | User.Read |
            | Application | Not supported. |

            After.
            """)
        let table = try #require(page.tables.first)
        #expect(table.header.map(\.text) == ["Permission type", "Permissions (from least to most privileged)"])
        #expect(table.rows.map { $0.cells.map(\.text) } == [
            ["Delegated (work or school account)", "User.Read"], ["Application", "Not supported."],
        ])
        #expect(table.line == 2)
        #expect(table.rows.map(\.line) == [4, 5])
        #expect(table.section == 0)
        #expect(TestPages.codes(page) == ["table-delimiter-mismatch"])
        #expect(page.diagnostics.first?.location?.position.line == 3)
        #expect(page.sections[0].paragraphs.map(\.text.text) == ["After."])
    }
}
