/// A problem found in the input, with where it was found.
///
/// Stages collect diagnostics as values and return them with their result;
/// only the command-line tool prints them, in the
/// `path:line:column: severity: message` form that editors and Xcode read.
public struct Diagnostic: Hashable, Sendable, Codable {
    /// How serious a diagnostic is.
    public enum Severity: String, Hashable, Comparable, Sendable, Codable, CaseIterable {
        /// Additional information about another diagnostic or a repair.
        case note
        /// Input that was understood after a repair, or that may be wrong.
        case warning
        /// Input that could not be understood; something was not read.
        case error

        private var rank: Int {
            switch self {
            case .note: 0
            case .warning: 1
            case .error: 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    /// How serious the problem is.
    public var severity: Severity
    /// A stable, kebab-case identifier of the kind of problem (for example `json-trailing-comma`).
    public var code: String
    /// A one-sentence description of the problem, in English.
    public var message: String
    /// Where the problem is, when it has a place in a file.
    public var location: SourceLocation?

    /// Creates a diagnostic. The message is kept in the style of compiler diagnostics:
    /// a leading capital is lowered (unless the first word is an acronym such as `HTTP`)
    /// and a final period is dropped.
    public init(_ severity: Severity, code: String, _ message: String, at location: SourceLocation?) {
        self.severity = severity
        self.code = code
        self.message = Self.compilerStyle(message)
        self.location = location
    }

    /// `message` in the style of compiler diagnostics.
    public static func compilerStyle(_ message: String) -> String {
        var text = Substring(message)
        if text.hasSuffix("."), !text.hasSuffix("..") { text = text.dropLast() }
        let firstWord = text.prefix { $0 != " " && $0 != ":" }
        if let first = firstWord.first, first.isUppercase, !firstWord.dropFirst().contains(where: \.isUppercase) {
            return first.lowercased() + text.dropFirst()
        }
        return String(text)
    }

    /// The diagnostic in the `path:line:column: severity: message` form.
    public var formatted: String {
        guard let location else { return "graphdocgen: \(severity.rawValue): \(message)" }
        return "\(location.file):\(location.position.line):\(location.position.column): \(severity.rawValue): \(message)"
    }
}

extension Diagnostic {
    private enum CodingKeys: String, CodingKey {
        case file, line, column, severity, code, message
    }

    /// Decodes the flat form written by `encode(to:)`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        severity = try container.decode(Severity.self, forKey: .severity)
        code = try container.decode(String.self, forKey: .code)
        message = try container.decode(String.self, forKey: .message)
        if let file = try container.decodeIfPresent(String.self, forKey: .file) {
            location = SourceLocation(
                file: file,
                line: try container.decode(Int.self, forKey: .line),
                column: try container.decode(Int.self, forKey: .column))
        }
    }

    /// Encodes the diagnostic flat: `file`, `line`, `column`, `severity`, `code`, `message`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(location?.file, forKey: .file)
        try container.encodeIfPresent(location?.position.line, forKey: .line)
        try container.encodeIfPresent(location?.position.column, forKey: .column)
        try container.encode(severity, forKey: .severity)
        try container.encode(code, forKey: .code)
        try container.encode(message, forKey: .message)
    }
}

/// Diagnostics collected by a stage while it works.
public struct Diagnostics: Sendable {
    /// The diagnostics in the order they were emitted.
    public private(set) var all: [Diagnostic] = []

    /// Creates an empty collection.
    public init() {}

    /// Adds a diagnostic.
    public mutating func emit(_ diagnostic: Diagnostic) {
        all.append(diagnostic)
    }

    /// Adds a diagnostic built from its parts.
    public mutating func emit(
        _ severity: Diagnostic.Severity, code: String, _ message: String, at location: SourceLocation?
    ) {
        all.append(Diagnostic(severity, code: code, message, at: location))
    }

    /// The number of diagnostics of a severity.
    public func count(of severity: Diagnostic.Severity) -> Int {
        all.lazy.filter { $0.severity == severity }.count
    }

    /// The diagnostics sorted by location, then severity, code and message, for deterministic output.
    public var sorted: [Diagnostic] { Self.sorted(all) }

    /// `diagnostics` sorted by location, then severity, code and message, for deterministic output.
    public static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.sorted { lhs, rhs in
            switch (lhs.location, rhs.location) {
            case let (l?, r?) where l != r: return l < r
            case (nil, _?): return true
            case (_?, nil): return false
            default:
                return (lhs.severity.rawValue, lhs.code, lhs.message) < (rhs.severity.rawValue, rhs.code, rhs.message)
            }
        }
    }
}
