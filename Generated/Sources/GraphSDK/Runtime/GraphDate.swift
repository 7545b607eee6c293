// Copied by graphdocgen from its runtime (Sources/GraphRuntime/GraphDate.swift). Do not edit.

/// A Graph `Edm.Date`: a calendar date without a time or time zone, `yyyy-mm-dd`.
///
/// Keeps its text, so it encodes exactly as it was decoded.
public struct GraphDate: GraphTextLiteral, Hashable, Sendable {
    /// The literal, e.g. `2021-08-27`.
    public let text: String
    public let year: Int
    public let month: Int
    public let day: Int

    /// Reads a `yyyy-mm-dd` literal.
    public init(_ text: String) throws(InvalidLiteralError) {
        var scanner = LiteralScanner(text)
        guard let year = scanner.digits(4), scanner.skip("-"), let month = scanner.digits(2), scanner.skip("-"),
            let day = scanner.digits(2), scanner.isAtEnd, CivilCalendar.isValid(year: year, month: month, day: day)
        else { throw InvalidLiteralError(type: "Edm.Date", text: text) }
        (self.text, self.year, self.month, self.day) = (text, year, month, day)
    }

    /// The date with these components; throws when there is no such date.
    public init(year: Int, month: Int, day: Int) throws(InvalidLiteralError) {
        try self.init("\(year.padded(4))-\(month.padded(2))-\(day.padded(2))")
    }
}
