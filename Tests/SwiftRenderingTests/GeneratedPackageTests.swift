import APIDiff
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
    /// The package for `docs-input/`, or for some of its pages, with the API surface `generate`
    /// records beside it.
    static func render(pages: [String]? = nil) throws -> [RenderedFile] {
        let paths = try pages ?? InputFiles.find([TestPages.docsInput.path]).map(\.relativePath)
        let evidence = try paths.map { SchemaInference.evidence(from: try TestPages.readFile($0)) }
        let model = SchemaInference.infer(from: evidence)
        let renderer = PackageRenderer(
            templates: try TemplateLibrary(), runtime: try RuntimeSources.files(),
            mocks: try RuntimeSources.files(in: RuntimeSources.mocksDirectory))
        let surface = APISurface(model: model, renderer: renderer)
        let files = try renderer.render(model, sourceSummary: "docs-input").files
            + [RenderedFile(path: APISurfaceFile.fileName, contents: APISurfaceFile.contents(of: surface))]
        return files.sorted { $0.path < $1.path }
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

    @Test("the 2018–2019 seeds give the same package in every locale")
    func sameOutputInEveryLocale() throws {
        // The translations spell one example name two ways (`create_call_from_application`,
        // `create-call-from-application`); tests and mocks are named as the page names them, so
        // only those names may differ.
        let catalog = "Sources/GraphSDKMocks/Mocks.json"
        func normalized(_ files: [RenderedFile]) -> [RenderedFile] {
            files.map { file in
                guard (file.path.hasPrefix("Tests/") && file.path.hasSuffix(".swift")) || file.path == catalog else { return file }
                return RenderedFile(path: file.path, contents: file.contents.replacingOccurrences(of: "_", with: "-"))
            }
        }
        let reference = try Self.render(pages: ["api/create-call.es-ES.md"])
        #expect(reference.contains { $0.path.hasPrefix("Tests/GraphSDKTests/Fixtures/") })
        #expect(reference.contains { $0.path == catalog })
        for locale in ["zh-CN", "pt-BR", "de-DE"] {
            let files = try Self.render(pages: ["api/create-call.\(locale).md"])
            let sources = { (files: [RenderedFile]) in files.filter { !$0.path.hasPrefix("Tests/") && $0.path != catalog } }
            #expect(sources(files) == sources(reference), "\(locale)")
            #expect(normalized(files) == normalized(reference), "\(locale)")
        }
        #expect(reference.contains { $0.path == "Sources/GraphSDK/Client/AppRequests.swift" })
    }

    @Test("the 2021 ru-RU seed alone gives the client file Generated/ holds for its path")
    func newerSeedAlone() throws {
        let files = try Self.render(pages: ["api/create-call.ru-RU.md"])
        let path = "Sources/GraphSDK/Client/CommunicationsRequests.swift"
        let alone = try #require(files.first { $0.path == path })
        let generated = try String(contentsOf: TestPages.packageRoot.appendingPathComponent("Generated/\(path)"), encoding: .utf8)
        #expect(alone.contents == generated)
    }

    @Test("rendering is deterministic")
    func deterministic() throws {
        #expect(try Self.render() == Self.render())
    }
}
