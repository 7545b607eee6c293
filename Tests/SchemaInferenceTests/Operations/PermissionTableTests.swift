import GraphDocCore
import PageReader
@testable import SchemaInference
import Testing

/// Permissions tables, one variant per test, each from a real page (cited by path:line in
/// the v1.0 corpus, or the seed in `docs-input`), read from the English of side-by-side cells.
@Suite("Permissions tables")
struct PermissionTableTests {
    /// A page with one request and the permissions tables `tables` (each a list of rows:
    /// scheme cell, scopes cell, English only), each after its own paragraph when given.
    static func page(requests: [String] = ["GET /me/things"], _ tables: [(context: String?, rows: [(String, String)])]) -> String {
        var text = "# Get things\n\nRead things.\n\n## Permissions\n\n"
        for table in tables {
            if let context = table.context { text += "\(context)\n\n" }
            text += "|Permission type | Permissions (from least to most privileged) |\n|:--|:--|\n"
            for (scheme, scopes) in table.rows { text += "|\(scheme) | \(scopes) |\n" }
            text += "\n"
        }
        text += "## HTTP request\n\n```http\n" + requests.joined(separator: "\n") + "\n```\n"
        return text
    }

    static let schemes = ["Delegated (work or school account)", "Delegated (personal Microsoft account)", "Application"]

