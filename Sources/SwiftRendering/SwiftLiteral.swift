import GraphDocCore

/// Writes documentation text into Swift source safely.
public enum SwiftLiteral {
    /// A string literal (`"…"`) whose value is exactly `text`: quotes, backslashes,
    /// line breaks and other control characters are escaped, so the text cannot end the
    /// literal or the line.
    public static func string(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\0": result += "\\0"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x2028...0x2029).contains(scalar.value) {
                    result += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// Documentation comment lines (`/// …`) for `text`, ending with where it was documented.
    ///
    /// Each line of the text becomes one `///` line, so a line break in the docs cannot
    /// end the comment; control characters are dropped. `*/` needs no escaping in line
    /// comments, but is broken up anyway so the text can never close a block comment
    /// if a template places it in one.
    public static func documentation(_ text: String, documentedIn source: String?) -> [String] {
        var lines: [String] = []
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            // Control characters are ASCII: a line without such a byte is kept as it is.
            let visible = line.utf8.contains { $0 < 0x20 || $0 == 0x7F }
                ? String(String.UnicodeScalarView(line.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }))
                : String(line)
            let clean = visible.replacingAll("*/", with: "* /")
            lines.append(clean.isEmpty ? "///" : "/// \(clean)")
        }
        while lines.last == "///" { lines.removeLast() }
        if let source {
            if !lines.isEmpty { lines.append("///") }
            let path = source.replacingAll("`", with: "'")
            lines.append("/// - Remark: Documented in `\(path)`.")
        }
        return lines
    }
}

extension String {
    /// The string with every occurrence of `target` replaced.
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard firstByteRange(of: target) != nil else { return self }
        var result = ""
        var rest = Substring(self)
        while let range = rest.firstByteRange(of: target) {
            result += rest[..<range.lowerBound] + replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
