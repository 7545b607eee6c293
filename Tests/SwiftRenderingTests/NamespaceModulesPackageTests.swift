import Foundation
import PageReader
import SchemaInference
@testable import SwiftRendering
import TestSupport
import Testing

/// The package of a model whose namespaces get a module each (`modules: perNamespace`): its
/// manifest, and a package generated from pages in three namespaces that builds and passes its tests.
@Suite("Per-namespace modules: the generated package", .serialized)
struct NamespaceModulesPackageTests {
    static func render(_ model: APIModel, access: AccessModifier = .public) throws -> RenderedPackage {
        try PackageRenderer(
            templates: try TemplateLibrary(), runtime: try RuntimeSources.files(),
            mocks: try RuntimeSources.files(in: RuntimeSources.mocksDirectory), options: .init(access: access, modules: .perNamespace)
        ).render(model, sourceSummary: "pages")
    }

    @Test("the manifest: the runtime's target, one per module after those it needs, the library's; the product has them all")
    func manifest() throws {
        let package = try Self.render(ModelModulesTests.model)
        let manifest = try #require(package.files.first { $0.path == "Package.swift" }).contents
        let products = """
            .library(name: "GraphSDK", targets: ["GraphSDK", "GraphSDKContosoZoo", "GraphSDKMicrosoftGraph", \
            "GraphSDKMicrosoftGraphExternalConnectors", "GraphSDKRuntime"]),
            """
        #expect(manifest.contains("        " + products + "\n"))
        let targets = try #require(manifest.range(of: "    targets: [\n")).upperBound
        let runtime = #".product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"), .product(name: "HTTPTypes", package: "swift-http-types")"#
        // The targets section with its lines joined and trailing commas dropped, split at each target.
        let lines = manifest[targets...].split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines.joined(separator: " ").replacingOccurrences(of: ", ]", with: "]").replacingOccurrences(of: "[ ", with: "[")
            .components(separatedBy: ".target(").map { $0.trimmingCharacters(in: .whitespaces) } == [
                "",
                #"name: "GraphSDKRuntime", dependencies: [\#(runtime)] ),"#,
                #"name: "GraphSDKContosoZoo", dependencies: ["GraphSDKRuntime"] ),"#,
                #"name: "GraphSDKMicrosoftGraph", dependencies: ["GraphSDKRuntime"] ),"#,
                #"name: "GraphSDKMicrosoftGraphExternalConnectors", dependencies: ["GraphSDKRuntime", "GraphSDKMicrosoftGraph"] ),"#,
                #"name: "GraphSDK", dependencies: ["GraphSDKRuntime", "GraphSDKContosoZoo", "GraphSDKMicrosoftGraph", "#
                    + #""GraphSDKMicrosoftGraphExternalConnectors", \#(runtime)] ),"#,
                // The mock service needs only the runtime.
                #"name: "GraphSDKMocks", dependencies: ["GraphSDKRuntime", \#(runtime)], resources: [.copy("Mocks.json")] )] )"#,
            ])
        #expect(manifest.contains(#"        .library(name: "GraphSDKMocks", targets: ["GraphSDKMocks"]),"# + "\n"))
        #expect(package.diagnostics.map(\.code) == ["namespaces-merged"])
        let paths = package.files.map(\.path)
        #expect(paths.contains("Sources/GraphSDKRuntime/JSONValue.swift"))
        #expect(paths.contains("Sources/GraphSDKMicrosoftGraph/Microsoft/Graph/CallRecords/CallRecord.swift"))
        #expect(paths.contains("Sources/GraphSDKMicrosoftGraphExternalConnectors/Microsoft/Graph/ExternalConnectors/Item.swift"))
        #expect(paths.contains("Sources/GraphSDK/Client/GraphClient.swift"))
        #expect(!paths.contains { $0.hasPrefix("Sources/GraphSDK/Models/") || $0.hasPrefix("Sources/GraphSDK/Runtime/") })
        let item = try #require(package.files.first { $0.path.hasSuffix("ExternalConnectors/Item.swift") }).contents
        #expect(item.contains("""
            import Foundation
            import GraphSDKRuntime
            import GraphSDKMicrosoftGraph

