import GraphDocCore
import LenientJSON

/// Reads the JSON of a code block, an HTTP body or an annotation with the lenient
/// reader, and reports its repairs and failures at their page positions.
enum JSONBodyReader {
    /// Reads `text`, which starts at the 0-based `start` line and column of `span`.
    /// - Parameter what: what the text is, for messages (`"JSON block"`, `"annotation"`, …).
    static func read(
        _ text: String, in span: SourceSpan, startingAt start: (line: Int, column: Int), what: String,
        diagnostics: inout Diagnostics
    ) -> JSONBody {
        let result = LenientJSONReader().read(text)
        for issue in result.issues {
            let line = start.line + issue.position.line - 1
            let column = (issue.position.line == 1 ? start.column : 0) + issue.position.column - 1
            diagnostics.emit(
                issue.severity == .failure ? .error : .warning,
                code: issue.code,
                "\(what): \(Diagnostic.compilerStyle(issue.message))",
                at: span.location(line: line, column: column))
        }
        return JSONBody(value: result.value, isStrict: result.issues.isEmpty)
    }
}
