import Foundation
import GraphRuntime
import HTTPTypes
import Testing

@Suite("GraphError")
struct GraphErrorTests {
    /// A Graph error body as the service sends it.
    let notFound = #"""
        {
          "error": {
            "code": "Request_ResourceNotFound",
            "message": "Resource '4562bcc8-c436-4f95-b7c0-4f8ce89dca5e' does not exist or one of its queried reference-property objects are not present.",
            "innerError": {
              "date": "2021-08-27T10:11:12",
              "request-id": "8d7f8f3c-2b5a-4c6e-9f0a-1d2e3f4a5b6c",
              "client-request-id": "0b1c2d3e-4f5a-6b7c-8d9e-0f1a2b3c4d5e"
            }
          }
        }
        """#

    @Test func readsTheEnvelope() {
        let error = GraphError(status: .notFound, body: Data(notFound.utf8))
        #expect(error.status == .notFound)
        #expect(error.code == "Request_ResourceNotFound")
        #expect(error.message?.hasPrefix("Resource '4562bcc8") == true)
        #expect(error.requestID == "8d7f8f3c-2b5a-4c6e-9f0a-1d2e3f4a5b6c")
        #expect(error.innerError?["client-request-id"]?.stringValue == "0b1c2d3e-4f5a-6b7c-8d9e-0f1a2b3c4d5e")
        #expect(error.body == Data(notFound.utf8))
        #expect(error.description.hasPrefix("Graph error 404 Request_ResourceNotFound: Resource '4562bcc8"))
    }

    @Test func readsODataSpellingAndNestedErrors() {
        let body = #"{"error":{"code":"BadRequest","message":"Invalid filter.","innererror":{"code":"invalidFilter","request-id":"r1"}}}"#
        let error = GraphError(status: .badRequest, body: Data(body.utf8))
        #expect(error.code == "BadRequest")
        #expect(error.innerError?["code"]?.stringValue == "invalidFilter")
        #expect(error.requestID == "r1")
    }

    @Test func keepsABodyThatIsNotAnEnvelope() {
        let error = GraphError(
            status: .serviceUnavailable, headerFields: [HTTPField.Name("request-id")!: "h1"], body: Data("<html>busy</html>".utf8))
        #expect(error.code == nil)
        #expect(error.message == nil)
        #expect(error.requestID == "h1")
        #expect(error.description == "Graph error 503: <html>busy</html>")
    }
}
