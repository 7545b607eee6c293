import GraphDocCore
import SchemaInference
@testable import SwiftRendering
import Testing

/// How documented path templates become the client's steps, and how operations of many
/// pages merge into one tree.
@Suite("Client paths and tree")
struct ClientTreeTests {
    static func written(_ template: String) -> [String] {
        let path = ClientPath(template: template)
        return zip(path.segments, path.followsAddress).map { segment, followsAddress in
            segment.separator(followingAddress: followsAddress) + segment.written
        }
    }

    @Test("names, keys, calls, and a path below an item")
    func segments() {
        #expect(Self.written("/communications/calls/{id}/answer") == ["/communications", "/calls", "/{id}", "/answer"])
        #expect(Self.written("/me/drive/root:/{item-path}:/content") == ["/me", "/drive", "/root", ":/{item-path}", ":/content"])
        #expect(Self.written("/drives/{drive-id}/root:/{item-path}") == ["/drives", "/{drive-id}", "/root", ":/{item-path}"])
        #expect(Self.written("/items/{parent-id}:/{filename}:/content") == ["/items", "/{parent-id}", ":/{filename}", ":/content"])
        #expect(Self.written("/me/workbook/range(address='{address}')") == ["/me", "/workbook", "/range(address='{address}')"])
        #expect(Self.written("/x/image(width=640,height=480)") == ["/x", "/image(width={width},height={height})"])
        #expect(Self.written("/directoryRoles/roleTemplateId={roleTemplateId}") == ["/directoryRoles", "/roleTemplateId={roleTemplateId}"])
        #expect(Self.written("/x/$value") == ["/x", "/$value"])
    }

