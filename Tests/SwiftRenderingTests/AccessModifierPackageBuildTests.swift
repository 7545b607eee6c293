import Foundation
import PageReader
import SchemaInference
import SwiftRendering
import TestSupport
import Testing

/// Generates the package of a seed page with a `package` and with an `internal` API and builds
/// it, tests included (which import an internal library with `@testable`): no error, no warning.
@Suite("Access modifiers: the generated package builds", .serialized)
struct AccessModifierPackageBuildTests {
    /// Where the packages are built: dependencies stay built between runs and between the two builds.
    static let scratch = TestPages.packageRoot.appendingPathComponent(".build/access-modifier-package")

    @Test("the package builds with its tests", arguments: [AccessModifier.package, .internal])
    func builds(access: AccessModifier) async throws {
        let model = SchemaInference.infer(from: [SchemaInference.evidence(from: try TestPages.readFile("api/create-call.es-ES.md"))])
        let rendered = try PackageRenderer(
            templates: try TemplateLibrary(), runtime: try RuntimeSources.files(),
            mocks: try RuntimeSources.files(in: RuntimeSources.mocksDirectory), options: .init(access: access)
        ).render(model, sourceSummary: "create-call.es-ES.md")
        #expect(rendered.files.contains { $0.path.hasPrefix("Tests/GraphSDKTests/") })
        let workspace = FileManager.default.temporaryDirectory.appendingPathComponent("graphdocgen-access-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: workspace) }
        let package = workspace.appendingPathComponent("GraphSDK")
        try PackageWriter().write(rendered.files, to: package)

        let build = try await SwiftBuild.run(package: package, scratch: Self.scratch)
        #expect(build.status == 0, "swift build failed:\n\(build.output)")
        #expect(build.diagnostics(under: package) == [], "swift build reported:\n\(build.output)")
    }
}
