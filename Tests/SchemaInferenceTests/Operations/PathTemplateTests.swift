import PageReader
@testable import SchemaInference
import Testing

@Suite("Path templates")
struct PathTemplateTests {
    func template(_ target: String) -> PathTemplate {
        PathTemplate(url: DocumentedURL(parsing: target))
    }

    func path(_ target: String) -> String {
        template(target).path
    }

    @Test("scheme, host, API version and query are dropped; a leading slash is ensured, a trailing one dropped")
    func stripsURLParts() {
        #expect(path("https://graph.microsoft.com/v1.0/communications/calls") == "/communications/calls")
        #expect(path("https://api.contoso.com/beta/zoos/") == "/zoos")
        #expect(path("/V1.0/zoos/{id}/animals?$top=5&$filter=kind eq 'cat'") == "/zoos/{id}/animals")
        #expect(path("zoos/{id}") == "/zoos/{id}")
        #expect(path("/zoos//animals/") == "/zoos/animals")
        #expect(path("/") == "/")
    }

    @Test("placeholders get clean names: first alternative, runs of other characters as '-'")
    func cleansPlaceholders() {
        #expect(path("/users/{id | userPrincipalName}/events") == "/users/{id}/events")
        #expect(path("/worksheets/{id|name}") == "/worksheets/{id}")
        #expect(path("/users/{user-id}") == "/users/{user-id}")
        #expect(path("/organization/{tenant id}/branding") == "/organization/{tenant-id}/branding")
        #expect(path("/reports/x(period='{period_value}')") == "/reports/x(period='{period-value}')")
        #expect(path("/things/{}") == "/things/{parameter}")
        #expect(path("/sites/<hostname>:/{path}") == "/sites/{hostname}:/{path}")
        let written = template("/users/{id | userPrincipalName}").placeholders
        #expect(written == [PathTemplate.Placeholder(name: "id", written: "id | userPrincipalName")])
    }

    @Test("repeated names are prefixed with the singular of the word before them")
    func qualifiesRepeatedNames() {
        #expect(path("/users/{id | userPrincipalName}/events/{id}") == "/users/{user-id}/events/{event-id}")
        #expect(path("/zoos/{id}/enclosures/{id}/animals") == "/zoos/{zoo-id}/enclosures/{enclosure-id}/animals")
        #expect(path("/policies/{id}/boxes/{id}") == "/policies/{policy-id}/boxes/{box-id}")
        // A unique name is left alone, even when it is generic.
        #expect(path("/zoos/{id}/animals") == "/zoos/{id}/animals")
        // The same qualifier twice: numbered.
        #expect(path("/items/{id}/items/{id}") == "/items/{item-id}/items/{item-id-2}")
        // No word before the second placeholder: it keeps its name, the first is qualified.
        #expect(path("/zoos/{id}/{id}") == "/zoos/{zoo-id}/{id}")
        // A qualified name that collides with a written one is numbered.
        #expect(path("/zoos/{zoo-id}/zoos/{id}/x/{id}") == "/zoos/{zoo-id}/zoos/{zoo-id-2}/x/{x-id}")
    }

    @Test("path parameters are listed in order with their names")
    func listsParameters() {
        let names = template("/zoos/{id}/enclosures/{id}/animals/{animal-id}").placeholders.map(\.name)
        #expect(names == ["zoo-id", "enclosure-id", "animal-id"])
    }

    @Test("function segments, colon addressing and $ segments are kept")
    func keepsODataSegments() {
        #expect(path("/me/drive/root:/{item-path}:/content") == "/me/drive/root:/{item-path}:/content")
        #expect(path("/workbook/worksheets/{id|name}/range(address='<address>')") == "/workbook/worksheets/{id}/range(address='{address}')")
        #expect(path("/zoos/microsoft.graph.delta()") == "/zoos/microsoft.graph.delta()")
        #expect(path("/zoos/{id}/photo/$value") == "/zoos/{id}/photo/$value")
        #expect(path("/zoos/{id}/members/$ref") == "/zoos/{id}/members/$ref")
        #expect(path("/zoos/$count") == "/zoos/$count")
        #expect(path("/x/resized(deltaRows={n}, deltaColumns={n})") == "/x/resized(deltaRows={deltaRow-n}, deltaColumns={deltaColumn-n})")
    }

    @Test("an unclosed '(' or '{' is closed at the end of its segment, and reported")
    func repairs() {
        let unbalanced = template("/worksheets/{id|name}/range(address='<address>'/entireRow")
        #expect(unbalanced.path == "/worksheets/{id}/range(address='{address}')/entireRow")
        #expect(unbalanced.repairs == [.unbalancedParenthesis])
        let unclosed = template("/zoos/{id/animals")
        #expect(unclosed.path == "/zoos/{id}/animals")
        #expect(unclosed.repairs == [.unclosedPlaceholder])
        #expect(template("/zoos/{id}").repairs.isEmpty)
    }

    @Test("alternatives written after a placeholder's '}' are taken into it, and reported")
    func alternativesOutsidePlaceholder() {
        let split = template("/zoos/{zoo-id} | zoo-name/animals/{id}")
        #expect(split.path == "/zoos/{zoo-id}/animals/{id}")
        #expect(split.placeholders.first?.written == "zoo-id | zoo-name")
        #expect(split.repairs == [.alternativesOutsidePlaceholder])
        #expect(template("/zoos/{zoo-id} | {zoo-name}").path == "/zoos/{zoo-id}")
        #expect(template("/zoos/{zoo-id | zoo-name}/animals").repairs.isEmpty)
    }

    @Test("English plurals become singular by the regular rules")
    func singulars() {
        #expect(PathTemplate.singular("policies") == "policy")
        #expect(PathTemplate.singular("boxes") == "box")
        #expect(PathTemplate.singular("classes") == "class")
        #expect(PathTemplate.singular("branches") == "branch")
        #expect(PathTemplate.singular("calendarGroups") == "calendarGroup")
        #expect(PathTemplate.singular("status") == "status")
        #expect(PathTemplate.singular("analysis") == "analysis")
        #expect(PathTemplate.singular("me") == "me")
    }
}
