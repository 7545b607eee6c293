/// The state machine behind ``LenientJSONReader``: one pass over the bytes with
/// an explicit stack of open containers, so that nesting never recurses.
///
/// Values of open containers wait on one flat stack (`pendingValues`), keys of
/// open objects on another (`pendingKeys`); closing a container moves its slice
/// of both into a new ``JSONValue``.
struct JSONParser {
    /// An array or object being read.
    struct Frame {
        /// What the container expects next.
        enum State {
            /// An element (array) or a key (object): at the start or after a comma.
            case expectingElement
            /// A comma or the closing bracket, after an element or a member's value.
            case afterElement
            /// The `:` after a key (objects only).
            case afterKey
            /// A member's value, after its `:` (objects only).
            case expectingValue
        }

        var isObject: Bool
        /// An object that has no braces in the input (a top-level fragment of members).
        var isFragment: Bool
        /// Where the opening bracket (or, for a fragment, the first key) is.
        var position: JSONPosition
        /// Where this container's elements start in `pendingValues`.
        var valuesStart: Int
        /// Where this object's keys start in `pendingKeys`.
        var keysStart: Int
        var state: State = .expectingElement
        /// The comma that put the container back in `expectingElement`, if any.
        var lastComma: JSONPosition?
        /// Whether stray text was just skipped (so a missing comma is not reported again).
        var afterStrayText = false

        /// Whether `closer` (`]` or `}`) closes this container.
        func isClosed(by closer: UInt8) -> Bool {
            isObject ? (closer == .closeBrace && !isFragment) : closer == .closeBracket
        }
    }

    /// A key read in an object that is still open.
    struct PendingKey {
        var key: String
        var position: JSONPosition
    }

    let bytes: UnsafeBufferPointer<UInt8>
    let maxDepth: Int
    /// The offset of the next byte to read.
    var index = 0
    /// The 1-based line of `index`.
    var line = 1
    /// The offset at which the line of `index` starts.
    var lineStart = 0
    var issues: [JSONIssue] = []
    var frames: [Frame] = []
    var pendingValues: [JSONValue] = []
    var pendingKeys: [PendingKey] = []
    /// The complete top-level value, once read.
    var topLevelValue: JSONValue?
    /// Set when a failure stops the reader.
    var stopped = false

    init(bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int) {
        self.bytes = bytes
        self.maxDepth = maxDepth
    }

    var isAtEnd: Bool { index >= bytes.count }

    // MARK: - Top level

