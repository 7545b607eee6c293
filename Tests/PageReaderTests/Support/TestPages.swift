import Foundation
import GraphDocCore
import PageReader

/// Helpers shared by the page reader tests.
enum TestPages {
    /// Reads an inline page.
    static func read(_ text: String, path: String = "test.md") -> Page {
        PageReader.read(bytes: Array(text.utf8), path: path, relativePath: path)
    }

    /// A side-by-side pair as the translated pages write it.
    static func pair(_ id: String, _ localized: String, _ english: String) -> String {
        #"<span data-ttu-id="\#(id)">\#(localized)</span><span class="sxs-lookup"><span data-stu-id="\#(id)">\#(english)</span></span>"#
    }

    /// The package's root directory.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The shared material beside the package (`../shared`).
    static let shared = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")

    /// The default input pages.
    static let docsInput = packageRoot.appendingPathComponent("docs-input")

    /// Reads a page file under the package root.
    static func readFile(_ relativePath: String, under root: URL = docsInput) throws -> Page {
        let file = InputFile(path: root.appendingPathComponent(relativePath).path, relativePath: relativePath)
        return PageReader.read(bytes: try InputFiles.bytes(of: file), path: file.path, relativePath: relativePath)
    }

    /// The diagnostics' codes.
    static func codes(_ page: Page) -> [String] { page.diagnostics.map(\.code) }
}
