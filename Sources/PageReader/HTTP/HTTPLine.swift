/// One line of an HTTP code block, with the shape it has on its own.
///
/// Whether a line really is what its shape says depends on where it stands
/// (a header-like line after the blank line is body text); the block parser
/// decides that. Ranges are byte offsets into ``bytes``, which are also the
/// line's 0-based byte columns.
struct HTTPLine {
    /// What a line looks like, judged on the line alone.
    enum Shape {
        /// A line of only whitespace.
        case blank
        /// `METHOD target [HTTP/x.y]`, or a URL or path alone (`method` is `nil`).
        case requestLine(method: Range<Int>?, target: Range<Int>, httpVersion: Range<Int>?)
        /// `HTTP/1.1 200 OK`, or a non-standard form (`400 Bad Request`,
        /// `HTTP 201 Created`, `HTTP code: 201 Created`) when `isStandard` is false.
        case statusLine(httpVersion: Range<Int>?, code: Int, reasonPhrase: Range<Int>?, isStandard: Bool)
        /// `Name: value`; `name` excludes any whitespace before the colon.
        case header(name: Range<Int>, value: Range<Int>, spaceBeforeColon: Bool)
        /// A line starting with `{` or `[`: the start of a JSON body.
        case bodyOpener
        /// Anything else.
        case text
    }

    /// The line's UTF-8 bytes.
    let bytes: [UInt8]
    /// The number of whitespace bytes before the line's content.
    let indentation: Int
    /// The offset just past the line's content, before trailing whitespace.
    let contentEnd: Int
    /// The line's shape.
    let shape: Shape

    /// Reads the shape of a line.
    init(_ line: Substring) {
        bytes = Array(line.utf8)
        indentation = bytes.firstIndex { !Self.isWhitespace($0) } ?? bytes.count
        contentEnd = (bytes.lastIndex { !Self.isWhitespace($0) } ?? -1) + 1
        shape = Self.shape(of: bytes, content: indentation..<max(indentation, contentEnd))
    }

    /// The whitespace-trimmed content range.
    var content: Range<Int> { indentation..<max(indentation, contentEnd) }

    /// The text of a byte range of the line.
    func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// The line's content without surrounding whitespace.
    var trimmedText: String { text(content) }

    var isBlank: Bool {
        if case .blank = shape { return true }
        return false
    }

    // MARK: - Shapes

    private static func shape(of bytes: [UInt8], content: Range<Int>) -> Shape {
        guard !content.isEmpty else { return .blank }
        let first = bytes[content.lowerBound]
        if first == UInt8(ascii: "{") || first == UInt8(ascii: "[") { return .bodyOpener }
        if let status = statusLine(bytes, content) { return status }
        if first == UInt8(ascii: "/") || schemeSeparator(bytes, content) != nil {
            return .requestLine(method: nil, target: content, httpVersion: nil)
        }
        if let request = requestLine(bytes, content) { return request }
        if let header = header(bytes, content) { return header }
        return .text
    }

    /// `HTTP/x.y NNN [reason]`, `HTTP NNN [reason]`, `HTTP code: NNN [reason]`, `NNN reason`.
    private static func statusLine(_ bytes: [UInt8], _ content: Range<Int>) -> Shape? {
        var scanner = ByteScanner(bytes: bytes, range: content)
        if scanner.skip("HTTP/") {
            let versionStart = content.lowerBound
            guard scanner.skipDigits() > 0 else { return nil }
            if scanner.skip(".") { guard scanner.skipDigits() > 0 else { return nil } }
            let version = versionStart..<scanner.offset
            guard scanner.skipSpaces() > 0, let code = scanner.statusCode() else { return nil }
            return .statusLine(httpVersion: version, code: code, reasonPhrase: scanner.rest, isStandard: true)
        }
        if scanner.skip("HTTP") {
            let spaces = scanner.skipSpaces()
            let wroteCode = scanner.skip("code") || scanner.skip("Code")
            let colon = scanner.skip(":")
            guard spaces > 0 || colon else { return nil }
            guard !wroteCode || colon || scanner.skipSpaces() > 0 else { return nil }
            scanner.skipSpaces()
            guard let code = scanner.statusCode() else { return nil }
            return .statusLine(httpVersion: nil, code: code, reasonPhrase: scanner.rest, isStandard: false)
        }
        // `NNN Reason`: a reason phrase is required, so that a number alone stays text.
        guard let code = scanner.statusCode(), let reason = scanner.rest,
              isLetter(bytes[reason.lowerBound]) else { return nil }
        return .statusLine(httpVersion: nil, code: code, reasonPhrase: reason, isStandard: false)
    }

