import LenientJSON

/// An issue as tests state it: its kind and its `line:column`.
struct ExpectedIssue: Hashable, CustomStringConvertible {
    var kind: JSONIssue.Kind
    var at: String

    init(_ kind: JSONIssue.Kind, _ at: String) {
        self.kind = kind
        self.at = at
    }

    var description: String { "\(kind.rawValue)@\(at)" }
}

extension JSONReadResult {
    /// The issues as kind and `line:column`, in order.
    var issueSummary: [ExpectedIssue] {
        issues.map { ExpectedIssue($0.kind, $0.position.description) }
    }

    /// The value as compact JSON, or `nil`.
    var compactText: String? {
        value.map { JSONWriter(style: .compact).string(from: $0) }
    }
}

/// A small deterministic pseudo-random generator (a 64-bit LCG), so that
/// robustness tests run the same inputs every time.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state ^ (state >> 29)
    }
}
