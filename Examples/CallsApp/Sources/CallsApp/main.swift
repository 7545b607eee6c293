import CallsSDK
import Foundation
import HTTPTypes
import OpenAPIRuntime

/// A transport double standing in for the network: it prints each request line and answers
/// `201 Created` with a call, as the service documents.
struct CannedTransport: ClientTransport {
    func send(_ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String) async throws -> (
        HTTPResponse, HTTPBody?
    ) {
        print("\(request.method) \(baseURL.absoluteString)\(request.path ?? "")")
        var response = HTTPResponse(status: .created)
        response.headerFields[.contentType] = "application/json"
        return (response, HTTPBody(#"{"id": "2f1a1100-b174-40a0-aba7-0b405e01ed92", "state": "establishing"}"#))
    }
}

let graph = GraphClient(transport: CannedTransport())
let call = try await CallPlacement.place(callbackURI: "https://bot.contoso.com/callback", with: graph)
print("call \(call.id?.value ?? "?"): \(call.state?.value ?? "?")")
