/// One step of a documented path template, classified for the client.
///
/// The client mirrors the paths: `/communications/calls/{id}/answer` is reached as
/// `graph.communications.calls(id).answer(…)`. Each kind of step becomes another kind of
/// accessor:
/// - a name (`calls`, `$value`, `microsoft.graph.user`) is a property;
/// - a placeholder (`{id}`) is the key of the collection before it: a method on the
///   collection's parent, `calls(_:)`;
/// - a call with arguments (`range(address='{address}')`), or any other step holding
///   placeholders (`roleTemplateId={roleTemplateId}`), is a method taking them;
/// - a path below an item (`root:/{item-path}:`, OneDrive's path addressing) is the
///   method `atPath(_:)`; the steps after it follow a `:`.
enum ClientPathSegment: Hashable {
    /// A fixed name.
    case literal(String)
    /// A placeholder for a key.
    case key(String)
    /// A step written with placeholders or arguments: its name, and its text as pieces.
    case call(name: String, pieces: [PathPiece])
    /// A path below an item, as pieces (the leading `:/` included).
    case address([PathPiece])

    /// What identifies the step among its siblings: names without case (Graph's paths
    /// are not case-sensitive, and the docs spell some names both ways), keys whatever
    /// their placeholder is named, calls by their name and argument names.
    var identity: String {
        switch self {
        case .literal(let name): "literal " + name.lowercased()
        case .key: "key"
        case .call(let name, let pieces): "call " + name + "(" + pieces.map(\.identity).joined() + ")"
        case .address: "address"
        }
    }
}

/// A piece of a step's text: fixed text, or a value given by the caller.
enum PathPiece: Hashable {
    /// Text written as it is (already percent-encoded where needed).
    case text(String)
    /// A value: its wire name, how it is written into the path, and a value the docs
    /// show in its place (`640` in `image(width=640)`), if any.
    case value(name: String, encoding: PathValueEncoding, example: String?)

    var identity: String {
        switch self {
        case .text(let text): text
        case .value(let name, _, _): "{" + name + "}"
        }
    }
}

/// How a value given by the caller is written into a path.
enum PathValueEncoding: Hashable {
    /// As one percent-encoded segment.
    case segment
    /// As an OData string literal between the quotes the template writes (`'` doubled).
    case quoted
    /// As a path: each `/`-separated part encoded, the slashes kept.
    case path
}

/// The steps of a documented path template, and what could not be read as written.
struct ClientPath: Hashable {
    /// The steps, in order.
    var segments: [ClientPathSegment]
    /// For each step, whether the step before it ended a path below an item, so that it
    /// follows a `:/` instead of a `/`.
    var followsAddress: [Bool]
    /// What was read otherwise than written, for a warning.
    var remarks: [String]

    /// Reads a template such as `/me/drive/root:/{item-path}:/content`.
    init(template: String) {
        segments = []
        followsAddress = []
        remarks = []
        var tokens = template.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        var addressFollows = false
        while !tokens.isEmpty {
            var token = tokens.removeFirst()
            var opensAddress = false
            if token.hasSuffix(":"), token.count > 1 {
                token.removeLast()
                opensAddress = true
            }
            if token == "..." || token == "…" {
                remarks.append("'\(token)' (any depth of nesting) is left out of the path")
                continue
            }
            segments.append(Self.segment(token, remarks: &remarks))
            followsAddress.append(addressFollows)
            addressFollows = false
            guard opensAddress else { continue }
            // The steps up to the one that ends with `:` (or the end) are the path below the item.
            var pieces: [PathPiece] = [.text(":")]
            while !tokens.isEmpty {
                var part = tokens.removeFirst()
                let closes = part.hasSuffix(":")
                if closes { part.removeLast() }
                pieces.append(.text("/"))
                if let name = Self.placeholderName(part) {
                    pieces.append(.value(name: name, encoding: .path, example: nil))
                } else {
                    pieces.append(.text(Self.percentEncoded(part)))
                }
                if closes {
                    addressFollows = true
                    break
                }
            }
            if pieces.count == 1 {
                remarks.append("'\(token):' is followed by no path; read as '\(token)'")
            } else {
                segments.append(.address(pieces))
                followsAddress.append(false)
            }
        }
    }

    /// The name in a token that is a single placeholder (`{id}` → `id`).
    static func placeholderName(_ token: String) -> String? {
        guard token.hasPrefix("{"), token.hasSuffix("}"), token.count > 2 else { return nil }
        let name = token.dropFirst().dropLast()
        return name.contains("{") || name.contains("}") ? nil : String(name)
    }

