/// The access level the generated API is declared with: the keyword the models, the client
/// and the copied runtime say where the runtime's own sources say `public`.
public enum AccessModifier: String, Hashable, Sendable, CaseIterable {
    /// Visible to every module that imports the generated one (the default).
    case `public`
    /// Visible within the generated package only: its own targets and tests.
    case `package`
    /// Visible within the module only: the build-tool plugin's target, or a package whose tests
    /// import it with `@testable`.
    case `internal`

    /// The keyword written before each declaration.
    public var keyword: String { rawValue }

    /// The import line of a generated module in the generated tests: `@testable` when its
    /// declarations are `internal`.
    func testImport(of module: String) -> String {
        self == .internal ? "@testable import \(module)" : "import \(module)"
    }
}
