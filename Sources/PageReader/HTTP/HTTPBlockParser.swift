import GraphDocCore
import HTTPTypes

/// Reads the HTTP messages of a ```` ```http ```` or ```` ```msgraph-interactive ````
/// code block.
///
/// The parser never fails and never drops text: whatever it does not
/// understand is kept (as a body, a header or an unrecognized line) and
/// reported as a warning in `diagnostics`, at its position in the page.
///
/// What it reads, beyond plain HTTP/1.1 messages:
/// - several request lines (with or without blank lines between them): a
///   syntax listing, one message per request line;
/// - a URL or path without a method: a request whose method is `nil`;
/// - status lines without an HTTP version (`400 Bad Request`, `HTTP 201 Created`,
///   `HTTP code: 201 Created`) or without a reason phrase (`HTTP/1.1 200`);
/// - a blank line between a request line and its headers, when every line after
///   it up to the next blank line (or a `{`) is a well-formed header;
/// - a body (`{` or `[`) right after the headers, without a blank line;
/// - a block that starts with a header or a body: a message without a start line.
///
/// A body runs to the end of the block, or to a request line with a standard
/// method or a status line starting with `HTTP` that follows a blank line.
///
/// - Parameters:
///   - span: The block's content (the lines between its fences).
///   - diagnostics: Where the parser adds the problems it finds.
/// - Returns: The messages of the block.
public func parseHTTPBlock(_ span: SourceSpan, diagnostics: inout Diagnostics) -> HTTPBlock {
    var parser = HTTPBlockParser(span: span)
    let block = parser.parse()
    for diagnostic in parser.diagnostics.all {
        diagnostics.emit(diagnostic)
    }
    return block
}

/// The state of reading one block: its classified lines and a cursor.
private struct HTTPBlockParser {
    let span: SourceSpan
    let lines: [HTTPLine]
    var diagnostics = Diagnostics()
    /// The index of the next line to read.
    var index = 0

    init(span: SourceSpan) {
        self.span = span
        self.lines = span.lines.map(HTTPLine.init)
    }

    mutating func parse() -> HTTPBlock {
        skipBlankLines()
        guard index < lines.count else {
            warn(.emptyBlock, "The HTTP code block is empty.", line: 0, column: 0)
            return HTTPBlock(messages: [])
        }
        var messages: [HTTPMessage] = []
        while index < lines.count {
            messages.append(readMessage())
            skipBlankLines()
        }
        return HTTPBlock(messages: messages)
    }

    // MARK: - Messages

    /// Reads the message that starts at the current line, which is not blank.
    private mutating func readMessage() -> HTTPMessage {
        let line = lines[index]
        var message = HTTPMessage(position: span.position(line: index, column: line.indentation))
        switch line.shape {
        case let .requestLine(method, target, httpVersion):
            message.requestLine = readRequestLine(method: method, target: target, httpVersion: httpVersion)
            index += 1
        case let .statusLine(httpVersion, code, reasonPhrase, isStandard):
            message.statusLine = readStatusLine(
                httpVersion: httpVersion, code: code, reasonPhrase: reasonPhrase, isStandard: isStandard)
            index += 1
        case .header:
            warn(
                .missingStartLine,
                "The HTTP code block starts with a header, not with a request or status line; "
                    + "it is read as a message without a start line.",
                line: index, column: line.indentation)
        case .bodyOpener, .text, .blank:
            warn(
                .missingStartLine,
                "The HTTP code block starts with '\(line.trimmedText.prefix(40))', not with a request or status line; "
                    + "it is read as a body.",
                line: index, column: line.indentation)
            message.body = readBody()
            return message
        }
        readHeaderSection(into: &message)
        return message
    }

