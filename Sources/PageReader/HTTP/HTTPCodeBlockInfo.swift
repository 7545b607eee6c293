/// Whether a fenced code block's info string marks an HTTP block: its first
/// word is `http` or `msgraph-interactive`, in any case (` http`, `HTTP`).
///
/// - Parameter infoString: The text after the opening fence.
public func isHTTPCodeBlock(infoString: some StringProtocol) -> Bool {
    let firstWord = infoString.split(whereSeparator: \.isWhitespace).first.map { $0.lowercased() }
    return firstWord == "http" || firstWord == "msgraph-interactive"
}
