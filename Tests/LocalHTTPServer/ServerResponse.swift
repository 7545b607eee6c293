public import Foundation
public import HTTPTypes

/// What the local server answers to one request.
public struct ServerResponse: Sendable {
    public var status: HTTPResponse.Status
    public var headerFields: HTTPFields
    public var body: Data

    public init(status: HTTPResponse.Status, headerFields: HTTPFields = [:], body: Data = Data()) {
        self.status = status
        self.headerFields = headerFields
        self.body = body
    }

    /// A response with a JSON body (`Content-Type: application/json`).
    public static func json(_ status: HTTPResponse.Status, _ body: Data, headerFields: HTTPFields = [:]) -> Self {
        var fields = headerFields
        fields[.contentType] = "application/json"
        return Self(status: status, headerFields: fields, body: body)
    }

    /// A response with a JSON body given as text.
    public static func json(_ status: HTTPResponse.Status, _ text: String, headerFields: HTTPFields = [:]) -> Self {
        json(status, Data(text.utf8), headerFields: headerFields)
    }
}
