import GraphDocCore

/// A generated package: its files, and what the rendering could not do as documented.
public struct RenderedPackage: Sendable {
    /// The files, in path order.
    public var files: [RenderedFile]
    /// The problems found while rendering (paths the client reads otherwise than written,
    /// operations documented twice with different types, examples that contradict their
    /// types), sorted by location.
    public var diagnostics: [Diagnostic]
    /// What the fixture tests cover.
    public var fixtures: FixtureSummary
}