    /// Reads the headers after a start line and then the body, if any, stopping
    /// at the start of the next message.
    private mutating func readHeaderSection(into message: inout HTTPMessage) {
        var mayHaveHeadersAfterBlankLine = message.requestLine != nil
        while true {
            // The lines up to the first blank line.
            headerLines: while index < lines.count {
                let line = lines[index]
                switch line.shape {
                case .blank:
                    break headerLines
                case .requestLine, .statusLine:
                    // The next request of a syntax listing (or a response after its request).
                    return
                case _ where line.indentation > 0 && !message.headers.isEmpty:
                    foldIntoLastHeader(line, of: &message)
                case .bodyOpener:
                    warn(
                        .missingBlankLineBeforeBody,
                        "The body starts without a blank line after the headers.",
                        line: index, column: line.indentation)
                    message.body = readBody()
                    return
                case let .header(name, value, spaceBeforeColon):
                    message.headers.append(readHeader(name: name, value: value, spaceBeforeColon: spaceBeforeColon))
                case .text:
                    warn(
                        .unrecognizedHeaderLine,
                        "The line '\(line.trimmedText.prefix(40))' in the header section is not a header; it is kept as is.",
                        line: index, column: line.indentation)
                    message.unrecognizedLines.append(
                        HTTPTextLine(text: line.trimmedText, position: span.position(line: index, column: line.indentation)))
                }
                index += 1
            }

            // After the blank line: the next message, headers written after a blank line, or the body.
            let blankLine = index
            skipBlankLines()
            guard index < lines.count else { return }
            let line = lines[index]
            switch line.shape {
            case .requestLine(method: nil, _, _):
                // A listing of URLs or paths without methods goes on; otherwise a URL is body text.
                if let requestLine = message.requestLine, requestLine.method == nil,
                   message.headers.isEmpty, message.unrecognizedLines.isEmpty {
                    return
                }
            case .requestLine, .statusLine:
                return
            case .header where mayHaveHeadersAfterBlankLine && message.headers.isEmpty
                && message.unrecognizedLines.isEmpty && isHeaderSection(from: index):
                warn(
                    .blankLineBeforeHeaders,
                    "A blank line separates the request line from its headers; the lines after it are read as headers.",
                    line: blankLine, column: 0)
                mayHaveHeadersAfterBlankLine = false
                continue
            default:
                break
            }
            message.body = readBody()
            return
        }
    }

    /// Whether the lines from `start` are well-formed headers up to a blank line,
    /// a `{` or `[` line, or the end of the block.
    private func isHeaderSection(from start: Int) -> Bool {
        var current = start
        while current < lines.count {
            let line = lines[current]
            switch line.shape {
            case .blank, .bodyOpener:
                return current > start
            case let .header(name, _, spaceBeforeColon):
                guard line.indentation == 0, !spaceBeforeColon, HTTPField.Name(line.text(name)) != nil else {
                    return false
                }
            default:
                return false
            }
            current += 1
        }
        return current > start
    }

    /// Reads a body from the current line (not blank) to the end of the block, or
    /// to the start of another message after a blank line.
    private mutating func readBody() -> HTTPBody {
        let first = index
        var last = index
        index += 1
        while index < lines.count {
            if lines[index].isBlank {
                index += 1
                continue
            }
            if lines[index - 1].isBlank && startsNextMessage(lines[index]) { break }
            last = index
            index += 1
        }
        let bodyLines = Array(span.lines[first...last])
        let bodySpan = SourceSpan(lines: bodyLines, file: span.file) { [span] line, column in
            span.position(line: first + line, column: column)
        }
        return HTTPBody(
            text: bodyLines.joined(separator: "\n"),
            position: span.position(line: first, column: 0),
            span: bodySpan)
    }

    /// Whether a line inside a body is unmistakably the start of another message:
    /// a status line that starts with `HTTP` (`HTTP/1.1 201 Created`, `HTTP 201 Created`,
    /// `HTTP code: 201`), or a standard method (as spelled in the standard) followed
    /// by a path or an `http(s)` URL.
    private func startsNextMessage(_ line: HTTPLine) -> Bool {
        switch line.shape {
        case .statusLine:
            return line.bytes[line.content].starts(with: "HTTP".utf8)
        case let .requestLine(method?, target, _):
            let targetStart = line.bytes[target.lowerBound]
            return HTTPRequestLine.standardMethods.contains(line.text(method))
                && (targetStart == UInt8(ascii: "/") || HTTPLine.schemeSeparator(line.bytes, target) != nil)
        default:
            return false
        }
    }

