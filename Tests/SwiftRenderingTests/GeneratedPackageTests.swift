import Foundation
import PageReader
import SchemaInference
import SwiftRendering
import TestSupport
import Testing

/// `Generated/` holds the package generated from `docs-input/`; it must be what the
/// generator writes now.
@Suite("The committed Generated package")
struct GeneratedPackageTests {
    static func render() throws -> [RenderedFile] {
        let files = try InputFiles.find([TestPages.docsInput.path])
        let evidence = try files.map { SchemaInference.evidence(from: try TestPages.readFile($0.relativePath)) }
        let model = SchemaInference.infer(from: evidence)
        return try PackageRenderer(templates: try TemplateLibrary(), runtime: try RuntimeSources.files())
            .render(model, sourceSummary: "docs-input").files
    }

    @Test("Generated/ is up to date with docs-input/ (regenerate with `swift run graphdocgen generate`)")
    func upToDate() throws {
        let generated = TestPages.packageRoot.appendingPathComponent("Generated")
        let expected = try Self.render()
        var onDisk: [String] = []
        let enumerator = FileManager.default.enumerator(atPath: generated.path)
        while let path = enumerator?.nextObject() as? String {
            if path.hasPrefix(".build") || path.hasPrefix(".swiftpm") || path == "Package.resolved" {
                enumerator?.skipDescendants()
                continue
            }
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: generated.appendingPathComponent(path).path, isDirectory: &isDirectory)
            if !isDirectory.boolValue { onDisk.append(path) }
        }
        #expect(onDisk.sorted() == expected.map(\.path).sorted())
        for file in expected {
            let text = try? String(contentsOf: generated.appendingPathComponent(file.path), encoding: .utf8)
            #expect(text == file.contents, "\(file.path) is stale")
        }
    }

    @Test("rendering is deterministic")
    func deterministic() throws {
        #expect(try Self.render() == Self.render())
    }
}
