import Foundation
import GraphDocCore

/// A lint report as a SARIF 2.1.0 log: one run of the `graphdocgen` tool, a rule per
/// diagnostic code, a result per diagnostic.
///
/// Columns are the tool's columns, counted in UTF-8 bytes; SARIF counts UTF-16 code units,
/// which is the same on ASCII lines.
public struct SARIFLog {
    /// The schema the log declares.
    public static let schema = "https://json.schemastore.org/sarif-2.1.0.json"

    /// The log as JSON-ready dictionaries and arrays.
    public let object: [String: Any]

    /// Builds the log of `report`, naming the tool's version.
    public init(report: LintReport, toolVersion: String) {
        let codes = Array(Set(report.diagnostics.map(\.code))).sorted()
        let ruleIndex = Dictionary(uniqueKeysWithValues: codes.enumerated().map { ($1, $0) })
        let rules: [[String: Any]] = codes.map { ["id": $0, "shortDescription": ["text": $0]] }
        let results: [[String: Any]] = report.diagnostics.map { diagnostic in
            var result: [String: Any] = [
                "ruleId": diagnostic.code,
                "ruleIndex": ruleIndex[diagnostic.code] ?? 0,
                "level": Self.level(diagnostic.severity),
                "message": ["text": diagnostic.message],
            ]
            if let location = diagnostic.location {
                result["locations"] = [[
                    "physicalLocation": [
                        "artifactLocation": ["uri": Self.uri(location.file)],
                        "region": ["startLine": location.position.line, "startColumn": location.position.column],
                    ],
                ]]
            }
            return result
        }
        object = [
            "$schema": Self.schema,
            "version": "2.1.0",
            "runs": [[
                "tool": ["driver": ["name": "graphdocgen", "version": toolVersion, "rules": rules]],
                "results": results,
            ]],
        ]
    }

    /// SARIF's level for a severity: `error`, `warning`, `note`.
    public static func level(_ severity: Diagnostic.Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "note"
        }
    }

    /// A file path as a URI reference: percent-encoded, `file://` before an absolute path.
    public static func uri(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: ";")
        let encoded = path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
        return path.hasPrefix("/") ? "file://" + encoded : encoded
    }
}
