/// Writes a ``JSONValue`` as strict JSON text (RFC 8259), deterministically and
/// in the value's member order.
///
/// Strings escape `"`, `\`, control characters (`\n`, `\t`, … or `\u00XX`) and the
/// `&` of `&quot;` (`\u0026`, see `writeString`);
/// `/` is not escaped and non-ASCII characters are written as UTF-8. Numbers are
/// written as their literal text; a literal that is not a strict JSON number
/// (built in code) is written in its strict form (`+1` → `1`, `.5` → `0.5`), or
/// as `null` if it is not a finite number. The text has no trailing line break.
public struct JSONWriter: Sendable {
    /// How the text is laid out.
    public enum Style: Hashable, Sendable {
        /// No whitespace at all: `{"a":[1,2]}`.
        case compact
        /// One element or member per line, indented by two spaces, with `"key": value`
        /// and empty containers as `[]` and `{}`.
        case pretty
    }

    /// How the text is laid out.
    public var style: Style

    /// Creates a writer.
    public init(style: Style = .pretty) {
        self.style = style
    }

    /// The JSON text of `value`.
    public func string(from value: JSONValue) -> String {
        String(decoding: bytes(from: value), as: UTF8.self)
    }

    /// The UTF-8 bytes of the JSON text of `value`.
    public func bytes(from value: JSONValue) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(256)
        write(value, into: &output)
        return output
    }

    /// An array or object being written, and how many of its parts are written.
    private struct OpenContainer {
        var elements: [JSONValue] = []
        var members: [JSONMember] = []
        var isObject: Bool
        var written = 0
    }

    /// Writes `value` with an explicit stack of open containers, so depth costs no call stack.
    private func write(_ value: JSONValue, into output: inout [UInt8]) {
        var open: [OpenContainer] = []
        var next: JSONValue? = value
        while true {
            if let value = next {
                next = nil
                switch value.content {
                case .null:
                    output.append(contentsOf: "null".utf8)
                case .bool(let bool):
                    output.append(contentsOf: (bool ? "true" : "false").utf8)
                case .number(let literal):
                    output.append(contentsOf: (JSONNumberLiteral.strictLiteral(for: literal) ?? "null").utf8)
                case .string(let string):
                    Self.writeString(string, into: &output)
                case .array(let elements):
                    output.append(.openBracket)
                    open.append(OpenContainer(elements: elements, isObject: false))
                case .object(let members):
                    output.append(.openBrace)
                    open.append(OpenContainer(members: members, isObject: true))
                }
            }
            guard let top = open.last else { return }
            let count = top.isObject ? top.members.count : top.elements.count
            if top.written == count {
                open.removeLast()
                if count > 0 { writeLineBreak(indent: open.count, into: &output) }
                output.append(top.isObject ? .closeBrace : .closeBracket)
                continue
            }
            if top.written > 0 { output.append(.comma) }
            writeLineBreak(indent: open.count, into: &output)
            if top.isObject {
                let member = top.members[top.written]
                Self.writeString(member.key, into: &output)
                output.append(.colon)
                if style == .pretty { output.append(.space) }
                next = member.value
            } else {
                next = top.elements[top.written]
            }
            open[open.count - 1].written += 1
        }
    }

    private func writeLineBreak(indent: Int, into output: inout [UInt8]) {
        guard style == .pretty else { return }
        output.append(.newline)
        output.append(contentsOf: repeatElement(UInt8.space, count: indent * 2))
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// Writes `string` as a JSON string literal.
    ///
    /// The `&` of `&quot;` is written `\u0026`: the lenient reader takes `&quot;` followed
    /// by `:` or `,` for a mistyped closing quote, and the writer's text must read back as written.
    static func writeString(_ string: String, into output: inout [UInt8]) {
        output.append(.quotationMark)
        let utf8 = string.utf8
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            index = utf8.index(after: index)
            switch byte {
            case .ampersand where utf8[index...].starts(with: "quot;".utf8):
                output.append(contentsOf: "\\u0026".utf8)
            case .quotationMark, .backslash:
                output.append(.backslash)
                output.append(byte)
            case .newline:
                output.append(contentsOf: [.backslash, UInt8(ascii: "n")])
            case .carriageReturn:
                output.append(contentsOf: [.backslash, UInt8(ascii: "r")])
            case .tab:
                output.append(contentsOf: [.backslash, UInt8(ascii: "t")])
            case 0x08:
                output.append(contentsOf: [.backslash, UInt8(ascii: "b")])
            case 0x0C:
                output.append(contentsOf: [.backslash, UInt8(ascii: "f")])
            case ..<0x20:
                output.append(contentsOf: [.backslash, UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
                output.append(hexDigits[Int(byte >> 4)])
                output.append(hexDigits[Int(byte & 0x0F)])
            default:
                output.append(byte)
            }
        }
        output.append(.quotationMark)
    }
}
