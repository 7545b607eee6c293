/// A glob over page paths (`/` separators): `*` matches any characters within a path step,
/// `?` one character, `**` any number of whole steps (none included), anything else itself.
/// A glob is matched against the whole path: `api/*.md` matches `api/call.md`, not
/// `v1.0/api/call.md` (`**/api/*.md` matches both).
public struct PathGlob: Hashable, Sendable {
    /// The glob as written.
    public let pattern: String
    private let steps: [[Character]]

    /// Creates a glob.
    public init(_ pattern: String) {
        self.pattern = pattern
        steps = pattern.split(separator: "/", omittingEmptySubsequences: false).map(Array.init)
    }

    /// Whether the glob matches `path`.
    public func matches(_ path: String) -> Bool {
        let pathSteps = path.split(separator: "/", omittingEmptySubsequences: false).map(Array.init)
        return Self.match(steps[...], pathSteps[...])
    }

    private static func match(_ globs: ArraySlice<[Character]>, _ path: ArraySlice<[Character]>) -> Bool {
        guard let glob = globs.first else { return path.isEmpty }
        if glob == ["*", "*"] {
            // Zero or more whole steps.
            var rest = path
            while true {
                if match(globs.dropFirst(), rest) { return true }
                guard !rest.isEmpty else { return false }
                rest = rest.dropFirst()
            }
        }
        guard let step = path.first, matchStep(glob[...], step[...]) else { return false }
        return match(globs.dropFirst(), path.dropFirst())
    }

    private static func matchStep(_ glob: ArraySlice<Character>, _ text: ArraySlice<Character>) -> Bool {
        guard let first = glob.first else { return text.isEmpty }
        switch first {
        case "*":
            var rest = text
            while true {
                if matchStep(glob.dropFirst(), rest) { return true }
                guard !rest.isEmpty else { return false }
                rest = rest.dropFirst()
            }
        case "?":
            return !text.isEmpty && matchStep(glob.dropFirst(), text.dropFirst())
        default:
            return text.first == first && matchStep(glob.dropFirst(), text.dropFirst())
        }
    }
}
