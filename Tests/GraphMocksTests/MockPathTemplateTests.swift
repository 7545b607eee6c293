import Testing

@testable import GraphMocks

@Suite("Mock path templates")
struct MockPathTemplateTests {
    @Test("keys match any value, names match without case, and fixed names score higher")
    func keysAndNames() {
        let item = MockPathTemplate("/users/{id}/messages/{message-id}")
        #expect(item.match("/Users/87d349ed/MESSAGES/AAMk%3D") != nil)
        #expect(item.match("/users/87d349ed/messages") == nil)
        #expect(item.match("/users/87d349ed/events/1") == nil)
        let delta = MockPathTemplate("/users/{id}/messages/delta")
        #expect(delta.match("/users/1/messages/delta")! > item.match("/users/1/messages/delta")!)
    }

    @Test("a key is never a system segment")
    func systemSegments() {
        #expect(MockPathTemplate("/users/{id}").match("/users/$count") == nil)
        #expect(MockPathTemplate("/users/$count").match("/users/$count") != nil)
    }

    @Test("a function's arguments are values between its fixed text, quotes and slashes included")
    func functionArguments() {
        let template = MockPathTemplate("/me/drive/items/{id}/workbook/worksheets/{name}/range(address='{address}')")
        #expect(template.match("/me/drive/items/01/workbook/worksheets/Sheet1/range(address='A1:B2')") != nil)
        #expect(template.match("/me/drive/items/01/workbook/worksheets/Sheet1/range(address='Sheet1!A1/B2')") != nil)
        #expect(template.match("/me/drive/items/01/workbook/worksheets/Sheet1/usedRange") == nil)
        let report = MockPathTemplate("/reports/getEmailActivityCounts(period='{period_value}')")
        #expect(report.match("/reports/getEmailActivityCounts(period='D7')") != nil)
        #expect(report.match("/reports/getEmailActivityUserDetail(period='D7')") == nil)
    }

    @Test("a path below an item is one step, however many slashes it has, closed by ':' or not")
    func pathBelowAnItem() {
        let content = MockPathTemplate("/drives/{drive-id}/root:/{item-path}:/content")
        #expect(content.match("/drives/b!x/root:/Documents/2024/report.docx:/content") != nil)
        #expect(content.match("/drives/b!x/root:/report.docx:/content") != nil)
        #expect(content.match("/drives/b!x/root/content") == nil)
        let item = MockPathTemplate("/me/drive/root:/{item-path}")
        #expect(item.match("/me/drive/root:/folder/file.txt:") != nil)
        #expect(item.match("/me/drive/root:/folder/file.txt") != nil)
        #expect(MockPathTemplate.steps(of: "/me/drive/root:/a%2Fb/c:/children") == ["me", "drive", "root", ":/a/b/c", "children"])
    }
}
