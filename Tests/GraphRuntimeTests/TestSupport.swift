import Foundation
import GraphRuntime
@_exported import TestTransport
import HTTPTypes
import OpenAPIRuntime
import Testing

/// Decodes `json` with `GraphJSON.decoder()`.
func decode<T: Decodable>(_ type: T.Type, _ json: String) throws -> T {
    try GraphJSON.decoder().decode(T.self, from: Data(json.utf8))
}

/// Encodes `value` with `GraphJSON.encoder()` (sorted keys) as text.
func encode(_ value: some Encodable) throws -> String {
    String(decoding: try GraphJSON.encoder().encode(value), as: UTF8.self)
}

/// `json` with its keys sorted and spaces removed, to compare with `encode`'s output.
func canonical(_ json: String) throws -> String {
    let object = try JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed])
    let data = try JSONSerialization.data(
        withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes, .fragmentsAllowed])
    return String(decoding: data, as: UTF8.self)
}

func response(_ status: HTTPResponse.Status, _ headerFields: HTTPFields = [:]) -> HTTPResponse {
    HTTPResponse(status: status, headerFields: headerFields)
}
