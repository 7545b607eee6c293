/// A step of a path as Swift: the name its member and request type are made from, the
/// parameters its method takes, and its text in a path literal.
struct Step {
    let segment: ClientPathSegment

    init(_ node: ClientNode) {
        segment = node.segment ?? .literal("")
    }

    init(_ segment: ClientPathSegment) {
        self.segment = segment
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

    /// The parameters of the step's method (`_ id: String`, `address: String`), in order; a
    /// call's argument written bare is of the type `documentedTypes` gives its name (see
    /// ``valueType(encoding:example:documented:)``).
    func parameters(documentedTypes: [String: String] = [:]) -> [StepParameter] {
        switch segment {
        case .literal:
            return []
        case .key(let name):
            return [StepParameter(wireName: name, label: SwiftName.memberName(name), type: "String", isLabeled: false)]
        case .call(_, let pieces), .address(let pieces):
            var scope = UniqueNames(reserved: ["core", "path"])
            var parameters: [StepParameter] = []
            for case .value(let name, let encoding, let example) in pieces where !parameters.contains(where: { $0.wireName == name }) {
                parameters.append(StepParameter(
                    wireName: name, label: scope.claim(SwiftName.memberName(name)),
                    type: Self.valueType(encoding: encoding, example: example, documented: documentedTypes[name]),
                    isLabeled: encoding != .path))
            }
            return parameters
        }
    }

    /// The step's text as the content of a Swift string literal of type `GraphPath`, its
    /// separator first: fixed text as written, values interpolated so that they are
    /// encoded (`/calls`, `/\(id)`, `/range(address='\(quoted: address)')`, `:/\(path: path)`).
    /// A step after a path below an item is written with `/` too, as one request type serves
    /// both: `GraphPath` closes the path below the item with `:` when a step follows it.
    func pathText(labels: [String: String]) -> String {
        var text = segment.separator(followingAddress: false)
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

    /// The Swift type of a value written bare (not between quotes): a number or Boolean where
    /// the docs type it so (`Edm.Int32` → `Int`, `Edm.Double` → `Double`, `Edm.Boolean` → `Bool`)
    /// or show one instead of a placeholder, else a string.
    private static func valueType(encoding: PathValueEncoding, example: String?, documented: String? = nil) -> String {
        guard encoding == .segment else { return "String" }
        switch documented {
        case "Edm.Byte", "Edm.SByte", "Edm.Int16", "Edm.Int32", "Edm.Int64": return "Int"
        case "Edm.Single", "Edm.Double", "Edm.Decimal": return "Double"
        case "Edm.Boolean": return "Bool"
        default: break
        }
        guard let example else { return "String" }
        if example == "true" || example == "false" { return "Bool" }
        let digits = example.hasPrefix("-") ? example.dropFirst() : Substring(example)
        return !digits.isEmpty && digits.allSatisfy({ $0.isASCII && $0.isNumber }) ? "Int" : "String"
    }
}

/// A value a step's method takes: a key, a call's argument, a path below an item.
struct StepParameter: Hashable {
    /// The placeholder's name in the documented path.
    var wireName: String
    /// The Swift name of the value.
    var label: String
    /// The Swift type: `String`, or `Int` or `Bool` where the docs show such a value.
    var type: String
    /// Whether callers write the label (`address: "A1"`) or not (`calls(id)`).
    var isLabeled: Bool

    /// The argument label callers write: the label, or `_`.
    var argumentLabel: String {
        isLabeled ? label : "_"
    }

    /// The parameter in a declaration (`_ id: String`).
    var declaration: String {
        "\(isLabeled ? "" : "_ ")\(label): \(type)"
    }
}

extension [StepParameter] {
    /// The Swift names of the values, by their names in the documented path.
    var labels: [String: String] {
        Dictionary(map { ($0.wireName, $0.label) }) { first, _ in first }
    }
}
