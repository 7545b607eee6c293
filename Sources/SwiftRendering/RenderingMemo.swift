import Foundation
import GraphDocCore

/// Texts rendered by an earlier run of the same generator with the same settings, each by
/// the digest of the plan it was rendered from (``ModelFile``).
///
/// A plan holds every value its file's text depends on, so a plan with a known digest need
/// not be rendered again. The caller keeps the memo between runs and must drop it when the
/// generator (executable, templates) or the settings change; ``PackageRenderer`` returns the
/// memo of the run it made, holding only the texts that run used.
public struct RenderingMemo: Sendable, Codable, Equatable {
    /// Each rendered text by the digest of its plan's encoding.
    public var texts: [ContentDigest: String]

    /// A memo of `texts`; empty by default.
    public init(texts: [ContentDigest: String] = [:]) {
        self.texts = texts
    }

    /// The encoding that identifies a plan: JSON, keys sorted; `nil` if it cannot be encoded
    /// (its file is then rendered, never reused). Its digest is the plan's key in ``texts``.
    static func encoding(of plan: some Encodable) -> Data? {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try? encoder.encode(plan)
    }
}

/// How many of a run's files were rendered, and how many were taken from the memo.
public struct RenderingCounts: Hashable, Sendable {
    /// Files rendered from their plans.
    public var rendered = 0
    /// Files whose plans were unchanged, taken from the memo.
    public var reused = 0

    /// No file yet.
    public init() {}

    /// How the summary says it (`model files: 3 rendered, 1379 reused`).
    public var line: String {
        "model files: \(rendered) rendered, \(reused) reused"
    }
}
