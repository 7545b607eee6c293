import Foundation
import GraphDocCore
import PageReader

/// Reads what the prose of the "Request body", "Response" and query parameter
/// sections says. The phrases it knows are general English, not names from the API.
enum ResponseProse {
    // MARK: - Status

    /// The success status a sentence names and the index of the token that names it.
    ///
    /// A code span that starts with a 1xx–3xx code (`` `201 Created` ``, `` `204` ``,
    /// `` `204, No Content` ``),
    /// else a code in the text followed by a capitalized reason phrase (`200 OK`,
    /// `201 Created`). Error codes (4xx, 5xx) are not success statuses and are skipped.
    static func status(in sentence: ProseSentence) -> (code: Int, token: Int)? {
        for (index, token) in sentence.tokens.enumerated() {
            if case .code(let code) = token, let status = leadingStatus(in: code) {
                return (status, index)
            }
        }
        for (index, token) in sentence.tokens.enumerated() {
            guard case .text(let text) = token else { continue }
            let words = text.split(whereSeparator: { $0.isWhitespace || $0 == "," || $0 == "(" })
            for (position, word) in words.enumerated() where position + 1 < words.count {
                guard let status = successCode(word), let first = words[position + 1].first, first.isUppercase else { continue }
                return (status, index)
            }
        }
        return nil
    }

    /// The 1xx–3xx code at the start of a code span (`201 Created`, `HTTP 204`).
    private static func leadingStatus(in code: String) -> Int? {
        var text = Substring(code.trimmedWhitespace)
        if text.lowercased().hasPrefix("http") {
            text = text.drop { !$0.isWhitespace }.drop(while: \.isWhitespace)
        }
        let digits = text.prefix(while: \.isASCIIDigit)
        guard digits.count == 3, !(text.dropFirst(3).first.map { $0.isLetter || $0.isNumber } ?? false) else { return nil }
        return successCode(digits)
    }

    private static func successCode(_ word: Substring) -> Int? {
        guard word.count == 3, word.allSatisfy(\.isASCIIDigit), let code = Int(word), (100...399).contains(code) else {
            return nil
        }
        return code
    }

    // MARK: - Types

    /// The types a sentence names, in order: its links, then its strong runs that are
    /// single words (`a **driveItem** object`) and `Boolean` for a code span `true` or
    /// `false` written just before `value` (`a` `` `true` `` `value is returned`), then capitalized words written just before
    /// `collection`, `object` or `in the (response) body` (`a String collection`, `a Stream in the response body`).
    static func typeReferences(in sentence: ProseSentence) -> [TypeReference] {
        var references = sentence.links.map { TypeReference.link(text: $0.text, target: $0.target) }
        for (index, token) in sentence.tokens.enumerated() {
            if case .strong(let text) = token, isWord(text) { references.append(.name(text)) }
            // A Boolean literal written as a value (`a` `true` `value is returned`) names its type.
            if case .code(let code) = token, ["true", "false"].contains(code.trimmedWhitespace.lowercased()),
               index + 1 < sentence.tokens.count, case .text(let next) = sentence.tokens[index + 1],
               next.drop(while: \.isWhitespace).prefix(while: \.isLetter).lowercased() == "value" {
                references.append(.name("Boolean"))
            }
        }
        let words = sentence.text.split(whereSeparator: \.isWhitespace).map(String.init)
        for (index, word) in words.enumerated() where index + 1 < words.count {
            let next = words[index + 1].lowercased()
            let followers = ["collection", "object", "objects", "in"]
            guard followers.contains(where: { next.hasPrefix($0) }), let first = word.first, first.isUppercase,
                  isWord(word), word.uppercased() != word
            else { continue }
            if next == "in" {
                let rest = words[(index + 1)...].prefix(4).joined(separator: " ").lowercased()
                guard rest.hasPrefix("in the response body") || rest.hasPrefix("in the body") else { continue }
            }
            references.append(.name(word))
        }
        var seen: Set<TypeReference> = []
        return references.filter { seen.insert($0).inserted }
    }

    private static func isWord(_ text: String) -> Bool {
        guard let first = text.first, first.isASCIILetter else { return false }
        return text.allSatisfy { $0.isASCIILetter || $0.isASCIIDigit || $0 == "." || $0 == "_" }
    }

    /// Whether a sentence says a body is a collection: it says `collection`, `list of`
    /// or `array of`, or names `objects`, `items`, `resources` or `entities` in the plural.
    static func saysCollection(_ sentence: ProseSentence) -> Bool {
        let text = " " + sentence.text.lowercased() + " "
        if text.containsBytes("collection") || text.containsBytes("list of") || text.containsBytes("array of") { return true }
        let words = text.split { !$0.isLetter }
        return words.contains { ["objects", "items", "resources", "entities"].contains($0) }
    }

