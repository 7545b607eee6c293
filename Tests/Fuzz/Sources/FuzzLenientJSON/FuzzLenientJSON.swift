import FuzzSupport
import LenientJSON

/// Fuzzes the lenient JSON reader with arbitrary bytes.
///
/// Beyond not crashing, it checks on every input:
/// - every issue and every value is at a byte offset of the input, and its line and
///   column are those of that offset;
/// - what it reads, written by ``JSONWriter``, reads back as strict JSON (duplicate keys
///   aside) and means the same;
/// - a shallow reader (depth 4) that stops at its depth limit returns no value.
@main
enum FuzzLenientJSON {
    static func main() {
        Fuzzer.run { bytes in
            let result = LenientJSONReader().read(bytes)
            let checker = LocationChecker(file: "input", bytes: bytes)
            for issue in result.issues {
                check(issue.position, in: checker, "issue \(issue)")
            }
            if let value = result.value {
                var pending = [value]
                while let next = pending.popLast() {
                    if let position = next.position { check(position, in: checker, "value") }
                    if let elements = next.arrayValue { pending += elements }
                    if let members = next.members { pending += members.map(\.value) }
                }
                for style in [JSONWriter.Style.compact, .pretty] {
                    let text = JSONWriter(style: style).bytes(from: value)
                    let again = LenientJSONReader().read(text)
                    Fuzzer.check(
                        again.issues.allSatisfy { $0.kind == .duplicateKey },
                        "the writer's output is not strict JSON: \(again.issues.map(\.description))")
                    Fuzzer.check(
                        again.value.map { $0.isSemanticallyEqual(to: value) } ?? false,
                        "the writer's output reads back as another value")
                }
            }
            let shallow = LenientJSONReader(maxDepth: 4).read(bytes)
            if shallow.issues.contains(where: { $0.kind == .nestingTooDeep }) {
                Fuzzer.check(shallow.value == nil, "a reader that stopped at its depth limit returned a value")
            }
        }
    }

    /// Checks that a position is a byte offset of the input with that offset's line and column.
    static func check(_ position: JSONPosition, in checker: LocationChecker, _ what: @autoclosure () -> String) {
        Fuzzer.check(
            position.offset >= 0 && position.offset <= checker.byteCount,
            "\(what()): offset \(position.offset) outside the input of \(checker.byteCount) bytes")
        let expected = checker.position(ofOffset: position.offset)
        Fuzzer.check(
            expected.line == position.line && expected.column == position.column,
            "\(what()): at \(position.line):\(position.column), but offset \(position.offset) is at \(expected.line):\(expected.column)")
    }
}
