/// Where the generated code puts the mock service built from the documented examples.
public enum MockPlacement: String, Hashable, Sendable, CaseIterable {
    /// In a library of its own, `<Library>Mocks`, with the catalog as its resource `Mocks.json`:
    /// an app's tests depend on it, the app does not (the default for a package).
    case library
    /// In the library's own module, under `Mocks/`, with the catalog in the source
    /// (`DocumentedMocks`): for the build-tool plugin, which compiles one target.
    case libraryModule
    /// Nowhere.
    case none
}
