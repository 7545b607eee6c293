import SchemaInference
@testable import SwiftRendering
import Testing

/// Nodes of the client tree that are the same kind of entity borrow each other's steps and methods.
@Suite("Entity links")
struct EntityLinksTests {
    static func operation(_ method: String, _ path: String, type: String? = nil, collection: Bool = false) -> APIOperation {
        APIOperation(
            name: "\(method) \(path)", method: method, path: path, requestBody: method == "PATCH" ? type : nil,
            response: .init(status: 200, type: method == "GET" ? type : nil, collection: collection), source: "api/x.md")
    }

    static func type(_ name: String, properties: [(String, String)] = []) -> APIType {
        APIType(
            name: name, kind: .entity, baseType: nil, abstract: false, openType: false, keyProperty: "id", description: "",
            properties: properties.map {
                APIProperty(name: $0.0, type: $0.1, nullable: true, readOnly: false, navigation: true, description: "")
            },
            members: [], sources: [])
    }

    static let operations = [
        operation("GET", "/me", type: "t.user"),
        operation("GET", "/users/{id}", type: "t.user"),
        operation("PATCH", "/users/{id}", type: "t.user"),
        operation("GET", "/users/{id}/photos", type: "t.photo", collection: true),
        operation("POST", "/users/{id}/groups/$ref"),
        operation("GET", "/me/groups", type: "t.group", collection: true),
        operation("GET", "/me/drive/items/{item-id}/children", type: "t.item", collection: true),
        operation("GET", "/drives/{drive-id}", type: "t.drive"),
        operation("GET", "/drives/{drive-id}/root/content"),
        // A collection documented as answering one value stays a collection.
        operation("GET", "/users/{id}/notes", type: "t.user"),
        operation("GET", "/users/{id}/notes/{note-id}/archive", type: "t.note"),
    ]

    static let model = APIModel(types: [
        type("t.user", properties: [("drive", "t.drive")]),
        type("t.drive", properties: [("root", "t.item"), ("items", "Collection(t.item)")]),
        type("t.item"),
    ])

    @Test("paths to entities of one type borrow each other's steps and methods; a $ref only within one relationship; never a key")
    func sameType() {
        let operations = Self.operations + [
            Self.operation("GET", "/groups/{id}/members", type: "t.user", collection: true),
            Self.operation("DELETE", "/groups/{id}/members/{member-id}/$ref"),
        ]
        let links = EntityLinks(tree: ClientTree(operations: operations), model: Self.model)
        let me = links.steps[["literal me"]]?.map(\.identity) ?? []
        #expect(me.contains("literal photos"))
        #expect(links.methods[["literal me"]] == ["PATCH": ["literal users", "key"]])
        // `/me/groups` and `/users/{id}/groups` are one relationship (groups of a user): the GET
        // and the `$ref` are borrowed.
        #expect(links.methods[["literal users", "key", "literal groups"]] == ["GET": ["literal me", "literal groups"]])
        #expect(links.steps[["literal me", "literal groups"]]?.map(\.identity) == ["literal $ref"])
        // A member of a group is a user, but its `$ref` is the membership's: `/users/{id}` and `/me` do not borrow it.
        #expect(!me.contains("literal $ref"))
        #expect(links.steps[["literal users", "key"]]?.contains { $0.identity == "literal $ref" } != true)
        // A step's target is the node that documents it.
        #expect(links.steps[["literal me"]]?.first { $0.identity == "literal photos" }?.target
            == ["literal users", "key", "literal photos"])
    }

    @Test("a property's type makes the step below an entity that type: root of a drive is an item")
    func typedByProperties() {
        let links = EntityLinks(tree: ClientTree(operations: Self.operations), model: Self.model)
        // `/drives/{id}/root` is an item (drive.root), as `/me/drive/items/{id}` is (drive.items), so each borrows the other's steps.
        let root = ["literal drives", "key", "literal root"]
        let item = ["literal me", "literal drive", "literal items", "key"]
        #expect(links.steps[root]?.map(\.identity) == ["literal children"])
        #expect(links.steps[root]?.first?.target == item + ["literal children"])
        #expect(links.steps[item]?.map(\.identity) == ["literal content"])
        // `/me/drive` is a drive (user.drive) and borrows `root`.
        #expect(links.steps[["literal me", "literal drive"]]?.map(\.identity) == ["literal root"])
    }

    @Test("a node with a key below it is a collection, whatever its GET is documented to answer")
    func collectionsAreNotEntities() {
        let links = EntityLinks(tree: ClientTree(operations: Self.operations), model: Self.model)
        #expect(links.steps[["literal users", "key", "literal notes"]] == nil)
        #expect(links.methods[["literal users", "key", "literal notes"]] == nil)
    }

    @Test("a step borrowed below a path below an item follows it with ':/', and keeps the lender's name")
    func borrowedAfterAddress() throws {
        let operations = [
            Self.operation("GET", "/drives/{drive-id}/items/{item-id}", type: "t.item"),
            Self.operation("GET", "/drives/{drive-id}/items/{item-id}/children", type: "t.item", collection: true),
            Self.operation("GET", "/drives/{drive-id}/root:/{item-path}", type: "t.item"),
        ]
        let tree = ClientTree(operations: operations)
        let model = APIModel(types: [Self.type("t.item")], operations: operations)
        let (files, index) = try ClientRenderer(
            tree: tree, links: EntityLinks(tree: tree, model: model), names: SwiftTypeNames(model: model),
            templates: try TemplateLibrary(), modelTypeNames: ["Item"], serviceRoot: nil, access: .public
        ).render()
        let drives = try #require(files.first { $0.path == "Client/DrivesRequests.swift" }?.contents)
        let children = "GraphClient.DrivesRequests.ItemRequests.ItemsRequests.ItemRequests.ChildrenRequests"
        #expect(drives.contains(#"\#(children)(core: core, path: path + ":/children")"#))
        let route = try #require(ClientRoute(path: "/drives/d/root:/a/b.txt:/children", method: "GET", in: tree, index: index))
        #expect(route.stops.last?.id == ["literal drives", "key", "literal items", "key", "literal children"])
        #expect(index.accessors[route.stops.last!.id]?.name == "children")
    }
}
