import GraphDocCore
import LenientJSON
import PageReader

/// The examples one page shows, read from the page alone: their types are still written as
/// the annotations write them, resolved once every page is known (``resolved(with:pageOperations:modelTypes:)``).
struct ExampleFacts: Sendable, Codable {
    /// An example and the type its annotation names, not yet resolved.
    struct Example: Sendable, Codable {
        var example: APIExample
        /// The annotation's `@odata.type` (and `isCollection`), as written.
        var annotatedType: TypeReference?
    }

    /// The page's relative path.
    var page: String
    /// The page's namespace, for simple type names.
    var namespace: String?
    /// The examples, in page order.
    var examples: [Example] = []

    /// Reads the JSON bodies of the page's code blocks annotated `request`, `response` or
    /// `example`. A response answers the request before it (on the same page, with no
    /// other request between them, annotated or not).
    init(page: Page, namespace: String?) {
        self.page = page.relativePath
        self.namespace = namespace
        var lastRequest: String?
        var shownRequest: APIExample.ShownRequest?
        for block in page.codeBlocks {
            guard let annotation = block.annotation, let kindName = annotation.blockType?.lowercased(),
                  let kind = APIExample.Kind(rawValue: kindName)
            else {
                // A request the page shows but does not annotate as one (`"blockType": "ignored"`):
                // the response after it answers it, not an earlier request.
                if let message = page.httpMessages.first(where: { $0.codeBlock == block.index && $0.requestLine != nil }) {
                    lastRequest = nil
                    shownRequest = Self.request(in: message, of: page, at: SourceLocation(file: page.path, line: block.line, column: 1))
                }
                continue
            }
            let location = SourceLocation(file: page.path, line: block.line, column: 1)
            let message = page.httpMessages.first { $0.codeBlock == block.index }
            let request = message.map { Self.request(in: $0, of: page, at: location) }
            var body = block.json?.value
            var bodyLine: Int? = block.line
            var text: String?
            if let message { (body, text, bodyLine) = Self.body(of: message, in: page) }
            let baseName = DocumentationSource.withoutLocaleTag(
                String((page.relativePath.split(separator: "/").last ?? "").dropLast(3)))
            let name = annotation.names.first ?? (kind == .response ? lastRequest.map { $0 + "-response" } : nil)
                ?? "\(baseName)-\(kind.rawValue)-\(examples.count + 1)"
            var example = APIExample(
                name: name, kind: kind, type: nil, collection: false, truncated: annotation.isTruncated,
                method: request?.method, path: request?.path, status: message?.statusLine?.code, body: body,
                source: page.relativePath, location: location, bodyLine: bodyLine)
            example.query = request?.query ?? []
            example.headers = request?.headers ?? []
            if kind == .request, annotation.marksOpaqueURL, let line = message?.requestLine, line.url.isAbsolute {
                example.opaqueURL = line.target
            }
            if body == nil { example.text = text }
            if kind == .response {
                example.request = lastRequest
                example.shownRequest = shownRequest
            }
            examples.append(Example(example: example, annotatedType: OperationFactsReader.annotatedType(of: annotation)))
            // A response answers one request; an example after it answers none.
            shownRequest = nil
            if kind == .request { lastRequest = annotation.names.first ?? name }
        }
    }

    /// The request line (method uppercased; none for a response), query items and headers
    /// `message` writes, as written.
    private static func request(in message: HTTPMessage, of page: Page, at location: SourceLocation) -> APIExample.ShownRequest {
        let (body, text, bodyLine) = body(of: message, in: page)
        return APIExample.ShownRequest(
            method: message.requestLine?.method?.uppercased(), path: message.requestLine?.url.path,
            query: (message.requestLine?.url.queryItems ?? []).map { .init(name: $0.name, value: $0.value ?? "") },
            headers: message.headers.map { .init(name: $0.name, value: $0.value) },
            body: body, text: text, bodyLine: bodyLine, location: location)
    }

    /// The JSON body `message` writes, else its text; and the line before the body's
    /// first. A message whose headers are in one block and whose JSON is in the `json`
    /// block right after it (``HTTPMessage/bodyCodeBlock``) has that block's JSON, unless
    /// the block is annotated as an example of its own.
    private static func body(of message: HTTPMessage, in page: Page) -> (json: JSONValue?, text: String?, line: Int?) {
        if message.body == nil, let separate = message.bodyCodeBlock, page.codeBlocks[separate].annotation == nil {
            return (page.codeBlocks[separate].json?.value, nil, page.codeBlocks[separate].line)
        }
        return (message.body?.json?.value, message.body?.json == nil ? message.body?.text : nil,
                message.body.map { $0.position.line - 1 })
    }

    /// The examples with their types resolved: the annotation's (a documented type, or a
    /// type of `modelTypes` known only from examples), else a request's body type or a
    /// response's type from the operation that lists the request example (a JSON request body
    /// not from a stream's).
    ///
    /// `pageOperations` are the operations this page documents; `modelTypes` maps each
    /// model type's lowercased name to its name (built once for all pages).
    func resolved(with resolver: some TypeResolving, pageOperations: [APIOperation], modelTypes known: [String: String]) -> [APIExample] {
        let types = OperationTypeResolver(resolver: resolver, page: page, namespace: namespace)
        func resolve(_ reference: TypeReference) -> String? {
            if let type = types.resolve(reference) { return type }
            switch reference {
            case .name(let name): return known[name.lowercased()]
            case .collection(let element): return resolve(element).map { "Collection(\($0))" }
            case .link: return nil
            }
        }
        return examples.map { fact in
            var example = fact.example
            if let reference = fact.annotatedType, var type = resolve(reference) {
                if let element = CollectionType.element(of: type) {
                    type = element
                    example.collection = true
                }
                example.type = type
                return example
            }
            let requestName = example.kind == .request ? example.name : example.request
            guard let requestName, let operation = pageOperations.first(where: { $0.examples.contains(requestName) }) else {
                return example
            }
            switch example.kind {
            case .request:
                // A stream's type says nothing of what a JSON body (of a request of another method,
                // given to this operation for want of a match) holds.
                if operation.requestBody != "Edm.Stream" || example.body == nil {
                    // A body documented as an array of a type ("an array of [x] objects").
                    if let body = operation.requestBody, let element = CollectionType.element(of: body) {
                        example.type = element
                        example.collection = true
                    } else {
                        example.type = operation.requestBody
                    }
                }
            case .response:
                example.type = operation.response?.type
                example.collection = operation.response?.collection ?? false
            case .example:
                break
            }
            return example
        }
    }
}