            extension Graph {
            """))
        #expect(paths.contains("Sources/GraphSDKRuntime/Graph.swift"))
    }

    /// A resource page of a type of `namespace`.
    static func resourcePage(_ namespace: String, _ name: String, base: String? = nil, rows: [String]) -> (String, String) {
        ("resources/\(name.lowercased()).md", HostilePages.resourcePage(
            "\(namespace).\(name)", namespace: namespace, extra: base.map { #""baseType": "\#($0)","# } ?? "", rows: rows))
    }

    /// `microsoft.graph` and `microsoft.graph.callRecords` refer to each other (a property, and a
    /// call record derived from `entity`); an `externalConnectors` item refers to both (a struct,
    /// the enumeration of entities, a type alias) and to a type named like Foundation's
    /// `Notification`; an operation on items, with an example, makes a client and a test.
    static let pages = [
        resourcePage("microsoft.graph", "entity", rows: ["| id | String | The id. |"]),
        resourcePage("microsoft.graph", "anything", rows: []),
        resourcePage("microsoft.graph", "identitySet", rows: [
            "| displayName | String | The name. |",
            "| lastRecord | [callRecord](callrecord.md) | The last call. |",
        ]),
        resourcePage("microsoft.graph", "notification", rows: ["| topic | String | The topic. |"]),
        resourcePage("microsoft.graph.callRecords", "callRecord", base: "microsoft.graph.entity", rows: [
            "| id | String | The id. |",
            "| organizer | [identitySet](identityset.md) | Who organized it. |",
        ]),
        resourcePage("microsoft.graph.externalConnectors", "externalItem", rows: [
            "| id | String | The id. |",
            "| createdBy | [identitySet](identityset.md) | Who created it. |",
            "| alert | [notification](notification.md) | Its notification. |",
            "| records | [callRecord](callrecord.md) collection | Its calls. |",
            "| related | [entity](entity.md) | A related entity. |",
            "| extra | [anything](anything.md) | Anything. |",
        ]),
        ("api/externalitem-get.md", """
            # Get externalItem
            Namespace: microsoft.graph.externalConnectors

            Gets an item.
            ## HTTP request
            ```http
            GET /external/items/{id}
            ```
            ## Response
            If successful, this method returns a `200 OK` response code and an [externalItem](../resources/externalitem.md) object.
            ## Example
            <!-- { "blockType": "request", "name": "get_externalitem" } -->
            ```http
            GET https://graph.microsoft.com/v1.0/external/items/1
            ```
            <!-- { "blockType": "response", "@odata.type": "microsoft.graph.externalConnectors.externalItem" } -->
            ```http
            HTTP/1.1 200 OK
            Content-Type: application/json

            { "id": "1", "createdBy": { "displayName": "Ada", "lastRecord": { "id": "c" } }, "alert": { "topic": "t" },
              "records": [{ "id": "c", "organizer": { "displayName": "Bob" } }], "extra": [1],
              "related": { "@odata.type": "#microsoft.graph.callRecords.callRecord", "id": "e" } }
            ```
            """),
    ]

    /// Where the package is built: dependencies stay built between runs (and are shared with the
    /// access modifier's build test).
    static let scratch = TestPages.packageRoot.appendingPathComponent(".build/access-modifier-package")

    /// `Notification` in the item's file is the model's, `Graph.Notification`, not Foundation's:
    /// the reserved names do not cover Foundation's.
    @Test("a package of three namespaces, two merged, builds without a warning and passes its tests, its API public or package",
          arguments: [AccessModifier.public, .package])
    func buildsAndPasses(access: AccessModifier) async throws {
        let model = SchemaInference.infer(from: Self.pages.map { SchemaInference.evidence(from: TestPages.read($1, path: $0)) })
        #expect(Set(model.types.map(\.namespace)) == ["microsoft.graph", "microsoft.graph.callRecords", "microsoft.graph.externalConnectors"])
        #expect(model.operations.count == 1)
        let rendered = try Self.render(model, access: access)
        let item = try #require(rendered.files.first { $0.path.hasSuffix("/ExternalItem.swift") }).contents
        #expect(item.contains("""
            import Foundation
            import GraphSDKRuntime
            import GraphSDKMicrosoftGraph

            extension Graph {
            """), "\(item)")
        #expect(item.contains("Graph.Notification"))
        #expect(rendered.files.contains { $0.path.hasPrefix("Tests/GraphSDKTests/") })
        #expect(rendered.diagnostics.map(\.code).contains("namespaces-merged"))
        let workspace = FileManager.default.temporaryDirectory.appendingPathComponent("graphdocgen-modules-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: workspace) }
        let package = workspace.appendingPathComponent("GraphSDK")
        try PackageWriter().write(rendered.files, to: package)

        let build = try await SwiftBuild.run(package: package, scratch: Self.scratch, runningTests: true)
        #expect(build.status == 0, "swift test failed:\n\(build.output)")
        #expect(build.diagnostics(under: package) == [], "swift test reported:\n\(build.output)")
        #expect(build.output.contains("passed"), "\(build.output)")
    }

    /// An app's file that imports the library alone and names models of every module, the
    /// runtime's types and the client: the library's module re-exports the others.
    static let libraryImportTest = """
        import Foundation
        import GraphSDK
        import HTTPTypes
        import OpenAPIRuntime
        import Testing

