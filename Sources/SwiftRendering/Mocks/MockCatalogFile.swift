import Foundation
import LenientJSON

/// `Mocks.json`, the catalog the generated mock service answers from: the exchanges in the
/// shape `MockCatalog` of the mocks' runtime (`Sources/GraphMocks`) decodes, by page and name,
/// each JSON body as its compact text (read fast, served as it is).
enum MockCatalogFile {
    /// The file's name in the mocks' module.
    static let fileName = "Mocks.json"

    /// The catalog of `exchanges` below `serviceRoot`, as JSON (pretty, for a file a person may read).
    static func contents(of exchanges: [DocumentedExchange], serviceRoot: String, style: JSONWriter.Style = .pretty) -> String {
        let entries = ordered(exchanges).map { exchange -> JSONValue in
            var request: [JSONMember] = [JSONMember("method", JSONValue(.string(exchange.method)))]
            if let path = exchange.pathTemplate { request.append(JSONMember("path", JSONValue(.string(path)))) }
            if let path = exchange.documentedPath { request.append(JSONMember("documentedPath", JSONValue(.string(path)))) }
            if let url = exchange.url { request.append(JSONMember("url", JSONValue(.string(url)))) }
            request.append(JSONMember("query", fields(exchange.query)))
            var response: [JSONMember] = [
                JSONMember("status", JSONValue(.number(String(exchange.status)))),
                JSONMember("headers", fields(exchange.headers)),
            ]
            if let body = exchange.body { response.append(JSONMember("json", JSONValue(.string(JSONWriter(style: .compact).string(from: body))))) }
            if let text = exchange.text { response.append(JSONMember("text", JSONValue(.string(text)))) }
            return [
                "name": JSONValue(.string(exchange.name)),
                "page": JSONValue(.string(exchange.page)),
                "request": JSONValue(.object(request)),
                "response": JSONValue(.object(response)),
            ]
        }
        let catalog: JSONValue = ["serviceRoot": JSONValue(.string(serviceRoot)), "exchanges": JSONValue(.array(entries))]
        return JSONWriter(style: style).string(from: catalog) + (style == .pretty ? "\n" : "")
    }

    /// `exchanges` by page, then name, then method and path: the same whatever the pages' locale
    /// (names compared with `_` as `-`, as translations spell some example names either way).
    static func ordered(_ exchanges: [DocumentedExchange]) -> [DocumentedExchange] {
        exchanges.enumerated().sorted { first, second in
            let a = first.element, b = second.element
            let keys = (a.page, a.name.replacingOccurrences(of: "_", with: "-"), a.name, a.method, a.pathTemplate ?? a.url ?? "")
            let others = (b.page, b.name.replacingOccurrences(of: "_", with: "-"), b.name, b.method, b.pathTemplate ?? b.url ?? "")
            return keys != others ? keys < others : first.offset < second.offset
        }.map(\.element)
    }

    /// Name-value pairs as `[{"name": …, "value": …}]`.
    static func fields(_ fields: [DocumentedExchange.Field]) -> JSONValue {
        JSONValue(.array(fields.map { ["name": JSONValue(.string($0.name)), "value": JSONValue(.string($0.value))] }))
    }
}
