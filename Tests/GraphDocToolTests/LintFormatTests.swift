import Foundation
import GraphDocCore
import GraphDocLint
import Testing

/// The lint report's formats and exit status.
@Suite("Lint formats")
struct LintFormatTests {
    static let report = LintReport(
        diagnostics: [
            Diagnostic(.warning, code: "json-trailing-comma", "HTTP body: a trailing comma was ignored", at: SourceLocation(file: "api/b.md", line: 9, column: 4)),
            Diagnostic(.error, code: "page-binary", "page is a binary file", at: SourceLocation(file: "api/a b.md", line: 1, column: 1)),
            Diagnostic(.note, code: "api-version-unused", "apiVersion 'beta' selects nothing", at: nil),
            Diagnostic(.warning, code: "json-trailing-comma", "HTTP body: a trailing comma was ignored", at: SourceLocation(file: "api/b.md", line: 3, column: 2)),
        ],
        pages: 7)

    func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test("text: sorted diagnostic lines, notes only when verbose, then the summary line")
    func text() {
        #expect(LintFormat.text.render(Self.report, verbose: false, toolVersion: "1") == """
            api/a b.md:1:1: error: page is a binary file
            api/b.md:3:2: warning: HTTP body: a trailing comma was ignored
            api/b.md:9:4: warning: HTTP body: a trailing comma was ignored
            lint: 1 errors, 2 warnings, 1 notes in 7 pages

            """)
        #expect(LintFormat.text.render(Self.report, verbose: true, toolVersion: "1").hasPrefix(
            "graphdocgen: note: apiVersion 'beta' selects nothing\napi/a b.md:1:1: error:"))
    }

    @Test("json: diagnostics in order with their place, and the summary's counts")
    func json() throws {
        let text = LintFormat.json.render(Self.report, verbose: false, toolVersion: "1")
        let root = try object(text)
        #expect(Set(root.keys) == ["diagnostics", "summary"])
        let diagnostics = try #require(root["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.map { $0["severity"] as? String } == ["note", "error", "warning", "warning"])
        #expect(diagnostics[0]["file"] == nil)
        #expect(diagnostics[1]["file"] as? String == "api/a b.md")
        #expect(diagnostics[2]["line"] as? Int == 3 && diagnostics[2]["column"] as? Int == 2)
        #expect(diagnostics[2]["code"] as? String == "json-trailing-comma")
        let summary = try #require(root["summary"] as? [String: Int])
        #expect(summary == ["errors": 1, "warnings": 2, "notes": 1, "pages": 7])
        // Deterministic: keys sorted, the same text every time.
        #expect(text == LintFormat.json.render(Self.report, verbose: true, toolVersion: "2"))
        #expect(text.range(of: "\"diagnostics\"")!.lowerBound < text.range(of: "\"summary\"")!.lowerBound)
    }

    @Test("sarif: schema, version, the driver with a rule per code, results with levels and physical locations")
    func sarif() throws {
        let root = try object(LintFormat.sarif.render(Self.report, verbose: false, toolVersion: "9.8.7"))
        #expect(root["$schema"] as? String == SARIFLog.schema)
        #expect(root["version"] as? String == "2.1.0")
        let runs = try #require(root["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        let driver = try #require((runs[0]["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "graphdocgen")
        #expect(driver["version"] as? String == "9.8.7")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.map { $0["id"] as? String } == ["api-version-unused", "json-trailing-comma", "page-binary"])
        let results = try #require(runs[0]["results"] as? [[String: Any]])
        #expect(results.map { $0["level"] as? String } == ["note", "error", "warning", "warning"])
        #expect(results.map { $0["ruleId"] as? String } == ["api-version-unused", "page-binary", "json-trailing-comma", "json-trailing-comma"])
        #expect(results.map { $0["ruleIndex"] as? Int } == [0, 2, 1, 1])
        #expect((results[1]["message"] as? [String: String])?["text"] == "page is a binary file")
        #expect(results[0]["locations"] == nil)
        let location = try #require((results[2]["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect((location["artifactLocation"] as? [String: String])?["uri"] == "api/b.md")
        #expect((location["region"] as? [String: Int]) == ["startLine": 3, "startColumn": 2])
        let spaced = try #require((results[1]["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect((spaced["artifactLocation"] as? [String: String])?["uri"] == "api/a%20b.md")
    }

    @Test("URIs: relative paths percent-encoded, absolute ones as file URIs")
    func uris() {
        #expect(SARIFLog.uri("docs/a b#1.md") == "docs/a%20b%231.md")
        #expect(SARIFLog.uri("/work/docs/x.md") == "file:///work/docs/x.md")
    }

    @Test("exit status: 1 for errors; for warnings only when strict; else 0", arguments: [
        ([Diagnostic.Severity.error], false, Int32(1)), ([.error], true, 1),
        ([.warning], false, 0), ([.warning], true, 1),
        ([.note], true, 0), ([], true, 0), ([.note, .warning, .error], false, 1),
    ])
    func exitStatus(severities: [Diagnostic.Severity], strict: Bool, status: Int32) {
        let report = LintReport(diagnostics: severities.map { Diagnostic($0, code: "c", "m", at: nil) }, pages: 1)
        #expect(report.exitStatus(strict: strict) == status)
    }
}
