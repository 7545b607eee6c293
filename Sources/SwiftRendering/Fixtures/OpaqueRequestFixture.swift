import Foundation
import LenientJSON
import SchemaInference

/// The test of a request example to a URL the service handed out (``APIExample/opaqueURL``:
/// an upload session's URL, a download URL): the request is sent as it is with the client's
/// `send(_:)` for such URLs, which must send the documented method, URL, headers and bytes;
/// the documented response comes back as its status and bytes, read as the response
/// example's documented type when it has a JSON body.
struct OpaqueRequestFixture {
    /// The test's statements, one per line.
    var statements: [String]
    /// Whether the test also checks the documented response.
    var checksResponse: Bool

    /// The test of `example`, sent to `url`; `nil` when `url` is not an absolute URL with a host.
    /// `responseType` is the Swift type of the response's JSON body, if it has one.
    static func make(
        _ example: APIExample, url: String, response: APIExample?, responseFixture: String?, responseType: String?
    ) -> OpaqueRequestFixture? {
        guard let method = example.method, let components = URLComponents(string: url),
              let scheme = components.scheme, let host = components.host
        else { return nil }
        let origin = "\(scheme)://\(host)" + (components.port.map { ":\($0)" } ?? "")
        let path = components.percentEncodedPath.isEmpty ? "/" : components.percentEncodedPath
        let query = (components.percentEncodedQueryItems ?? []).map { ($0.name.percentDecoded, ($0.value ?? "").percentDecoded) }
        let headers = example.headers.filter { !RequestFixture.transportHeaders.contains($0.name.lowercased()) }
            .map { ($0.name, $0.value) }
        // The docs write the bytes they leave out as text (`<bytes 0-25 of the file>`): the test sends that text.
        let bodyText = example.text ?? example.body.map { JSONWriter(style: .compact).string(from: $0) }

        var exchange = "let exchange = try Fixture.Exchange(status: \(response?.status ?? 200)"
        var comparison: String?
        if let responseFixture, let responseType {
            exchange += ", response: \(SwiftLiteral.string(responseFixture))"
            comparison = "try Fixture.expectEncoding(try GraphJSON.decoder(reportingMismatches: Fixture.recordMismatch).decode(\(responseType).self, from: result.body), "
                + "documented: \(SwiftLiteral.string(responseFixture)))"
        } else if let text = response?.text {
            exchange += ", text: \(SwiftLiteral.string(text))"
            comparison = "#expect(result.body == Data(\(SwiftLiteral.string(text)).utf8))"
        }
        var arguments = ["exchange.client", "method: \(SwiftLiteral.string(method))", "opaqueURL: \(SwiftLiteral.string(url))"]
        if !headers.isEmpty { arguments.append("headers: \(RequestFixture.pairs(headers))") }
        if let bodyText { arguments.append("bodyText: \(SwiftLiteral.string(bodyText))") }
        var statements = [
            exchange + ")",
            "let result = try await Fixture.send(\(arguments.joined(separator: ", ")))",
            RequestFixture.expectation(
                method: method, path: path, origin: origin, query: query, headers: headers, body: nil, bodyText: bodyText),
        ]
        if let status = response?.status { statements.append("#expect(result.status == \(status))") }
        if let comparison { statements.append(comparison) }
        // A response with a body the test cannot read (JSON of no documented type) is not checked.
        let checksResponse = response != nil && (comparison != nil || (response?.body == nil && response?.text == nil))
        return OpaqueRequestFixture(statements: statements, checksResponse: checksResponse)
    }
}
