import Foundation
import LenientJSON

/// A mocks file of Dev Proxy's MockResponsePlugin: `{"$schema": …, "mocks": [{"request": {"url",
/// "method"}, "response": {"statusCode", "headers", "body"}}]}`, one mock per documented exchange.
///
/// The proxy answers a request with the first mock whose URL matches (`*` matching any text),
/// so the mocks come most specific first: the longest fixed text, then by URL, method, page and
/// example. URLs are absolute below the service root, with `*` where the docs' path template
/// has a value (a key, a function's argument, a path below an item) and the example's query.
public enum DevProxyMocksFile {
    /// The JSON schema of the mocks files the file validates against.
    public static let schemaURL = "https://raw.githubusercontent.com/dotnet/dev-proxy/main/schemas/v1.2.0/mockresponseplugin.mocksfile.schema.json"

    /// The mocks file of `exchanges` below `serviceRoot`, as pretty JSON.
    public static func contents(of exchanges: [DocumentedExchange], serviceRoot: String) -> String {
        let mocks = ordered(exchanges, serviceRoot: serviceRoot).map { url, exchange -> JSONValue in
            var headers = exchange.headers.filter { $0.name.lowercased() != "content-length" }
            if exchange.body != nil, !headers.contains(where: { $0.name.lowercased() == "content-type" }) {
                headers.append(.init(name: "content-type", value: "application/json"))
            }
            var response: [JSONMember] = [
                JSONMember("statusCode", JSONValue(.number(String(exchange.status)))),
                JSONMember("headers", MockCatalogFile.fields(headers)),
            ]
            if let body = exchange.body {
                switch body.content {
                case .object, .array: response.append(JSONMember("body", body))
                default: response.append(JSONMember("body", JSONValue(.string(JSONWriter(style: .compact).string(from: body)))))
                }
            } else if let text = exchange.text {
                response.append(JSONMember("body", JSONValue(.string(text))))
            }
            return [
                "request": ["url": JSONValue(.string(url)), "method": JSONValue(.string(exchange.method))],
                "response": JSONValue(.object(response)),
            ]
        }
        let file: JSONValue = ["$schema": JSONValue(.string(schemaURL)), "mocks": JSONValue(.array(mocks))]
        return JSONWriter(style: .pretty).string(from: file) + "\n"
    }

    /// Each exchange with its mock's URL, most specific first.
    static func ordered(_ exchanges: [DocumentedExchange], serviceRoot: String) -> [(url: String, exchange: DocumentedExchange)] {
        let root = serviceRoot.hasSuffix("/") ? String(serviceRoot.dropLast()) : serviceRoot
        return MockCatalogFile.ordered(exchanges).map { exchange in
            (url(of: exchange, root: root), exchange)
        }.sorted { first, second in
            let a = (fixedLength(first.url), first.url, first.exchange.method)
            let b = (fixedLength(second.url), second.url, second.exchange.method)
            // Longer fixed text first; the catalog's order (page, example) breaks ties.
            if a.0 != b.0 { return a.0 > b.0 }
            return (a.1, a.2) < (b.1, b.2)
        }
    }

    /// The mock's URL: the absolute URL, or the template below `root` with `*` for its values,
    /// then the example's query (spaces and the characters a URL cannot hold percent-encoded).
    static func url(of exchange: DocumentedExchange, root: String) -> String {
        var url = exchange.url ?? ""
        if let template = exchange.pathTemplate {
            url = root
            var inValue = false
            for character in template {
                if character == "{" {
                    inValue = true
                    url.append("*")
                } else if character == "}" {
                    inValue = false
                } else if !inValue {
                    url.append(character)
                }
            }
        }
        guard !exchange.query.isEmpty else { return url }
        return url + "?" + exchange.query.map { encoded($0.name) + "=" + encoded($0.value) }.joined(separator: "&")
    }

    /// `text` with what a query cannot hold as it is percent-encoded (`$`, `,`, `'`, `(`, `)`,
    /// `:` and `/` stay, as clients send them; `*` is encoded, as the proxy reads it as a wildcard).
    static func encoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: queryCharacters) ?? text
    }

    private static let queryCharacters = CharacterSet(
        charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~$,'():/@!")

    /// The URL's length without its `*`s.
    static func fixedLength(_ url: String) -> Int {
        url.count - url.filter { $0 == "*" }.count
    }
}
