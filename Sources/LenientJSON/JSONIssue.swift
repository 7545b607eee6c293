/// Something the reader found in its input that is not strict JSON (RFC 8259),
/// with where it found it.
public struct JSONIssue: Hashable, Sendable {
    /// How much of the input an issue cost.
    public enum Severity: String, Hashable, Sendable, Codable, CaseIterable {
        /// The input was understood after a repair; the value reflects the repair.
        case repair
        /// Part or all of the input could not be understood.
        case failure
    }

    /// The kinds of non-strict input the reader recognizes.
    ///
    /// The raw value is a stable kebab-case identifier; ``JSONIssue/code`` prefixes it with `json-`.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        // MARK: Repairs

        /// A comma before `]` or `}` (`[1, 2,]`); ignored. Reported at the comma.
        case trailingComma = "trailing-comma"
        /// A comma with no element before it (`[, 1]`, `[1,, 2]`); ignored. Reported at the comma.
        case extraComma = "extra-comma"
        /// Two elements or members with no comma between them (`"a": 1 "b": 2`, or a line
        /// break between values); a comma is assumed. Reported at the second one.
        case missingComma = "missing-comma"
        /// A `// …` or `/* … */` comment, or a `# …` line comment; ignored. Reported at its start.
        case comment
        /// `...` or `…` standing for omitted elements or members (skipped) or for
        /// an omitted value (read as `null`). Reported at the ellipsis.
        case ellipsis
        /// An unquoted value that is not `true`, `false`, `null` or a JSON number
        /// (`String`, `Int32`, `2018-04-01T12:39:16Z`, `007`); read as a string.
        case unquotedValue = "unquoted-value"
        /// An object key without quotes (`{ isCollection: true }`).
        case unquotedKey = "unquoted-key"
        /// A string or key in single quotes (`'target'`).
        case singleQuotedString = "single-quoted-string"
        /// The HTML entity `&quot;` used as a string delimiter in place of `"`.
        /// Reported at the first such entity of the string.
        case htmlEntityQuote = "html-entity-quote"
        /// A raw line break or other control character inside a string; kept in the
        /// value. Reported at the first one of the string.
        case controlCharacterInString = "control-character-in-string"
        /// A backslash escape JSON does not define (`\q`), or a `\u` escape that is
        /// malformed or a lone surrogate; the text is kept as written (a lone
        /// surrogate becomes U+FFFD).
        case invalidEscape = "invalid-escape"
        /// Bytes that are not valid UTF-8 inside a string or key; each replaced by U+FFFD.
        /// Reported at the first one of the string.
        case invalidUTF8 = "invalid-utf8"
        /// Object members at the top level without the enclosing `{ }` (`"a": 1, "b": 2`);
        /// read as an object. Reported at the first key.
        case missingBraces = "missing-braces"
        /// A key followed by a value without `:` between them (`{"a" 1}`). Reported at the value.
        case missingColon = "missing-colon"
        /// A key with neither `:` nor value (`{"a", "b"}`); its value is `null`. Reported at the key.
        case memberWithoutValue = "member-without-value"
        /// A `:` not followed by a value (`{"a": }`); the value is `null`. Reported where the value should be.
        case missingValue = "missing-value"
        /// Text after a value that cannot start the next element (`"code": ""internalError"`);
        /// skipped up to the next `,`, `}`, `]` or line break. Reported at its start.
        case strayText = "stray-text"
        /// A key used twice in one object; both members are kept, in order. Reported at the later key.
        case duplicateKey = "duplicate-key"
        /// A `]` or `}` that does not match the innermost open bracket; the open
        /// containers up to the matching one are closed, or the bracket is skipped if
        /// nothing matches. Reported at the bracket.
        case mismatchedBracket = "mismatched-bracket"
        /// An array or object still open at the end of the input; closed. Reported at the end.
        case unclosedContainer = "unclosed-container"
        /// A string without its closing quote; closed. A string that runs over a line
        /// break to a closing quote that nothing sensible follows (not `:`, `,`, `}`,
        /// `]`, a line break, a comment or the end), or to the end of the input, is
        /// closed at its first line break (`"a": "abc⏎"b": 1`) and reported there;
        /// a string on one line that reaches the end is reported at the end.
        case unclosedString = "unclosed-string"

        // MARK: Failures

        /// The input holds no value: it is empty, or only whitespace and comments.
        case emptyInput = "empty-input"
        /// The input does not start like JSON (see ``LenientJSONReader`` for the rule); nothing is read.
        case notJSON = "not-json"
        /// Arrays and objects are nested deeper than the reader's `maxDepth`; nothing is read.
        case nestingTooDeep = "nesting-too-deep"
        /// More text after the complete top-level value; it is not read, but the value is returned.
        case textAfterValue = "text-after-value"

        /// Whether this kind of issue is a repair or a failure.
        public var severity: Severity {
            switch self {
            case .emptyInput, .notJSON, .nestingTooDeep, .textAfterValue: .failure
            default: .repair
            }
        }
    }

    /// What was found.
    public var kind: Kind
    /// Whether the input was understood after a repair, or not understood.
    public var severity: Severity
    /// Where it was found (see each ``Kind`` for which byte).
    public var position: JSONPosition
    /// A one-sentence description in English.
    public var message: String

    /// Creates an issue; its severity is the kind's.
    public init(_ kind: Kind, at position: JSONPosition, _ message: String) {
        self.kind = kind
        self.severity = kind.severity
        self.position = position
        self.message = message
    }

    /// A stable kebab-case identifier of the kind, prefixed with `json-` (for example `json-trailing-comma`).
    public var code: String { "json-\(kind.rawValue)" }
}

extension JSONIssue: CustomStringConvertible {
    /// The issue as `line:column: severity: message [code]`.
    public var description: String {
        "\(position): \(severity.rawValue): \(message) [\(code)]"
    }
}