    /// Classifies one token of a path.
    private static func segment(_ token: String, remarks: inout [String]) -> ClientPathSegment {
        if let name = placeholderName(token) { return .key(name) }
        if isLiteralKey(token) {
            remarks.append("'\(token)' is a key value, not a placeholder; read as '{id}'")
            return .key("id")
        }
        if let open = token.firstIndex(of: "("), token.hasSuffix(")"), open != token.startIndex {
            let name = String(token[..<open])
            let arguments = String(token[token.index(after: open)..<token.index(before: token.endIndex)])
            var pieces: [PathPiece] = [.text(percentEncoded(name) + "(")]
            for (index, argument) in splitArguments(arguments).enumerated() {
                if index > 0 { pieces.append(.text(",")) }
                pieces += argumentPieces(argument)
            }
            pieces.append(.text(")"))
            return .call(name: name, pieces: pieces)
        }
        if token.contains("{") {
            return .call(name: String(token.prefix { $0 != "{" && $0 != "=" }), pieces: templatedPieces(token))
        }
        return .literal(token)
    }

    /// Whether a token is a key value written where a placeholder belongs: a GUID or a number.
    private static func isLiteralKey(_ token: String) -> Bool {
        let hex = token.unicodeScalars.filter { $0 != "-" }
        let groups = token.split(separator: "-", omittingEmptySubsequences: false).map(\.count)
        let isGUID = groups == [8, 4, 4, 4, 12] && hex.allSatisfy { $0.properties.isASCIIHexDigit }
        return isGUID || (!token.isEmpty && token.unicodeScalars.allSatisfy { ("0"..."9").contains($0) })
    }

    /// The arguments of a call, split at the commas outside quotes.
    private static func splitArguments(_ text: String) -> [String] {
        var arguments: [String] = []
        var current = ""
        var quoted = false
        for character in text {
            if character == "'" { quoted.toggle() }
            if character == ",", !quoted {
                arguments.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        if !current.trimmingSpaces.isEmpty || !arguments.isEmpty { arguments.append(current) }
        return arguments
    }

    /// One argument (`address='{address}'`, `width=640`, `{address}`) as pieces: every
    /// argument is a value the caller gives; a value the docs wrote instead of a
    /// placeholder is kept as its example.
    private static func argumentPieces(_ argument: String) -> [PathPiece] {
        let text = argument.trimmingSpaces
        var name: String
        var value: Substring
        if let equals = text.firstIndex(of: "=") {
            name = text[..<equals].trimmingSpaces
            value = Substring(text[text.index(after: equals)...].trimmingSpaces)
        } else {
            name = ""
            value = Substring(text)
        }
        let quoted = value.count >= 2 && value.hasPrefix("'") && value.hasSuffix("'")
        if quoted { value = value.dropFirst().dropLast() }
        let placeholder = placeholderName(String(value))
        if name.isEmpty { name = placeholder ?? "value" }
        let example = placeholder == nil ? String(value) : nil
        let prefix = text.contains("=") ? percentEncoded(name) + "=" : ""
        let valuePiece = PathPiece.value(name: name, encoding: quoted ? .quoted : .segment, example: example)
        return quoted ? [.text(prefix + "'"), valuePiece, .text("'")] : [.text(prefix), valuePiece]
    }

    /// A token with placeholders among fixed text (`roleTemplateId={roleTemplateId}`).
    private static func templatedPieces(_ token: String) -> [PathPiece] {
        var pieces: [PathPiece] = []
        var rest = Substring(token)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            if open > rest.startIndex { pieces.append(.text(percentEncoded(String(rest[..<open])))) }
            pieces.append(.value(name: String(rest[rest.index(after: open)..<close]), encoding: .segment, example: nil))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { pieces.append(.text(percentEncoded(String(rest)))) }
        return pieces
    }

    /// Fixed path text with every byte outside RFC 3986's segment characters (`pchar`) encoded.
    static func percentEncoded(_ text: String) -> String {
        let hex = Array("0123456789ABCDEF")
        var encoded = ""
        for byte in text.utf8 {
            let scalar = Unicode.Scalar(byte)
            if byte < 0x80, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-._~!$&'()*+,;=:@".unicodeScalars.contains(scalar) {
                encoded.unicodeScalars.append(scalar)
            } else {
                encoded += "%" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 0xF)])
            }
        }
        return encoded
    }
}

extension StringProtocol {
    /// The text with its percent-encoded bytes decoded; as written when it is not valid
    /// percent-encoding (a lone `%`), as the docs sometimes write.
    var percentDecoded: String {
        removingPercentEncoding ?? String(self)
    }

    /// The text without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