    @Test("the side-by-side table of docs-input/api/create-call.ru-RU.md:25-29: 'Not supported' is no scope, the English list is read")
    func sideBySide() {
        let pair = OperationTests.pair
        let text = """
            # Create call

            ## \(pair("1", "Разрешения", "Permissions"))

            | \(pair("2", "Тип разрешения", "Permission type")) | \(pair("3", "Разрешения (в порядке повышения привилегий)", "Permissions (from least to most privileged)")) |
            |:--|:--|
            | \(pair("4", "Делегированные (рабочая или учебная учетная запись)", "Delegated (work or school account)")) | \(pair("5", "Не поддерживается", "Not Supported")) |
            | \(pair("6", "Делегированные (личная учетная запись Майкрософт)", "Delegated (personal Microsoft account)")) | \(pair("7", "Не поддерживается", "Not Supported")) |
            | \(pair("8", "Приложение", "Application")) | \(pair("9", "Calls.JoinGroupCallsasGuest.All, Calls.Initiate. Все", "Calls.JoinGroupCallsasGuest.All, Calls.Initiate.All")) |

            ## \(pair("10", "HTTP-запрос", "HTTP request"))

            ```http
            POST /communications/calls
            ```
            """
        let (_, operations, diagnostics) = OperationTests.operations(text)
        #expect(operations.first?.permissions == APIPermissions(
            delegatedWork: [], delegatedPersonal: [], application: ["Calls.JoinGroupCallsasGuest.All", "Calls.Initiate.All"]))
        #expect(!diagnostics.contains { $0.code.hasPrefix("permissions-") })
    }

    @Test("footnote marks (api/channel-list-messages.md:33), 'plus' (api/educationclass-list-members.md:28), 'Not applicable' (api/datapolicyoperation-get.md:27)")
    func separatorsAndMarks() {
        let text = Self.page([(nil, [
            (Self.schemes[0], #"ChannelMessage.Read.Group\*, ChannelMessage.Read.All"#),
            (Self.schemes[1], "Not applicable"),
            (Self.schemes[2], "EduRoster.Read.All, EduRoster.ReadWrite.All plus Member.Read.Hidden"),
        ])])
        let (_, operations, diagnostics) = OperationTests.operations(text)
        #expect(operations.first?.permissions == APIPermissions(
            delegatedWork: ["ChannelMessage.Read.Group", "ChannelMessage.Read.All"], delegatedPersonal: [],
            application: ["EduRoster.Read.All", "EduRoster.ReadWrite.All", "Member.Read.Hidden"]))
        #expect(!diagnostics.contains { $0.code.hasPrefix("permissions-") })
    }

    @Test("a cell in parts per resource, separated by <br> (api/profilephoto-get.md:35): each path takes the part naming one of its steps")
    func partsPerResource() {
        let text = Self.page(requests: ["GET /users/{id}/photo", "GET /groups/{id}/photo", "GET /me/photo"], [(nil, [
            (Self.schemes[0], "For **user** resource:<br/>User.Read, User.Read.All<br /><br />For **group** resource:<br />Group.Read.All"),
            (Self.schemes[2], "For **user** or **chat** resource: Not supported.<br/><br/>For **group** resource: Group.Read.All"),
        ])])
        let (_, operations, diagnostics) = OperationTests.operations(text)
        let byPath = Dictionary(operations.map { ($0.path, $0.permissions) }) { first, _ in first }
        #expect(byPath["/users/{id}/photo"] == APIPermissions(delegatedWork: ["User.Read", "User.Read.All"], application: []))
        #expect(byPath["/groups/{id}/photo"] == APIPermissions(delegatedWork: ["Group.Read.All"], application: ["Group.Read.All"]))
        // `/me` names no part's resource, and every part names a step of another path: all parts.
        #expect(byPath["/me/photo"]??.delegatedWork == ["User.Read", "User.Read.All", "Group.Read.All"])
        #expect(!diagnostics.contains { $0.code.hasPrefix("permissions-") })
    }

    @Test("several tables, each after a paragraph naming what it is for (api/chatmessage-get.md:27,35; api/authentication-list-methods.md:29,37)")
    func severalTables() {
        let text = Self.page(requests: ["GET /teams/{id}/channels/{id}/messages/{id}", "GET /chats/{id}/messages/{id}"], [
            ("Permissions for channel", [(Self.schemes[0], "ChannelMessage.Read.All"), (Self.schemes[2], "ChannelMessage.Read.All")]),
            ("Permissions for chat", [(Self.schemes[0], "Chat.Read"), (Self.schemes[2], "Chat.Read.All")]),
        ])
        let (_, operations, _) = OperationTests.operations(text)
        let byPath = Dictionary(operations.map { ($0.path, $0.permissions) }) { first, _ in first }
        // Placeholders are named after their steps (`{chat-id}`).
        #expect(byPath["/teams/{team-id}/channels/{channel-id}/messages/{message-id}"]??.application == ["ChannelMessage.Read.All"])
        #expect(byPath["/chats/{chat-id}/messages/{message-id}"]??.delegatedWork == ["Chat.Read"])
        // "acting on self" names no step: the path no table names takes it.
        let selfText = Self.page(requests: ["GET /me/methods", "GET /users/{id}/methods"], [
            ("Permissions acting on self", [(Self.schemes[0], "Self.Read")]),
            ("Permissions acting on other users", [(Self.schemes[0], "Others.Read.All")]),
        ])
        let selfPaths = Dictionary(OperationTests.operations(selfText).operations.map { ($0.path, $0.permissions) }) { first, _ in first }
        #expect(selfPaths["/me/methods"]??.delegatedWork == ["Self.Read"])
        #expect(selfPaths["/users/{id}/methods"]??.delegatedWork == ["Others.Read.All"])
    }

    @Test("a cell that is not only scope names is read as far as it goes, with a located warning; a page without a table has no permissions")
    func warnings() throws {
        let text = Self.page([(nil, [
            (Self.schemes[0], "Subscription.Read.All (see below)"),
            (Self.schemes[1], ""),
            ("Delegated (somebody)", "Some.Scope"),
        ])])
        let (facts, operations, _) = OperationTests.operations(text)
        #expect(operations.first?.permissions == APIPermissions(delegatedWork: ["Subscription.Read.All"], delegatedPersonal: []))
        let diagnostics = facts.diagnostics
        let warnings = diagnostics.filter { $0.code.hasPrefix("permissions-") }
        #expect(warnings.map(\.code) == ["permissions-cell", "permissions-cell", "permissions-scheme"])
        #expect(warnings.first?.message.contains("'(see below)'") == true)
        #expect(warnings.first?.location?.position.line == 9)
        let (_, bare, _) = OperationTests.operations("# Get things\n\n## HTTP request\n\n```http\nGET /things\n```\n")
        #expect(try #require(bare.first).permissions == nil)
    }
}
