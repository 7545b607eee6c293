import Foundation
import LenientJSON
import PageReader
import TestSupport

/// The HTTP messages a seed page documents, as an app's test would copy them from the docs:
/// the request or response of an annotated example, its JSON written out strictly.
///
/// This file reads pages; the tests that use the generated SDK live in files of their own,
/// since the SDK and the reader each have a `JSONValue`.
enum DocumentedMessages {
    /// A documented HTTP message: request line or status, header fields, JSON body.
    struct Message {
        var method: String?
        var path: String?
        var status: Int?
        var headers: [String: String]
        var body: Data?
    }

    /// The message of the example annotated `name` (or, for responses, of the `index`-th
    /// response block) on the seed page `file` in `docs-input/api`.
    static func message(in file: String, named name: String? = nil, responseIndex: Int? = nil) throws -> Message {
        let page = try TestPages.readFile("api/\(file)")
        let candidates = page.codeBlocks.filter { block in
            guard let annotation = block.annotation else { return false }
            if let name { return annotation.names.contains(name) }
            return annotation.blockType == "response"
        }
        let index = responseIndex ?? 0
        guard index < candidates.count else { throw Missing.example(name ?? "response \(index)") }
        let block = candidates[index]
        guard let http = page.httpMessages.first(where: { $0.codeBlock == block.index }) else {
            throw Missing.example("HTTP message of block \(block.index)")
        }
        let json = http.body?.json?.value ?? block.json?.value
        return Message(
            method: http.requestLine?.method, path: http.requestLine?.url.path,
            status: http.statusLine?.code,
            headers: Dictionary(http.headers.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first }),
            body: json.map { Data(JSONWriter(style: .compact).bytes(from: $0)) })
    }

    /// The create-call exchange the app-style tests use: the request annotated
    /// `create-call-service-hosted-media-1` on the ru-RU seed page, and the page's first response.
    static func createCall() throws -> (request: Message, response: Message) {
        let page = "create-call.ru-RU.md"
        return (try message(in: page, named: "create-call-service-hosted-media-1"), try message(in: page, responseIndex: 0))
    }

    enum Missing: Error {
        case example(String)
    }
}
