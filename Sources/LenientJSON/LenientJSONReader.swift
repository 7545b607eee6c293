/// Reads JSON as it is written in documentation: strict JSON as is, common
/// mistakes and shorthands after a repair, each repair reported with its
/// position.
///
/// It is hand-written because no library does all three things this project
/// needs: keep object members in source order (with duplicate keys), keep the
/// source position of every value and key, and recover from documentation-style
/// errors (trailing commas, comments, `...` placeholders, unquoted type names,
/// `&quot;` delimiters, cut-off examples) while saying what it repaired.
/// Foundation's `JSONSerialization` and `JSONDecoder` do none of these.
///
/// The reader works on UTF-8 bytes, never traps, whatever the input (invalid
/// UTF-8, NUL bytes, random data, huge inputs), and parses with an explicit
/// stack rather than recursion, so nesting costs no stack; nesting deeper than
/// ``maxDepth`` is a failure.
///
/// ## What counts as JSON
///
/// Before reading, the reader decides whether the input is JSON at all from its
/// first one or two tokens (after whitespace, comments and a byte-order mark):
///
/// - The first token must be `{`, `[`, a quoted string (`"…"`, `'…'` or
///   `&quot;…`), a JSON number, `true`, `false` or `null`.
/// - After a top-level `{`, the next token must be `}`, a quoted key, an
///   ellipsis, or an unquoted word directly followed by `:`.
/// - After a top-level `[`, the next token must be `]`, `{`, `[`, a quoted
///   string, an ellipsis, something that starts like a number (a digit or `-`),
///   `true`, `false` or `null`.
///
/// Anything else — prose, markup (`<bytes 0-25 of the file>`), vCards
/// (`BEGIN:VCARD`), `{Raw bytes of the file}`, `{Vendor}/{Provider}` — is
/// reported as ``JSONIssue/Kind/notJSON`` and no value is returned, rather
/// than "repaired" into a meaningless value. An input that ends right after its
/// opening bracket is read as a cut-off document.
///
/// A top-level quoted string followed by `:` starts a fragment: the members up to
/// the end of the input are read as an object (``JSONIssue/Kind/missingBraces``).
///
/// ## Repairs
///
/// Every repair is one ``JSONIssue/Kind`` of severity `repair`; see each kind for
/// what it accepts, how the value reflects it, and where it is reported.
/// Unquoted values run up to the next `,`, `}`, `]`, `"`, line break or comment
/// (`//` or `/*` after a space), so `String (identifier)` and
/// `2018-04-01T12:39:16Z` are each one value. A string may run over line breaks
/// (kept, and reported), unless that makes it swallow what follows; then its
/// closing quote is taken to be missing at the first line break.
public struct LenientJSONReader: Sendable {
    /// The default ``maxDepth``.
    public static let defaultMaxDepth = 512

    /// The largest ``maxDepth`` the reader honours; larger settings are lowered to it.
    ///
    /// Reading, writing, comparing and hashing use explicit stacks, but the Swift
    /// runtime destroys a tree recursively (about 200 bytes of stack per level), so
    /// the depth of a tree is kept where destroying it fits well within the
    /// 512 KB stack of a secondary thread.
    public static let maxDepthCeiling = 1024

    /// How deeply arrays and objects may nest; the top-level container is at
    /// depth 1. Opening a container deeper than this is a
    /// ``JSONIssue/Kind/nestingTooDeep`` failure and stops the reader.
    public var maxDepth: Int

    /// Creates a reader; `maxDepth` is kept between 1 and ``maxDepthCeiling``.
    public init(maxDepth: Int = LenientJSONReader.defaultMaxDepth) {
        self.maxDepth = maxDepth
    }

    /// Reads the UTF-8 text of `text`.
    public func read(_ text: String) -> JSONReadResult {
        var text = text
        return text.withUTF8 { read(buffer: $0) }
    }

    /// Reads the UTF-8 text of `text`; positions are relative to the substring's start.
    public func read(_ text: Substring) -> JSONReadResult {
        var text = text
        return text.withUTF8 { read(buffer: $0) }
    }

    /// Reads UTF-8 bytes (which need not be valid UTF-8).
    public func read(_ bytes: some Collection<UInt8>) -> JSONReadResult {
        if let result = bytes.withContiguousStorageIfAvailable({ read(buffer: $0) }) {
            return result
        }
        return Array(bytes).withUnsafeBufferPointer { read(buffer: $0) }
    }

    private func read(buffer: UnsafeBufferPointer<UInt8>) -> JSONReadResult {
        let depth = min(max(maxDepth, 1), Self.maxDepthCeiling)
        var parser = JSONParser(bytes: buffer, maxDepth: depth)
        return parser.parse()
    }
}
