import PageReader

/// A piece of inline prose: plain text, a code span, a link or a strong run.
enum ProseToken: Hashable {
    case text(String)
    case code(String)
    case link(InlineText.Link)
    case strong(String)

    /// The token's text without markup.
    var plainText: String {
        switch self {
        case .text(let text), .code(let text), .strong(let text): text
        case .link(let link): link.text
        }
    }
}

/// A sentence of prose, as tokens.
struct ProseSentence: Hashable {
    /// The tokens, in order.
    var tokens: [ProseToken]

    /// The sentence without markup.
    var text: String { tokens.map(\.plainText).joined() }

    /// The links, in order.
    var links: [InlineText.Link] {
        tokens.compactMap { if case .link(let link) = $0 { link } else { nil } }
    }

    /// The tokens from `index` on, as a sentence.
    func suffix(from index: Int) -> ProseSentence {
        ProseSentence(tokens: Array(tokens[index...]))
    }
}

/// Reads inline markdown (``InlineText/markdown``) into sentences of tokens.
enum Prose {
    /// The sentences of a run of inline text. Sentences end at `.`, `!` or `?`
    /// followed by white space (or at the end), outside code spans and links.
    static func sentences(of text: InlineText) -> [ProseSentence] {
        split(tokens(of: text.markdown))
    }

    /// The tokens of inline markdown: `` `code` ``, `[text](target)`, `**strong**`;
    /// backslash escapes are resolved and single `*` emphasis markers dropped. A strong
    /// run that holds a link or a code span is read as its inner tokens.
    static func tokens(of markdown: String) -> [ProseToken] {
        var tokens: [ProseToken] = []
        var text = ""
        func flush() {
            if !text.isEmpty { tokens.append(.text(text)) }
            text = ""
        }
        let characters = Array(markdown)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            switch character {
            case "\\" where index + 1 < characters.count && isEscapable(characters[index + 1]):
                text.append(characters[index + 1])
                index += 2
            case "`":
                let run = characters[index...].prefix { $0 == "`" }.count
                if let close = closingBackticks(in: characters, from: index + run, run: run) {
                    flush()
                    tokens.append(.code(String(characters[(index + run)..<close]).trimmedWhitespace))
                    index = close + run
                } else {
                    text += String(repeating: "`", count: run)
                    index += run
                }
            case "[":
                if let (label, target, end) = link(in: characters, at: index) {
                    flush()
                    let plain = Prose.tokens(of: label).map(\.plainText).joined()
                    tokens.append(.link(InlineText.Link(text: plain, target: target)))
                    index = end
                } else {
                    text.append(character)
                    index += 1
                }
            case "*" where index + 1 < characters.count && characters[index + 1] == "*":
                if let close = closingStrong(in: characters, from: index + 2) {
                    flush()
                    let inner = Prose.tokens(of: String(characters[(index + 2)..<close]))
                    if inner.contains(where: { if case .text = $0 { false } else { true } }) {
                        tokens += inner
                    } else {
                        tokens.append(.strong(inner.map(\.plainText).joined()))
                    }
                    index = close + 2
                } else {
                    index += 2
                }
            case "*":
                index += 1
            default:
                text.append(character)
                index += 1
            }
        }
        flush()
        return tokens
    }

    /// The sentences of a token list.
    static func split(_ tokens: [ProseToken]) -> [ProseSentence] {
        var sentences: [ProseSentence] = []
        var current: [ProseToken] = []
        func finish() {
            if current.contains(where: { !$0.plainText.trimmedWhitespace.isEmpty }) {
                sentences.append(ProseSentence(tokens: current))
            }
            current = []
        }
        for token in tokens {
            guard case .text(let text) = token else {
                current.append(token)
                continue
            }
            let characters = Array(text)
            var start = 0
            for index in characters.indices where ".!?".contains(characters[index]) {
                let atEnd = index + 1 == characters.count
                guard atEnd || characters[index + 1].isWhitespace else { continue }
                current.append(.text(String(characters[start...index])))
                finish()
                start = index + 1
            }
            if start < characters.count { current.append(.text(String(characters[start...]))) }
        }
        finish()
        return sentences
    }

    /// Whether a backslash before the character escapes it (ASCII punctuation and symbols).
    private static func isEscapable(_ character: Character) -> Bool {
        character.isASCII && (character.isPunctuation || character.isSymbol)
    }

    private static func closingBackticks(in characters: [Character], from start: Int, run: Int) -> Int? {
        var index = start
        while index < characters.count {
            if characters[index] == "`" {
                let length = characters[index...].prefix { $0 == "`" }.count
                if length == run { return index }
                index += length
            } else {
                index += 1
            }
        }
        return nil
    }

    private static func closingStrong(in characters: [Character], from start: Int) -> Int? {
        var index = start
        while index + 1 < characters.count {
            if characters[index] == "*" && characters[index + 1] == "*" { return index }
            index += 1
        }
        return nil
    }

    /// The link starting at `start` (`[label](target)`): its label, target and the index after it.
    private static func link(in characters: [Character], at start: Int) -> (String, String, Int)? {
        var depth = 0
        var index = start
        var labelEnd: Int?
        while index < characters.count {
            switch characters[index] {
            case "\\": index += 1
            case "[": depth += 1
            case "]":
                depth -= 1
                if depth == 0 { labelEnd = index }
            default: break
            }
            if labelEnd != nil { break }
            index += 1
        }
        guard let labelEnd, labelEnd + 1 < characters.count, characters[labelEnd + 1] == "(" else { return nil }
        depth = 0
        index = labelEnd + 1
        while index < characters.count {
            switch characters[index] {
            case "(": depth += 1
            case ")":
                depth -= 1
                if depth == 0 {
                    let label = String(characters[(start + 1)..<labelEnd])
                    var target = String(characters[(labelEnd + 2)..<index]).trimmedWhitespace
                    if let space = target.firstIndex(of: " ") { target = String(target[..<space]) }
                    if target.hasPrefix("<") && target.hasSuffix(">") { target = String(target.dropFirst().dropLast()) }
                    return (label, target, index + 1)
                }
            default: break
            }
            index += 1
        }
        return nil
    }
}

extension StringProtocol {
    /// The text without white space at either end.
    var trimmedWhitespace: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
              let last = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(self[first...last])
    }
}

extension Character {
    /// Whether the character is an ASCII letter.
    var isASCIILetter: Bool {
        guard let ascii = asciiValue else { return false }
        return (0x41...0x5A).contains(ascii) || (0x61...0x7A).contains(ascii)
    }

    /// Whether the character is an ASCII digit.
    var isASCIIDigit: Bool {
        guard let ascii = asciiValue else { return false }
        return (0x30...0x39).contains(ascii)
    }
}
