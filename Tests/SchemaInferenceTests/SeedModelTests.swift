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
        try model(try InputFiles.find([TestPages.docsInput.path]).map(\.relativePath))
    }

    /// The model of some seed pages (`api/create-call.es-ES.md`), read in the order given.
    static func model(_ files: [String]) throws -> APIModel {
        SchemaInference.infer(from: try files.map { SchemaInference.evidence(from: try TestPages.readFile($0)) })
    }

    static let olderSeeds = ["es-ES", "zh-CN", "pt-BR", "de-DE"].map { "api/create-call.\($0).md" }
    static let newerSeed = "api/create-call.ru-RU.md"

    /// A model's types without the pages they come from, as the `schema` command writes them.
    static func types(_ model: APIModel) throws -> String {
        var types = model.types
        for index in types.indices { types[index].sources = [] }
        return try JSONValueEncoder().encodeToString(APIModel(types: types))
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
        let model = try Self.model([Self.olderSeeds[0]])
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

    @Test("the call and the types in it are known from the examples alone, the same in each 2018–2019 seed")
    func exampleTypesOfOlderSeeds() throws {
        let reference = try Self.model([Self.olderSeeds[0]])
        let call = try #require(reference.type("microsoft.graph.call"))
        #expect(call.kind == .entity)
        #expect(call.properties.prefix(6).map(\.name) == ["callbackUri", "mediaConfig", "source", "subject", "targets", "tenantId"])
        // The examples show two media configurations: no type is invented for both.
        #expect(call.property("mediaConfig")?.type == "Edm.Untyped")
        #expect(call.property("targets")?.type == "Collection(Edm.Untyped)")
        #expect(reference.types.map(\.name) == [
            "microsoft.graph.appHostedMediaConfig", "microsoft.graph.call", "microsoft.graph.commsNotifications",
            "microsoft.graph.organizerMeetingInfo", "microsoft.graph.serviceHostedMediaConfig",
        ])
        let expected = try Self.types(reference)
        for file in Self.olderSeeds.dropFirst() {
            #expect(try Self.types(Self.model([file])) == expected, "\(file)")
        }
    }

    @Test("the 2021 ru-RU seed's examples name the types of more values")
    func exampleTypesOfNewerSeed() throws {
        let model = try Self.model([Self.newerSeed])
        let call = try #require(model.type("microsoft.graph.call"))
        #expect(call.property("source")?.type == "microsoft.graph.participantInfo")
        #expect(call.property("targets")?.type == "Collection(microsoft.graph.invitationParticipantInfo)")
        #expect(call.property("myParticipantId")?.type == "Edm.String")
        #expect(model.type("microsoft.graph.identitySet")?.property("user")?.type == "microsoft.graph.identity")
    }

    @Test("the five seeds together: every property of each alone, and one model whatever the order")
    func exampleTypesTogether() throws {
        let all = Self.olderSeeds + [Self.newerSeed]
        let together = try Self.model(all)
        for file in all {
            for type in try Self.model([file]).types {
                let joined = try #require(together.type(type.name))
                #expect(Set(type.properties.map(\.name)).isSubset(of: joined.properties.map(\.name)), "\(type.name) of \(file)")
            }
        }
        // Objects that do not name their type count for the type the ru-RU seed's name.
        let participantInfo = try #require(together.type("microsoft.graph.participantInfo"))
        #expect(participantInfo.sources.count == 5)
        let encoded = try JSONValueEncoder().encodeToString(together)
        #expect(try JSONValueEncoder().encodeToString(Self.model(all.reversed())) == encoded)
        #expect(try JSONValueEncoder().encodeToString(Self.model([all[3], all[4], all[0], all[2], all[1]])) == encoded)
    }

    @Test("the model is the same byte for byte on every run")
    func deterministic() throws {
        let first = try JSONValueEncoder().encodeToString(try Self.model())
        let second = try JSONValueEncoder().encodeToString(try Self.model())
        #expect(first == second)
    }
}
