import GraphDocCore
import LenientJSON

/// Walks the markdown tree of a page's recovered English and collects its
/// sections, tables, code blocks, annotations, tabs and includes.
struct PageBuilder {
    let locator: PageLocator
    let recovered: [UInt8]
    var diagnostics: Diagnostics

    private(set) var sections: [Section] = []
    var tables: [Table] = []
    private(set) var codeBlocks: [CodeBlock] = []
    var httpMessages: [HTTPMessage] = []
    private(set) var references: [Reference] = []
    private(set) var pageAnnotations: [Annotation] = []

    /// The section the walk is in.
    private var currentSection: Int?
    /// The index of the section the walk is in.
    var currentSectionIndex: Int? { currentSection }
    /// The tab the walk is in, while inside a tab group.
    private var currentTab: String?
    /// An annotation waiting for the code block it describes.
    private var pendingAnnotation: Annotation?
    /// Whether anything but annotations and tab headings stood since the pending annotation.
    private var contentSincePendingAnnotation: Int?
    /// Whether anything but annotations stood since the last code block.
    private var contentSinceLastCodeBlock = true
    /// Added to node lines while reading a repaired fragment parsed on its own.
    var lineOffset = 0

    init(locator: PageLocator, recovered: [UInt8], diagnostics: Diagnostics) {
        self.locator = locator
        self.recovered = recovered
        self.diagnostics = diagnostics
    }

    // MARK: Blocks

    /// Reads every block of `document`.
    mutating func read(_ document: MarkdownNode) {
        readBlocks(of: document, paragraphKind: .paragraph)
        if let annotation = pendingAnnotation {
            unattached(annotation)
        }
        linkSeparateBodies()
    }

    /// Reports the markdown `document` removed for nesting deeper than ``PageReader/maxMarkdownDepth``.
    mutating func reportTooDeep(_ document: MarkdownDocument) {
        guard let cut = document.cut else { return }
        diagnostics.emit(
            .warning, code: "markdown-too-deep",
            "markdown is nested more than \(PageReader.maxMarkdownDepth) levels deep (block quotes, lists, emphasis "
                + "or links inside each other); what stands deeper is not read",
            at: locator.location(recoveredLine: cut.line + lineOffset, column: cut.column))
    }

    private mutating func readBlocks(of container: MarkdownNode, paragraphKind: Paragraph.Kind) {
        for block in container.children {
            switch block.kind {
            case .heading:
                readHeading(block)
            case .paragraph:
                readParagraph(block, kind: paragraphKind)
            case .blockQuote:
                readBlocks(of: block, paragraphKind: .blockQuote)
            case .list:
                readBlocks(of: block, paragraphKind: .listItem)
            case .item:
                readBlocks(of: block, paragraphKind: .listItem)
            case .codeBlock:
                readCodeBlock(block)
            case .htmlBlock:
                readHTMLBlock(block, kind: paragraphKind)
            case .table:
                readTable(block)
            case .thematicBreak:
                currentTab = nil
                noteContent(at: block)
            default:
                readBlocks(of: block, paragraphKind: paragraphKind)
            }
        }
    }

    /// The page line of a node.
    func line(of node: MarkdownNode) -> Int {
        let start = node.start
        return locator.position(recoveredLine: start.line + lineOffset, column: start.column).line
    }

    /// Records that prose or structure stood at `node`, between annotations and code blocks.
    mutating func noteContent(at node: MarkdownNode) {
        contentSinceLastCodeBlock = true
        if pendingAnnotation != nil, contentSincePendingAnnotation == nil {
            contentSincePendingAnnotation = line(of: node)
        }
    }

    // MARK: Headings and tabs

    private mutating func readHeading(_ node: MarkdownNode) {
        var builder = InlineTextBuilder()
        builder.append(children: node)
        builder.finish()
        let text = builder.result
        let level = node.headingLevel
        let line = line(of: node)
        if let tabLink = text.links.first(where: { $0.target.hasPrefix("#tab/") }) {
            // A tab heading (`# [HTTP](#tab/http)`) opens a tab; it is not a section.
            let tab = String(tabLink.target.dropFirst("#tab/".count)).lowercased()
            currentTab = tab
            references.append(.init(kind: .tab, label: tabLink.text, target: tabLink.target, line: line, tab: nil))
            contentSinceLastCodeBlock = true
            return
        }
        currentTab = nil
        noteContent(at: node)
        var parent = currentSection
        while let candidate = parent, sections[candidate].level >= level {
            parent = sections[candidate].parent
        }
        sections.append(Section(
            index: sections.count, level: level, title: text.text, anchor: builder.anchors.first,
            line: line, parent: parent, paragraphs: []))
        currentSection = sections.count - 1
    }

    // MARK: Paragraphs

