import Foundation
import GraphDocCore
import PageReader

/// Pages and paths shared by the test targets.
public enum TestPages {
    /// Reads an inline page.
    public static func read(_ text: String, path: String = "test.md") -> Page {
        PageReader.read(bytes: Array(text.utf8), path: path, relativePath: path)
    }

    /// A side-by-side pair as the translated pages write it.
    public static func pair(_ id: String, _ localized: String, _ english: String) -> String {
        #"<span data-ttu-id="\#(id)">\#(localized)</span><span class="sxs-lookup"><span data-stu-id="\#(id)">\#(english)</span></span>"#
    }

    /// The package's root directory.
    public static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The shared material beside the package (`../shared`).
    public static let shared = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")

    /// The v1.0 corpus (3,310 ru-RU side-by-side pages).
    public static let corpus = shared.appendingPathComponent("corpus/ru-RU/v1.0")

    /// Whether `../shared` (the corpus and the oracle) is beside the package: the tests that
    /// need it are skipped, with a line saying so, in a clone without it.
    public static let hasShared = FileManager.default.fileExists(atPath: corpus.path)

    /// The default input pages.
    public static let docsInput = packageRoot.appendingPathComponent("docs-input")

    /// Reads a page file under the package root.
    public static func readFile(_ relativePath: String, under root: URL = docsInput) throws -> Page {
        let file = InputFile(path: root.appendingPathComponent(relativePath).path, relativePath: relativePath)
        return PageReader.read(bytes: try InputFiles.bytes(of: file), path: file.path, relativePath: relativePath)
    }

    /// The diagnostics' codes.
    public static func codes(_ page: Page) -> [String] { page.diagnostics.map(\.code) }
}
