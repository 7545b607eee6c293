import Foundation
import PageReader
import SchemaInference
@testable import SwiftRendering
import TestSupport
import Testing

/// Pages whose examples show what the service really sends otherwise than its docs say: a
/// `DateTimeOffset` without an offset, the "never" .NET services write (`9999-12-31T23:59:59.9999999Z`),
/// a 64-bit integer where the docs say `Int32`, a string where they document an object, and a
/// primitive's response with its `@odata.context`. The package generated from them must pass
/// its own tests: every such response decodes, and encodes back to what was sent.
@Suite("What the service sends: the generated package passes its tests")
struct ServiceAnswersPackageTests {
    static let pages: [(String, String)] = [
        ("resources/reading.md", HostilePages.resourcePage("microsoft.graph.reading", rows: [
            "| id | String | The reading's id. |",
            "| label | String | Where the reading was taken. |",
            "| takenDateTime | DateTimeOffset | When it was taken. |",
            "| expiryDateTime | DateTimeOffset | When it expires. |",
            "| fileSize | Int32 | The size of its file in bytes. |",
            "| place | [place](place.md) | The place it was taken at. |",
        ])),
        ("resources/place.md", HostilePages.resourcePage("microsoft.graph.place", rows: [
            "| name | String | The place's name. |",
        ])),
        ("api/reading-get.md", """
            # Get reading
            Namespace: microsoft.graph

            Gets a reading.
            ## HTTP request
            ```http
            GET /readings/{id}
            ```
            ## Response
            If successful, this method returns a `200 OK` response code and a [reading](../resources/reading.md) object.
            ## Example
            <!-- { "blockType": "request", "name": "get_reading" } -->
            ```http
            GET https://graph.microsoft.com/v1.0/readings/1
            ```
            <!-- { "blockType": "response", "truncated": true, "@odata.type": "microsoft.graph.reading" } -->
            ```http
            HTTP/1.1 200 OK
            Content-Type: application/json

            {
              "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#readings/$entity",
              "id": "1",
              "takenDateTime": "2020-02-04T07:00:00.0000000",
              "expiryDateTime": "9999-12-31T23:59:59.9999999Z",
              "fileSize": 3000000000
            }
            ```
            <!-- { "blockType": "request", "name": "get_reading_place" } -->
            ```http
            GET https://graph.microsoft.com/v1.0/readings/2
            ```
            <!-- { "blockType": "response", "truncated": true, "@odata.type": "microsoft.graph.reading" } -->
            ```http
            HTTP/1.1 200 OK
            Content-Type: application/json

            {
              "id": "2",
              "place": "Building 4"
            }
            ```
            """),
        ("api/reading-get-label.md", """
            # Get a reading's label
            Namespace: microsoft.graph

            Gets where a reading was taken.
            ## HTTP request
            ```http
            GET /readings/{id}/label
            ```
            ## Response
            If successful, this method returns a `200 OK` response code and the label.
            ## Example
            <!-- { "blockType": "request", "name": "get_reading_label" } -->
            ```http
            GET https://graph.microsoft.com/v1.0/readings/1/label
            ```
            <!-- { "blockType": "response" } -->
            ```http
            HTTP/1.1 200 OK
            Content-Type: application/json

            {
              "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#readings('1')/label",
              "value": "Kitchen"
            }
            ```
            """),
    ]

    /// Where the package is built: dependencies stay built between runs.
    static let scratch = TestPages.packageRoot.appendingPathComponent(".build/service-answers-package")

    @Test("dates without offset or at year 9999, 64-bit integers, a string for an object and a primitive's @odata.context pass the generated tests")
    func passes() async throws {
        let model = SchemaInference.infer(from: Self.pages.map { SchemaInference.evidence(from: TestPages.read($1, path: $0)) })
        // Not vacuous: both requests are operations, the label one answering a primitive.
        let responses = Dictionary(model.operations.map { ($0.path, $0.response?.type) }) { first, _ in first }
        #expect(responses["/readings/{id}"] == "microsoft.graph.reading")
        #expect(responses["/readings/{id}/label"] == "Edm.String")
        let rendered = try PackageRenderer(
            templates: try TemplateLibrary(), runtime: try RuntimeSources.files(),
            mocks: try RuntimeSources.files(in: RuntimeSources.mocksDirectory)
        ).render(model, sourceSummary: "service answers")
        // The string sent for a documented object is predicted: both tests of that response (through
        // the client, and its own round trip) record it as a known issue.
        #expect(rendered.fixtures.knownIssues.values.reduce(0, +) == 2, "\(rendered.fixtures.knownIssues)")
        let workspace = FileManager.default.temporaryDirectory.appendingPathComponent("graphdocgen-answers-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: workspace) }
        let package = workspace.appendingPathComponent("AnswersSDK")
        try PackageWriter().write(rendered.files, to: package)
        let run = try await SwiftBuild.run(package: package, scratch: Self.scratch, runningTests: true)
        #expect(run.status == 0, "swift test failed:\n\(run.output)")
        #expect(run.diagnostics(under: package) == [], "swift test reported:\n\(run.output)")
        // Passed cleanly: nothing recorded, not even a known issue.
        for test in ["get_reading", "get_reading-response", "get_reading_label", "get_reading_label-response"] {
            #expect(run.output.contains("✔ Test \"\(test)\" passed"), "\(test) did not pass cleanly:\n\(run.output)")
        }
        for test in ["get_reading_place", "get_reading_place-response"] {
            #expect(run.output.contains("━ Test \"\(test)\" passed after"), "\(test) is not a passing known issue:\n\(run.output)")
        }
    }
}
