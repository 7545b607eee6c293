/// How many files a ``PackageWriter`` run wrote anew and how many it kept.
public struct PackageWriteSummary: Hashable, Sendable {
    /// Files that are new or whose bytes differ from the previous output's.
    public var changed = 0
    /// Files whose bytes equal the previous output's: hard-linked from it, untouched.
    public var unchanged = 0

    /// Creates a summary.
    public init(changed: Int = 0, unchanged: Int = 0) {
        self.changed = changed
        self.unchanged = unchanged
    }
}
