/// A step of a path as Swift: the name its member and request type are made from, the
/// parameters its method takes, and its text in a path literal.
struct Step {
    let segment: ClientPathSegment
    let followsAddress: Bool

    init(_ node: ClientNode) {
        segment = node.segment ?? .literal("")
        followsAddress = node.followsAddress
    }

    /// The documentation's name for the step: a name as written, `item` for a key,
    /// a call's name, `atPath` for a path below an item.
    var baseName: String {
        switch segment {
        case .literal(let name): name
        case .key: "item"
        case .call(let name, _): name.isEmpty ? "call" : name
        case .address: "atPath"
        }
    }

    /// The parameters of the step's method (`_ id: String`, `address: String`), and the
    /// Swift name of each value by its wire name.
    func parameters() -> (declarations: [String], labels: [String: String]) {
        switch segment {
        case .literal:
            return ([], [:])
        case .key(let name):
            let label = SwiftName.memberName(name)
            return (["_ \(label): String"], [name: label])
        case .call(_, let pieces), .address(let pieces):
            var scope = UniqueNames(reserved: ["core", "path"])
            var declarations: [String] = []
            var labels: [String: String] = [:]
            for case .value(let name, let encoding, let example) in pieces where labels[name] == nil {
                let label = scope.claim(SwiftName.memberName(name))
                labels[name] = label
                let prefix = encoding == .path ? "_ " : ""
                declarations.append("\(prefix)\(label): \(Self.valueType(encoding: encoding, example: example))")
            }
            return (declarations, labels)
        }
    }

    /// The step's text as the content of a Swift string literal of type `GraphPath`, its
    /// separator first: fixed text as written, values interpolated so that they are
    /// encoded (`/calls`, `/\(id)`, `/range(address='\(quoted: address)')`, `:/\(path: path)`).
    func pathText(labels: [String: String]) -> String {
        var text = segment.separator(followingAddress: followsAddress)
        switch segment {
        case .literal(let name):
            text += ClientPath.percentEncoded(name)
        case .key(let name):
            text += "\\(\(labels[name] ?? "id"))"
        case .call(_, let pieces), .address(let pieces):
            for piece in pieces {
                switch piece {
                case .text(let fixed):
                    text += fixed
                case .value(let name, let encoding, _):
                    let label = labels[name] ?? "value"
                    switch encoding {
                    case .segment: text += "\\(\(label))"
                    case .quoted: text += "\\(quoted: \(label))"
                    case .path: text += "\\(path: \(label))"
                    }
                }
            }
        }
        // Percent-encoding leaves no quote or backslash in fixed text; this keeps it so.
        return text.replacingAll("\"", with: "%22")
    }

    /// The Swift type of a value: a number or Boolean where the docs show one instead of
    /// a placeholder, else a string.
    private static func valueType(encoding: PathValueEncoding, example: String?) -> String {
        guard encoding == .segment, let example else { return "String" }
        if example == "true" || example == "false" { return "Bool" }
        let digits = example.hasPrefix("-") ? example.dropFirst() : Substring(example)
        return !digits.isEmpty && digits.allSatisfy({ $0.isASCII && $0.isNumber }) ? "Int" : "String"
    }
}
