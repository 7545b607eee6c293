import LenientJSON
import PageReader
import SchemaInference
import TestSupport
import Testing

/// The five seed pages are one page in five locales and two vintages: the model must
/// not depend on the language the page was translated into.
@Suite("Seed pages in five locales")
struct SeedModelTests {
    /// The model of the five seeds read together, as `docs-input/` is.
    static func model() throws -> APIModel {
        let files = try InputFiles.find([TestPages.docsInput.path])
        return SchemaInference.infer(from: try files.map { file in
            SchemaInference.evidence(from: try TestPages.readFile(file.relativePath))
        })
    }

    /// The operations documented on one seed page.
    static func operations(_ file: String, in model: APIModel) -> [String] {
        model.operations.filter { $0.source == "api/\(file)" }.map(shape)
    }

    /// What an operation says, without what names the page it came from.
    static func shape(_ operation: APIOperation) -> String {
        "\(operation.method) \(operation.path) body=\(operation.requestBody ?? "-") "
            + "response=\(operation.response.map { "\($0.status) \($0.type ?? "-") \($0.collection)" } ?? "-") "
            + "path=\(operation.pathParameters.map(\.name)) query=\(operation.queryOptions.map(\.name))"
    }

    @Test("the 2018–2019 seeds (es-ES, zh-CN, pt-BR, de-DE) give the same operations")
    func sameVintageSameModel() throws {
        let model = try Self.model()
        let reference = Self.operations("create-call.es-ES.md", in: model)
        // The older pages declare no namespace; the call type is read in the one the other page
        // declares (read alone, in the one their example annotations name).
        #expect(reference == [
            "POST /app/calls body=microsoft.graph.call response=201 microsoft.graph.call false path=[] query=[]",
            "POST /applications/{id}/calls body=microsoft.graph.call response=201 microsoft.graph.call false path=[\"id\"] query=[]",
        ])
        for file in ["create-call.zh-CN.md", "create-call.pt-BR.md", "create-call.de-DE.md"] {
            #expect(Self.operations(file, in: model) == reference, "\(file)")
        }
    }

    @Test("an older seed read alone names the call in the namespace its example annotations give")
    func olderSeedAlone() throws {
        let file = "api/create-call.es-ES.md"
        let model = SchemaInference.infer(from: [SchemaInference.evidence(from: try TestPages.readFile(file))])
        #expect(model.operations.map(Self.shape) == Self.operations("create-call.es-ES.md", in: try Self.model()))
    }

    @Test("the 2021 ru-RU seed documents the newer path with the same body and response")
    func newerSeed() throws {
        #expect(Self.operations("create-call.ru-RU.md", in: try Self.model()) == [
            "POST /communications/calls body=microsoft.graph.call response=201 microsoft.graph.call false path=[] query=[]",
        ])
    }

    @Test("the service root is the one the examples' absolute URLs use most")
    func serviceRoot() throws {
        let newer = SchemaInference.infer(from: [SchemaInference.evidence(from: try TestPages.readFile("api/create-call.ru-RU.md"))])
        #expect(newer.serviceRoot == "https://graph.microsoft.com/v1.0")
        // The 2018–2019 pages show their examples on the beta endpoint.
        let older = SchemaInference.infer(from: [SchemaInference.evidence(from: try TestPages.readFile("api/create-call.es-ES.md"))])
        #expect(older.serviceRoot == "https://graph.microsoft.com/beta")
    }

    @Test("the model is the same byte for byte on every run")
    func deterministic() throws {
        let first = try JSONValueEncoder().encodeToString(try Self.model())
        let second = try JSONValueEncoder().encodeToString(try Self.model())
        #expect(first == second)
    }
}
