import LenientJSON
import PageReader
@testable import SchemaInference

/// Builds models from small invented pages.
enum SchemaTestSupport {
    /// Infers the model of pages given as (relative path, text).
    static func model(_ pages: [(String, String)]) -> APIModel {
        let evidence = pages.map { path, text in
            SchemaInference.evidence(from: PageReader.read(bytes: Array(text.utf8), path: path, relativePath: path))
        }
        return SchemaInference.infer(from: evidence)
    }

    /// A resource annotation and JSON block for a type.
    static func resourceBlock(_ name: String, extra: String = "", json: String = "{}") -> String {
        """
        <!-- {
          "blockType": "resource",
          \(extra)
          "@odata.type": "\(name)"
        } -->
        ```json
        \(json)
        ```
        """
    }
}

extension APIModel {
    /// The type named `name`.
    func type(_ name: String) -> APIType? { types.first { $0.name == name } }
}

extension APIType {
    /// The property named `name`.
    func property(_ name: String) -> APIProperty? { properties.first { $0.name == name } }
}

/// Writes values as the `schema` command does, for byte comparisons.
struct LenientJSONTestEncoder {
    func text(_ value: some Encodable) throws -> String {
        try JSONValueEncoder().encodeToString(value)
    }
}
