import Foundation
import PageReader
import SchemaInference
@testable import SwiftRendering
import TestSupport
import Testing

/// Generates the package of invented pages whose names and text are hostile to code
/// generation, and builds it with `swift build`: it must compile without a warning.
@Suite("Hostile documentation: the generated package builds")
struct HostilePackageBuildTests {
    /// Type names that are Swift keywords, standard, Foundation or runtime type names, look-alikes,
    /// names that become the same identifier, a long name of letters spelled out in Swift, a
    /// namespace too deep for a directory path, names SwiftUI, Foundation and Swift Testing
    /// export (``SwiftUINames``), and the models' namespace's own name.
    static let typeNames = [
        "class", "self", "Self_", "Type", "protocol", "init", "decoder", "encoder", "codingKey", "codingKeys",
        "nullable", "page", "indirect", "jsonValue", "openEnum", "graphDate", "dynamicCodingKey", "string", "set",
        "error", "date", "any", "optional", "result", "sendable", "hashable", "never", "graphSDK", "_", "__",
        "calendar", "locale", "data", "uuid", "fixture", "exchange", "httpRequest",
        "tag", "list", "group", "image", "label", "alert", "text", "color", "operation", "process", "test", "issue",
        "trait", "graph",
        "n\u{0430}me", "\u{FF4E}\u{FF41}\u{FF4D}\u{FF45}", String(repeating: "\u{0436}", count: 128),
        (1...40).map { "n\($0)" + String(repeating: "x", count: 100) }.joined(separator: ".") + ".deep",
    ]

    /// Property names of the hostile type: keywords, the generated code's own names, names that
    /// differ only in case, look-alikes; each typed as one of the hostile types.
    static let propertyNames = [
        "class", "self", "Self", "Type", "protocol", "init", "decoder", "encoder", "container", "additionalData",
        "odataType", "odataTypeName", "CodingKeys", "encode", "description", "hashValue", "rawValue", "newValue",
        "value", "nullable", "Nullable", "n\u{0430}me", "\u{FF4E}\u{FF41}\u{FF4D}\u{FF45}", "_", "__",
    ]

    /// The link to a hostile type's page.
    static func link(_ name: String) -> String {
        "[\(name)](\(name.lowercased()).md)"
    }

