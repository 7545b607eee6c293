import CCmarkGFM

/// A markdown document parsed by cmark-gfm with the GFM table extension.
///
/// The document owns the C node tree; ``MarkdownNode`` values are views into it
/// and must not outlive the document. One document is used by one thread.
///
/// The page reader walks the tree recursively, so nodes nested deeper than
/// ``PageReader/maxMarkdownDepth`` are removed after parsing (see ``cut``).
final class MarkdownDocument {
    private let root: OpaquePointer

    /// Where the first node nested too deeply stood (1-based line and column of the
    /// parsed text), when nodes were removed.
    private(set) var cut: (line: Int, column: Int)?

    /// The table extension, registered once per process. The pointer names a
    /// process-wide, immutable extension record, so sharing it across threads is safe.
    nonisolated(unsafe) private static let tableExtension: OpaquePointer? = {
        cmark_gfm_core_extensions_ensure_registered()
        return cmark_find_syntax_extension("table")
    }()

    /// Parses UTF-8 markdown. cmark-gfm accepts any input; it never fails.
    init(parsing bytes: [UInt8]) {
        let parser = cmark_parser_new(CMARK_OPT_DEFAULT)!
        defer { cmark_parser_free(parser) }
        if let table = Self.tableExtension {
            cmark_parser_attach_syntax_extension(parser, table)
        }
        bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                if let base = chars.baseAddress { cmark_parser_feed(parser, base, chars.count) }
            }
        }
        root = cmark_parser_finish(parser)
        cut = removeNodes(deeperThan: PageReader.maxMarkdownDepth)
    }

    /// Removes the nodes nested deeper than `maxDepth` (the document's children are at
    /// depth 1), walking the tree without recursion.
    /// - Returns: The start of the first node removed, or of its nearest positioned ancestor.
    private func removeNodes(deeperThan maxDepth: Int) -> (line: Int, column: Int)? {
        var tooDeep: [OpaquePointer] = []
        var node = cmark_node_first_child(root)
        var depth = 1
        walk: while let current = node {
            if depth <= maxDepth, let child = cmark_node_first_child(current) {
                node = child
                depth += 1
                continue
            }
            if depth > maxDepth { tooDeep.append(current) }
            // The next node after `current` and its children.
            var climbed = current
            while cmark_node_next(climbed) == nil {
                guard let parent = cmark_node_parent(climbed), parent != root else { break walk }
                climbed = parent
                depth -= 1
            }
            node = cmark_node_next(climbed)
        }
        guard let first = tooDeep.first else { return nil }
        var positioned: OpaquePointer? = first
        while let candidate = positioned, cmark_node_get_start_line(candidate) == 0 {
            positioned = cmark_node_parent(candidate)
        }
        let start = positioned.map { (Int(cmark_node_get_start_line($0)), Int(cmark_node_get_start_column($0))) } ?? (1, 1)
        // cmark-gfm frees a subtree without recursion.
        for node in tooDeep { cmark_node_free(node) }
        return start
    }

    deinit {
        cmark_node_free(root)
    }

    /// The document node.
    var document: MarkdownNode { MarkdownNode(pointer: root) }
}

/// A node of a ``MarkdownDocument``.
struct MarkdownNode {
    /// The kinds of node the page reader distinguishes.
    enum Kind: Equatable {
        case document, blockQuote, list, item, codeBlock, htmlBlock, paragraph, heading, thematicBreak
        case table, tableRow, tableCell
        case text, softBreak, lineBreak, code, htmlInline, emphasis, strong, link, image
        case other
    }

    let pointer: OpaquePointer

    private static let tableType = graphdocgen_cmark_node_table()
    private static let tableRowType = graphdocgen_cmark_node_table_row()
    private static let tableCellType = graphdocgen_cmark_node_table_cell()

    var kind: Kind {
        let type = cmark_node_get_type(pointer)
        switch type {
        case CMARK_NODE_DOCUMENT: return .document
        case CMARK_NODE_BLOCK_QUOTE: return .blockQuote
        case CMARK_NODE_LIST: return .list
        case CMARK_NODE_ITEM: return .item
        case CMARK_NODE_CODE_BLOCK: return .codeBlock
        case CMARK_NODE_HTML_BLOCK: return .htmlBlock
        case CMARK_NODE_PARAGRAPH: return .paragraph
        case CMARK_NODE_HEADING: return .heading
        case CMARK_NODE_THEMATIC_BREAK: return .thematicBreak
        case CMARK_NODE_TEXT: return .text
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_LINEBREAK: return .lineBreak
        case CMARK_NODE_CODE: return .code
        case CMARK_NODE_HTML_INLINE: return .htmlInline
        case CMARK_NODE_EMPH: return .emphasis
        case CMARK_NODE_STRONG: return .strong
        case CMARK_NODE_LINK: return .link
        case CMARK_NODE_IMAGE: return .image
        case Self.tableType: return .table
        case Self.tableRowType: return .tableRow
        case Self.tableCellType: return .tableCell
        default: return .other
        }
    }

    /// The node's children, first to last.
    var children: Children { Children(first: cmark_node_first_child(pointer)) }

    /// The literal text of a text, code, code block or HTML node.
    var literal: String {
        guard let literal = cmark_node_get_literal(pointer) else { return "" }
        return String(cString: literal)
    }

    /// The destination of a link or image.
    var url: String {
        guard let url = cmark_node_get_url(pointer) else { return "" }
        return String(cString: url)
    }

    /// The info string of a fenced code block.
    var fenceInfo: String {
        guard let info = cmark_node_get_fence_info(pointer) else { return "" }
        return String(cString: info)
    }

    /// Whether a code block is fenced, and the indentation of its fence.
    var fence: (isFenced: Bool, indent: Int) {
        var length: Int32 = 0
        var offset: Int32 = 0
        var character: CChar = 0
        let fenced = cmark_node_get_fenced(pointer, &length, &offset, &character) != 0
        return (fenced, Int(offset))
    }

    /// The level of a heading (1 to 6).
    var headingLevel: Int { Int(cmark_node_get_heading_level(pointer)) }

    /// Whether a table row is the header row.
    var isHeaderRow: Bool { cmark_gfm_extensions_get_table_row_is_header(pointer) != 0 }

    /// The 1-based line and column where the node starts, in the parsed text.
    var start: (line: Int, column: Int) {
        (Int(cmark_node_get_start_line(pointer)), Int(cmark_node_get_start_column(pointer)))
    }

    /// The 1-based line where the node ends, in the parsed text.
    var endLine: Int { Int(cmark_node_get_end_line(pointer)) }

    /// A sequence of sibling nodes.
    struct Children: Sequence, IteratorProtocol {
        var upcoming: OpaquePointer?

        init(first: OpaquePointer?) { upcoming = first }

        mutating func next() -> MarkdownNode? {
            guard let current = upcoming else { return nil }
            upcoming = cmark_node_next(current)
            return MarkdownNode(pointer: current)
        }
    }
}