    mutating func parse() -> JSONReadResult {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            index = 3  // A byte-order mark, which RFC 8259 lets readers ignore.
        }
        skipTrivia()
        if isAtEnd {
            report(.emptyInput, at: index, "The input holds no JSON value.")
            return finish(keepingValue: false)
        }
        guard startsLikeJSON() else {
            report(
                .notJSON, at: index,
                "The input is not JSON: it starts with '\(snippet(from: index))'.")
            return finish(keepingValue: false)
        }
        readTopLevelStart()
        while !frames.isEmpty && !stopped {
            step()
        }
        if stopped { return finish(keepingValue: false) }
        skipTrivia()
        if !isAtEnd {
            report(
                .textAfterValue, at: index,
                "Text after the end of the JSON value was not read: '\(snippet(from: index))'.")
        }
        return finish(keepingValue: true)
    }

    private mutating func finish(keepingValue: Bool) -> JSONReadResult {
        let ordered = issues.enumerated().sorted { lhs, rhs in
            (lhs.element.position.offset, lhs.offset) < (rhs.element.position.offset, rhs.offset)
        }
        return JSONReadResult(value: keepingValue ? topLevelValue : nil, issues: ordered.map(\.element))
    }

    /// Whether the first tokens are JSON ones; see ``LenientJSONReader`` for the rule.
    private func startsLikeJSON() -> Bool {
        let first = bytes[index]
        switch first {
        case .openBrace, .openBracket:
            let next = offsetOfNextToken(from: index + 1)
            guard next < bytes.count else { return true }
            let byte = bytes[next]
            if byte == (first == .openBrace ? UInt8.closeBrace : .closeBracket) { return true }
            if quoteKind(at: next) != nil || ellipsisEnd(at: next) != nil { return true }
            if first == .openBrace {
                return unquotedKeyEnd(at: next) != nil
            }
            return byte == .openBrace || byte == .openBracket || byte == UInt8(ascii: "-") || byte.isASCIIDigit
                || scalarTokenEnd(at: next) != nil
        default:
            return quoteKind(at: index) != nil || scalarTokenEnd(at: index) != nil
        }
    }

    /// Reads the first token of the top-level value: a container opens a frame, a
    /// scalar completes the value, and a string followed by `:` starts a fragment.
    private mutating func readTopLevelStart() {
        guard let quote = quoteKind(at: index) else {
            readValue()
            return
        }
        let position = self.position(at: index)
        let string = readString(quote)
        let colon = offsetOfNextToken(from: index)
        guard colon < bytes.count, bytes[colon] == .colon else {
            complete(JSONValue(.string(string), position: position))
            return
        }
        report(
            .missingBraces, at: position,
            "Object members without the enclosing '{ }' were read as an object.")
        frames.append(
            Frame(
                isObject: true, isFragment: true, position: position,
                valuesStart: pendingValues.count, keysStart: pendingKeys.count, state: .afterKey))
        pendingKeys.append(PendingKey(key: string, position: position))
    }

    // MARK: - Containers

    /// Reads one token of the innermost open container.
    private mutating func step() {
        skipTrivia()
        guard !isAtEnd else {
            closeAllAtEnd()
            return
        }
        let top = frames.count - 1
        let byte = bytes[index]
        if byte == .closeBrace || byte == .closeBracket {
            readCloser(byte)
            return
        }
        switch frames[top].state {
        case .expectingElement:
            if byte == .comma {
                report(.extraComma, at: index, "A comma with no element before it was ignored.")
                index += 1
            } else if let end = ellipsisEnd(at: index) {
                report(
                    .ellipsis, at: index,
                    frames[top].isObject
                        ? "An ellipsis standing for omitted members was skipped."
                        : "An ellipsis standing for omitted elements was skipped.")
                advance(to: end)
                frames[top].state = .afterElement
                frames[top].lastComma = nil
            } else if frames[top].isObject {
                readKey()
            } else {
                readValue()
            }

        case .afterElement:
            if byte == .comma {
                frames[top].lastComma = position(at: index)
                frames[top].state = .expectingElement
                frames[top].afterStrayText = false
                index += 1
            } else if let end = ellipsisEnd(at: index) {
                report(.ellipsis, at: index, "An ellipsis after an element was skipped.")
                advance(to: end)
            } else if frames[top].isObject ? looksLikeKey(at: index) : looksLikeValue(at: index) {
                if !frames[top].afterStrayText {
                    report(
                        .missingComma, at: index,
                        frames[top].isObject
                            ? "A comma is missing before this member."
                            : "A comma is missing before this element.")
                }
                frames[top].state = .expectingElement
                frames[top].lastComma = nil
                frames[top].afterStrayText = false
            } else {
                skipStrayText()
                frames[top].afterStrayText = true
            }

        case .afterKey:
            if byte == .colon {
                frames[top].state = .expectingValue
                index += 1
            } else if byte == .comma || looksLikeKey(at: index) {
                completeKeyWithoutValue()
            } else {
                report(.missingColon, at: index, "A ':' is missing between the key and its value.")
                frames[top].state = .expectingValue
            }

        case .expectingValue:
            if byte == .comma {
                report(.missingValue, at: index, "A value is missing after ':'; it was read as null.")
                complete(JSONValue(.null, position: position(at: index)))
            } else if let end = ellipsisEnd(at: index) {
                report(.ellipsis, at: index, "An ellipsis in place of a value was read as null.")
                complete(JSONValue(.null, position: position(at: index)))
                advance(to: end)
            } else {
                readValue()
            }
        }
    }

    /// Reads a `]` or `}` at `index`.
    private mutating func readCloser(_ closer: UInt8) {
        let top = frames.count - 1
        let closerPosition = position(at: index)
        if frames[top].isClosed(by: closer) {
            index += 1
            closeTop(endedBy: closerPosition)
            return
        }
        let name = closer == .closeBrace ? "'}'" : "']'"
        guard let target = frames.lastIndex(where: { $0.isClosed(by: closer) }) else {
            report(.mismatchedBracket, at: closerPosition, "\(name) matches no open bracket; it was skipped.")
            index += 1
            return
        }
        let openers = frames[(target + 1)...].map { $0.isObject ? "'{' at \($0.position)" : "'[' at \($0.position)" }
        report(
            .mismatchedBracket, at: closerPosition,
            "\(name) closes the \(frames[target].isObject ? "object" : "array") opened at \(frames[target].position), "
                + "so \(openers.reversed().joined(separator: ", ")) was closed here.")
        index += 1
        while frames.count > target + 1 {
            closeTop(endedBy: closerPosition)
        }
        closeTop(endedBy: closerPosition)
    }

    /// Closes every open container at the end of the input.
    private mutating func closeAllAtEnd() {
        let end = position(at: bytes.count)
        while let frame = frames.last {
            closeTop(endedBy: end)
            if !frame.isFragment {
                report(
                    .unclosedContainer, at: end,
                    "The input ends inside the \(frame.isObject ? "object" : "array") opened at \(frame.position); it was closed.")
            }
        }
    }

    /// Pops the innermost container, completing it as a value.
    private mutating func closeTop(endedBy end: JSONPosition) {
        let top = frames.count - 1
        switch frames[top].state {
        case .expectingElement:
            if let comma = frames[top].lastComma {
                report(.trailingComma, at: comma, "A trailing comma before the closing bracket was ignored.")
            }
        case .afterKey:
            completeKeyWithoutValue()
        case .expectingValue:
            report(.missingValue, at: end, "A value is missing after ':'; it was read as null.")
            complete(JSONValue(.null, position: end))
        case .afterElement:
            break
        }
        let frame = frames.removeLast()
        let elements = Array(pendingValues[frame.valuesStart...])
        pendingValues.removeSubrange(frame.valuesStart...)
        guard frame.isObject else {
            complete(JSONValue(.array(elements), position: frame.position))
            return
        }
        var members: [JSONMember] = []
        members.reserveCapacity(elements.count)
        for (offset, value) in elements.enumerated() {
            let key = pendingKeys[frame.keysStart + offset]
            members.append(JSONMember(key.key, value, keyPosition: key.position))
        }
        pendingKeys.removeSubrange(frame.keysStart...)
        reportDuplicateKeys(in: members)
        complete(JSONValue(.object(members), position: frame.position))
    }

    private mutating func reportDuplicateKeys(in members: [JSONMember]) {
        guard members.count > 1 else { return }
        if members.count <= 16 {
            for later in 1..<members.count {
                let key = members[later].key
                if let earlier = members[..<later].firstIndex(where: { $0.key == key }) {
                    reportDuplicate(members[later], of: members[earlier])
                }
            }
        } else {
            var firstIndex: [String: Int] = [:]
            for (offset, member) in members.enumerated() {
                if let earlier = firstIndex[member.key] {
                    reportDuplicate(member, of: members[earlier])
                } else {
                    firstIndex[member.key] = offset
                }
            }
        }
    }

    private mutating func reportDuplicate(_ member: JSONMember, of earlier: JSONMember) {
        guard let position = member.keyPosition else { return }
        let first = earlier.keyPosition.map { " (first at \($0))" } ?? ""
        report(.duplicateKey, at: position, "The key '\(Self.shortened(member.key))' appears more than once in this object\(first); both members were kept.")
    }

    /// Completes a member whose key has neither `:` nor value, with `null`.
    private mutating func completeKeyWithoutValue() {
        let key = pendingKeys[pendingKeys.count - 1]
        report(.memberWithoutValue, at: key.position, "The key '\(Self.shortened(key.key))' has no ':' and no value; its value was read as null.")
        complete(JSONValue(.null, position: key.position))
    }

    // MARK: - Values

    /// Hands a complete value to the innermost container, or makes it the top-level value.
    mutating func complete(_ value: JSONValue) {
        guard !frames.isEmpty else {
            topLevelValue = value
            return
        }
        pendingValues.append(value)
        let top = frames.count - 1
        frames[top].state = .afterElement
        frames[top].lastComma = nil
    }

    /// Opens a container at `index`, unless that nests too deeply.
    private mutating func open(isObject: Bool) {
        let position = self.position(at: index)
        guard frames.count < maxDepth else {
            report(
                .nestingTooDeep, at: position,
                "Arrays and objects are nested more than \(maxDepth) deep; the input was not read.")
            stopped = true
            return
        }
        index += 1
        frames.append(
            Frame(
                isObject: isObject, isFragment: false, position: position,
                valuesStart: pendingValues.count, keysStart: pendingKeys.count))
    }

    /// Reads the value at `index`: opens a container, or reads a scalar and completes it.
    private mutating func readValue() {
        let start = index
        let byte = bytes[start]
        if byte == .openBrace {
            open(isObject: true)
            return
        }
        if byte == .openBracket {
            open(isObject: false)
            return
        }
        let position = self.position(at: start)
        if let quote = quoteKind(at: start) {
            let string = readString(quote)
            complete(JSONValue(.string(string), position: position))
            return
        }
        if let end = scalarTokenEnd(at: start) {
            let content: JSONValue.Content
            switch byte {
            case UInt8(ascii: "t"): content = .bool(true)
            case UInt8(ascii: "f"): content = .bool(false)
            case UInt8(ascii: "n"): content = .null
            default: content = .number(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
            }
            index = end
            complete(JSONValue(content, position: position))
            return
        }
        let text = readUnquotedValue()
        report(.unquotedValue, at: position, "The unquoted value '\(Self.shortened(text))' was read as a string.")
        complete(JSONValue(.string(text), position: position))
    }

    /// Reads the key at `index` of an object expecting one, or skips stray text.
    private mutating func readKey() {
        let top = frames.count - 1
        let position = self.position(at: index)
        if let quote = quoteKind(at: index) {
            let key = readString(quote)
            pendingKeys.append(PendingKey(key: key, position: position))
            frames[top].state = .afterKey
        } else if let end = unquotedKeyEnd(at: index) {
            let key = makeString(from: index, to: end)
            report(.unquotedKey, at: position, "The unquoted key '\(Self.shortened(key))' was read as a string.")
            index = end
            pendingKeys.append(PendingKey(key: key, position: position))
            frames[top].state = .afterKey
        } else {
            skipStrayText()
        }
    }

    // MARK: - Issues

    mutating func report(_ kind: JSONIssue.Kind, at offset: Int, _ message: String) {
        issues.append(JSONIssue(kind, at: position(at: offset), message))
    }

    mutating func report(_ kind: JSONIssue.Kind, at position: JSONPosition, _ message: String) {
        issues.append(JSONIssue(kind, at: position, message))
    }

    /// `text`, cut to 40 characters (with `…`) and with line breaks shown as `\n`, for messages.
    static func shortened(_ text: String) -> String {
        var shown = text.prefix(41)
        if shown.count > 40 { shown = shown.prefix(40) + "…" }
        return String(shown).replacing("\n", with: "\\n")
    }

    /// Up to 40 bytes of the input from `offset`, up to the end of the line, for messages.
    func snippet(from offset: Int) -> String {
        var end = offset
        while end < bytes.count, end - offset < 40, bytes[end] != .newline, bytes[end] != .carriageReturn {
            end += 1
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<end]), as: UTF8.self)
        return end < bytes.count && bytes[end] != .newline && bytes[end] != .carriageReturn ? text + "…" : text
    }
}