    private mutating func readParagraph(_ node: MarkdownNode, kind: Paragraph.Kind) {
        if readMismatchedTable(node) { return }
        let line = line(of: node)
        var builder = InlineTextBuilder()
        var onlyIncludes = true
        var pendingIncludeMarker = false
        for child in node.children {
            if child.kind == .htmlInline, let annotation = readComment(child.literal, node: child) {
                receive(annotation)
                continue
            }
            if child.kind == .link, pendingIncludeMarker {
                let label = InlineTextBuilder.text(of: child).text
                references.append(.init(kind: .include, label: label, target: child.url, line: self.line(of: child), tab: currentTab))
                pendingIncludeMarker = false
                continue
            }
            if child.kind == .text {
                var literal = child.literal
                pendingIncludeMarker = false
                if let marker = Self.includeMarker(in: literal) {
                    pendingIncludeMarker = literal.utf8[marker.upperBound...].allSatisfy { $0 == UInt8(ascii: " ") }
                    if pendingIncludeMarker { literal = String(literal[..<marker.lowerBound]) }
                }
                // The `]` closing an include, and the space around it, are not prose.
                let isSpaceOrBracket: (UInt8) -> Bool = {
                    $0 == UInt8(ascii: "]") || $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t")
                }
                if literal.utf8.allSatisfy(isSpaceOrBracket) {
                    if literal.utf8.contains(UInt8(ascii: "]")) { continue }
                } else {
                    onlyIncludes = false
                }
                builder.appendText(literal)
                continue
            }
            if child.kind != .softBreak { onlyIncludes = false }
            builder.append(child)
        }
        builder.finish()
        guard !onlyIncludes || !builder.result.text.isEmpty else { return }
        if !contentSinceLastCodeBlock { readTextBodyAfterFence(node) }
        noteContent(at: node)
        appendParagraph(Paragraph(kind: kind, text: builder.result, line: line))
    }

    /// Takes a paragraph right after an HTTP response written without a body, with a
    /// `text/plain` content type, as that body when it is one code span: the fence closed
    /// too early (`` `893` `` under a `$count`'s `HTTP/1.1 200 OK`). The response keeps it with
    /// a warning; the paragraph stays prose too.
    private mutating func readTextBodyAfterFence(_ node: MarkdownNode) {
        let children = Array(node.children)
        guard children.count == 1, let code = children.first, code.kind == .code,
              let index = httpMessages.indices.last, httpMessages[index].codeBlock == codeBlocks.count - 1,
              httpMessages[index].statusLine != nil, httpMessages[index].body == nil,
              Self.mediaType(of: httpMessages[index]) == "text/plain"
        else { return }
        let position = locator.position(recoveredLine: code.start.line + lineOffset, column: code.start.column)
        httpMessages[index].body = HTTPBody(text: code.literal, position: position, span: nil)
        diagnostics.emit(
            .warning, code: "http-body-after-fence",
            "the plain-text body of the response before is written after its code block closed; read as its body",
            at: SourceLocation(file: locator.file, position: position))
    }

    /// The range of `[!INCLUDE` in a text, which a link to the included file follows.
    private static func includeMarker(in text: String) -> Range<String.Index>? {
        guard text.utf8.contains(UInt8(ascii: "!")) else { return nil }
        return text.firstRange(of: "[!INCLUDE")
    }

    private mutating func appendParagraph(_ paragraph: Paragraph) {
        guard !paragraph.text.text.isEmpty || !paragraph.text.markdown.isEmpty else { return }
        if let currentSection {
            sections[currentSection].paragraphs.append(paragraph)
        } else {
            // Prose before the first heading belongs to an implicit level-0 section.
            sections.insert(
                Section(index: 0, level: 0, title: "", anchor: nil, line: paragraph.line, parent: nil, paragraphs: [paragraph]),
                at: 0)
            currentSection = 0
        }
    }

    // MARK: HTML and annotations

    private mutating func readHTMLBlock(_ node: MarkdownNode, kind: Paragraph.Kind) {
        let html = node.literal
        if let annotation = readComment(html, node: node) {
            receive(annotation)
            return
        }
        if html.trimmingASCIIWhitespace().hasPrefix("<!--") { return }
        noteContent(at: node)
        appendParagraph(Paragraph(kind: .html, text: InlineText(text: html.trimmingASCIIWhitespace(), markdown: html.trimmingASCIIWhitespace()), line: line(of: node)))
    }

