import Foundation
import GraphDocTemplates
import Mustache

/// The Mustache templates of the generated files, loaded once.
///
/// Contexts passed to ``render(_:with:)`` hold only strings, booleans and lists that
/// Swift code has already computed and escaped; the templates only lay them out.
public struct TemplateLibrary: Sendable {
    private let library: MustacheLibrary
    /// Each template's text, by name.
    private let texts: [String: String]

    /// Why a template could not be used.
    public enum Failure: Error, Hashable, Sendable, CustomStringConvertible {
        /// A template file does not parse.
        case invalidTemplate(name: String, reason: String)
        /// No template has that name.
        case missingTemplate(String)

        public var description: String {
            switch self {
            case .invalidTemplate(let name, let reason): "template '\(name)' does not parse: \(reason)"
            case .missingTemplate(let name): "no template named '\(name)'"
            }
        }
    }

    /// Loads every `*.mustache` file of `directory` (by default the bundled templates),
    /// named by its file name without `.mustache` (`Package.swift`).
    public init(directory: URL = TemplateDirectory.swift) throws(Failure) {
        var library = MustacheLibrary()
        var texts: [String: String] = [:]
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
            .filter { $0.hasSuffix(".mustache") }.sorted()
        for file in names {
            let name = String(file.dropLast(".mustache".count))
            do {
                let text = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
                try library.register(text, named: name)
                texts[name] = text
            } catch {
                throw .invalidTemplate(name: name, reason: "\(error)")
            }
        }
        self.library = library
        self.texts = texts
    }

    /// The text of the template `name` without its Mustache tags: the Swift it lays out.
    func swiftText(of name: String) -> String {
        var text = texts[name] ?? ""
        while let open = text.range(of: "{{"), let close = text.range(of: "}}", range: open.upperBound..<text.endIndex) {
            text.replaceSubrange(open.lowerBound..<close.upperBound, with: " ")
        }
        return text
    }

    /// Renders the template `name` with a context of strings, booleans and lists.
    public func render(_ name: String, with context: [String: Any]) throws(Failure) -> String {
        guard let text = library.render(context, withTemplate: name) else { throw .missingTemplate(name) }
        return text
    }
}