    // MARK: - Lines

    private mutating func readRequestLine(
        method: Range<Int>?, target: Range<Int>, httpVersion: Range<Int>?
    ) -> HTTPRequestLine {
        let line = lines[index]
        let targetText = line.text(target)
        let url = DocumentedURL(parsing: targetText)
        let requestLine = HTTPRequestLine(
            method: method.map(line.text),
            target: targetText,
            url: url,
            httpVersion: httpVersion.map(line.text),
            targetPosition: span.position(line: index, column: target.lowerBound))

        if let method {
            if !requestLine.hasStandardMethod {
                warn(
                    .unknownMethod,
                    "'\(line.text(method))' is not a standard HTTP method; it is kept as written.",
                    line: index, column: method.lowerBound)
            }
        } else {
            warn(
                .missingMethod,
                "The request line '\(targetText.prefix(40))' has no method; it is read as a request with an unknown method.",
                line: index, column: target.lowerBound)
        }
        if !url.isAbsolute && !targetText.hasPrefix("/") {
            warn(
                .targetWithoutLeadingSlash,
                "The request path '\(targetText.prefix(40))' does not start with '/'; it is read as '\(url.path.prefix(40))'.",
                line: index, column: target.lowerBound)
        }
        if let version = url.apiVersion, !version.isCanonical {
            let offset = targetText.firstRange(of: version.written).map {
                targetText.utf8.distance(from: targetText.startIndex, to: $0.lowerBound)
            } ?? 0
            warn(
                .nonCanonicalAPIVersion,
                "The API version '\(version.written)' is not written as 'v1.0' or 'beta'.",
                line: index, column: target.lowerBound + offset)
        }
        return requestLine
    }

    private mutating func readStatusLine(
        httpVersion: Range<Int>?, code: Int, reasonPhrase: Range<Int>?, isStandard: Bool
    ) -> HTTPStatusLine {
        let line = lines[index]
        let statusLine = HTTPStatusLine(
            httpVersion: httpVersion.map(line.text), code: code, reasonPhrase: reasonPhrase.map(line.text))
        if !isStandard {
            warn(
                .nonStandardStatusLine,
                "The status line '\(line.trimmedText.prefix(40))' is not of the form 'HTTP/1.1 200 OK'; "
                    + "it is read as status \(code).",
                line: index, column: line.indentation)
        }
        if statusLine.status.kind == .invalid {
            warn(
                .invalidStatusCode, "The status code \(code) is not between 100 and 599.",
                line: index, column: line.indentation)
        }
        return statusLine
    }

    private mutating func readHeader(name: Range<Int>, value: Range<Int>, spaceBeforeColon: Bool) -> HTTPHeader {
        let line = lines[index]
        let header = HTTPHeader(
            name: line.text(name), value: line.text(value), position: span.position(line: index, column: name.lowerBound))
        if header.fieldName == nil {
            warn(
                .invalidHeaderName, "'\(header.name.prefix(40))' is not a valid header field name; it is kept as written.",
                line: index, column: name.lowerBound)
        } else if spaceBeforeColon {
            warn(
                .invalidHeaderName, "The header name '\(header.name)' is followed by whitespace before its colon.",
                line: index, column: name.upperBound)
        }
        return header
    }

    /// Joins an indented line to the value of the message's last header.
    private mutating func foldIntoLastHeader(_ line: HTTPLine, of message: inout HTTPMessage) {
        let last = message.headers.count - 1
        message.headers[last].value += (message.headers[last].value.isEmpty ? "" : " ") + line.trimmedText
        warn(
            .foldedHeader,
            "The indented line continues the header '\(message.headers[last].name)' (obsolete line folding).",
            line: index, column: line.indentation)
    }

    // MARK: - Helpers

    private mutating func skipBlankLines() {
        while index < lines.count && lines[index].isBlank { index += 1 }
    }

    private mutating func warn(_ code: HTTPDiagnosticCode, _ message: String, line: Int, column: Int) {
        diagnostics.emit(.warning, code: code.rawValue, message, at: span.location(line: line, column: column))
    }
}
