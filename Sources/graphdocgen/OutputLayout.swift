import ArgumentParser
import SwiftRendering

/// What `generate` writes into its output directory.
enum OutputLayout: String, CaseIterable, ExpressibleByArgument {
    /// A Swift package: manifest, sources under `Sources/<Library>/`, fixture tests.
    case package
    /// The build-tool plugin's three files (``PluginLayout/fileNames``), sources only.
    case plugin

    /// The files of `package` in this layout.
    func files(of package: [RenderedFile]) -> [RenderedFile] {
        switch self {
        case .package: package
        case .plugin: PluginLayout.files(of: package)
        }
    }
}