        @Test func theLibraryAloneNamesEveryModel() throws {
            let item = Graph.ExternalItem(
                id: "1", createdBy: .value(Graph.IdentitySet(displayName: .value("Ada"))), alert: .value(Graph.Notification(topic: "t")))
            let data = try GraphJSON.encoder().encode(item)
            let decoded = try GraphJSON.decoder().decode(Graph.ExternalItem.self, from: data)
            #expect(decoded.createdBy?.value?.displayName?.value == "Ada")
            #expect(decoded.alert?.value?.topic == "t")
            let record: Graph.CallRecord? = nil
            #expect(record == nil)
            // A member of a request type, declared in another module than the type.
            let client = GraphClient(serverURL: URL(string: "https://graph.example")!, transport: UnusedTransport())
            #expect(client.external.items("1").path.description == "/external/items/1")
        }

        struct UnusedTransport: ClientTransport {
            func send(
                _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String
            ) async throws -> (HTTPResponse, HTTPBody?) {
                throw CancellationError()
            }
        }
        """

    @Test(
        "split: the models and the client in modules of the weight, the library re-exporting them; builds without a warning, passes its tests and an app's, its API public or package",
        arguments: [AccessModifier.public, .package])
    func splitBuildsAndPasses(access: AccessModifier) async throws {
        let model = SchemaInference.infer(from: Self.pages.map { SchemaInference.evidence(from: TestPages.read($1, path: $0)) })
        var options = PackageRenderer.Options(access: access, modules: .split)
        options.splitModuleWeight = 3
        let rendered = try PackageRenderer(
            templates: try TemplateLibrary(), runtime: try RuntimeSources.files(),
            mocks: try RuntimeSources.files(in: RuntimeSources.mocksDirectory), options: options
        ).render(model, sourceSummary: "pages")
        let paths = rendered.files.map(\.path)
        let modelModules = Set(paths.filter { $0.hasPrefix("Sources/GraphSDKModels") }.map { $0.split(separator: "/")[1] })
        #expect(modelModules.count > 2, "\(paths)")
        let exports = try #require(rendered.files.first { $0.path == "Sources/GraphSDK/Exports.swift" }).contents
        #expect(exports.contains("@_exported import GraphSDKRuntime\n@_exported import GraphSDKClient\n@_exported import GraphSDKModels1\n"), "\(exports)")
        for module in modelModules { #expect(exports.contains("@_exported import \(module)\n")) }
        // The client: `GraphClient` and the request types in a base module, their members in modules of their own.
        #expect(paths.contains("Sources/GraphSDKClient/Client/GraphClient.swift"), "\(paths)")
        let members = rendered.files.filter { $0.path.hasPrefix("Sources/GraphSDKClient1/Client/") }
        #expect(!members.isEmpty, "\(paths)")
        for file in members {
            #expect(file.contents.contains("import GraphSDKClient\n") && file.contents.contains("\nextension GraphClient."), "\(file.contents)")
            let declaration = try #require(rendered.files.first { $0.path == file.path.replacingOccurrences(of: "Client1/", with: "Client/") })
            #expect(declaration.contents.contains("struct "), "\(declaration.contents)")
        }
        #expect(exports.hasSuffix("@_exported import GraphSDKModels3\n@_exported import GraphSDKClient1\n@_exported import GraphSDKClient2\n"), "\(exports)")
        // The base module needs no model module, so it compiles beside them.
        let manifest = try #require(rendered.files.first { $0.path == "Package.swift" }).contents
        #expect(manifest.contains("name: \"GraphSDKClient\",\n            dependencies: [\n                \"GraphSDKRuntime\",\n                .product"), "\(manifest)")
        #expect(rendered.diagnostics.allSatisfy { $0.code != "namespaces-merged" })

        let workspace = FileManager.default.temporaryDirectory.appendingPathComponent("graphdocgen-split-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: workspace) }
        let package = workspace.appendingPathComponent("GraphSDK")
        try PackageWriter().write(
            rendered.files + [RenderedFile(path: "Tests/GraphSDKTests/LibraryImportTests.swift", contents: Self.libraryImportTest)],
            to: package)
        let build = try await SwiftBuild.run(package: package, scratch: Self.scratch, runningTests: true)
        #expect(build.status == 0, "swift test failed:\n\(build.output)")
        #expect(build.diagnostics(under: package) == [], "swift test reported:\n\(build.output)")
        #expect(build.output.contains("theLibraryAloneNamesEveryModel()") && build.output.contains("passed"), "\(build.output)")
    }
}
