import GraphDocCore

extension PageBuilder {
    /// The media type of `message`'s last `Content-Type` header, in lower case and without
    /// parameters (`text/plain; charset=utf-8` → `text/plain`), if it has one.
    static func mediaType(of message: HTTPMessage) -> String? {
        message.headerValues(named: "Content-Type").last.map { value in
            value.split(separator: ";").first.map { $0.trimmingASCIIWhitespace().lowercased() } ?? ""
        }
    }

    /// Whether a media type names JSON. A body is read as JSON when its media type does, or,
    /// without one, when it starts with `{` or `[`.
    static func isJSONMediaType(_ type: String) -> Bool {
        type == "application/json" || type.hasSuffix("+json") || type == "text/json"
    }

    /// Reads the HTTP messages of an `http` (or `msgraph-interactive`) code block.
    mutating func readHTTP(_ block: CodeBlock) {
        let parsed = parseHTTPBlock(block.span, diagnostics: &diagnostics)
        for var message in parsed.messages {
            message.codeBlock = block.index
            if var body = message.body, let span = body.span {
                let looksLikeJSON = body.text.first == "{" || body.text.first == "["
                if Self.mediaType(of: message).map(Self.isJSONMediaType) ?? looksLikeJSON {
                    let start = (line: 0, column: 0)
                    body.json = JSONBodyReader.read(body.text, in: span, startingAt: start, what: "HTTP body", diagnostics: &diagnostics)
                    message.body = body
                }
            }
            httpMessages.append(message)
        }
    }

    /// Links each HTTP message written without a body to the `json` block right after
    /// its code block (only an annotation between them), which holds its body.
    mutating func linkSeparateBodies() {
        var messagesPerBlock: [Int: Int] = [:]
        for message in httpMessages {
            if let block = message.codeBlock { messagesPerBlock[block, default: 0] += 1 }
        }
        for index in httpMessages.indices {
            let message = httpMessages[index]
            guard message.body == nil, message.kind != .unknown, let blockIndex = message.codeBlock,
                  blockIndex + 1 < codeBlocks.count
            else { continue }
            let next = codeBlocks[blockIndex + 1]
            // A syntax listing (several requests in one block) documents paths, not a message.
            guard messagesPerBlock[blockIndex] == 1, next.language == "json", next.followsPreviousBlock else { continue }
            httpMessages[index].bodyCodeBlock = next.index
        }
    }
}
