import GraphDocCore
import LenientJSON

/// One documentation page as read by the page reader: its English text, structure,
/// code blocks, HTTP messages and the problems found in it.
///
/// This is the output of the first pipeline stage and the input of schema inference.
public struct Page: Sendable {
    /// The page's path as shown to the user (in diagnostics).
    public var path: String
    /// The page's path relative to the input directory it was found in, with `/` separators
    /// (e.g. `api/application-post-calls.md`); the same whatever the locale or machine.
    public var relativePath: String
    /// The English title: the text of the first heading (the front-matter title is localized).
    public var title: String?
    /// The page's locale (`ms.contentlocale`), when given.
    public var locale: String?
    /// Where the English text came from.
    public var textSource: TextSource
    /// The front matter.
    public var frontMatter: FrontMatter
    /// The sections, in page order; each knows its parent.
    public var sections: [Section]
    /// The pipe tables, in page order.
    public var tables: [Table]
    /// The fenced and indented code blocks, in page order.
    public var codeBlocks: [CodeBlock]
    /// The HTTP messages of the page's HTTP code blocks, in page order.
    public var httpMessages: [HTTPMessage]
    /// Tabs and `[!INCLUDE …]` lines: content the page refers to but does not hold.
    public var references: [Reference]
    /// Annotations that describe the page itself (`"type": "#page.annotation"`).
    public var annotations: [Annotation]
    /// The problems found in the page, in page order.
    public var diagnostics: [Diagnostic]

    /// Whether the English text was recovered from side-by-side spans (see ``TextSource/englishRecovered``).
    public var englishRecovered: Bool? { textSource.englishRecovered }
}

/// A heading and what stands under it up to the next heading.
public struct Section: Hashable, Sendable, Codable {
    /// The section's position in ``Page/sections``.
    public var index: Int
    /// The heading level, 1 to 6.
    public var level: Int
    /// The English heading text.
    public var title: String
    /// The heading's anchor (`<a name="…">`), when it has one.
    public var anchor: String?
    /// The 1-based page line of the heading.
    public var line: Int
    /// The index of the enclosing section (the nearest earlier heading of a lower level).
    public var parent: Int?
    /// The paragraphs, list items, block quotes and raw HTML under the heading, in order.
    public var paragraphs: [Paragraph]
}

/// A block of prose.
public struct Paragraph: Hashable, Sendable, Codable {
    /// Where the prose stands.
    public enum Kind: String, Hashable, Sendable, Codable {
        case paragraph, listItem, blockQuote, html
    }

    /// Where the prose stands.
    public var kind: Kind
    /// The English text.
    public var text: InlineText
    /// The 1-based page line where it starts.
    public var line: Int
}

/// A pipe table.
public struct Table: Hashable, Sendable, Codable {
    /// The table's position in ``Page/tables``.
    public var index: Int
    /// The 1-based page line of the header row.
    public var line: Int
    /// The index of the section the table stands in.
    public var section: Int?
    /// The header cells.
    public var header: [InlineText]
    /// The body rows.
    public var rows: [Row]

    /// A body row of a table.
    public struct Row: Hashable, Sendable, Codable {
        /// The 1-based page line of the row.
        public var line: Int
        /// The cells, as many as the header has, or more when the row had more.
        public var cells: [InlineText]
    }
}

/// A fenced or indented code block.
public struct CodeBlock: Sendable {
    /// The block's position in ``Page/codeBlocks``.
    public var index: Int
    /// The language: the info string's first word, lowercased (`http`, `json`,
    /// `msgraph-interactive`), or empty when there is none.
    public var language: String
    /// The info string as written.
    public var info: String
    /// The 1-based page line of the opening fence (of the first line for indented blocks).
    public var line: Int
    /// The block's text.
    public var content: String
    /// The annotation written before the block, when there is one.
    public var annotation: Annotation?
    /// The index of the section the block stands in.
    public var section: Int?
    /// The tab the block stands in (`http`, `javascript`, …), when it is inside a tab group.
    public var tab: String?
    /// The block's JSON, for `json` blocks.
    public var json: JSONBody?
    /// Whether only an annotation stands between the previous code block and this one.
    public var followsPreviousBlock: Bool

    /// The block's text with the means to locate it in the page.
    public var span: SourceSpan
}

/// A JSON document read from a code block or an HTTP body.
public struct JSONBody: Hashable, Sendable {
    /// The value read, after repairs; `nil` when the text is not JSON.
    public var value: JSONValue?
    /// Whether the text was strict JSON (no repair was needed).
    public var isStrict: Bool
}

/// A `<!-- { … } -->` annotation: the JSON metadata the docs attach to a code block or page.
public struct Annotation: Sendable {
    /// The 1-based page line where the comment starts.
    public var line: Int
    /// The annotation's JSON object (read leniently).
    public var value: JSONValue

    /// The `blockType` (`request`, `response`, `resource`, `example`, `ignored`, …).
    public var blockType: String? { value["blockType"]?.stringValue }
    /// The example names (`name` is sometimes a list).
    public var names: [String] {
        guard let name = value["name"] else { return [] }
        if let text = name.stringValue { return [text] }
        return name.arrayValue?.compactMap(\.stringValue) ?? []
    }
    /// The annotated type (`@odata.type`; some pages write `@type`, read the same way with
    /// a warning when the page is read).
    public var odataType: String? { (value["@odata.type"] ?? value[Self.misspeltTypeKey])?.stringValue }
    /// The key some annotations use for `@odata.type`.
    static let misspeltTypeKey = "@type"
    /// Whether the example is shortened (`truncated`, a boolean or the string `"true"`).
    public var isTruncated: Bool {
        guard let truncated = value["truncated"] else { return false }
        return truncated.boolValue ?? (truncated.stringValue?.lowercased() == "true")
    }
    /// Whether the request's URL is one the service hands out (`opaqueUrl`, a boolean or the
    /// string `"true"`): an upload session's URL, not a path of the API.
    public var marksOpaqueURL: Bool {
        guard let opaque = value["opaqueUrl"] else { return false }
        return opaque.boolValue ?? (opaque.stringValue?.lowercased() == "true")
    }
    /// Whether this annotation describes the page (`"type": "#page.annotation"`).
    public var isPageAnnotation: Bool { value["type"]?.stringValue == "#page.annotation" }
}

/// Content a page refers to without holding it: a tab of a tab group, or an `[!INCLUDE …]` line.
public struct Reference: Hashable, Sendable, Codable {
    /// What is referred to.
    public enum Kind: String, Hashable, Sendable, Codable {
        /// A tab heading (`# [JavaScript](#tab/javascript)`).
        case tab
        /// An `[!INCLUDE [label](target)]` line.
        case include
    }

    /// What is referred to.
    public var kind: Kind
    /// The label: the tab's title or the include's link text.
    public var label: String
    /// The target: `#tab/x` or the included file's path.
    public var target: String
    /// The 1-based page line.
    public var line: Int
    /// The tab the reference stands in, for includes inside a tab.
    public var tab: String?
}
