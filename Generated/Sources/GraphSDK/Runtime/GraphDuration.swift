// Copied by graphdocgen from its runtime (Sources/GraphRuntime/GraphDuration.swift). Do not edit.

/// A Graph `Edm.Duration`: an ISO 8601 duration such as `PT1H30M`, `P1D` or `-PT0.5S`.
///
/// Reads `[-]P[nY][nM][nW][nD][T[nH][nM][n[.n]S]]` with at least one component and a fraction
/// only on seconds. Keeps its text, so it encodes exactly as it was decoded.
public struct GraphDuration: GraphTextLiteral, Hashable, Sendable {
    /// The literal, e.g. `PT1H30M`.
    public let text: String
    public let isNegative: Bool
    public let years: Int
    public let months: Int
    public let weeks: Int
    public let days: Int
    public let hours: Int
    public let minutes: Int
    public let seconds: Double

    /// Reads an ISO 8601 duration literal.
    public init(_ text: String) throws(InvalidLiteralError) {
        let invalid = InvalidLiteralError(type: "Edm.Duration", text: text)
        let isNegative = text.hasPrefix("-")
        let body = text.dropFirst(isNegative ? 1 : 0)
        guard body.first == "P" else { throw invalid }
        let parts = body.dropFirst().split(separator: "T", maxSplits: 1, omittingEmptySubsequences: false)
        guard let date = Self.numbers(in: parts[0], designators: "YMWD"),
            let time = parts.count == 2 ? Self.numbers(in: parts[1], designators: "HMS") : [:],
            !date.isEmpty || !time.isEmpty, parts.count == 1 || !time.isEmpty
        else { throw invalid }
        func integer(_ number: Substring?) throws(InvalidLiteralError) -> Int {
            guard let number else { return 0 }
            guard let value = Int(number) else { throw invalid }
            return value
        }
        let seconds = time["S"] ?? "0"
        guard seconds.first != ".", seconds.last != ".", seconds.count(where: { $0 == "." }) <= 1,
            let secondsValue = Double(seconds)
        else { throw invalid }
        self.text = text
        self.isNegative = isNegative
        (years, months, weeks, days) = try (integer(date["Y"]), integer(date["M"]), integer(date["W"]), integer(date["D"]))
        (hours, minutes, self.seconds) = try (integer(time["H"]), integer(time["M"]), secondsValue)
    }

    /// The length in seconds, negative for a negative duration; `nil` when it counts years or
    /// months, whose length depends on the calendar.
    public var timeInterval: Double? {
        guard years == 0, months == 0 else { return nil }
        let magnitude = ((Double(weeks) * 7 + Double(days)) * 24 + Double(hours)) * 3600 + Double(minutes) * 60 + seconds
        return isNegative ? -magnitude : magnitude
    }

    /// The numbers in `part` by designator, when `part` is numbers each followed by one of
    /// `designators`, in their order and at most once each.
    private static func numbers(in part: Substring, designators: String) -> [Character: Substring]? {
        var numbers: [Character: Substring] = [:]
        var remaining = designators[...]
        var start = part.startIndex
        for index in part.indices where !("0"..."9").contains(part[index]) && part[index] != "." {
            guard start < index, let designator = remaining.firstIndex(of: part[index]) else { return nil }
            numbers[part[index]] = part[start..<index]
            remaining = remaining[remaining.index(after: designator)...]
            start = part.index(after: index)
        }
        return start == part.endIndex ? numbers : nil
    }
}