    /// The pages: one per hostile type (`class`, `self` and `init` derived from `protocol`, `Type`
    /// its own base type), and one type whose properties carry the hostile names and text.
    static func pages() -> [(String, String)] {
        var pages: [(String, String)] = []
        for name in typeNames {
            var extra = ""
            if ["class", "self", "init"].contains(name) { extra = #""baseType": "microsoft.graph.protocol","# }
            if name == "Type" { extra = #""baseType": "microsoft.graph.Type","# }
            pages.append(("resources/\(name.lowercased()).md", HostilePages.resourcePage(
                "microsoft.graph.\(name)", extra: extra, prose: #"Named "\#(name)" \ */ """ #" /*"#,
                rows: ["| id | String | The \(name)'s id. |"])))
        }
        var rows = propertyNames.enumerated().map { index, name in
            "| \(name) | \(link(typeNames[index % typeNames.count])) | Says \"\(name)\" \\ */ \"\"\" #\" /* `x` |"
        }
        rows.append("| loop | \(link("hostile")) | The type itself (held indirectly). |")
        rows.append("| many | \(link("string")) collection | A collection. |")
        rows.append("| mood | moodKind | Possible values are: `happy`, `Happy`, `class`, `self`, `Type`, `init`, "
            + "`rawValue`, `description`, `none`, `_`, `n\u{0430}me`, `unknownFutureValue`. |")
        let json = "{ " + HostilePages.names.map {
            "\(HostilePages.jsonString($0)): \"String\""
        }.joined(separator: ", ") + " }"
        pages.append(("resources/hostile.md", HostilePages.resourcePage(
            "microsoft.graph.hostile", prose: "Line one.\nLine \u{2028}two \"*/\" \\ \"\"\" #\" /* ``` `", rows: rows, json: json)))
        pages.append(("api/hostile-get.md", Self.operationPage))
        return pages
    }

    /// Requests on hostile types whose examples become the generated package's tests: names
    /// that Foundation and the tests' support code declare too, keys and values with quotes,
    /// backslashes and `#`.
    static let operationPage = """
        # Get calendar
        Namespace: microsoft.graph

        Gets a calendar.
        ## HTTP request
        ```http
        GET /calendars/{id}
        POST /calendars/{id}/class
        ```
        ## Request headers
        | Name | Description |
        |:--|:--|
        | Prefer | A "preference" \\ #" |
        ## Request body
        | Parameter | Type | Description |
        |:--|:--|:--|
        | self | String | The "self" \\ #". |
        ## Response
        If successful, this method returns a `200 OK` response code and a [calendar](../resources/calendar.md) object.
        ## Example
        <!-- { "blockType": "request", "name": "get \\\"calendar\\\" #\"" } -->
        ```http
        GET https://graph.microsoft.com/v1.0/calendars/a%22b%5Cc%23?$select=id,%22x%22
        Prefer: a "quoted" \\ #" value
        ```
        <!-- { "blockType": "response", "truncated": true } -->
        ```http
        HTTP/1.1 200 OK
        Content-Type: application/json

        { "id": "\\\"#" }
        ```
        <!-- { "blockType": "request", "name": "class" } -->
        ```http
        POST https://graph.microsoft.com/v1.0/calendars/1/class
        Content-Type: application/json

        { "self": "\\\"\\u0000#" }
        ```
        <!-- { "blockType": "response" } -->
        ```http
        HTTP/1.1 204 No Content
        ```
        <!-- { "blockType": "example", "@odata.type": "microsoft.graph.locale" } -->
        ```json
        { "id": "x" }
        ```
        """

    /// Where the package is built: dependencies stay built between runs.
    static let scratch = TestPages.packageRoot.appendingPathComponent(".build/hostile-package")

    @Test("the package generated from hostile pages builds, tests included, with no error and no warning, every file inside it",
          arguments: ModuleLayout.allCases.filter { $0 != .automatic })  // automatic is one of the others
    func builds(modules: ModuleLayout) async throws {
        let evidence = Self.pages().map { path, text in SchemaInference.evidence(from: TestPages.read(text, path: path)) }
        let model = SchemaInference.infer(from: evidence)
        // Not vacuous: the hostile types and properties are in the model.
        #expect(model.types.count == Self.typeNames.count + 2)
        // The operations and examples the tests are made of are in the model too.
        #expect(model.operations.count == 2)
        #expect(model.examples.count == 5)
        let hostile = try #require(model.types.first { $0.name == "microsoft.graph.hostile" })
        #expect(Set(Self.propertyNames).isSubset(of: Set(hostile.properties.map(\.name))))

        let rendered = try PackageRenderer(
            templates: try TemplateLibrary(), runtime: try RuntimeSources.files(),
            mocks: try RuntimeSources.files(in: RuntimeSources.mocksDirectory), options: .init(modules: modules)
        ).render(model, sourceSummary: "hostile pages \"*/ \\ \n")
        let files = rendered.files
        let targets = Set(files.map { $0.path.split(separator: "/") }.filter { $0[0] == "Sources" }.map { String($0[1]) })
        if modules == .perNamespace {
            // The deep namespace's module name is cut to a file name's length.
            #expect(targets.count == 5)
            #expect(targets.isSuperset(of: ["GraphSDK", "GraphSDKRuntime", "GraphSDKMicrosoftGraph", "GraphSDKMocks"]))
            #expect(targets.allSatisfy { $0.utf8.count <= SwiftFilePath.maximumNameLength })
        }
        #expect(rendered.fixtures.requests == 2)
        #expect(rendered.fixtures.fixtures == 4)
        let workspace = FileManager.default.temporaryDirectory.appendingPathComponent("graphdocgen-hostile-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: workspace) }
        let package = workspace.appendingPathComponent("HostileSDK")
        try PackageWriter().write(files, to: package)
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.path) == ["HostileSDK"])
        let tree = try FileTree(of: package)
        #expect(tree.paths == files.map(\.path).sorted())
        #expect(tree.others.isEmpty)
        for path in tree.paths {
            let resolved = package.appendingPathComponent(path).resolvingSymlinksInPath().path
            #expect(resolved.hasPrefix(package.resolvingSymlinksInPath().path + "/"), "\(path) is outside the package")
        }

        let build = try await SwiftBuild.run(package: package, scratch: Self.scratch)
        #expect(build.status == 0, "swift build failed:\n\(build.output)")
        #expect(build.diagnostics(under: package) == [], "swift build reported:\n\(build.output)")

        guard modules == .single else { return }
        // An app's tests import Foundation, Testing, a module with SwiftUI's names and the SDK,
        // and use all of them unqualified by module.
        let consumer = workspace.appendingPathComponent("Consumer")
        for (path, text) in Self.consumerFiles {
            let url = consumer.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let run = try await SwiftBuild.run(package: consumer, scratch: Self.consumerScratch, runningTests: true)
        #expect(run.status == 0, "swift test failed:\n\(run.output)")
        #expect(run.diagnostics(under: consumer) == [], "swift test reported:\n\(run.output)")
        #expect(run.output.contains("Test run with 1 test"), "\(run.output)")
    }

    /// Where the consumer package is built.
    static let consumerScratch = TestPages.packageRoot.appendingPathComponent(".build/hostile-consumer")

    /// The names a stand-in for SwiftUI declares: the ones apps meet most.
    static let swiftUINames = ["List", "Group", "Image", "Label", "Alert", "Text", "Color"]

    /// A package beside the generated one: a stand-in module declaring ``swiftUINames``, and a
    /// test that uses them, Foundation's `Calendar`, `Operation` and `Process`, Swift Testing's
    /// `Tag`, the model types of the same names and the client answered by the mock service.
    static var consumerFiles: [(String, String)] {
        let standIns = swiftUINames.map { "public struct \($0) { public init() {} }" }.joined(separator: "\n")
        let models = (swiftUINames + ["Tag", "Calendar", "Operation", "Process", "Test", "Issue", "Trait"])
            .map { "Graph.\($0)(id: .value(\"\($0)\"))" }.joined(separator: ", ")
        return [
            ("Package.swift", """
                // swift-tools-version:6.1
                import PackageDescription

                let package = Package(
                    name: "Consumer",
                    platforms: [.macOS(.v14)],
                    dependencies: [.package(path: "../HostileSDK")],
                    targets: [
                        .target(name: "SwiftUINames"),
                        .testTarget(name: "ConsumerTests", dependencies: [
                            "SwiftUINames",
                            .product(name: "GraphSDK", package: "HostileSDK"),
                            .product(name: "GraphSDKMocks", package: "HostileSDK"),
                        ]),
                    ]
                )

                """),
            ("Sources/SwiftUINames/Views.swift", standIns + "\n"),
            ("Tests/ConsumerTests/ConsumerTests.swift", """
                import Foundation
                import GraphSDK
                import GraphSDKMocks
                import SwiftUINames
                import Testing

                extension Tag {
                    @Tag static var consumer: Self
                }

                @Test(.tags(.consumer))
                func namesStayApart() async throws {
                    let views: [Any] = [\(swiftUINames.map { "\($0)()" }.joined(separator: ", "))]
                    #expect(views.count == \(swiftUINames.count))
                    #expect(Calendar(identifier: .gregorian).identifier == .gregorian)
                    #expect(Operation().isCancelled == false)
                    #expect(Process().arguments == nil)
                    let models: [any Codable] = [\(models)]
                    #expect(models.count == \(swiftUINames.count + 7))
                    let tag = try GraphJSON.decoder().decode(Graph.Tag.self, from: Data(#"{"id": "t"}"#.utf8))
                    #expect(tag.id == .value("t"))
                    let graph = GraphClient(transport: try GraphSDKMocks.transport())
                    let calendar: Graph.Calendar = try await graph.calendars("x").get()
                    #expect(calendar.id == .value(##""#"##))
                }

                """),
        ]
    }
}
