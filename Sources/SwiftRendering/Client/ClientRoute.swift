import Foundation

/// A concrete request path, as an example writes it (`/communications/calls/57dab8b1-…/answer`),
/// followed through the client tree: the nodes it passes and the values it gives the
/// parameters of their steps.
///
/// At each node the next step of the path is, in this order: a name the node has (without
/// case), a call the node has whose fixed text matches (its values read between), or the
/// node's key (unless the step is an OData system segment such as `$count`); a step that
/// ends with `:` opens a path below an item. When a choice leads nowhere further down, or
/// to a node without the request's method, the next one is tried.
struct ClientRoute: Hashable {
    /// A node the path passes, and the values of its step's parameters by their documented names.
    struct Stop: Hashable {
        var id: ClientIndex.NodeID
        var values: [String: String]
    }

    /// The nodes after the root, in order.
    var stops: [Stop]
    /// The methods the last node has.
    var methods: Set<String>

    /// Follows `path` (without query) from the root of `tree` to a node that has `method`,
    /// else to any node; `nil` when the tree has no such path.
    init?(path: String, method: String, in tree: ClientTree) {
        let tokens = Self.tokens(of: path)
        guard let (stops, node) = Self.follow(tokens[...], from: tree.root, id: [], ending: { $0.operations[method] != nil })
            ?? Self.follow(tokens[...], from: tree.root, id: [], ending: { _ in true })
        else { return nil }
        self.stops = stops
        self.methods = Set(node.operations.keys)
    }

    /// The path's steps: split at `/` outside quotes and parentheses, empty ones left out.
    static func tokens(of path: String) -> [String] {
        path.splitOutsideQuotesAndParentheses(at: "/").filter { !$0.isEmpty }
    }

    private static func follow(
        _ tokens: ArraySlice<String>, from node: ClientNode, id: ClientIndex.NodeID, ending accepts: (ClientNode) -> Bool
    ) -> (stops: [Stop], node: ClientNode)? {
        guard var token = tokens.first else { return accepts(node) ? ([], node) : nil }
        var rest = tokens.dropFirst()
        let opensAddress = token.hasSuffix(":") && token.count > 1
        if opensAddress { token.removeLast() }
        let text = token.percentDecoded
        for (child, values) in matches(text, in: node) {
            let childID = id + [child.segment?.identity ?? ""]
            var stops = [Stop(id: childID, values: values)]
            var next = child
            var nextID = childID
            if opensAddress {
                // The steps up to one that ends with `:` (or the end) are the path below the item.
                var parts: [String] = []
                while let part = rest.first {
                    rest = rest.dropFirst()
                    parts.append(part.hasSuffix(":") ? String(part.dropLast()) : part)
                    if part.hasSuffix(":") { break }
                }
                let address = ":/" + parts.map(\.percentDecoded).joined(separator: "/")
                guard let addressNode = child.children.first(where: { if case .address = $0.segment { true } else { false } }),
                      case .address(let pieces) = addressNode.segment,
                      let addressValues = match(pieces[...], address[...])
                else { continue }
                nextID = childID + [addressNode.segment?.identity ?? ""]
                stops.append(Stop(id: nextID, values: addressValues))
                next = addressNode
            }
            if let (below, last) = follow(rest, from: next, id: nextID, ending: accepts) {
                return (stops + below, last)
            }
        }
        return nil
    }

    /// The children `text` (one percent-decoded step) can reach, best first, with the values it gives.
    private static func matches(_ text: String, in node: ClientNode) -> [(ClientNode, [String: String])] {
        var found: [(ClientNode, [String: String])] = []
        for child in node.children {
            if case .literal(let name) = child.segment, name.lowercased() == text.lowercased() {
                found.append((child, [:]))
            }
        }
        for child in node.children {
            if case .call(_, let pieces) = child.segment, let values = match(pieces[...], text[...]) {
                found.append((child, values))
            }
        }
        // A step starting with `$` is an OData system segment (`$count`, `$ref`, `$value`), never a key.
        for child in node.children where !text.isEmpty && !text.hasPrefix("$") {
            if case .key(let name) = child.segment { found.append((child, [name: text])) }
        }
        return found
    }

    /// Whether `value` can be one value written with `encoding`: a quoted value has no lone
    /// quote, and a plain one none of the characters that separate a call's arguments
    /// (so `image(width=640,height=480)` is not `image(width={width})` with a long width),
    /// unless it is a whole quoted literal (`date='2018-03-05'` for `date={date}`).
    private static func canBe(_ value: String, _ encoding: PathValueEncoding) -> Bool {
        switch encoding {
        case .path: true
        case .quoted: !value.replacingOccurrences(of: "''", with: "").contains("'")
        case .segment:
            // A value the template leaves unquoted may still be written as a quoted literal.
            (value.count >= 2 && value.hasPrefix("'") && value.hasSuffix("'")
                ? canBe(String(value.dropFirst().dropLast()), .quoted) : !value.contains("'"))
                && !value.contains { ",()=".contains($0) }
        }
    }

    /// The values `pieces` read in `text`, when its fixed pieces match (without case);
    /// a value ends at the first place where the rest matches.
    private static func match(_ pieces: ArraySlice<PathPiece>, _ text: Substring) -> [String: String]? {
        guard let piece = pieces.first else { return text.isEmpty ? [:] : nil }
        switch piece {
        case .text(let fixed):
            let decoded = fixed.percentDecoded
            guard text.lowercased().hasPrefix(decoded.lowercased()) else { return nil }
            return match(pieces.dropFirst(), text.dropFirst(decoded.count))
        case .value(let name, let encoding, _):
            var end = text.startIndex
            while true {
                let value = String(text[..<end])
                if Self.canBe(value, encoding), var values = match(pieces.dropFirst(), text[end...]) {
                    values[name] = encoding == .quoted ? value.replacingOccurrences(of: "''", with: "'") : value
                    return values
                }
                guard end < text.endIndex else { return nil }
                end = text.index(after: end)
            }
        }
    }
}
