/// The tool's version: printed by `--version` and named in SARIF logs.
enum GraphDocGenVersion {
    /// The version.
    static let current = "0.1.0"
}