    @Test("a key value written where a placeholder belongs, and '...', are read with a remark")
    func remarks() {
        let path = ClientPath(template: "/classes/acdefc6b-2dc6-4e71-b1e9-6d9810ab1793/folders/{id}/.../items/42")
        #expect(Self.written("/classes/acdefc6b-2dc6-4e71-b1e9-6d9810ab1793/folders/{id}/.../items/42")
            == ["/classes", "/{id}", "/folders", "/{id}", "/items", "/{id}"])
        #expect(path.remarks.count == 3)
        #expect(path.remarks.contains { $0.contains("'...'") })
    }

    @Test("fixed text is percent-encoded; a call's argument keeps the docs' value as its example")
    func encodingAndExamples() {
        #expect(ClientPath.percentEncoded("a b\"c\\d") == "a%20b%22c%5Cd")
        guard case .call(let name, let pieces) = ClientPath(template: "/x/image(width=640)").segments.last else {
            Issue.record("not a call")
            return
        }
        #expect(name == "image")
        #expect(pieces.contains(.value(name: "width", encoding: .segment, example: "640")))
    }

    @Test("a call's bare argument takes the type the docs give it; a quoted one stays a string")
    func typedCallArguments() throws {
        var cell = Self.operation("GET", "/sheet/cell(row={row},column={column})", source: "cell", response: "x.range")
        cell.pathParameters = [
            .init(name: "row", type: "Edm.Int32"), .init(name: "column", type: "Edm.Int64"),
        ]
        var find = Self.operation("GET", "/sheet/find(text='{text}',exact={exact},ratio={ratio})", source: "find")
        find.functionParameters = [
            .init(name: "text", type: "Edm.String"), .init(name: "exact", type: "Edm.Boolean"),
            .init(name: "ratio", type: "Edm.Double"),
        ]
        let tree = ClientTree(operations: [cell, find])
        let sheet = try #require(tree.root.children.first)
        let types = sheet.children.map { node in Step(node).parameters(documentedTypes: node.documentedValueTypes).map(\.type) }
        #expect(types.contains(["Int", "Int"]))
        #expect(types.contains(["String", "Bool", "Double"]))
        // Without documented types, as before: a string, or what the docs' example value shows.
        let image = try #require(ClientTree(operations: [Self.operation("GET", "/x/image(width=640)", source: "image")])
            .root.children.first?.children.first)
        #expect(Step(image).parameters().map(\.type) == ["Int"])
    }

    @Test("a call's argument typed as a string is sent between quotes, whatever the path writes; others stay as written")
    func quotedCallArguments() throws {
        var view = Self.operation(
            "GET", "/me/view(start={start},end=end-value,kind={kind},at={at},count={count})", source: "view", response: "x.event")
        view.functionParameters = [
            .init(name: "start", type: "Edm.String"), .init(name: "end", type: "Edm.String"),
            .init(name: "kind", type: "x.viewKind"), .init(name: "at", type: "Edm.DateTimeOffset"),
            .init(name: "count", type: "Edm.Int32"),
        ]
        // Already quoted, or a key: as written.
        var quoted = Self.operation("GET", "/me/find(text='{text}')/{text}", source: "find")
        quoted.functionParameters = [.init(name: "text", type: "Edm.String")]
        #expect(ClientPath(template: quoted.path).quotingArguments(typedIn: quoted) == ClientPath(template: quoted.path))
        // The client sends a string between quotes (`quoted:` doubles a quote inside it), whether the
        // docs write a placeholder or a value (`end-value`) in its place; an enumeration member as given.
        let tree = ClientTree(operations: [view])
        let call = try #require(tree.root.children.first?.children.first)
        #expect(Step(call).pathText(labels: ["start": "s", "end": "e", "kind": "k", "at": "a", "count": "c"])
            == #"/view(start='\(quoted: s)',end='\(quoted: e)',kind=\(k),at=\(a),count=\(c))"#)
    }

    static func operation(_ method: String, _ path: String, source: String, response: String? = nil) -> APIOperation {
        APIOperation(
            name: source, method: method, path: path, response: APIOperation.Response(status: 200, type: response),
            source: "api/\(source).md", location: SourceLocation(file: "api/\(source).md", line: 3, column: 1))
    }

    @Test("placeholder names and the case of names do not split a node; the most written spelling wins")
    func merging() {
        let tree = ClientTree(operations: [
            Self.operation("GET", "/users/{user-id}/calendarGroups", source: "a", response: "x.group"),
            Self.operation("POST", "/users/{id}/calendargroups", source: "b"),
            Self.operation("GET", "/users/{id}/calendarGroups/{group-id}", source: "c"),
        ])
        #expect(tree.root.children.count == 1)
        let users = tree.root.children[0]
        #expect(users.children.count == 1)
        let groups = users.children[0].children
        #expect(groups.count == 1)
        #expect(groups[0].segment == .literal("calendarGroups"))
        #expect(groups[0].operations.keys.sorted() == ["GET", "POST"])
    }

    @Test("a method documented twice keeps the first page's, with a note when the types differ")
    func duplicates() {
        let tree = ClientTree(operations: [
            Self.operation("GET", "/zoos", source: "zoo-list-b", response: "x.b"),
            Self.operation("GET", "/zoos", source: "zoo-list-a", response: "x.a"),
            Self.operation("GET", "/zoos", source: "zoo-list-a.de-DE", response: "x.a"),
        ])
        #expect(tree.root.children[0].chosenOperations.map(\.name) == ["zoo-list-a"])
        #expect(tree.diagnostics.all.count == 1)
        #expect(tree.diagnostics.all.first?.message.contains("api/zoo-list-a.md") == true)
        #expect(tree.diagnostics.all.first?.location?.file == "api/zoo-list-b.md")
    }

    @Test("of two pages documenting a method, the one about fewer requests wins")
    func specificPageWins() {
        let tree = ClientTree(operations: [
            Self.operation("GET", "/zoos/{id}/animals", source: "a-extension-get", response: "x.extension"),
            Self.operation("GET", "/keepers/{id}/animals", source: "a-extension-get", response: "x.extension"),
            Self.operation("GET", "/zoos/{zoo-id}/animals", source: "zoo-list-animals", response: "x.animal"),
        ])
        let animals = tree.root.children.first { $0.segment == .literal("zoos") }?.children[0].children[0]
        #expect(animals?.chosenOperations.map(\.name) == ["zoo-list-animals"])
    }

    @Test("a page whose examples show the request counts it less; the method takes every page's headers and query options")
    func examplesAndMergedParameters() {
        var update = Self.operation("PATCH", "/zoos/{id}", source: "zoo-update")
        update.examples = ["update_zoo", "update_other_zoo"]
        update.requestHeaders = [.init(name: "Authorization", type: nil, description: "Bearer {token}.")]
        let updateByID = Self.operation("PATCH", "/zoos/{zoo-id}/x", source: "zoo-update")
        var other = Self.operation("PATCH", "/zoos/{zooId}", source: "zoo-import-update", response: "x.zoo")
        other.requestHeaders = [
            .init(name: "authorization", type: nil, description: "Bearer {token}."),
            .init(name: "Prefer", type: nil, description: "return=representation."),
        ]
        other.queryOptions = [.init(name: "validateOnly", type: "Edm.Boolean", description: "Whether to only validate.")]
        let tree = ClientTree(operations: [other, updateByID, update])
        let chosen = tree.root.children[0].children[0].chosenOperations
        #expect(chosen.map(\.name) == ["zoo-update"])
        #expect(chosen.first?.requestHeaders.map(\.name) == ["Authorization", "Prefer"])
        #expect(chosen.first?.queryOptions.map(\.name) == ["validateOnly"])
    }

    @Test("a typed method another page documents answering 204 without a type may answer empty, with a note")
    func emptyResponseFromAnotherPage() {
        var create = Self.operation("PATCH", "/zoos/{id}/brand", source: "brand-create", response: "x.brand")
        create.examples = ["create_brand"]
        var update = Self.operation("PATCH", "/zoos/{id}/brand", source: "brand-update")
        update.response = APIOperation.Response(status: 204)
        let tree = ClientTree(operations: [create, update])
        let chosen = tree.root.children[0].children[0].children[0].chosenOperations
        #expect(chosen.map(\.name) == ["brand-create"])
        #expect(chosen.first?.response == APIOperation.Response(status: 200, type: "x.brand", mayBeEmpty: true))
        let note = tree.diagnostics.all.first { $0.code == "client-empty-response" }
        #expect(note?.location?.file == "api/brand-update.md")

        // Another page that answers 200 without naming a type says nothing of an empty body.
        var untyped = Self.operation("PATCH", "/zoos/{id}/brand", source: "brand-update")
        untyped.response = APIOperation.Response(status: 200)
        let other = ClientTree(operations: [create, untyped]).root.children[0].children[0].children[0].chosenOperations
        #expect(other.first?.response?.mayBeEmpty == false)
    }

    @Test("a leaf reached by a name whose only operation is a POST that creates nothing is an action")
    func actions() {
        let tree = ClientTree(operations: [
            APIOperation(name: "answer", method: "POST", path: "/calls/{id}/answer",
                         response: APIOperation.Response(status: 202), source: "api/answer.md"),
            APIOperation(name: "create", method: "POST", path: "/calls", requestBody: "x.call",
                         response: APIOperation.Response(status: 201, type: "x.call"), source: "api/create.md"),
        ])
        let calls = tree.root.children[0]
        #expect(!calls.isParentMethod)
        #expect(calls.children[0].children[0].isParentMethod)
    }

    @Test("locale tags leave the names of pages and operations")
    func localeTags() {
        #expect(DocumentationSource.display("api/create-call.es-ES.md") == "api/create-call.md")
        #expect(DocumentationSource.display("api/create-call.zh-Hans.md") == "api/create-call.md")
        #expect(DocumentationSource.display("api/v1.0/x.md") == "api/v1.0/x.md")
        #expect(DocumentationSource.withoutLocaleTag("create-call.pt-BR") == "create-call")
        #expect(DocumentationSource.withoutLocaleTag("user.list") == "user.list")
    }
}
