import Foundation

/// A concrete request path, as an example writes it (`/communications/calls/57dab8b1-…/answer`),
/// followed through the client tree: the nodes it passes and the values it gives the
/// parameters of their steps.
///
/// At each node the next step of the path is, in this order: a name the node has (without
/// case), a call the node has whose fixed text matches (its values read between), or the
/// node's key (unless the step is an OData system segment such as `$count`), then a step
/// the node borrows from another node of its kind (``EntityLinks``), followed in the
/// lender's subtree; a step that ends with `:` opens a path below an item. When a choice
/// leads nowhere further down, or to a node without the request's method (its own or
/// borrowed), the next one is tried.
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
    /// else to any node; `nil` when the tree has no such path. `index` tells the steps and
    /// methods each node borrows.
    init?(path: String, method: String, in tree: ClientTree, index: ClientIndex) {
        let tokens = Self.tokens(of: path)
        let walk = Walk(tree: tree, index: index)
        guard let stops = walk.follow(tokens[...], from: tree.root, id: [], ending: { index.methods[$0]?[method] != nil })
            ?? walk.follow(tokens[...], from: tree.root, id: [], ending: { _ in true })
        else { return nil }
        self.stops = stops
        self.methods = Set((index.methods[stops.last?.id ?? []] ?? [:]).keys)
    }

    /// The path's steps: split at `/` outside quotes and parentheses, empty ones left out
    /// (see ``withoutCallSpaces(_:)``).
    static func tokens(of path: String) -> [String] {
        withoutCallSpaces(path).splitOutsideQuotesAndParentheses(at: "/").filter { !$0.isEmpty }
    }

    /// The path with the spaces outside quotes in its calls left out
    /// (`resizedRange(deltaRows=1, deltaColumns=2)` → `resizedRange(deltaRows=1,deltaColumns=2)`):
    /// OData writes a call's arguments without them, as the templates and the client do.
    static func withoutCallSpaces(_ path: String) -> String {
        path.splitOutsideQuotesAndParentheses(at: "/").map { step in
            guard step.contains("(") else { return step }
            var quoted = false
            return String(step.filter { character in
                if character == "'" { quoted.toggle() }
                return quoted || character != " "
            })
        }.joined(separator: "/")
    }

    /// The tree and what its nodes borrow, as the walk follows them.
    private struct Walk {
        let tree: ClientTree
        let index: ClientIndex

        func follow(
            _ tokens: ArraySlice<String>, from node: ClientNode, id: ClientIndex.NodeID, ending accepts: (ClientIndex.NodeID) -> Bool
        ) -> [Stop]? {
            guard var token = tokens.first else { return accepts(id) ? [] : nil }
            var rest = tokens.dropFirst()
            let opensAddress = token.hasSuffix(":") && token.count > 1
            if opensAddress { token.removeLast() }
            let text = token.percentDecoded
            for (child, childID, values) in matches(text, in: node, id: id) {
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
                          let addressValues = ClientRoute.match(pieces[...], address[...])
                    else { continue }
                    nextID = childID + [addressNode.segment?.identity ?? ""]
                    stops.append(Stop(id: nextID, values: addressValues))
                    next = addressNode
                }
                if let below = follow(rest, from: next, id: nextID, ending: accepts) {
                    return stops + below
                }
            }
            return nil
        }

        /// The nodes `text` (one percent-decoded step) can reach from `node` (identified by
        /// `id`), best first, with their identities and the values it gives: among the
        /// node's own children and the steps it borrows.
        private func matches(
            _ text: String, in node: ClientNode, id: ClientIndex.NodeID
        ) -> [(ClientNode, ClientIndex.NodeID, [String: String])] {
            let own = node.children.map { ($0, id + [$0.segment?.identity ?? ""]) }
            let borrowed = (index.borrowedSteps[id] ?? []).compactMap { step in
                tree.node(at: step.target).map { ($0, step.target) }
            }
            return ClientRoute.matches(text, among: own + borrowed)
        }
    }

    /// The nodes among `children` that `text` can reach, best first, with the values it gives.
    private static func matches(
        _ text: String, among children: [(ClientNode, ClientIndex.NodeID)]
    ) -> [(ClientNode, ClientIndex.NodeID, [String: String])] {
        var found: [(ClientNode, ClientIndex.NodeID, [String: String])] = []
        for (child, id) in children {
            if case .literal(let name) = child.segment, name.lowercased() == text.lowercased() {
                found.append((child, id, [:]))
            }
        }
        for (child, id) in children {
            if case .call(_, let pieces) = child.segment, let values = match(pieces[...], text[...]) {
                found.append((child, id, values))
            }
        }
        // A step starting with `$` is an OData system segment (`$count`, `$ref`, `$value`), never a key.
        for (child, id) in children where !text.isEmpty && !text.hasPrefix("$") {
            if case .key(let name) = child.segment { found.append((child, id, [name: text])) }
        }
        return found
    }

    /// Whether `value` can be one value written with `encoding`: a quoted value has no lone
    /// quote, and a plain one none of the characters that separate a call's arguments
    /// (so `image(width=640,height=480)` is not `image(width={width})` with a long width),
    /// unless it is a whole quoted literal (`date='2018-03-05'` for `date={date}`), typed
    /// or not (`microsoft.graph.timeZoneStandard'Iana'`, an enumeration member).
    private static func canBe(_ value: String, _ encoding: PathValueEncoding) -> Bool {
        switch encoding {
        case .path: return true
        case .quoted: return !value.replacingOccurrences(of: "''", with: "").contains("'")
        case .segment:
            // A value the template leaves unquoted may still be written as a quoted literal.
            let typeName = value.prefix { $0.isLetter || $0.isNumber || $0 == "." }
            let literal = value.dropFirst(typeName.count)
            return (literal.count >= 2 && literal.hasPrefix("'") && literal.hasSuffix("'")
                ? canBe(String(literal.dropFirst().dropLast()), .quoted) : !value.contains("'"))
                && !value.contains { ",()=".contains($0) }
        }
    }

    /// The values `pieces` read in `text`, when its fixed pieces match (without case);
    /// a value ends at the first place where the rest matches.
    fileprivate static func match(_ pieces: ArraySlice<PathPiece>, _ text: Substring) -> [String: String]? {
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
