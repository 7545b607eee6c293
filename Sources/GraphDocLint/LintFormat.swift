import Foundation
import GraphDocCore

/// How `graphdocgen lint` prints its report.
public enum LintFormat: String, Hashable, Sendable, CaseIterable {
    /// `path:line:column: severity: message` lines (notes only when verbose), then the summary line.
    case text
    /// One JSON object: `diagnostics` (each `file`, `line`, `column`, `severity`, `code`,
    /// `message`) and `summary` (`errors`, `warnings`, `notes`, `pages`).
    case json
    /// SARIF 2.1.0, for code-scanning tools.
    case sarif

    /// The report in this format, ending with a newline. Deterministic: keys are sorted.
    public func render(_ report: LintReport, verbose: Bool, toolVersion: String) -> String {
        switch self {
        case .text:
            let lines = report.diagnostics.filter { verbose || $0.severity != .note }.map(\.formatted)
            return (lines + [report.summaryLine]).joined(separator: "\n") + "\n"
        case .json:
            let diagnostics: [[String: Any]] = report.diagnostics.map { diagnostic in
                var object: [String: Any] = [
                    "severity": diagnostic.severity.rawValue, "code": diagnostic.code, "message": diagnostic.message,
                ]
                if let location = diagnostic.location {
                    object["file"] = location.file
                    object["line"] = location.position.line
                    object["column"] = location.position.column
                }
                return object
            }
            let summary: [String: Any] = [
                "errors": report.count(of: .error), "warnings": report.count(of: .warning),
                "notes": report.count(of: .note), "pages": report.pages,
            ]
            return Self.json(["diagnostics": diagnostics, "summary": summary])
        case .sarif:
            return Self.json(SARIFLog(report: report, toolVersion: toolVersion).object)
        }
    }

    /// Pretty JSON with sorted keys and unescaped slashes.
    static func json(_ object: Any) -> String {
        let data = (try? JSONSerialization.data(
            withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
