import GraphDocCore
import LenientJSON
@testable import SchemaInference
import Testing

/// The examples of invented pages: what is read, which type each gets, and which values
/// contradict their documented types.
@Suite("Examples and their conformance")
struct ExampleTests {
    static let resource = """
        # animal resource type
        Namespace: contoso.zoo

        An animal.
        ## Properties
        | Property | Type | Description |
        |:--|:--|:--|
        | id | String | The identifier. Read-only. Not nullable. |
        | name | String | The name. |
        | weight | Int32 | The weight. |
        | bornAt | DateTimeOffset | When it was born. |
        | tags | String collection | Tags. |
        ## JSON representation
        \(SchemaTestSupport.resourceBlock("contoso.zoo.animal", extra: #""keyProperty": "id", "optionalProperties": ["name"],"#,
            json: #"{ "id": "String", "name": "String", "weight": 1024, "bornAt": "String (timestamp)", "tags": ["String"] }"#))
        """

    static let operation = """
        # Get animal
        Namespace: contoso.zoo

        Gets an animal.
        ## HTTP request
        ```http
        GET /animals/{id}
        ```
        ## Response
        If successful, this method returns a `200 OK` response code and an [animal](../resources/animal.md) object.
        ## Example
        <!-- { "blockType": "request", "name": "get_animal" } -->
        ```http
        GET https://zoo.example/v1/animals/7
        ```
        <!-- { "blockType": "response", "truncated": true } -->
        ```http
        HTTP/1.1 200 OK
        Content-Type: application/json

        {
          "id": null,
          "weight": "heavy",
          "bornAt": "2021-08-27T10:11:12Z",
          "tags": null,
          "extra": 1
        }
        ```
        <!-- { "blockType": "example", "@odata.type": "contoso.zoo.animal", "isCollection": true } -->
        ```json
        {"value": [{"id": "1", "bornAt": "datetime-value"}]}
        ```
        """

    static func model() -> APIModel {
        SchemaTestSupport.model([("resources/animal.md", resource), ("api/animal-get.md", operation)])
    }

    @Test("requests, responses and examples are read in page order; a response is named after its request")
    func reading() {
        let examples = Self.model().examples
        #expect(examples.map(\.name) == ["get_animal", "get_animal-response", "animal-get-example-3"])
        #expect(examples.map(\.kind) == [.request, .response, .example])
        #expect(examples[0].body == nil)
        #expect(examples[1].truncated)
        #expect(examples[1].status == 200)
    }

    @Test("a response whose JSON is in the json block right after its status line has that body, unless the block is an example itself")
    func bodyInTheNextBlock() throws {
        // The response's headers end its block; its JSON opens the next.
        let page = Self.operation.replacingOccurrences(
            of: "Content-Type: application/json\n\n", with: "Content-Type: application/json\n```\n\n```json\n")
        let examples = SchemaTestSupport.model([("resources/animal.md", Self.resource), ("api/animal-get.md", page)]).examples
        #expect(examples.map(\.name) == ["get_animal", "get_animal-response", "animal-get-example-3"])
        #expect(examples[1].body?.keys == ["id", "weight", "bornAt", "tags", "extra"])
        #expect(examples[1].bodyLine == 22)

        // Annotated, the json block is an example of its own, and the response has no body.
        let annotated = page.replacingOccurrences(of: "```\n\n```json", with: "```\n<!-- { \"blockType\": \"example\" } -->\n```json")
        let own = SchemaTestSupport.model([("resources/animal.md", Self.resource), ("api/animal-get.md", annotated)]).examples
        #expect(own.count == 4)
        #expect(own[1].body == nil)
    }

    @Test("a response after a request the page does not annotate (ignored) answers that one, not the annotated one before")
    func responseAfterAnIgnoredRequest() throws {
        let page = Self.operation.replacingOccurrences(of: "<!-- { \"blockType\": \"example\"", with: """
            <!-- { "blockType": "ignored", "name": "count_animals" } -->
            ```http
            GET https://zoo.example/v1/animals/$count
            ```
            <!-- { "blockType": "response" } -->
            ```http
            HTTP/1.1 200 OK
            Content-Type: text/plain

            12
            ```
            <!-- { "blockType": "example"
            """)
        let examples = SchemaTestSupport.model([("resources/animal.md", Self.resource), ("api/animal-get.md", page)]).examples
        #expect(examples.map(\.name) == ["get_animal", "get_animal-response", "animal-get-response-3", "animal-get-example-4"])
        #expect(examples[1].request == "get_animal")
        #expect(examples[2].request == nil)
        #expect(examples[2].type == nil)
        // The response keeps the request it answers, for its test to send; the example after it answers none.
        let shown = try #require(examples[2].shownRequest)
        #expect(shown.method == "GET")
        #expect(shown.path == "/animals/$count")
        #expect(shown.location.position.line == 30)
        #expect(examples[1].shownRequest == nil && examples[3].shownRequest == nil)
    }

    @Test("a response without @odata.type takes its operation's response type; isCollection makes a collection")
    func types() {
        let examples = Self.model().examples
        #expect(examples[1].type == "contoso.zoo.animal")
        #expect(!examples[1].collection)
        #expect(examples[2].type == "contoso.zoo.animal")
        #expect(examples[2].collection)
    }

    @Test("values their documented type cannot hold are contradictions, located in the page")
    func contradictions() throws {
        let model = Self.model()
        let conformance = ExampleConformance(model: model)
        let response = conformance.contradictions(in: model.examples[1])
        // `id` is documented as not nullable; `tags`, like most properties, may be null.
        #expect(response.map(\.cause) == [.nullNotAllowed, .wrongPrimitive])
        #expect(response.last?.message == "'weight' is the string 'heavy', but the docs say Edm.Int32 (an integer in range)")
        #expect(response.last?.location == SourceLocation(file: "api/animal-get.md", line: 23, column: 13))
        #expect(conformance.contradictions(in: model.examples[2]).isEmpty)
    }

