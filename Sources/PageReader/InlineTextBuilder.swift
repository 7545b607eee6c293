/// Flattens a node's inline children into ``InlineText``.
struct InlineTextBuilder {
    private(set) var result = InlineText()
    /// The `<a name="…">` anchors met, in order.
    private(set) var anchors: [String] = []

    /// Builds the inline text of `node`'s children.
    static func text(of node: MarkdownNode) -> InlineText {
        var builder = InlineTextBuilder()
        builder.append(children: node)
        builder.finish()
        return builder.result
    }

    mutating func append(children node: MarkdownNode) {
        for child in node.children { append(child) }
    }

    mutating func append(_ node: MarkdownNode) {
        switch node.kind {
        case .text:
            let literal = node.literal
            result.text += literal
            result.markdown += literal
        case .code:
            let literal = node.literal
            result.text += literal
            let fence = literal.contains("`") ? "``" : "`"
            result.markdown += fence + literal + fence
        case .softBreak:
            result.text += " "
            result.markdown += " "
        case .lineBreak:
            result.text += "\n"
            result.markdown += "\n"
        case .htmlInline:
            appendHTML(node.literal)
        case .emphasis:
            wrap(node, in: "*")
        case .strong:
            wrap(node, in: "**")
        case .link:
            let textStart = result.text.endIndex
            result.markdown += "["
            append(children: node)
            let linkText = String(result.text[textStart...])
            result.markdown += "](\(node.url))"
            result.links.append(.init(text: linkText, target: node.url))
        case .image:
            result.markdown += "!["
            append(children: node)
            result.markdown += "](\(node.url))"
        default:
            append(children: node)
        }
    }

    /// Appends plain text that has no markup.
    mutating func appendText(_ text: String) {
        result.text += text
        result.markdown += text
    }

    private mutating func wrap(_ node: MarkdownNode, in marker: String) {
        result.markdown += marker
        append(children: node)
        result.markdown += marker
    }

    /// Inline HTML: `<br>` is a line break, `<a name="x">` an anchor; other tags are
    /// kept in the markdown only.
    private mutating func appendHTML(_ html: String) {
        let lowered = html.lowercased()
        if lowered.hasPrefix("<br") {
            result.text += "\n"
            result.markdown += "\n"
        } else if lowered.hasPrefix("<a "), let name = Self.attribute("name", in: html) ?? Self.attribute("id", in: html) {
            anchors.append(name)
        } else if lowered.hasPrefix("</a") {
            return
        } else {
            result.markdown += html
        }
    }

    /// Trims the text's ends.
    mutating func finish() {
        result.text = result.text.trimmingASCIIWhitespace()
        result.markdown = result.markdown.trimmingASCIIWhitespace()
    }

    /// The value of an HTML attribute, quoted with `"` or `'`.
    static func attribute(_ name: String, in html: String) -> String? {
        let bytes = Array(html.utf8)
        for quote in [UInt8(ascii: "\""), UInt8(ascii: "'")] {
            let marker = Array(name.utf8) + [UInt8(ascii: "="), quote]
            guard let start = bytes.firstRange(of: marker)?.upperBound else { continue }
            guard let end = bytes[start...].firstIndex(of: quote) else { return nil }
            return String(decoding: bytes[start..<end], as: UTF8.self)
        }
        return nil
    }
}

extension StringProtocol where UTF8View: BidirectionalCollection {
    /// The string without leading and trailing spaces, tabs and line breaks.
    func trimmingASCIIWhitespace() -> String {
        let utf8 = self.utf8
        let isSpace: (UInt8) -> Bool = {
            $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r")
        }
        guard let first = utf8.firstIndex(where: { !isSpace($0) }),
              let last = utf8.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(self[first...last])
    }
}
