/// A Graph `Edm.TimeOfDay`: a time without a date or time zone, `hh:mm:ss[.fffffff]`.
///
/// Keeps its text, so it encodes exactly as it was decoded (`08:00:00.0000000` stays so).
public struct GraphTimeOfDay: GraphTextLiteral, Hashable, Sendable {
    /// The literal, e.g. `08:30:00.0000000`.
    public let text: String
    public let hour: Int
    public let minute: Int
    public let second: Int
    /// The fraction of the second, from its 0 to 7 digits.
    public let nanosecond: Int

    /// Reads an `hh:mm:ss[.fffffff]` literal (0 to 7 fractional digits).
    public init(_ text: String) throws(InvalidLiteralError) {
        var scanner = LiteralScanner(text)
        guard let hour = scanner.digits(2), scanner.skip(":"), let minute = scanner.digits(2), scanner.skip(":"),
            let second = scanner.digits(2), let ticks = scanner.fraction(maxDigits: 7), scanner.isAtEnd,
            hour < 24, minute < 60, second < 60
        else { throw InvalidLiteralError(type: "Edm.TimeOfDay", text: text) }
        (self.text, self.hour, self.minute, self.second, nanosecond) = (text, hour, minute, second, ticks * 100)
    }

    /// The time with these components (written with 7 fractional digits when `nanosecond` is not
    /// 0, truncated to 100 ns); throws when a component is out of range.
    public init(hour: Int, minute: Int, second: Int, nanosecond: Int = 0) throws(InvalidLiteralError) {
        guard (0..<1_000_000_000).contains(nanosecond), hour >= 0, minute >= 0, second >= 0 else {
            throw InvalidLiteralError(type: "Edm.TimeOfDay", text: "\(hour):\(minute):\(second).\(nanosecond)")
        }
        let fraction = nanosecond == 0 ? "" : "." + (nanosecond / 100).padded(7)
        try self.init("\(hour.padded(2)):\(minute.padded(2)):\(second.padded(2))\(fraction)")
    }
}
