import Foundation
import GraphDocCore
import PageReader
@testable import SchemaInference
import TestSupport

/// A resolver for tests: link targets and simple names looked up in small tables.
///
/// A link resolves by its target's file name without `.md` and without any `#anchor`
/// (`../resources/call.md` → `call`); a simple name by its lowercased spelling. The
/// OData primitives the tests use are known by default.
struct FakeResolver: TypeResolving {
    /// Qualified names by linked file name (`call` → `contoso.zoo.call`).
    var links: [String: String]
    /// Qualified names by lowercased simple name.
    var names: [String: String]
    /// The namespace of names that no page qualifies.
    var defaultNamespace = "contoso.zoo"

    static let primitives = [
        "string": "Edm.String", "boolean": "Edm.Boolean", "int32": "Edm.Int32", "int64": "Edm.Int64",
        "stream": "Edm.Stream", "datetimeoffset": "Edm.DateTimeOffset", "double": "Edm.Double",
    ]

    init(links: [String: String] = [:], names: [String: String] = [:]) {
        self.links = Dictionary(links.map { ($0.key.lowercased(), $0.value) }) { _, new in new }
        self.names = Self.primitives.merging(names.map { ($0.key.lowercased(), $0.value) }) { _, new in new }
    }

    func typeName(linkTarget target: String, text: String, onPage page: String) -> String? {
        let file = target.split(separator: "#").first.map(String.init) ?? target
        guard let last = file.split(separator: "/").last, last.lowercased().hasSuffix(".md") else { return nil }
        return links[String(last.dropLast(3)).lowercased()]
    }

    func typeName(simpleName name: String, namespace: String?) -> String? {
        if let namespace, let qualified = names["\(namespace).\(name)".lowercased()] { return qualified }
        return names[name.lowercased()]
    }
}

/// Helpers shared by the operation tests.
enum OperationTests {
    /// Reads an inline page at `api/<name>`.
    static func page(_ text: String, path: String = "api/x.md") -> Page {
        PageReader.read(bytes: Array(text.utf8), path: path, relativePath: path)
    }

    /// The facts and the operations of an inline page.
    static func operations(
        _ text: String, path: String = "api/x.md", resolver: FakeResolver = FakeResolver()
    ) -> (facts: OperationFacts, operations: [APIOperation], diagnostics: [Diagnostic]) {
        let facts = OperationFacts.extract(from: page(text, path: path))
        var diagnostics = Diagnostics()
        let operations = facts.operations(resolvingWith: resolver, diagnostics: &diagnostics)
        return (facts, operations, diagnostics.all)
    }

    /// A side-by-side pair as the translated pages write it.
    static func pair(_ id: String, _ localized: String, _ english: String) -> String {
        TestPages.pair(id, localized, english)
    }

    /// The shared material beside the package (`../shared`).
    static let shared = TestPages.shared

    /// The default input pages.
    static let docsInput = TestPages.docsInput
}
