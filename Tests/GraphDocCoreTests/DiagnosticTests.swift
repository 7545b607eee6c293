import Foundation
import GraphDocCore
import Testing

@Suite("Diagnostic")
struct DiagnosticTests {
    @Test("formats as path:line:column: severity: message")
    func formatting() {
        let diagnostic = Diagnostic(.warning, code: "x", "trailing comma", at: SourceLocation(file: "api/a.md", line: 12, column: 7))
        #expect(diagnostic.formatted == "api/a.md:12:7: warning: trailing comma")
        #expect(Diagnostic(.error, code: "x", "no input", at: nil).formatted == "graphdocgen: error: no input")
    }

    @Test("sorts by location, then severity")
    func sorting() {
        var diagnostics = Diagnostics()
        diagnostics.emit(.warning, code: "b", "later", at: SourceLocation(file: "a.md", line: 9, column: 1))
        diagnostics.emit(.error, code: "a", "earlier", at: SourceLocation(file: "a.md", line: 2, column: 4))
        diagnostics.emit(.note, code: "c", "no place", at: nil)
        #expect(diagnostics.sorted.map(\.code) == ["c", "a", "b"])
        #expect(diagnostics.count(of: .warning) == 1)
    }

    @Test("encodes flat and decodes back")
    func coding() throws {
        let diagnostic = Diagnostic(.error, code: "json-not-json", "body is not JSON", at: SourceLocation(file: "p.md", line: 3, column: 5))
        let data = try JSONEncoder().encode(diagnostic)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["line"] as? Int == 3)
        #expect(object["column"] as? Int == 5)
        #expect(object["severity"] as? String == "error")
        #expect(try JSONDecoder().decode(Diagnostic.self, from: data) == diagnostic)
    }
}

@Suite("Diagnostic message style")
struct DiagnosticMessageStyleTests {
    @Test("messages start lowercase and end without a period, acronyms kept", arguments: [
        ("A trailing comma was ignored.", "a trailing comma was ignored"),
        ("HTTP body: a comma", "HTTP body: a comma"),
        ("The value is `x`...", "the value is `x`..."),
        ("already fine", "already fine"),
    ])
    func style(input: String, expected: String) {
        #expect(Diagnostic(.warning, code: "c", input, at: nil).message == expected)
    }
}
