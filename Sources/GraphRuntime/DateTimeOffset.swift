public import Foundation

/// Reads and writes Graph's `Edm.DateTimeOffset` literals as `Date`s.
///
/// Reads `yyyy-mm-ddThh:mm:ss[.f…]` with 0 to 7 fractional digits (100 ns ticks) and a `Z` or
/// `±hh:mm` offset, or none, which services write too (`2020-02-04T07:00:00.0000000`) and which
/// is read as UTC. Writes UTC with `Z` and the fewest fractional digits (at most 7) that read
/// back as the same `Date`: `2021-08-27T10:11:12Z`, `…12.5Z`, `…12.1234567Z`. So a UTC literal
/// with up to 6 digits from the years 1730 to 2270 comes back as written. A `Date` (a `Double`)
/// is 0.12 µs wide from 2018 to 2035, wider than a 100 ns tick, so about a third of 7-digit
/// literals share their `Date` with a neighbour and may come back as it: the value, to `Date`'s
/// precision, is always kept.
public enum DateTimeOffset {
    private static let ticksPerSecond: Int64 = 10_000_000
    /// Seconds from 1970-01-01 to 2001-01-01, `Date`'s reference date.
    private static let unixToReference: Int64 = 978_307_200

    /// The `Date` a literal names.
    public static func date(from text: String) throws(InvalidLiteralError) -> Date {
        var scanner = LiteralScanner(text)
        guard let year = scanner.digits(4), scanner.skip("-"),
            let month = scanner.digits(2), scanner.skip("-"),
            let day = scanner.digits(2), scanner.skip("T") || scanner.skip("t"),
            let hour = scanner.digits(2), scanner.skip(":"),
            let minute = scanner.digits(2), scanner.skip(":"),
            let second = scanner.digits(2),
            let ticks = scanner.fraction(maxDigits: 7),
            let offsetMinutes = offset(&scanner), scanner.isAtEnd,
            CivilCalendar.isValid(year: year, month: month, day: day), hour < 24, minute < 60, second < 60
        else { throw InvalidLiteralError(type: "Edm.DateTimeOffset", text: text) }
        let days = Int64(CivilCalendar.days(year: year, month: month, day: day))
        let seconds = days * 86_400 + Int64(hour * 3600 + minute * 60 + second - offsetMinutes * 60)
        return date(ticks: (seconds - unixToReference) * ticksPerSecond + Int64(ticks))
    }

    /// The literal for `date`, in UTC; throws for dates outside the years 0001 to 9999.
    public static func string(from date: Date) throws(InvalidLiteralError) -> String {
        let interval = date.timeIntervalSinceReferenceDate
        // Years 0001 to 9999, with a margin so the tick arithmetic below cannot overflow.
        guard interval.isFinite, abs(interval) < 3.2e11 else {
            throw InvalidLiteralError(type: "Edm.DateTimeOffset", text: "\(date)")
        }
        let whole = interval.rounded(.down)
        let nearest = Int64(whole) * ticksPerSecond + Int64(((interval - whole) * 1e7).rounded())
        // The ticks that read back as this very `Date` lie within half its width of it: write the
        // one with the fewest digits, then the nearest (as for shortest round-trip floats).
        let radius = Int64(interval.ulp * 1e7 / 2) + 1
        // Only ticks up to 9999-12-31T23:59:59.9999999Z, the "never" .NET services write: the
        // `Date` of that literal is shared with 10000-01-01T00:00:00Z, which has fewer digits.
        let ticks = (nearest - radius...min(nearest + radius, maximumTicks))
            .filter { self.date(ticks: $0) == date }
            .min { (fractionDigits($0), abs($0 - nearest)) < (fractionDigits($1), abs($1 - nearest)) } ?? nearest
        let seconds = floorDivide(ticks, ticksPerSecond) + unixToReference
        let fraction = ticks - floorDivide(ticks, ticksPerSecond) * ticksPerSecond
        let (year, month, day) = CivilCalendar.date(days: Int(floorDivide(seconds, 86_400)))
        let secondOfDay = Int(seconds - floorDivide(seconds, 86_400) * 86_400)
        guard (1...9999).contains(year) else {
            throw InvalidLiteralError(type: "Edm.DateTimeOffset", text: "\(date)")
        }
        var text = "\(year.padded(4))-\(month.padded(2))-\(day.padded(2))T"
        text += "\((secondOfDay / 3600).padded(2)):\((secondOfDay / 60 % 60).padded(2)):\((secondOfDay % 60).padded(2))"
        if fraction != 0 {
            var digits = fraction.padded(7)
            while digits.hasSuffix("0") { digits.removeLast() }
            text += "." + digits
        }
        return text + "Z"
    }

    /// The ticks of 9999-12-31T23:59:59.9999999Z, the last instant a literal can name.
    private static let maximumTicks = (253_402_300_800 - unixToReference) * ticksPerSecond - 1

    /// `Z` or `±hh:mm`, as minutes east of UTC; none (the end of the literal) is UTC.
    private static func offset(_ scanner: inout LiteralScanner) -> Int? {
        if scanner.isAtEnd || scanner.skip("Z") || scanner.skip("z") { return 0 }
        let sign = scanner.skip("+") ? 1 : scanner.skip("-") ? -1 : 0
        guard sign != 0, let hours = scanner.digits(2), scanner.skip(":"), let minutes = scanner.digits(2),
            hours < 24, minutes < 60
        else { return nil }
        return sign * (hours * 60 + minutes)
    }

    /// The `Date` `ticks` 100 ns ticks after the reference date.
    private static func date(ticks: Int64) -> Date {
        let seconds = floorDivide(ticks, ticksPerSecond)
        let fraction = ticks - seconds * ticksPerSecond
        return Date(timeIntervalSinceReferenceDate: Double(seconds) + Double(fraction) / 1e7)
    }

    private static func fractionDigits(_ ticks: Int64) -> Int {
        var fraction = ticks - floorDivide(ticks, ticksPerSecond) * ticksPerSecond
        guard fraction != 0 else { return 0 }
        var digits = 7
        while fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        return digits
    }

    private static func floorDivide(_ value: Int64, _ divisor: Int64) -> Int64 {
        value >= 0 ? value / divisor : -((-value + divisor - 1) / divisor)
    }
}