    /// `METHOD target [HTTP/x.y]`. The method must be a standard method in any
    /// case, or an upper-case word followed by a path or an `http(s)` URL.
    private static func requestLine(_ bytes: [UInt8], _ content: Range<Int>) -> Shape? {
        var scanner = ByteScanner(bytes: bytes, range: content)
        let methodStart = scanner.offset
        while scanner.offset < content.upperBound, isTokenCharacter(bytes[scanner.offset]) { scanner.offset += 1 }
        let method = methodStart..<scanner.offset
        guard !method.isEmpty, scanner.skipSpaces() > 0, let rest = scanner.rest else { return nil }
        let methodText = String(decoding: bytes[method], as: UTF8.self)
        let looksLikeTarget = bytes[rest.lowerBound] == UInt8(ascii: "/") || schemeSeparator(bytes, rest) != nil
        let isStandard = HTTPRequestLine.standardMethods.contains(methodText.uppercased())
        let isUpperCaseWord = method.count >= 3 && bytes[method].allSatisfy { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }
        guard isStandard || (isUpperCaseWord && methodText != "HTTP" && looksLikeTarget) else { return nil }

        // An HTTP version after the last space ends the target.
        var target = rest
        var version: Range<Int>?
        if let lastSpace = bytes[rest].lastIndex(where: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) {
            var versionScanner = ByteScanner(bytes: bytes, range: (lastSpace + 1)..<rest.upperBound)
            if versionScanner.skip("HTTP/"), versionScanner.skipDigits() > 0,
               !versionScanner.skip(".") || versionScanner.skipDigits() > 0, versionScanner.rest == nil {
                version = (lastSpace + 1)..<rest.upperBound
                let targetEnd = (bytes[rest.lowerBound..<lastSpace].lastIndex { !isWhitespace($0) } ?? rest.lowerBound) + 1
                target = rest.lowerBound..<targetEnd
            }
        }
        return .requestLine(method: method, target: target, httpVersion: version)
    }

    /// `Name: value`, where the name is visible ASCII without a colon; whitespace
    /// before the colon is allowed here and reported by the parser.
    private static func header(_ bytes: [UInt8], _ content: Range<Int>) -> Shape? {
        guard let colon = bytes[content].firstIndex(of: UInt8(ascii: ":")) else { return nil }
        let nameEnd = (bytes[content.lowerBound..<colon].lastIndex { !isWhitespace($0) } ?? (content.lowerBound - 1)) + 1
        let name = content.lowerBound..<nameEnd
        guard !name.isEmpty, bytes[name].allSatisfy({ (0x21...0x7E).contains($0) }) else { return nil }
        var valueStart = colon + 1
        while valueStart < content.upperBound, isWhitespace(bytes[valueStart]) { valueStart += 1 }
        return .header(name: name, value: valueStart..<content.upperBound, spaceBeforeColon: nameEnd != colon)
    }

    /// The offset of `://` after a URL scheme at the start of `range`, if there is one.
    static func schemeSeparator(_ bytes: [UInt8], _ range: Range<Int>) -> Int? {
        guard let first = range.first, isLetter(bytes[first]) else { return nil }
        var offset = first + 1
        while offset < range.upperBound {
            let byte = bytes[offset]
            if byte == UInt8(ascii: ":") { break }
            guard isLetter(byte) || isDigit(byte) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
                || byte == UInt8(ascii: ".") else { return nil }
            offset += 1
        }
        guard offset + 3 <= range.upperBound, bytes[offset..<offset + 3].elementsEqual("://".utf8) else { return nil }
        return offset
    }

    // MARK: - Bytes

    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
    }

    static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }

    static func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    /// Whether a byte may appear in an HTTP token (RFC 9110 `tchar`).
    static func isTokenCharacter(_ byte: UInt8) -> Bool {
        isLetter(byte) || isDigit(byte) || "!#$%&'*+-.^_`|~".utf8.contains(byte)
    }
}

/// A cursor over a byte range of a line.
private struct ByteScanner {
    let bytes: [UInt8]
    let range: Range<Int>
    var offset: Int

    init(bytes: [UInt8], range: Range<Int>) {
        self.bytes = bytes
        self.range = range
        self.offset = range.lowerBound
    }

    /// Skips `literal` if the bytes at the cursor are exactly it.
    mutating func skip(_ literal: String) -> Bool {
        let end = offset + literal.utf8.count
        guard end <= range.upperBound, bytes[offset..<end].elementsEqual(literal.utf8) else { return false }
        offset = end
        return true
    }

    /// Skips digits and returns how many.
    @discardableResult
    mutating func skipDigits() -> Int {
        let start = offset
        while offset < range.upperBound, HTTPLine.isDigit(bytes[offset]) { offset += 1 }
        return offset - start
    }

    /// Skips spaces and tabs and returns how many.
    @discardableResult
    mutating func skipSpaces() -> Int {
        let start = offset
        while offset < range.upperBound, HTTPLine.isWhitespace(bytes[offset]) { offset += 1 }
        return offset - start
    }

    /// Reads exactly three digits followed by whitespace or the end, then skips the whitespace.
    mutating func statusCode() -> Int? {
        let start = offset
        guard skipDigits() == 3 else {
            offset = start
            return nil
        }
        let code = bytes[start..<offset].reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
        guard offset == range.upperBound || skipSpaces() > 0 else {
            offset = start
            return nil
        }
        return code
    }

    /// The range from the cursor to the end, or `nil` when it is empty.
    var rest: Range<Int>? {
        offset < range.upperBound ? offset..<range.upperBound : nil
    }
}
