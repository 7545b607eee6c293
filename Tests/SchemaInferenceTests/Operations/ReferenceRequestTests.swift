import GraphDocCore
import LenientJSON
@testable import SchemaInference
import Testing

/// Requests to `…/$ref` paths send or remove OData entity references, whatever the prose of
/// their "Request body" section links to.
@Suite("Requests to $ref paths")
struct ReferenceRequestTests {
    static let resolver = FakeResolver(links: ["keeper": "contoso.zoo.keeper"])

    /// A page documenting `method path`, whose request body section links a keeper, with one
    /// request example sending `body`.
    static func page(_ method: String, _ path: String, body: String?) -> String {
        """
        # Add keeper

        ## HTTP request

        <!-- { "blockType": "ignored" } -->
        ```http
        \(method) \(path)
        ```

        ## Request body

        In the request body, supply a JSON representation of a [keeper](../resources/keeper.md) object.

        ## Response

        If successful, this method returns a `204 No Content` response code.

        ## Example

        <!-- { "blockType": "request", "name": "add_keeper" } -->
        ```http
        \(method) https://graph.contoso.com/v1.0\(path.replacingOccurrences(of: "{id}", with: "z1"))
        \(body.map { "Content-Type: application/json\n\n" + $0 } ?? "")
        ```
        """
    }

    @Test("a POST to a $ref path sends a reference, not the keeper the prose links", arguments: [
        #"{ "@odata.id": "https://graph.contoso.com/v1.0/keepers/k1" }"#, nil,
    ])
    func postSendsReference(_ body: String?) throws {
        let (_, operations, diagnostics) = OperationTests.operations(
            Self.page("POST", "/zoos/{id}/keepers/$ref", body: body), resolver: Self.resolver)
        let operation = try #require(operations.first)
        #expect(operation.sendsReference)
        #expect(operation.requestBody == nil)
        #expect(operation.response?.status == 204)
        #expect(diagnostics.isEmpty)
    }

    @Test("a PUT to a $ref path whose example sends {} still sends a reference")
    func putWithEmptyObject() throws {
        let (_, operations, _) = OperationTests.operations(
            Self.page("PUT", "/zoos/{id}/director/$ref", body: "{ }"), resolver: Self.resolver)
        #expect(try #require(operations.first).sendsReference)
    }

    @Test("an example that sends the entity itself keeps the documented body type")
    func exampleSendsEntity() throws {
        let (facts, operations, _) = OperationTests.operations(
            Self.page("POST", "/zoos/{id}/keepers/$ref", body: #"{ "name": "Ana", "@odata.id": "x" }"#),
            resolver: Self.resolver)
        #expect(facts.requests.first?.exampleSendsEntity == true)
        let operation = try #require(operations.first)
        #expect(!operation.sendsReference)
        #expect(operation.requestBody == "contoso.zoo.keeper")
    }

    @Test("a POST to a path that does not end in $ref sends the documented type")
    func otherPaths() throws {
        let (_, operations, _) = OperationTests.operations(
            Self.page("POST", "/zoos/{id}/keepers", body: #"{ "@odata.id": "x" }"#), resolver: Self.resolver)
        let operation = try #require(operations.first)
        #expect(!operation.sendsReference)
        #expect(operation.requestBody == "contoso.zoo.keeper")
    }

    @Test("a DELETE of a reference sends no body; a body type the docs name is reported")
    func deletion() throws {
        let (_, operations, diagnostics) = OperationTests.operations(
            Self.page("DELETE", "/zoos/{id}/keepers/{keeper-id}/$ref", body: nil), resolver: Self.resolver)
        let operation = try #require(operations.first)
        #expect(!operation.sendsReference)
        #expect(operation.requestBody == nil)
        #expect(diagnostics.map(\.code) == [OperationDiagnosticCode.referenceDeletionBody.rawValue])
        #expect(diagnostics.first?.severity == .note)
    }

    @Test("a reference is an object whose only member, if any, is @odata.id with a string", arguments: [
        (#"{"@odata.id": "https://x/users/1"}"#, true), ("{}", true), (#"{"@odata.id": 1}"#, false),
        (#"{"@odata.id": "a", "name": "b"}"#, false), (#"["a"]"#, false), (#""a""#, false),
    ])
    func shape(_ text: String, _ isReference: Bool) throws {
        let value = try #require(LenientJSONReader().read(text).value)
        #expect(ReferenceRequest.isReference(value) == isReference)
    }
}
