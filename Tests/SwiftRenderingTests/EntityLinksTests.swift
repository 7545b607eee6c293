import SchemaInference
@testable import SwiftRendering
import Testing

/// Nodes of the client tree that are the same kind of entity share one request type, and borrow
/// each other's steps when a concrete path is followed.
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

    /// The client of `operations` on a model of entity `types`: its tree, files and index.
    static func render(
        _ operations: [APIOperation], types: [String]
    ) throws -> (tree: ClientTree, files: [RenderedFile], index: ClientIndex) {
        let tree = ClientTree(operations: operations)
        let model = APIModel(types: types.map { Self.type($0) }, operations: operations)
        let names = SwiftTypeNames(model: model)
        let (files, index, _, _) = try ClientRenderer(
            tree: tree, links: EntityLinks(tree: tree, model: model), names: names, templates: try TemplateLibrary(),
            modelTypeNames: Set(types.compactMap { names.name(of: $0) }), serviceRoot: nil, access: .public
        ).render()
        return (tree, files, index)
    }

    @Test("paths to entities of one type are one kind and borrow each other's steps; a $ref only within one relationship; never a key")
    func sameType() {
        let operations = Self.operations + [
            Self.operation("GET", "/groups/{id}/members", type: "t.user", collection: true),
            Self.operation("DELETE", "/groups/{id}/members/{member-id}/$ref"),
        ]
        let links = EntityLinks(tree: ClientTree(operations: operations), model: Self.model)
        let me = links.steps[["literal me"]]?.map(\.identity) ?? []
        #expect(me.contains("literal photos"))
        #expect(links.kindOf[["literal me"]] == links.kindOf[["literal users", "key"]])
        #expect(links.kindOf[["literal me"]] != links.kindOf[["literal users"]])
        // `/me/groups` and `/users/{id}/groups` are one relationship (groups of a user): one
        // kind, and the `$ref` is borrowed.
        #expect(links.kindOf[["literal users", "key", "literal groups"]] == links.kindOf[["literal me", "literal groups"]])
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
        #expect(links.kindOf[["literal users", "key", "literal notes"]] != links.kindOf[["literal users", "key"]])
    }

    @Test("names that answer one value of the same type as a sibling are functions, each its own kind; another name is typed by its GET")
    func functionsAreNotEntities() {
        let operations = [
            Self.operation("GET", "/reports/getA", type: "t.report"),
            Self.operation("GET", "/reports/getB", type: "t.report"),
            Self.operation("GET", "/school/me", type: "t.user"),
            Self.operation("GET", "/users/{id}", type: "t.user"),
            Self.operation("GET", "/users/{id}/photos", type: "t.photo", collection: true),
        ]
        let links = EntityLinks(tree: ClientTree(operations: operations), model: Self.model)
        #expect(links.kindOf[["literal reports", "literal geta"]] != links.kindOf[["literal reports", "literal getb"]])
        #expect(links.kinds[links.kindOf[["literal reports", "literal geta"]]!].entityType == nil)
        #expect(links.kindOf[["literal school", "literal me"]] == links.kindOf[["literal users", "key"]])
        #expect(links.kinds[links.kindOf[["literal users", "key"]]!].entityType == "t.user")
    }

    @Test("one request type serves every path to a kind; its methods name the other paths documented for them")
    func oneRequestTypePerKind() throws {
        let operations = [
            Self.operation("GET", "/me", type: "t.user"),
            Self.operation("GET", "/users/{id}", type: "t.user"),
            Self.operation("PATCH", "/users/{id}", type: "t.user"),
            Self.operation("PATCH", "/me", type: "t.user"),
            Self.operation("GET", "/users/{id}/photos", type: "t.photo", collection: true),
        ]
        let (_, files, index) = try Self.render(operations, types: ["t.user", "t.photo"])
        #expect(files.map(\.path) == [
            "Client/GraphClient.swift", "Client/GraphOperations+Me.swift", "Client/GraphOperations+Users.swift",
            "Client/GraphOperations.swift", "Client/UserRequests.swift", "Client/UsersRequests.swift",
        ])
        let client = try #require(files.first?.contents)
        #expect(client.contains("public var me: GraphClient.UserRequests {"))
        #expect(client.contains("public func users(_ id: String) -> GraphClient.UserRequests {"))
        let user = try #require(files.first { $0.path == "Client/UserRequests.swift" }?.contents)
        #expect(user.components(separatedBy: "public func update(").count == 2)
        #expect(user.contains("/// Also documented as `PATCH /users/{id}`"))
        #expect(user.contains("public var photos: GraphClient.UserRequests.PhotosRequests {"))
        #expect(index.requestTypes[["literal me"]] == "GraphClient.UserRequests")
        #expect(index.requestTypes[["literal users", "key"]] == "GraphClient.UserRequests")
        #expect(index.methods[["literal me"]]?["GET"]?.operation.path == "/me")
        #expect(index.methods[["literal users", "key"]]?["GET"]?.operation.path == "/me")
    }

    @Test("a step below a path below an item is written with '/', which the path closes with ':'; it keeps the lender's name")
    func borrowedAfterAddress() throws {
        let operations = [
            Self.operation("GET", "/drives/{drive-id}/items/{item-id}", type: "t.item"),
            Self.operation("GET", "/drives/{drive-id}/items/{item-id}/children", type: "t.item", collection: true),
            Self.operation("GET", "/drives/{drive-id}/root:/{item-path}", type: "t.item"),
        ]
        let (tree, files, index) = try Self.render(operations, types: ["t.item"])
        let item = try #require(files.first { $0.path == "Client/ItemRequests.swift" }?.contents)
        #expect(item.contains(#"GraphClient.ItemRequests.ChildrenRequests(core: core, path: path + "/children")"#))
        let route = try #require(ClientRoute(path: "/drives/d/root:/a/b.txt:/children", method: "GET", in: tree, index: index))
        #expect(route.stops.last?.id == ["literal drives", "key", "literal items", "key", "literal children"])
        #expect(index.accessors[route.stops.last!.id]?.name == "children")
    }
}