    /// Reads `<!-- { … } -->` as an annotation; other comments and HTML give `nil`.
    private mutating func readComment(_ html: String, node: MarkdownNode) -> Annotation? {
        let utf8 = Array(html.utf8)
        guard let open = utf8.firstRange(of: Array("<!--".utf8)) else { return nil }
        var start = open.upperBound
        while start < utf8.count, utf8[start] == UInt8(ascii: " ") || utf8[start] == UInt8(ascii: "\n")
            || utf8[start] == UInt8(ascii: "\t") || utf8[start] == UInt8(ascii: "\r") {
            start += 1
        }
        guard start < utf8.count, utf8[start] == UInt8(ascii: "{") else { return nil }
        let close = utf8[start...].firstRange(of: Array("-->".utf8))
        let end = close?.lowerBound ?? utf8.count
        let span = locator.span(of: html, firstRecoveredLine: node.start.line, recovered: recovered)
        let startPosition = Self.linePosition(of: start, in: utf8)
        if close == nil {
            diagnostics.emit(.warning, code: "annotation-unclosed", "annotation comment is not closed with '-->'", at: span.location(line: startPosition.line, column: startPosition.column))
        }
        let body = JSONBodyReader.read(
            String(decoding: utf8[start..<end], as: UTF8.self), in: span,
            startingAt: startPosition, what: "annotation", diagnostics: &diagnostics)
        guard let value = body.value, value.members != nil else {
            diagnostics.emit(.warning, code: "annotation-not-object", "annotation is not a JSON object; it is ignored", at: span.location(line: startPosition.line, column: startPosition.column))
            return nil
        }
        if value["@odata.type"] == nil, value[Annotation.misspeltTypeKey] != nil {
            diagnostics.emit(
                .warning, code: "annotation-type-key", "annotation names its type with '\(Annotation.misspeltTypeKey)'; read as '@odata.type'",
                at: span.location(line: startPosition.line, column: startPosition.column))
        }
        return Annotation(line: line(of: node), value: value)
    }

    /// The 0-based line and byte column of `offset` in `bytes`.
    static func linePosition(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 0
        var lineStart = 0
        for index in 0..<min(offset, bytes.count) where bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        return (line, offset - lineStart)
    }

    private mutating func receive(_ annotation: Annotation) {
        if annotation.isPageAnnotation {
            pageAnnotations.append(annotation)
            return
        }
        if let previous = pendingAnnotation { unattached(previous) }
        pendingAnnotation = annotation
        contentSincePendingAnnotation = nil
    }

    private mutating func unattached(_ annotation: Annotation) {
        diagnostics.emit(
            .warning, code: "annotation-without-code-block",
            "annotation (blockType '\(annotation.blockType ?? "none")') is not followed by a code block; it describes nothing",
            at: SourceLocation(file: locator.file, line: annotation.line, column: 1))
        pendingAnnotation = nil
    }

    // MARK: Code blocks

    private mutating func readCodeBlock(_ node: MarkdownNode) {
        let info = node.fenceInfo.trimmingASCIIWhitespace()
        let language = String(info.split(separator: " ").first ?? "").lowercased()
        let fence = node.fence
        let start = node.start
        let firstContentLine = fence.isFenced ? start.line + 1 : start.line
        let content = node.literal
        let span = locator.span(of: content, firstRecoveredLine: firstContentLine, recovered: recovered)
        let annotation = pendingAnnotation
        if let annotation, let otherContentLine = contentSincePendingAnnotation {
            diagnostics.emit(
                .warning, code: "annotation-separated",
                "annotation is separated from the code block it describes by other content (line \(otherContentLine))",
                at: SourceLocation(file: locator.file, line: annotation.line, column: 1))
        }
        pendingAnnotation = nil
        contentSincePendingAnnotation = nil
        var block = CodeBlock(
            index: codeBlocks.count, language: language, info: info, line: line(of: node), content: content,
            annotation: annotation, section: currentSection, tab: currentTab, json: nil,
            followsPreviousBlock: !contentSinceLastCodeBlock && !codeBlocks.isEmpty, span: span)
        contentSinceLastCodeBlock = false
        if language == "json" {
            block.json = JSONBodyReader.read(
                content, in: span, startingAt: (0, 0), what: "JSON block", diagnostics: &diagnostics)
        }
        codeBlocks.append(block)
        if isHTTPCodeBlock(infoString: info) {
            readHTTP(block)
        } else if Self.isUnlabeledHTTPExample(block) {
            diagnostics.emit(
                .note, code: "code-block-unlabeled-http",
                "code block has no language, but its annotation makes it a \(block.annotation?.blockType ?? "") example and its first line is HTTP; read as 'http'",
                at: SourceLocation(file: locator.file, line: block.line, column: 1))
            readHTTP(block)
        }
    }

    /// Whether `block` is an HTTP message written without a language: annotated as a request
    /// or response example, and starting with a request line (`GET https://…`) or a status
    /// line (`HTTP/1.1 200 OK`).
    static func isUnlabeledHTTPExample(_ block: CodeBlock) -> Bool {
        guard block.info.isEmpty, let kind = block.annotation?.blockType?.lowercased(), kind == "request" || kind == "response",
              let first = block.content.split(whereSeparator: \.isNewline).first(where: { !$0.allSatisfy(\.isWhitespace) })
        else { return false }
        let words = first.split(separator: " ", maxSplits: 1)
        if kind == "response" { return words.first?.hasPrefix("HTTP/") ?? false }
        return words.count == 2 && HTTPRequestLine.standardMethods.contains(String(words[0]))
    }
}