    @Test("a placeholder where a primitive other than a string is documented is no contradiction: the fixture gets a sample value")
    func placeholders() throws {
        let model = Self.model()
        let reading = ExampleConformance(model: model).reading(model.examples[2])
        #expect(reading.contradictions.isEmpty)
        let placeholder = try #require(reading.placeholders.first)
        #expect(reading.placeholders.count == 1)
        #expect(placeholder.member == "'value[0].bornAt'")
        #expect(placeholder.text == "datetime-value")
        #expect(placeholder.type == "Edm.DateTimeOffset")
        #expect(placeholder.location == SourceLocation(file: "api/animal-get.md", line: 31, column: 34))
        // Only the placeholder changes; member order and every other value stay as written.
        #expect(reading.body == LenientJSONReader().read(#"{"value": [{"id": "1", "bornAt": "1970-01-01T00:00:00Z"}]}"#).value)

        // A value of the wrong form that is no placeholder stays a contradiction.
        var wrong = model.examples[2]
        wrong.body = LenientJSONReader().read(#"{"value": [{"bornAt": "1974-07-22", "weight": "Int32"}]}"#).value
        let wrongReading = ExampleConformance(model: model).reading(wrong)
        #expect(wrongReading.contradictions.map(\.cause) == [.wrongPrimitive])
        #expect(wrongReading.placeholders.map(\.text) == ["Int32"])
        #expect(wrongReading.body?["value"]?.arrayValue?.first?["weight"] == JSONValue(.number("0")))
    }

    @Test("placeholders: a primitive's name in any case (with Edm. or a parenthetical), the name-value form, a value cut short; values are not")
    func placeholderForms() {
        for text in ["Boolean", "boolean", "guid", "Edm.Guid", "String (timestamp)", "Date", "datetime-value", "skuId-value-2",
                     "base64-contentBytes-value", "MIIDYDCCAki...", "2019-03-…"] {
            #expect(Placeholder.isPlaceholder(text), "\(text)")
        }
        for text in ["true", "1974-07-22", "timestamp", "guids", "-value", "value", "String timestamp", "my value", "2-value",
                     "...", " …"] {
            #expect(!Placeholder.isPlaceholder(text), "\(text)")
        }
        #expect(Placeholder.sample(of: "Edm.String") == nil)
        #expect(Placeholder.sample(of: "Edm.Guid") == JSONValue(.string("00000000-0000-0000-0000-000000000000")))
        for type in ["Edm.Boolean", "Edm.Int32", "Edm.Double", "Edm.DateTimeOffset", "Edm.Date", "Edm.TimeOfDay", "Edm.Duration",
                     "Edm.Guid", "Edm.Binary"] {
            let sample = Placeholder.sample(of: type)!
            #expect(ExampleConformance.primitiveProblem(sample, type) == nil, "\(type)")
        }
    }

    @Test("a complex type that documents no property holds any JSON, arrays included")
    func anyJSON() {
        let json = APIType(
            name: "contoso.zoo.json", kind: .complex, baseType: nil, abstract: false, openType: false, keyProperty: nil,
            description: "", properties: [], members: [], sources: [])
        let model = APIModel(types: [json])
        #expect(model.holdsAnyJSON(json))
        let example = APIExample(
            name: "x", kind: .example, type: "contoso.zoo.json", collection: false, truncated: false, method: nil, path: nil,
            status: nil, body: LenientJSONReader().read("[1, \"a\"]").value, source: "api/x.md",
            location: SourceLocation(file: "api/x.md", line: 1, column: 1), bodyLine: 1)
        #expect(ExampleConformance(model: model).contradictions(in: example).isEmpty)
    }

    @Test("literal forms the runtime reads")
    func literalForms() {
        #expect(LiteralForms.isDateTimeOffset("2021-08-27T10:11:12.1234567Z"))
        #expect(LiteralForms.isDateTimeOffset("2021-08-27T10:11:12+02:00"))
        #expect(!LiteralForms.isDateTimeOffset("2021-08-27T10:11Z"))
        #expect(!LiteralForms.isDateTimeOffset("2021-08-27T10:11:12.12345678Z"))
        // Without an offset, as services write it: read as UTC; a broken offset is not.
        #expect(LiteralForms.isDateTimeOffset("2020-02-04T07:00:00.0000000") && LiteralForms.isDateTimeOffset("2020-02-04T07:00:00"))
        #expect(!LiteralForms.isDateTimeOffset("2020-02-04T07:00:00+02") && !LiteralForms.isDateTimeOffset("2020-02-04T07:00:00."))
        #expect(LiteralForms.isDate("2021-02-28") && !LiteralForms.isDate("2021-13-01"))
        #expect(LiteralForms.isTimeOfDay("08:30:00.0000000") && !LiteralForms.isTimeOfDay("8:30"))
        #expect(LiteralForms.isDuration("PT1H30M") && LiteralForms.isDuration("-P1DT0.5S"))
        #expect(!LiteralForms.isDuration("P") && !LiteralForms.isDuration("PT1.5H"))
        #expect(LiteralForms.isGuid("48d31887-5fad-4d73-a9f5-3c356e68a038") && !LiteralForms.isGuid("skuId-value"))
        #expect(LiteralForms.isBase64("aGVsbG8=") && !LiteralForms.isBase64("a b"))
    }
}
