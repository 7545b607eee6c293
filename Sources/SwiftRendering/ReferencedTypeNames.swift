/// The type names a piece of Swift source refers to, which a generated type of the same
/// module must not take: a documented type named `page` or `decoder` would otherwise
/// shadow the runtime's `Page` or the standard library's `Decoder` in the code that uses
/// them, and a file `Page.swift` beside the runtime's would clash in the build.
///
/// A type name here is an identifier that starts with an ASCII capital letter, outside
/// comments and string literals, and not after a `.` (`HTTPResponse.Status` names a
/// member type, which a top-level type cannot shadow).
enum ReferencedTypeNames {
    /// The names referred to in `source`.
    static func scan(_ source: String) -> Set<String> {
        let scalars = Array(source.unicodeScalars)
        var names: Set<String> = []
        var index = 0
        func starts(with text: String, at position: Int) -> Bool {
            var position = position
            for scalar in text.unicodeScalars {
                guard position < scalars.count, scalars[position] == scalar else { return false }
                position += 1
            }
            return true
        }
        func skip(past terminator: String, from position: Int) -> Int {
            var position = position
            while position < scalars.count, !starts(with: terminator, at: position) { position += 1 }
            return min(position + terminator.unicodeScalars.count, scalars.count)
        }
        while index < scalars.count {
            let scalar = scalars[index]
            if starts(with: "//", at: index) {
                index = skip(past: "\n", from: index)
            } else if starts(with: "/*", at: index) {
                index = skip(past: "*/", from: index + 2)
            } else if starts(with: "\"\"\"", at: index) {
                index = skip(past: "\"\"\"", from: index + 3)
            } else if scalar == "\"" {
                index += 1
                while index < scalars.count, scalars[index] != "\"", scalars[index] != "\n" {
                    index += scalars[index] == "\\" ? 2 : 1
                }
                index += 1
            } else if isIdentifierScalar(scalar) {
                let start = index
                while index < scalars.count, isIdentifierScalar(scalars[index]) { index += 1 }
                let afterDot = start > 0 && scalars[start - 1] == "."
                if ("A"..."Z").contains(scalar), !afterDot {
                    names.insert(String(String.UnicodeScalarView(scalars[start..<index])))
                }
            } else {
                index += 1
            }
        }
        return names
    }

    private static func isIdentifierScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
    }
}
