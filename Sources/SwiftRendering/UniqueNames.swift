/// Hands out names unique within a scope, in a deterministic way: the first claim of
/// a name gets it as it is, later claims get `2`, `3`, … appended, in claim order.
public struct UniqueNames: Sendable {
    private var taken: Set<String> = []

    /// Creates a scope in which `reserved` names are already taken.
    public init(reserved: Set<String> = []) {
        taken = Set(reserved.map { $0.lowercased() })
    }

    /// Whether `name` is taken (compared without case, a quoted name by what is quoted).
    public func isTaken(_ name: String) -> Bool {
        isTaken(name, labels: [])
    }

    /// A unique form of `name` (compared without case, since file systems and readers
    /// confuse `Call` and `call`).
    public mutating func claim(_ name: String) -> String {
        claim(name, labels: [])
    }

    /// Whether a method `name` taking arguments labeled `labels` (`_` for none) is taken:
    /// Swift tells such a method from a property, and from a method of other labels, by
    /// its labels, so only the same name with the same labels clashes. No labels is the
    /// bare name (a property, a type, a method without arguments).
    public func isTaken(_ name: String, labels: [String]) -> Bool {
        taken.contains(Self.signature(Self.bare(name), labels: labels))
    }

    /// A unique form of `name` for a method taking arguments labeled `labels` (see
    /// ``isTaken(_:labels:)``): `delta(token:)` beside the property `delta`.
    public mutating func claim(_ name: String, labels: [String]) -> String {
        let bare = Self.bare(name)
        var candidate = bare
        var suffix = 2
        while taken.contains(Self.signature(candidate, labels: labels)) {
            candidate = "\(bare)\(suffix)"
            suffix += 1
        }
        taken.insert(Self.signature(candidate, labels: labels))
        return candidate == bare ? name : candidate
    }

    /// How a name is kept among the taken names: lowercased, and with its labels when it
    /// is a method taking arguments (`delta(token:)`).
    private static func signature(_ name: String, labels: [String]) -> String {
        labels.isEmpty ? name.lowercased() : name.lowercased() + "(" + labels.map { $0.lowercased() + ":" }.joined() + ")"
    }

    /// A name without the backquotes that quote it (`` `class` `` → `class`).
    private static func bare(_ name: String) -> String {
        name.hasPrefix("`") ? String(name.dropFirst().dropLast()) : name
    }
}
