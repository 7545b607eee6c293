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
    /// How many model files were rendered, and how many reused from the memo.
    public var models: RenderingCounts
    /// The model files' texts by plan, for the next run.
    public var memo: RenderingMemo
    /// The model files' plans, for a later run that changes only descriptions; `nil` when a
    /// plan could not be encoded.
    public var modelPlans: ModelFilePlans?
    /// The documented exchanges the fixture tests send and read back whole: what the mock
    /// service answers with (``DevProxyMocksFile``).
    public var exchanges: [DocumentedExchange] = []
    /// The client's public declarations (what ``PackageRenderer/clientSignatures(for:)`` gives).
    public var clientSignatures = ClientSignatures(lines: [], constants: [:])
    /// The cases of each base type's `Any…` enumeration (what ``PackageRenderer/polymorphicCases(for:)`` gives).
    public var polymorphicCases: [String: [String]] = [:]
}
