import GraphDocCore
import SwiftRendering

/// The renderings of the last run that wrote an output, kept for the next run, with the
/// generator and settings they were made with: a run with another generator or other
/// settings does not use them.
public struct RenderingMemoRecord: Sendable, Codable, Equatable {
    /// The version of this record's layout; a record of another version is not used.
    public static let currentFormat = 1

    /// The layout version the record was written with.
    public var format: Int
    /// The ``GenerationKey/environment`` digest of the run that made the renderings.
    public var environment: ContentDigest
    /// The renderings, by plan.
    public var memo: RenderingMemo

    /// Creates a record of the current format.
    public init(environment: ContentDigest, memo: RenderingMemo) {
        format = Self.currentFormat
        self.environment = environment
        self.memo = memo
    }
}