    /// Whether a sentence names what it names as where the response points, not as its
    /// body: a header or a link to a resource (`a Location: header pointing to the
    /// [operation]`, `a link to the [asyncOperation]`), with no word of a body.
    static func pointsElsewhere(_ sentence: ProseSentence) -> Bool {
        let text = sentence.text.lowercased()
        guard !text.containsBytes("body") else { return false }
        return ["header", "link to", "pointing to"].contains { text.contains($0) }
    }

    /// Whether a sentence says a response has no body.
    static func saysNoContent(_ sentence: ProseSentence) -> Bool {
        let text = sentence.text.lowercased()
        return [
            "does not return anything", "doesn't return anything", "not return anything",
            "no response body", "empty response body", "empty content", "does not return a response body",
            "nothing to return", "no content in the response", "response body is empty", "without a response body",
        ].contains { text.contains($0) }
    }

    /// Whether a sentence says a request has no body ("Do not supply a request body").
    static func saysNoRequestBody(_ sentence: ProseSentence) -> Bool {
        let text = sentence.text.lowercased().replacingOccurrences(of: "’", with: "'")
        return [
            "do not supply a request body", "don't supply a request body", "no request body",
            "does not require a request body", "does not require any request body", "not require a request body",
            "do not provide a request body", "don't provide a request body", "request body is not required",
            "no body is required", "do not supply any request body",
        ].contains { text.contains($0) }
    }

    /// Whether a sentence says a request body may be sent: it speaks of the request body and
    /// says one can or may specify, supply or provide something ("However, you can specify
    /// properties in the request body").
    static func saysOptionalRequestBody(_ sentence: ProseSentence) -> Bool {
        let text = sentence.text.lowercased()
        guard text.containsBytes("request body") else { return false }
        return ["can", "may"].contains { verb in
            ["specify", "supply", "provide"].contains { text.containsBytes("\(verb) \($0)") }
        }
    }

    // MARK: - Request headers

    /// The request headers a sentence names in code spans or bold, as name and value: a
    /// span (`` `Prefer` ``, `` `Prefer: respond-async` ``, `**Accept-Language**`) written
    /// just before `header` or `request header`, in a sentence about the request that does
    /// not say `response` before it (`If the request specifies` `` `Prefer` `` `header`;
    /// not `The response includes a` `` `Preference-Applied` `` `header`, nor a
    /// `` `Location` `` `response header`). With `saysRequestHeader`, only a span written
    /// before `request header` counts (an example's prose also speaks of other requests'
    /// headers: "The `Content-Range` header indicates the range of bytes").
    static func requestHeaders(in sentence: ProseSentence, saysRequestHeader: Bool = false) -> [(name: String, value: String?)] {
        guard sentence.text.lowercased().containsBytes("request") else { return [] }
        var headers: [(name: String, value: String?)] = []
        var before = ""
        for (index, token) in sentence.tokens.enumerated() {
            defer { before += token.plainText.lowercased() }
            guard let code = Self.spanText(token), index + 1 < sentence.tokens.count,
                  case .text(let next) = sentence.tokens[index + 1], !before.containsBytes("response")
            else { continue }
            let following = next.lowercased().drop(while: \.isWhitespace)
            guard following.hasPrefix("request header") || (!saysRequestHeader && following.hasPrefix("header")) else { continue }
            let parts = code.split(separator: ":", maxSplits: 1).map { String($0).trimmedWhitespace }
            guard let name = parts.first, isFieldName(name) else { continue }
            headers.append((name, parts.count > 1 && !parts[1].isEmpty ? parts[1] : nil))
        }
        return headers
    }

    /// The text of a code span or of bold text.
    private static func spanText(_ token: ProseToken) -> String? {
        switch token {
        case .code(let text), .strong(let text): text
        case .text, .link: nil
        }
    }

    /// Whether `text` is a header's name: letters, digits and `-`, starting with a letter.
    private static func isFieldName(_ text: String) -> Bool {
        guard let first = text.first, first.isASCIILetter else { return false }
        return text.allSatisfy { $0.isASCIILetter || $0.isASCIIDigit || $0 == "-" }
    }

    // MARK: - Query options

    /// The `$`-options a sentence names (`$select`, `$filter`), in order, unless it says
    /// they are not supported.
    static func queryOptions(in sentence: ProseSentence) -> [String] {
        let lowered = sentence.text.lowercased()
        let negations = ["not support", "n't support", "not supported", "cannot", "can't", "unsupported"]
        guard !negations.contains(where: lowered.contains) else { return [] }
        var options: [String] = []
        for token in sentence.tokens {
            var rest = Substring(token.plainText)
            while let dollar = rest.firstIndex(of: "$") {
                let name = rest[rest.index(after: dollar)...].prefix { $0.isASCIILetter }
                if !name.isEmpty { options.append("$" + name) }
                rest = rest[rest.index(after: dollar)...].dropFirst(name.count)
            }
        }
        return options
    }
}
