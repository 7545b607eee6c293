import PageReader
import Testing

@Suite("HTTP code block info strings")
struct HTTPCodeBlockInfoTests {
    @Test("http and msgraph-interactive in any case, with leading space or further words", arguments: [
        "http", "HTTP", " http", "Http", "msgraph-interactive", "MSGraph-Interactive", "http title=\"x\"",
    ])
    func httpInfoStrings(info: String) {
        #expect(isHTTPCodeBlock(infoString: info))
    }

    @Test("Other languages and look-alikes are not HTTP blocks", arguments: [
        "", "json", "javascript", "https", "httpx", "msgraph", "json http",
    ])
    func otherInfoStrings(info: String) {
        #expect(!isHTTPCodeBlock(infoString: info))
    }
}
