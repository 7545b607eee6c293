import FuzzSupport
import LenientJSON
import PageReader
import SchemaInference

/// Fuzzes the API-model stage: the evidence of a fuzzed page, with that of a few fixed
/// pages it can refer to (and be referred to by), combined by `SchemaInference.infer`.
///
/// Beyond not crashing or hanging (libFuzzer's `-timeout`), it checks that the model's
/// diagnostics about the fuzzed page are at its lines, that no type derives from itself
/// through its base types, and that the model encodes as `schema --format json` does.
@main
enum FuzzSchemaInference {
    static func main() {
        Fuzzer.run { bytes in
            // The fixed pages are read again for each input rather than kept in a global:
            // LeakSanitizer cannot follow Swift's pointers that carry enum tags in their spare
            // bits, and reports what a global holds that way as leaked.
            let fixedEvidence = FixedPages.all.map { path, text in
                SchemaInference.evidence(from: PageReader.read(bytes: Array(text.utf8), path: path, relativePath: path))
            }
            let path = "resources/fuzzed.md"
            let page = PageReader.read(bytes: bytes, path: path, relativePath: path)
            let model = SchemaInference.infer(from: fixedEvidence + [SchemaInference.evidence(from: page)])
            LocationChecker(file: path, page: bytes).check(model.diagnostics, requireLocation: false, stage: "schema")

            let bases = Dictionary(model.types.map { ($0.name.lowercased(), $0.baseType) }, uniquingKeysWith: { first, _ in first })
            for type in model.types {
                var seen: Set<String> = [type.name.lowercased()]
                var current = type.baseType
                while let base = current?.lowercased() {
                    Fuzzer.check(seen.insert(base).inserted, "'\(type.name)' derives from itself through '\(base)'")
                    current = bases[base] ?? nil
                }
            }
            do {
                _ = try JSONValueEncoder().encodeToString(model)
            } catch {
                Fuzzer.check(false, "the model does not encode: \(error)")
            }
        }
    }
}

/// Small invented pages in the documentation's format, for the fuzzed page to meet:
/// an abstract keyed base type, a derived type with an enumeration, and an operation page.
enum FixedPages {
    static let all: [(String, String)] = [
        ("resources/entity.md", """
            # entity resource type
            Namespace: microsoft.graph

            The base type of everything with an id.
            ## Properties
            | Property | Type | Description |
            |:--|:--|:--|
            | id | String | The identifier. Read-only. |
            ## JSON representation
            <!-- { "blockType": "resource", "abstract": true, "keyProperty": "id", "@odata.type": "microsoft.graph.entity" } -->
            ```json
            { "id": "String (identifier)" }
            ```
            """),
        ("resources/animal.md", """
            # animal resource type
            Namespace: microsoft.graph

            An animal. Inherits from [entity](entity.md).
            ## Properties
            | Property | Type | Description |
            |:--|:--|:--|
            | name | String | The name. |
            | diet | [dietKind](#dietkind-values) | What it eats. |
            | friends | [fuzzed](fuzzed.md) collection | Its friends. |
            ### dietKind values
            | Member | Description |
            |:--|:--|
            | herbivore | Eats plants. |
            | carnivore | Eats meat. |
            ## JSON representation
            <!-- { "blockType": "resource", "baseType": "microsoft.graph.entity", "@odata.type": "microsoft.graph.animal" } -->
            ```json
            { "name": "String", "diet": "microsoft.graph.dietKind", "friends": [{ "@odata.type": "microsoft.graph.fuzzed" }] }
            ```
            """),
        ("api/animal-get.md", """
            # Get animal
            Namespace: microsoft.graph

            ## HTTP request
            ```http
            GET /animals/{id}
            ```
            ## Example
            <!-- { "blockType": "response", "@odata.type": "microsoft.graph.animal" } -->
            ```http
            HTTP/1.1 200 OK
            Content-type: application/json

            { "@odata.type": "#microsoft.graph.fuzzed", "name": "x", "friends": [{ "@odata.type": "#microsoft.graph.animal" }] }
            ```
            """),
    ]
}
