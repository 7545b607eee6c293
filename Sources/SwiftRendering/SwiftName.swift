/// Turns names written in the documentation into Swift identifiers.
///
/// Documentation names can hold anything: spaces, punctuation, quotes, backslashes,
/// leading digits, Swift keywords, look-alike letters from other scripts. The rules
/// here make a valid, readable identifier out of any of them, so nothing the docs
/// say can become code:
/// - words are split at every character that is not an ASCII letter or digit, and
///   joined in camel case (`call-record` → `callRecord`, type `CallRecord`);
/// - letters and digits outside ASCII become `_uXXXX` (so `сall` with a Cyrillic `с`
///   cannot pass for `call`);
/// - a leading digit gets a `_` before it; an empty name becomes `_unnamed`;
/// - a keyword is quoted with backticks where Swift allows (members, cases), and gets
///   a `_` suffix where it does not (type names such as `Type`, `Self`, `Protocol`).
public enum SwiftName {
    /// The name of a type (`UpperCamelCase`).
    public static func typeName(_ documented: String) -> String {
        var name = camelCase(documented, upperFirst: true)
        if reservedTypeNames.contains(name) || keywords.contains(name) { name += "_" }
        return name
    }

    /// The name of a property, parameter or enum case (`lowerCamelCase`), as written in
    /// code: a keyword comes back quoted with backticks.
    public static func memberName(_ documented: String) -> String {
        let name = bareMemberName(documented)
        return keywords.contains(name) ? "`\(name)`" : name
    }

    /// The name of a member without keyword quoting, for building longer names. `self` and
    /// `Self` get a `_` suffix: even quoted, a parameter of that name would hide `self`.
    public static func bareMemberName(_ documented: String) -> String {
        let name = camelCase(documented, upperFirst: false)
        return name == "self" || name == "Self" ? name + "_" : name
    }

    /// Joins the words of `documented` in camel case, after making every character valid.
    static func camelCase(_ documented: String, upperFirst: Bool) -> String {
        var words: [String] = []
        var current = ""
        for scalar in documented.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else if !scalar.isASCII, scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                // Letters of other scripts are spelled out so that look-alikes stay apart.
                current += "_u" + String(scalar.value, radix: 16, uppercase: true)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        guard !words.isEmpty else { return "_unnamed" }
        var result = ""
        for (index, word) in words.enumerated() {
            let first = word.prefix(1)
            let rest = word.dropFirst()
            if index == 0 {
                result += (upperFirst ? first.uppercased() : lowercasedLeadingCapitals(word))
                if upperFirst { result += rest }
            } else {
                result += first.uppercased() + rest
            }
        }
        if let first = result.unicodeScalars.first, ("0"..."9").contains(first) { result = "_" + result }
        return result
    }

    /// A first word with its leading capitals lowered (`URL` → `url`, `IPAddress` → `ipAddress`, `Id` → `id`).
    private static func lowercasedLeadingCapitals(_ word: String) -> String {
        let characters = Array(word)
        var count = 0
        while count < characters.count, characters[count].isUppercase { count += 1 }
        // Keep the capital that starts the next word (`IPAddress`: lower `IP`, keep `A`).
        if count > 1, count < characters.count { count -= 1 }
        return String(characters[..<max(count, 1)]).lowercased() + String(characters[max(count, 1)...])
    }

    /// Swift keywords and literals that cannot be used as plain identifiers.
    public static let keywords: Set<String> = [
        "associatedtype", "borrowing", "class", "consuming", "deinit", "enum", "extension", "fileprivate", "func",
        "import", "init", "inout", "internal", "let", "nonisolated", "open", "operator", "precedencegroup", "private",
        "protocol", "public", "rethrows", "static", "struct", "subscript", "typealias", "var", "break", "case", "catch",
        "continue", "default", "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return",
        "throw", "switch", "where", "while", "as", "Any", "await", "false", "is", "nil", "self", "Self", "super", "throws",
        "true", "try", "_",
    ]

    /// Type names that would shadow or break standard ones in generated code.
    static let reservedTypeNames: Set<String> = [
        "Type", "Protocol", "Self", "Any", "String", "Int", "Bool", "Double", "Float", "Array", "Dictionary", "Optional",
        "Error", "Date", "Data", "URL", "UUID", "Decimal", "Never", "Void", "Codable", "Sendable",
    ]
}
