/// Helpers for the literal text of JSON numbers.
enum JSONNumberLiteral {
    /// The length of the strict JSON number (RFC 8259 grammar) at the start of
    /// `bytes[start...]`, or `nil` if no number starts there.
    ///
    /// Only the longest prefix is checked; the caller decides whether what
    /// follows ends the token.
    static func strictLength(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        let end = bytes.count
        if index < end, bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < end else { return nil }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
        } else if bytes[index].isASCIIDigit {
            while index < end, bytes[index].isASCIIDigit { index += 1 }
        } else {
            return nil
        }
        if index + 1 < end, bytes[index] == UInt8(ascii: "."), bytes[index + 1].isASCIIDigit {
            index += 2
            while index < end, bytes[index].isASCIIDigit { index += 1 }
        }
        if index < end, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            var exponent = index + 1
            if exponent < end, bytes[exponent] == UInt8(ascii: "+") || bytes[exponent] == UInt8(ascii: "-") {
                exponent += 1
            }
            if exponent < end, bytes[exponent].isASCIIDigit {
                index = exponent
                while index < end, bytes[index].isASCIIDigit { index += 1 }
            }
        }
        return index - start
    }

    /// Whether `literal` is, in full, a strict JSON number.
    static func isStrict(_ literal: String) -> Bool {
        var copy = literal
        return copy.withUTF8 { bytes in
            strictLength(in: bytes, from: 0) == bytes.count
        }
    }

    /// The shortest text that reads back as `value`, without a `.0` suffix on
    /// integral values (`100`, `0.1`, `1e+20`); non-finite values give Swift's
    /// spelling (`nan`, `inf`, `-inf`), which is not JSON.
    static func shortestLiteral(for value: Double) -> String {
        let text = value.description
        if value.isFinite, text.hasSuffix(".0") {
            return String(text.dropLast(2))
        }
        return text
    }

    /// The shortest text that reads back as `value` (a `Float`), as above.
    static func shortestLiteral(for value: Float) -> String {
        let text = value.description
        if value.isFinite, text.hasSuffix(".0") {
            return String(text.dropLast(2))
        }
        return text
    }

    /// `literal` if it is a strict JSON number; otherwise the strict spelling of
    /// the number Swift reads in it (`+1` → `1`, `.5` → `0.5`); `nil` if it is not a
    /// finite number at all.
    static func strictLiteral(for literal: String) -> String? {
        if isStrict(literal) { return literal }
        guard let value = Double(literal), value.isFinite else { return nil }
        return shortestLiteral(for: value)
    }

    /// The exact decimal value of a literal, for comparing numbers by value:
    /// `1.50`, `1.5` and `15e-1` give the same key.
    ///
    /// Strict literals are compared exactly as decimals; other literals by
    /// the `Double` Swift reads in them; text that is not a number by its text.
    static func valueKey(for literal: String) -> NumericValueKey {
        var copy = literal
        let decimal: NumericValueKey? = copy.withUTF8 { bytes in
            guard strictLength(in: bytes, from: 0) == bytes.count else { return nil }
            return decimalKey(strictLiteral: bytes)
        }
        if let decimal { return decimal }
        if let value = Double(literal) {
            if let exact = decimalKey(forDouble: value) { return exact }
            return .double(value)
        }
        return .text(literal)
    }

    private static func decimalKey(forDouble value: Double) -> NumericValueKey? {
        guard value.isFinite else { return nil }
        var text = value.description
        return text.withUTF8 { bytes in
            guard strictLength(in: bytes, from: 0) == bytes.count else { return nil }
            return decimalKey(strictLiteral: bytes)
        }
    }

    /// The decimal value of a strict literal as sign, significant digits and exponent.
    private static func decimalKey(strictLiteral bytes: UnsafeBufferPointer<UInt8>) -> NumericValueKey {
        var negative = false
        var digits: [UInt8] = []
        var exponent = 0
        var index = 0
        if bytes.first == UInt8(ascii: "-") {
            negative = true
            index += 1
        }
        var seenPoint = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte.isASCIIDigit {
                if !(digits.isEmpty && byte == UInt8(ascii: "0")) {
                    digits.append(byte)
                    if seenPoint { exponent -= 1 }
                } else if seenPoint {
                    exponent -= 1
                }
            } else if byte == UInt8(ascii: ".") {
                seenPoint = true
            } else {
                break
            }
            index += 1
        }
        if index < bytes.count {
            // The exponent: `e`, an optional sign, digits.
            index += 1
            var exponentNegative = false
            if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
                exponentNegative = bytes[index] == UInt8(ascii: "-")
                index += 1
            }
            var written = 0
            while index < bytes.count {
                // Saturate far beyond any meaningful exponent rather than overflow.
                written = min(written * 10 + Int(bytes[index] - UInt8(ascii: "0")), 1_000_000_000_000)
                index += 1
            }
            exponent += exponentNegative ? -written : written
        }
        while digits.last == UInt8(ascii: "0") {
            digits.removeLast()
            exponent += 1
        }
        if digits.isEmpty { return .decimal(negative: false, digits: [], exponent: 0) }
        return .decimal(negative: negative, digits: digits, exponent: exponent)
    }
}

/// The value of a number literal in a form that compares by value.
enum NumericValueKey: Hashable {
    /// `±0.d₁d₂…dₙ × 10^(exponent + n)`: significant digits without leading or trailing zeros.
    case decimal(negative: Bool, digits: [UInt8], exponent: Int)
    /// A number Swift reads but that has no exact decimal key.
    case double(Double)
    /// Text that is not a number.
    case text(String)
}
