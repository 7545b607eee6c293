/// The literal forms of OData's text primitives, as the generated package's runtime reads
/// them (`DateTimeOffset`, `GraphDate`, `GraphTimeOfDay`, `GraphDuration`, `UUID`, base64).
/// Written with plain scanning: these few shapes need no regular-expression engine.
enum LiteralForms {
    /// `yyyy-mm-ddThh:mm:ss[.f{1,7}]` then `Z`, `±hh:mm` or nothing (read as UTC, as services
    /// write it: `2020-02-04T07:00:00.0000000`).
    static func isDateTimeOffset(_ text: String) -> Bool {
        let characters = Array(text)
        guard characters.count >= 19, isDate(String(characters[0..<10])), "Tt".contains(characters[10]) else { return false }
        var rest = Array(characters[11...])
        guard rest.count >= 8, isClock(String(rest[0..<8])) else { return false }
        rest.removeFirst(8)
        if rest.first == "." {
            let digits = rest.dropFirst().prefix { $0.isASCII && $0.isNumber }
            guard (1...7).contains(digits.count) else { return false }
            rest.removeFirst(1 + digits.count)
        }
        if rest.isEmpty || rest == ["Z"] || rest == ["z"] { return true }
        guard rest.count == 6, "+-".contains(rest[0]), rest[3] == ":" else { return false }
        return digits(rest[1...2]) && digits(rest[4...5])
    }

    /// `yyyy-mm-dd` with a month and day that exist.
    static func isDate(_ text: String) -> Bool {
        let characters = Array(text)
        guard characters.count == 10, characters[4] == "-", characters[7] == "-",
              digits(characters[0..<4]), digits(characters[5..<7]), digits(characters[8..<10]),
              let month = Int(String(characters[5..<7])), let day = Int(String(characters[8..<10]))
        else { return false }
        return (1...12).contains(month) && (1...31).contains(day)
    }

    /// `hh:mm:ss[.f{1,7}]`.
    static func isTimeOfDay(_ text: String) -> Bool {
        let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard isClock(String(parts[0])) else { return false }
        return parts.count == 1 || ((1...7).contains(parts[1].count) && digits(Array(parts[1])[...]))
    }

    /// `[-]P[nY][nM][nW][nD][T[nH][nM][n[.n]S]]` with at least one component.
    static func isDuration(_ text: String) -> Bool {
        var rest = Substring(text)
        if rest.hasPrefix("-") { rest = rest.dropFirst() }
        guard rest.hasPrefix("P") else { return false }
        rest = rest.dropFirst()
        let halves = rest.split(separator: "T", maxSplits: 1, omittingEmptySubsequences: false)
        guard components(halves[0], designators: "YMWD", fraction: false),
              halves.count == 1 || (!halves[1].isEmpty && components(halves[1], designators: "HMS", fraction: true))
        else { return false }
        return rest.contains { $0.isNumber }
    }

    /// Eight, four, four, four and twelve hexadecimal digits, separated by `-`.
    static func isGuid(_ text: String) -> Bool {
        let groups = text.split(separator: "-", omittingEmptySubsequences: false)
        return groups.map(\.count) == [8, 4, 4, 4, 12] && groups.allSatisfy { $0.allSatisfy(\.isHexDigit) }
    }

    /// Base64 or base64url, padding optional.
    static func isBase64(_ text: String) -> Bool {
        let body = text.hasSuffix("==") ? text.dropLast(2) : text.hasSuffix("=") ? text.dropLast() : Substring(text)
        return body.count % 4 != 1 && body.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+/-_".contains($0)) }
    }

    /// `hh:mm:ss` in range.
    private static func isClock(_ text: String) -> Bool {
        let characters = Array(text)
        guard characters.count == 8, characters[2] == ":", characters[5] == ":",
              digits(characters[0..<2]), digits(characters[3..<5]), digits(characters[6..<8]),
              let hour = Int(String(characters[0..<2])), let minute = Int(String(characters[3..<5])),
              let second = Int(String(characters[6..<8]))
        else { return false }
        return hour < 24 && minute < 60 && second < 60
    }

    private static func digits(_ characters: ArraySlice<Character>) -> Bool {
        !characters.isEmpty && characters.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// Numbers each followed by one of `designators`, in their order, at most once each.
    private static func components(_ text: Substring, designators: String, fraction: Bool) -> Bool {
        var remaining = Substring(designators)
        var number = ""
        for character in text {
            if character.isASCII && (character.isNumber || (fraction && character == ".")) {
                number.append(character)
                continue
            }
            guard !number.isEmpty, let index = remaining.firstIndex(of: character) else { return false }
            if number.contains("."), character != "S" { return false }
            remaining = remaining[remaining.index(after: index)...]
            number = ""
        }
        return number.isEmpty
    }
}
