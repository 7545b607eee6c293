import GraphDocCore
import PageReader

extension OperationFacts {
    /// Reads what a page says about its operations. Reading never fails: what cannot
    /// be read becomes a diagnostic in ``diagnostics``.
    ///
    /// - The requests are the request lines of the HTTP code blocks in the page's
    ///   "HTTP request" sections (any level, with the sections under them, but not inside
    ///   an example section), in page order, and the listing-like request examples beside
    ///   them (``OperationFactsReader/listingExamples(besides:)``); a repeated method and
    ///   path is read once; one ending in a placeholder written as a property name
    ///   (`…/branding/{property name}`) is read with and without it. A page without such a
    ///   section that still documents an operation (it has a request body, response or
    ///   request headers section, or a request example) falls
    ///   back, with a warning, to the HTTP blocks outside examples that hold only request
    ///   lines (no headers, no body) and are not annotated as request examples; a resource
    ///   page without those reads the `GET`s of its request examples that its own type
    ///   answers (``OperationFactsReader/resourceReadings()``).
    /// - The examples are the `name`s of the code blocks annotated `"blockType": "request"`.
    ///   On a page with one request they all belong to it; otherwise each goes to the
    ///   request with its method whose template its path matches best (the most literal
    ///   characters matched; see ``ExampleMatching``), else — with a note — to the first
    ///   request with its method, else to the first request.
    public static func extract(from page: Page) -> OperationFacts {
        var reader = OperationFactsReader(page: page)
        return reader.read()
    }
}

/// Reads an ``OperationFacts`` from a page.
struct OperationFactsReader {
    let page: Page
    let sections: OperationSections
    var diagnostics = Diagnostics()

    init(page: Page) {
        self.page = page
        self.sections = OperationSections(page: page)
    }

    func location(line: Int, column: Int = 1) -> SourceLocation {
        SourceLocation(file: page.path, line: line, column: column)
    }

    mutating func read() -> OperationFacts {
        var requests = readRequests()
        let examples = examples()
        readListedValues(shownBy: examples, in: &requests)
        addRawValueRequests(shownBy: examples, to: &requests)
        addPropertyRequests(shownBy: examples, to: &requests)
        let response = readResponse()
        if !response.collection { addKeyRequests(shownBy: examples, to: &requests) }
        assignExamples(examples, to: &requests)
        markShownCountsAndCasts(in: &requests)
        markShownBodies(in: &requests)
        markShownResponses(in: &requests)
        let parameterRegions = parameterRegions(sentMembers: Set(examples.flatMap(\.bodyMembers)))
        let permissionTables = PermissionTables.read(from: page, diagnostics: &diagnostics)
        return OperationFacts(
            source: page.relativePath,
            file: page.path,
            baseName: Self.baseName(of: page.relativePath),
            namespace: namespace(),
            title: page.title ?? "",
            summary: summary(),
            requests: requests,
            queryOptions: readQueryOptions(also: parameterRegions.query),
            pathParameters: readTables(of: .pathParameters),
            functionParameters: readTables(of: .functionParameters),
            requestHeaders: readRequestHeaders(),
            requestBody: readRequestBody(tablesAlso: parameterRegions.body),
            response: response,
            subjectTypes: subjectTypes(),
            exampleStatus: page.httpMessages.lazy.compactMap { $0.statusLine?.code }.first { (100...399).contains($0) },
            serviceRoots: serviceRoots(),
            permissionTables: permissionTables,
            diagnostics: diagnostics.sorted)
    }

    /// The file name without its directory, its `.md` extension and a locale tag
    /// (`api/create-call.es-ES.md` → `create-call`).
    static func baseName(of relativePath: String) -> String {
        let name = relativePath.split(separator: "/").last.map(String.init) ?? relativePath
        return DocumentationSource.withoutLocaleTag(name.lowercased().hasSuffix(".md") ? String(name.dropLast(3)) : name)
    }

    // MARK: - Page header

    /// The scheme, host and API version of each absolute request URL of the page whose
    /// version is written as a version, not a placeholder.
    func serviceRoots() -> [String] {
        page.httpMessages.compactMap { message in
            guard let url = message.requestLine?.url, let scheme = url.scheme, let host = url.host,
                  let version = url.apiVersion, !version.written.hasPrefix("{")
            else { return nil }
            return "\(scheme.lowercased())://\(host.lowercased())/\(version.normalized)"
        }
    }

    /// The first paragraph before the first level-2 heading that is neither a
    /// `Namespace:` line nor a note (`[!NOTE]`, `[!INCLUDE …]`).
    func summary() -> String {
        for section in page.sections {
            if section.level >= 2 && section.index > 0 { break }
            for paragraph in section.paragraphs where paragraph.kind == .paragraph {
                let text = paragraph.text.text.trimmedWhitespace
                if text.isEmpty || text.lowercased().hasPrefix("namespace:") || text.hasPrefix("[!") { continue }
                return text
            }
        }
        return ""
    }

    /// The namespace of a `Namespace: x.y` paragraph before the first level-2 heading.
    func namespace() -> String? {
        for section in page.sections {
            if section.level >= 2 && section.index > 0 { break }
            for paragraph in section.paragraphs {
                let text = paragraph.text.text.trimmedWhitespace
                guard text.lowercased().hasPrefix("namespace:") else { continue }
                let name = text.dropFirst("namespace:".count).trimmedWhitespace
                if let word = name.split(whereSeparator: \.isWhitespace).first { return String(word) }
            }
        }
        return nil
    }

    /// The links of the paragraphs before the first level-2 heading.
    func subjectTypes() -> [TypeMention] {
        var mentions: [TypeMention] = []
        for section in page.sections {
            if section.level >= 2 && section.index > 0 { break }
            for paragraph in section.paragraphs {
                for link in paragraph.text.links {
                    mentions.append(TypeMention(
                        reference: .link(text: link.text, target: link.target), location: location(line: paragraph.line)))
                }
            }
        }
        return mentions
    }

    // MARK: - Requests

    /// The request messages of the listing blocks, in page order, and whether each is
    /// documented apart (see ``RequestFacts/documentedApart``).
    mutating func listingMessages() -> [(message: HTTPMessage, apart: Bool)] {
        let regions = sections.regions(of: .httpRequest)
        if !regions.isEmpty {
            var messages: [(message: HTTPMessage, apart: Bool)] = []
            let requestExamples = Set(page.codeBlocks.filter(\.isRequestExample).map(\.index))
            for (position, region) in regions.enumerated() {
                let blocks = Set(sections.codeBlocks(in: region).map(\.index))
                let found = page.httpMessages.filter { message in
                    message.kind == .request && message.codeBlock.map(blocks.contains) ?? false
                }
                if found.isEmpty {
                    let section = page.sections[region[0]]
                    diagnostics.emit(
                        .warning, code: OperationDiagnosticCode.emptyRequestSection.rawValue,
                        "the '\(section.title)' section holds no HTTP request line", at: location(line: section.line))
                }
                messages += found.map { ($0, position > 0 && $0.codeBlock.map(requestExamples.contains) ?? false) }
            }
            return messages + listingExamples(besides: regions).map { ($0, true) }
        }
        let hasRequestExample = page.codeBlocks.contains(where: \.isRequestExample)
        let documentsOperation = hasRequestExample || [.requestBody, .response, .requestHeaders].contains { kind in
            !sections.regions(of: kind).isEmpty
        }
        guard documentsOperation else { return [] }
        let listing = page.codeBlocks.filter { block in
            guard !sections.isInExample(block), block.annotation?.blockType?.lowercased() != "request" else { return false }
            let messages = page.httpMessages.filter { $0.codeBlock == block.index }
            return !messages.isEmpty && messages.allSatisfy { $0.kind == .request && $0.headers.isEmpty && $0.body == nil }
        }
        let blocks = Set(listing.map(\.index))
        var message = "page has no 'HTTP request' section"
        let readings = listing.isEmpty ? resourceReadings() : []
        if let first = listing.first {
            message += "; reading the request lines of the HTTP block at line \(first.line) instead"
        } else if let first = readings.first, let line = first.requestLine {
            message += "; its request example '\(line.method?.uppercased() ?? "") \(line.url.path)', answered by the type "
                + "the page declares, documents reading it"
        }
        diagnostics.emit(
            .warning, code: OperationDiagnosticCode.missingRequestSection.rawValue, message,
            at: location(line: listing.first?.line ?? page.sections.first?.line ?? 1))
        if !readings.isEmpty { return readings.map { ($0, true) } }
        return page.httpMessages.filter { $0.codeBlock.map(blocks.contains) ?? false }.map { ($0, false) }
    }

    /// On a resource page (no "HTTP request" section), the bodiless `GET`s of its request
    /// examples whose responses the page annotates with a type it declares
    /// (`GET /planner` answered by a `microsoft.graph.planner` on `planner.md`): the page
    /// shows how to read its resource.
    func resourceReadings() -> [HTTPMessage] {
        let blocks = page.codeBlocks
        let declared = Set(blocks.compactMap { block -> String? in
            guard block.annotation?.blockType?.lowercased() == "resource" else { return nil }
            return block.annotation?.odataType.map { $0.trimmingCharacters(in: "#").lowercased() }
        })
        guard !declared.isEmpty else { return [] }
        return blocks.indices.compactMap { position in
            let block = blocks[position]
            guard block.isRequestExample, let message = requestMessage(of: block),
                  message.requestLine?.method?.uppercased() == "GET", message.body == nil,
                  let response = responseBlock(answering: position, in: blocks),
                  case .name(let type)? = response.annotation.flatMap(Self.annotatedType(of:)),
                  declared.contains(type.lowercased())
            else { return nil }
            return message
        }
    }

    /// The response block of the request example at `position`: the response block that
    /// names it, else the first response block after it, before the next request example.
    func responseBlock(answering position: Int, in blocks: [CodeBlock]) -> CodeBlock? {
        let names = Set((blocks[position].annotation?.names ?? []).filter { !$0.trimmedWhitespace.isEmpty })
        if let named = blocks.first(where: { block in
            block.annotation?.blockType?.lowercased() == "response" && block.annotation?.names.contains(where: names.contains) == true
        }) {
            return named
        }
        for next in blocks[(position + 1)...] {
            let blockType = next.annotation?.blockType?.lowercased()
            if blockType == "request" { break }
            if blockType == "response" { return next }
        }
        return nil
    }

    /// On a page whose "HTTP request" section lists its request as a request example
    /// (`"blockType": "request"`, `GET /groups/{groupId}/drives`), the request messages of
    /// the other such examples outside example sections and that section: sections like
    /// "List a site's drives" that document one more request each the same way. Only
    /// bodiless requests count.
    func listingExamples(besides regions: [[Int]]) -> [HTTPMessage] {
        let inRegions = Set(regions.flatMap { sections.codeBlocks(in: $0) }.map(\.index))
        guard page.codeBlocks.contains(where: { inRegions.contains($0.index) && $0.isRequestExample }) else { return [] }
        let blocks = Set(page.codeBlocks.filter { $0.isRequestExample && !inRegions.contains($0.index) && !sections.isInExample($0) }
            .map(\.index))
        return page.httpMessages.filter { message in
            guard let block = message.codeBlock else { return false }
            return blocks.contains(block) && message.kind == .request && message.body == nil
        }
    }

    /// The requests of the listing, one per method and path.
    mutating func readRequests() -> [RequestFacts] {
        var requests: [RequestFacts] = []
        /// The position of the request already read for `method` on `template`'s path.
        func listed(_ method: String, _ template: PathTemplate) -> Int? {
            requests.firstIndex { $0.method == method && $0.template.path.lowercased() == template.path.lowercased() }
        }
        for (message, apart) in listingMessages() {
            guard let line = message.requestLine else { continue }
            let at = SourceLocation(file: page.path, position: line.targetPosition)
            guard let written = line.method else {
                diagnostics.emit(
                    .warning, code: OperationDiagnosticCode.missingMethod.rawValue,
                    "request line '\(line.target)' has no method; it is skipped", at: at)
                continue
            }
            let method = written.uppercased()
            guard HTTPRequestLine.standardMethods.contains(method) else {
                diagnostics.emit(
                    .warning, code: OperationDiagnosticCode.unknownMethod.rawValue,
                    "'\(written)' is not an HTTP method; request line '\(line.target)' is skipped", at: at)
                continue
            }
            let template = PathTemplate(url: line.url)
            for repair in template.repairs {
                switch repair {
                case .unclosedPlaceholder:
                    diagnostics.emit(
                        .warning, code: OperationDiagnosticCode.unclosedPlaceholder.rawValue,
                        "a '{' in path '\(line.url.path)' is not closed; it is closed at the end of its segment", at: at)
                case .unbalancedParenthesis:
                    diagnostics.emit(
                        .warning, code: OperationDiagnosticCode.unbalancedParenthesis.rawValue,
                        "a '(' in path '\(line.url.path)' is not closed; it is closed at the end of its segment", at: at)
                case .alternativesOutsidePlaceholder:
                    diagnostics.emit(
                        .warning, code: OperationDiagnosticCode.alternativesOutsidePlaceholder.rawValue,
                        "a placeholder in path '\(line.url.path)' is closed before its '|' alternatives; "
                            + "they are read as part of it", at: at)
                }
            }
            let queryItems = line.url.queryItems.map { item in
                ParameterFacts(name: item.name, value: item.value, type: nil, description: "", location: at)
            }
            if let existing = listed(method, template) {
                diagnostics.emit(
                    .note, code: OperationDiagnosticCode.duplicateRequest.rawValue,
                    "'\(method) \(template.path)' is listed again (first at line "
                        + "\(requests[existing].location.position.line)); it is read once",
                    at: at)
                for item in queryItems where !requests[existing].queryItems.contains(where: { $0.name == item.name }) {
                    requests[existing].queryItems.append(item)
                }
                continue
            }
            let request = RequestFacts(
                method: method, template: template, writtenTarget: line.target, queryItems: queryItems,
                location: at, examples: [], exampleStatus: nil, exampleResponseType: nil, documentedApart: apart)
            requests.append(request)
            // `…/branding/{property name}` addresses each property of the resource `…/branding`,
            // which the same method reads or writes whole.
            if let whole = template.withoutPropertyName, listed(method, whole) == nil {
                var resource = request
                resource.template = whole
                requests.append(resource)
                diagnostics.emit(
                    .note, code: OperationDiagnosticCode.propertyNamePlaceholder.rawValue,
                    "'\(method) \(template.path)' addresses one property of the resource; "
                        + "'\(method) \(whole.path)' is read as documented too", at: at)
            }
        }
        return requests
    }

    // MARK: - Examples

    /// An example request: its names, method, path, and the response shown after it.
    struct Example {
        var names: [String]
        var method: String
        var path: String
        var line: Int
        var status: Int?
        var responseType: TypeReference?
        /// Whether it sends a body that is not an entity reference.
        var sendsEntity: Bool
        /// The members of the JSON object it sends, if it sends one.
        var bodyMembers: [String] = []
        /// The media type of the body it sends when that body is not JSON and its
        /// `Content-Type` names a type other than JSON (`text/plain`, `application/zip`).
        var streamMediaType: String? = nil
        /// Whether it sends no body at all.
        var sendsNothing = false
        /// Whether its response's body is OData's `{"value": …}` of one primitive value, as a
        /// property of an entity answers.
        var answersPrimitiveValue = false
        /// The line of its response's status line when that response is a success (2xx)
        /// written without a body (`HTTP/1.1 204 No Content`, a `201 Created` alone) and
        /// without a `Content-Type` other than JSON (which says its bytes are left out).
        var bodilessResponseLine: Int? = nil
    }

    /// The page's request examples, in page order.
    mutating func examples() -> [Example] {
        var examples: [Example] = []
        let blocks = page.codeBlocks
        for (position, block) in blocks.enumerated() {
            guard block.isRequestExample, let annotation = block.annotation else { continue }
            // A request to a URL the service handed out is none of the page's paths.
            guard !annotation.marksOpaqueURL else { continue }
            guard let message = requestMessage(of: block), let request = message.requestLine else {
                diagnostics.emit(
                    .warning, code: OperationDiagnosticCode.exampleWithoutRequest.rawValue,
                    "request example holds no request line; it is not listed", at: location(line: block.line))
                continue
            }
            let names = annotation.names.filter { !$0.trimmedWhitespace.isEmpty }
            if names.isEmpty {
                diagnostics.emit(
                    .note, code: OperationDiagnosticCode.exampleWithoutName.rawValue,
                    "request example has no name in its annotation; it is not listed", at: location(line: annotation.line))
            }
            var example = Example(
                names: names, method: request.method?.uppercased() ?? "", path: request.url.path,
                line: block.line, status: nil, responseType: nil,
                sendsEntity: message.body.map { body in !(body.json?.value.map(ReferenceRequest.isReference) ?? false) } ?? false)
            example.bodyMembers = message.body?.json?.value?.keys ?? []
            example.streamMediaType = Self.streamMediaType(of: message)
            example.sendsNothing = message.body == nil && example.streamMediaType == nil
            if let response = responseBlock(answering: position, in: blocks) {
                let message = page.httpMessages.first { $0.codeBlock == response.index && $0.statusLine != nil }
                example.status = message?.statusLine?.code
                if let members = message?.body?.json?.value?.members, members.count == 1, members[0].key == "value" {
                    switch members[0].value.content {
                    case .object, .array: break
                    default: example.answersPrimitiveValue = true
                    }
                }
                example.responseType = response.annotation.flatMap(Self.annotatedType(of:))
                // A media type other than JSON says the bytes are left out, not that there are none.
                if let message, let status = example.status, (200..<300).contains(status), message.body == nil,
                   message.bodyCodeBlock == nil, Self.nonJSONContentType(of: message) == nil {
                    example.bodilessResponseLine = message.position.line
                }
            }
            examples.append(example)
        }
        return examples
    }

    /// The media type of the body `message` sends when it is not JSON: a `Content-Type`
    /// other than JSON and a body that does not read as JSON (`text/plain` MIME, an image),
    /// or none shown (the docs leave out a zip file's bytes).
    static func streamMediaType(of message: HTTPMessage) -> String? {
        message.body?.json == nil ? nonJSONContentType(of: message) : nil
    }

    /// The value of `message`'s last `Content-Type` header, as written, when it names a
    /// media type other than JSON; `nil` without one, or for JSON.
    private static func nonJSONContentType(of message: HTTPMessage) -> String? {
        guard let contentType = message.headerValues(named: "Content-Type").last,
              !contentType.lowercased().containsBytes("json")
        else { return nil }
        return contentType
    }

    /// Takes in what the requests the page shows without annotating them as examples send
    /// (`"blockType": "ignored"`, or no annotation): each body tells, as an example's does,
    /// whether the request of its method and best-matching path (else the first of its
    /// method, as for examples) sends JSON or bytes of another media type (the MIME variant
    /// of `sendMail`).
    func markShownBodies(in requests: inout [RequestFacts]) {
        let exampleBlocks = Set(page.codeBlocks.filter(\.isRequestExample).map(\.index))
        for message in page.httpMessages where message.codeBlock.map(exampleBlocks.contains) != true {
            guard let line = message.requestLine, let method = line.method?.uppercased(), message.body != nil,
                  let best = Self.bestMatch(for: line.url.path, method: method, in: requests)
                    ?? requests.firstIndex(where: { $0.method == method })
            else { continue }
            if let mediaType = Self.streamMediaType(of: message) {
                requests[best].exampleStreamMediaTypes.append(mediaType)
            } else if let body = message.body?.json?.value, !ReferenceRequest.isReference(body) {
                requests[best].exampleSendsJSON = true
            }
        }
    }

    /// Takes in the annotated responses to requests the page's example sections show without
    /// annotating them as examples (`"blockType": "ignored"`, then a response annotated `microsoft.graph.report`):
    /// the response's type and status are those of the request of its method and best-matching
    /// path, where no example of that request gave one.
    func markShownResponses(in requests: inout [RequestFacts]) {
        let blocks = page.codeBlocks
        for (position, block) in blocks.enumerated() where !block.isRequestExample && sections.isInExample(block) {
            guard let message = page.httpMessages.first(where: { $0.codeBlock == block.index && $0.kind == .request }),
                  let line = message.requestLine, let method = line.method?.uppercased(),
                  let response = responseBlock(answering: position, in: blocks),
                  let type = response.annotation.flatMap(Self.annotatedType(of:)),
                  let best = Self.bestMatch(for: line.url.path, method: method, in: requests),
                  requests[best].exampleResponseType == nil
            else { continue }
            requests[best].exampleResponseType = TypeMention(reference: type, location: location(line: response.line))
            if requests[best].exampleStatus == nil {
                requests[best].exampleStatus = page.httpMessages.first { $0.codeBlock == response.index }?.statusLine?.code
            }
        }
    }

    /// The first request message of a code block; blocks without an `http` info string are parsed here.
    func requestMessage(of block: CodeBlock) -> HTTPMessage? {
        if let message = page.httpMessages.first(where: { $0.codeBlock == block.index && $0.kind == .request }) {
            return message
        }
        guard !isHTTPCodeBlock(infoString: block.info) else { return nil }
        var ignored = Diagnostics()
        return parseHTTPBlock(block.span, diagnostics: &ignored).messages.first { $0.kind == .request }
    }

    /// The type an example response's annotation declares: `@odata.type` (which may be
    /// written `Collection(x)`), a collection when `isCollection` is true.
    static func annotatedType(of annotation: Annotation) -> TypeReference? {
        guard var name = annotation.odataType?.trimmedWhitespace, !name.isEmpty else { return nil }
        if name.hasPrefix("#") { name.removeFirst() }
        var collection = false
        if name.lowercased().hasPrefix("collection("), name.hasSuffix(")") {
            name = String(name.dropFirst("collection(".count).dropLast())
            collection = true
        }
        if let flag = annotation.value["isCollection"] {
            collection = collection || (flag.boolValue ?? (flag.stringValue?.lowercased() == "true"))
        }
        return collection ? .collection(.name(name)) : .name(name)
    }

    /// Adds the raw value of a listed `GET` path that an example `GET`s with `/$value`
    /// after it, where no listed path matches the example's (`…/hostedContents/{id}/$value`
    /// on a page that lists `…/hostedContents/{id}`): OData's raw value of a media entity,
    /// which the example documents. The request is the listed one with `/$value`
    /// appended, at the example's line, with a note.
    mutating func addRawValueRequests(shownBy examples: [Example], to requests: inout [RequestFacts]) {
        for example in examples where example.method == "GET" {
            guard let (listed, segment) = Self.listedParent(of: example, in: requests), segment.lowercased() == "$value"
            else { continue }
            let request = extending(requests[listed], with: .literal("$value"), atLine: example.line)
            diagnostics.emit(
                .note, code: OperationDiagnosticCode.rawValueFromExample.rawValue,
                "example request 'GET \(example.path)' reads the raw value ('$value') of "
                    + "'GET \(requests[listed].template.path)', which the page lists; the example documents "
                    + "'GET \(request.template.path)'",
                at: request.location)
            requests.append(request)
        }
    }

    /// Reads a listed path's literal segment as a placeholder where an example of the same
    /// method writes a placeholder in its place and otherwise matches it, and no listed path
    /// matches the example (`GET /domains/contoso.com/serviceConfigurationRecords` listed,
    /// `GET /domains/{domain-name}/serviceConfigurationRecords` sent): the listing wrote an
    /// example's value where the path takes any. The placeholder is the example's, with a
    /// warning. Only one listed path may qualify: where several do (`GET /sites/root` and
    /// `GET /sites/contoso.sharepoint.com` for `GET /sites/{site-id}`), the listing names
    /// real segments too, and nothing is changed.
    mutating func readListedValues(shownBy examples: [Example], in requests: inout [RequestFacts]) {
        for example in examples where Self.bestMatch(for: example.path, method: example.method, in: requests) == nil {
            let sent = PathTemplate.segments(of: ExampleMatching.normalizedExamplePath(example.path)).filter { !$0.isEmpty }
            var candidates: [(index: Int, template: PathTemplate, value: String)] = []
            for index in requests.indices where requests[index].method == example.method {
                let listed = PathTemplate.segments(of: requests[index].template.path).filter { !$0.isEmpty }
                guard listed.count == sent.count else { continue }
                let differing = listed.indices.filter { position in
                    ExampleMatching.score(path: "/" + sent[position], template: "/" + listed[position]) == nil
                }
                guard differing.count == 1, let position = differing.first else { continue }
                let value = listed[position]
                let placeholder = sent[position]
                guard placeholder.hasPrefix("{"), placeholder.hasSuffix("}"), placeholder.count > 2,
                      !value.contains("{"), !value.contains("("), !value.hasPrefix("$")
                else { continue }
                var segments = listed
                segments[position] = placeholder
                candidates.append((index, PathTemplate(url: DocumentedURL(path: "/" + segments.joined(separator: "/"))), value))
            }
            guard candidates.count == 1, let (index, template, value) = candidates.first else { continue }
            diagnostics.emit(
                .warning, code: OperationDiagnosticCode.listedValue.rawValue,
                "'\(requests[index].method) \(requests[index].template.path)' writes the value '\(value)' where "
                    + "example request '\(example.method) \(example.path)' has a placeholder; read as "
                    + "'\(template.path)'", at: requests[index].location)
            requests[index].template = template
        }
    }

    /// Adds the request for the properties of an entity a listed path addresses by a key,
    /// where an example sends the same method to that path with a property's name after it,
    /// no listed path matches the example's, and what goes on the wire is a property's value:
    /// bytes of another media type than JSON sent, or OData's `{"value": …}` of a primitive
    /// answered (`…/localizations/{locale}` listed, `GET …/localizations/en-US/signInPageText`
    /// answered `{"value": "Welcome"}`). OData addresses each property of an entity below it,
    /// as pages that list `…/{property name}` say; a name that answers an entity is a
    /// relationship, which other pages may document. The request is the listed one with
    /// `{property name}` appended, at the example's line, with a note.
    mutating func addPropertyRequests(shownBy examples: [Example], to requests: inout [RequestFacts]) {
        for example in examples where example.streamMediaType != nil || example.answersPrimitiveValue {
            guard let (listed, name) = Self.listedParent(of: example, in: requests),
                  let first = name.first, first.isASCIILetter, name.allSatisfy({ $0.isASCIILetter || $0.isASCIIDigit }),
                  let last = PathTemplate.segments(of: requests[listed].template.path).last,
                  last.hasPrefix("{"), last.hasSuffix("}")
            else { continue }
            let request = extending(requests[listed], with: .placeholder("property name"), atLine: example.line)
            diagnostics.emit(
                .note, code: OperationDiagnosticCode.propertyFromExample.rawValue,
                "example request '\(example.method) \(example.path)' addresses the property '\(name)' of the entity "
                    + "'\(example.method) \(requests[listed].template.path)' addresses; the example documents "
                    + "'\(example.method) \(request.template.path)'", at: request.location)
            requests.append(request)
        }
    }

    /// Adds the request for one member of a listed `GET` collection that an example `GET`s
    /// with a key after it, where no listed path matches the example's and neither the
    /// page's response prose nor the example's response annotation says it answers a
    /// collection (`swapShiftsChangeRequest-get` lists `…/swapShiftsChangeRequests` but gets
    /// `…/swapShiftsChangeRequests/{swapShiftsChangeRequestId}`): OData's key addresses one
    /// entity of the collection, which the example documents. The request is the listed one
    /// with the example's placeholder appended, or `{<singular>-id}` for a literal key, at
    /// the example's line, with a warning: the listing leaves the key out.
    mutating func addKeyRequests(shownBy examples: [Example], to requests: inout [RequestFacts]) {
        for example in examples where example.method == "GET" {
            if case .collection = example.responseType { continue }
            guard let (listed, key) = Self.listedParent(of: example, in: requests),
                  !key.isEmpty, !key.hasPrefix("$"), !key.contains("("), !key.contains(":"),
                  let collection = PathTemplate.segments(of: requests[listed].template.path).last,
                  !collection.contains("{"), !collection.contains("("), !collection.hasPrefix("$")
            else { continue }
            let written = key.hasPrefix("{") && key.hasSuffix("}") && key.count > 2
                ? String(key.dropFirst().dropLast()) : "\(PathTemplate.singular(collection))-id"
            let request = extending(requests[listed], with: .placeholder(written), atLine: example.line)
            diagnostics.emit(
                .warning, code: OperationDiagnosticCode.keyFromExample.rawValue,
                "example request 'GET \(example.path)' gets one member of 'GET \(requests[listed].template.path)', "
                    + "which the page lists without a key; the example documents 'GET \(request.template.path)'",
                at: request.location)
            requests.append(request)
        }
    }

    /// Where `example`'s path is one segment below a listed request of its method, and no
    /// listed request of its method matches the path itself: that request's position and the
    /// segment (`…/hostedContents/{id}` and `$value` for `GET …/hostedContents/h3/$value`).
    /// The path is read as templates are written (``ExampleMatching/normalizedExamplePath(_:)``).
    static func listedParent(of example: Example, in requests: [RequestFacts]) -> (listed: Int, segment: String)? {
        var segments = PathTemplate.segments(of: ExampleMatching.normalizedExamplePath(example.path))
        guard segments.count > 1, let segment = segments.popLast(),
              bestMatch(for: example.path, method: example.method, in: requests) == nil,
              let listed = bestMatch(for: segments.joined(separator: "/"), method: example.method, in: requests)
        else { return nil }
        return (listed, segment)
    }

    /// `request` with one more segment after its path, a literal or a placeholder (named
    /// cleanly, `-2` appended if its request has a placeholder of that name), documented by
    /// the example at `line`.
    func extending(_ request: RequestFacts, with segment: PathTemplate.Piece, atLine line: Int) -> RequestFacts {
        var extended = request
        switch segment {
        case .literal(let text):
            extended.template.path += "/" + text
            extended.writtenTarget += "/" + text
        case .placeholder(let written):
            var name = PathTemplate.cleanName(written)
            if request.template.placeholders.contains(where: { $0.name == name }) { name += "-2" }
            extended.template.path += "/{\(name)}"
            extended.template.placeholders.append(PathTemplate.Placeholder(name: name, written: written))
            extended.writtenTarget += "/{\(written)}"
        }
        extended.location = location(line: line)
        return extended
    }

    /// Gives each example to its request (see ``OperationFacts/extract(from:)``).
    mutating func assignExamples(_ examples: [Example], to requests: inout [RequestFacts]) {
        guard !requests.isEmpty else { return }
        for example in examples {
            var chosen = 0
            if requests.count > 1 {
                if let best = Self.bestMatch(for: example.path, method: example.method, in: requests) {
                    chosen = best
                } else {
                    chosen = requests.firstIndex { $0.method == example.method } ?? 0
                    diagnostics.emit(
                        .note, code: OperationDiagnosticCode.unmatchedExample.rawValue,
                        "example request '\(example.method) \(example.path)' matches none of the page's paths; "
                            + "it is given to '\(requests[chosen].method) \(requests[chosen].template.path)'",
                        at: location(line: example.line))
                }
            }
            if requests[chosen].exampleStatus == nil { requests[chosen].exampleStatus = example.status }
            if requests[chosen].exampleResponseType == nil, let type = example.responseType {
                requests[chosen].exampleResponseType = TypeMention(reference: type, location: location(line: example.line))
            }
            requests[chosen].exampleSendsEntity = requests[chosen].exampleSendsEntity || example.sendsEntity
            // What an example of another method sends or gets back says nothing about this request.
            if example.method == requests[chosen].method {
                if requests[chosen].exampleBodilessResponse == nil, let line = example.bodilessResponseLine,
                   ExampleMatching.score(path: example.path, template: requests[chosen].template.path) != nil {
                    requests[chosen].exampleBodilessResponse = location(line: line)
                }
                if let mediaType = example.streamMediaType {
                    requests[chosen].exampleStreamMediaTypes.append(mediaType)
                } else if example.sendsEntity {
                    requests[chosen].exampleSendsJSON = true
                }
                requests[chosen].exampleSendsNothing = requests[chosen].exampleSendsNothing || example.sendsNothing
                for member in example.bodyMembers where !requests[chosen].exampleBodyMembers.contains(member) {
                    requests[chosen].exampleBodyMembers.append(member)
                }
            }
            requests[chosen].examples += example.names
        }
    }

    /// Marks each `GET` whose collection an HTTP message of the page counts (`…/$count`,
    /// see ``RequestFacts/countShown``) or casts (`…/microsoft.graph.group`, see
    /// ``RequestFacts/castsShown``); it goes to the `GET` whose template matches the
    /// collection's path best (see ``ExampleMatching``).
    func markShownCountsAndCasts(in requests: inout [RequestFacts]) {
        for message in page.httpMessages {
            guard let line = message.requestLine, line.method?.uppercased() == "GET" else { continue }
            if let cast = TypeCastRequest.shown(in: line.url.path) {
                guard let best = Self.bestMatch(for: cast.collectionPath, method: "GET", in: requests) else { continue }
                if let known = requests[best].castsShown.firstIndex(where: { $0.typeName.lowercased() == cast.typeName.lowercased() }) {
                    requests[best].castsShown[known].counted = requests[best].castsShown[known].counted || cast.counted
                } else {
                    requests[best].castsShown.append(cast)
                }
            } else if let collection = CountRequest.collectionPath(of: line.url.path),
                      let best = Self.bestMatch(for: collection, method: "GET", in: requests) {
                requests[best].countShown = true
            }
        }
    }

    /// The index of the request of `method` whose template matches `path` best (the most
    /// literal characters; the first of equals), if one matches.
    static func bestMatch(for path: String, method: String, in requests: [RequestFacts]) -> Int? {
        ExampleMatching.bestMatch(
            for: path, among: requests.indices.filter { requests[$0].method == method }.map { ($0, requests[$0].template.path) })
    }

    // MARK: - Parameters and headers

    /// The rows of the tables of the sections of a kind.
    func readTables(of kind: OperationSections.Kind, headers: Bool = false) -> [ParameterFacts] {
        sections.regions(of: kind).flatMap { region in
            sections.tables(in: region).flatMap { ParameterTables.parameters(of: $0, file: page.path, headers: headers) }
        }
    }

    /// The request headers: the rows of the request header tables, then the headers the
    /// prose of the request header, request body and response sections names
    /// (``ResponseProse/requestHeaders(in:saysRequestHeader:)``), and those the examples'
    /// prose calls request headers ("It uses the `Prefer: outlook.timezone` request
    /// header"), that no row names.
    func readRequestHeaders() -> [ParameterFacts] {
        var headers = readTables(of: .requestHeaders, headers: true)
        let regions = [OperationSections.Kind.requestHeaders, .requestBody, .response].flatMap(sections.regions(of:))
        let paragraphs = regions.flatMap(sections.paragraphs(in:)).map { ($0, false) } + sections.exampleParagraphs.map { ($0, true) }
        for (paragraph, inExample) in paragraphs where Self.saysRequestAndHeader(paragraph.text.markdown) {
            for sentence in Prose.sentences(of: paragraph.text) {
                for (name, value) in ResponseProse.requestHeaders(in: sentence, saysRequestHeader: inExample)
                where !headers.contains(where: { $0.name.lowercased() == name.lowercased() }) {
                    headers.append(ParameterFacts(
                        name: name, value: value, type: nil, description: sentence.text.trimmedWhitespace,
                        location: location(line: paragraph.line)))
                }
            }
        }
        return headers
    }

    /// Whether inline markdown's text, without the `*` and `\\` that markdown adds to it, says both
    /// `request` and `header`, as a sentence that names a request header does: most paragraphs
    /// do not, and splitting them into sentences is what costs.
    static func saysRequestAndHeader(_ markdown: String) -> Bool {
        let text = String(decoding: markdown.utf8.filter { $0 != UInt8(ascii: "*") && $0 != UInt8(ascii: "\\") }, as: UTF8.self)
            .lowercased()
        return text.containsBytes("header") && text.containsBytes("request")
    }

    /// The query options: those named in the query parameter sections' prose, and their tables' rows.
    func readQueryOptions(also parameterRegions: [[Int]] = []) -> [ParameterFacts] {
        var options: [ParameterFacts] = []
        for region in sections.regions(of: .queryParameters) + parameterRegions {
            for paragraph in sections.paragraphs(in: region) {
                for sentence in Prose.sentences(of: paragraph.text) {
                    for name in ResponseProse.queryOptions(in: sentence) {
                        options.append(ParameterFacts(
                            name: name, value: nil, type: nil, description: sentence.text.trimmedWhitespace,
                            location: location(line: paragraph.line)))
                    }
                }
            }
            for table in sections.tables(in: region) {
                options += ParameterTables.parameters(of: table, file: page.path)
            }
        }
        return options
    }

    // MARK: - Request body

    /// The "Parameters" sections (``OperationSections/Kind/parameters``), split by what the
    /// page's examples send: a section with a table row that names a member of an example's
    /// JSON body (`sentMembers`, ignoring case) documents the body's parameters
    /// (`createUploadSession`'s `item` and `deferCommit`); the others document the query.
    func parameterRegions(sentMembers: Set<String>) -> (query: [[Int]], body: [[Int]]) {
        let sent = Set(sentMembers.map { $0.lowercased() })
        var split: (query: [[Int]], body: [[Int]]) = ([], [])
        for region in sections.regions(of: .parameters) {
            let rows = sections.tables(in: region).flatMap { ParameterTables.parameters(of: $0, file: page.path) }
            if rows.contains(where: { sent.contains($0.name.lowercased()) }) {
                split.body.append(region)
            } else {
                split.query.append(region)
            }
        }
        return split
    }

    /// What the request body sections say, with the parameters of the tables of
    /// `tablesAlso` (see ``parameterRegions(sentMembers:)``). A section that says no body is
    /// required but that one can be sent ("However, you can specify properties in the
    /// request body") documents an optional body, not none.
    func readRequestBody(tablesAlso parameterRegions: [[Int]] = []) -> BodyFacts {
        let regions = sections.regions(of: .requestBody)
        guard let first = regions.first else { return .undocumented }
        var body = BodyFacts(
            saysNone: false, types: [], parameters: [], tableListsProperties: false,
            location: location(line: page.sections[first[0]].line))
        var optional = false
        for region in regions {
            for (position, paragraph) in sections.paragraphs(in: region).enumerated() {
                for sentence in Prose.sentences(of: paragraph.text) {
                    if ResponseProse.saysNoRequestBody(sentence) { body.saysNone = true }
                    if ResponseProse.saysOptionalRequestBody(sentence) { optional = true }
                    let text = sentence.text.lowercased()
                    guard position == 0 || text.containsBytes("request body") || text.containsBytes("json representation") else {
                        continue
                    }
                    for link in sentence.links {
                        let linked = TypeReference.link(text: link.text, target: link.target)
                        let collection = Self.namesCollection(of: link.text, in: text)
                        let mention = TypeMention(
                            reference: collection ? .collection(linked) : linked, location: location(line: paragraph.line))
                        if !body.types.contains(mention) { body.types.append(mention) }
                    }
                }
            }
        }
        for table in (regions + parameterRegions).flatMap(sections.tables(in:)) {
            if body.parameters.isEmpty {
                body.tableListsProperties = ParameterTables.columns(of: table).nameHeader.hasPrefix("propert")
            }
            body.parameters += ParameterTables.parameters(of: table, file: page.path)
        }
        if optional { body.saysNone = false }
        return body
    }

    /// Whether `text` (lowercased) names a collection of the type it links as `linkText`:
    /// "supply an array of [patchContentCommand] objects", "a collection of", "a list of".
    /// A sentence that says "collection" elsewhere ("each [x] object in the **y** collection
    /// property") does not.
    static func namesCollection(of linkText: String, in text: String) -> Bool {
        let linked = linkText.lowercased()
        return ["array of ", "collection of ", "list of "].contains { text.contains($0 + linked) }
    }

    // MARK: - Response

    /// The types of the first of `sentences` that mentions the response body and names a type.
    func readLaterTypes(_ sentences: [(ProseSentence, Paragraph)], into response: inout ResponseFacts) {
        for (sentence, paragraph) in sentences where sentence.text.lowercased().containsBytes("response body") {
            let types = ResponseProse.typeReferences(in: sentence)
            guard !types.isEmpty else { continue }
            response.laterTypes = types.map { TypeMention(reference: $0, location: location(line: paragraph.line)) }
            response.laterCollection = ResponseProse.saysCollection(sentence)
            return
        }
    }

    /// What the response sections say: the first sentence that names a success status
    /// gives the status, the types (none when a `202 Accepted` names them as a header or a
    /// link, see ``ResponseProse/pointsElsewhere(_:)``; those of an earlier sentence that
    /// describes the result when it names none) and whether the body is a collection; any
    /// sentence of the paragraph holding it may say there is no body. Without such a sentence,
    /// the first that describes the result (``describesResult(_:)``) gives the types. A later "Response" section is read only
    /// when the ones before it say neither: a page that goes on to document other requests
    /// (an upload session's `PUT`s to its upload URL) gives each its own "Response" section.
    func readResponse() -> ResponseFacts {
        let regions = sections.regions(of: .response)
        guard let first = regions.first else { return .undocumented }
        for (index, region) in regions.enumerated() {
            let following = regions[(index + 1)...].flatMap(sections.paragraphs(in:))
            if let response = readResponse(in: region, following: following) { return response }
        }
        var response = ResponseFacts.undocumented
        response.location = location(line: page.sections[first[0]].line)
        return response
    }

    /// Whether a sentence without a status says what the request gives back: it says
    /// `return`, or it speaks of the response and links a type ("The response … will provide
    /// the details … as an [UploadSession](…) resource").
    static func describesResult(_ sentence: ProseSentence) -> Bool {
        let text = sentence.text.lowercased()
        return text.containsBytes("return") || (text.containsBytes("response") && !sentence.links.isEmpty)
    }

    /// What one "Response" section (``readResponse()``) says, if it names a success status or
    /// describes the result; the types of a later sentence may come from the `following` sections.
    private func readResponse(in region: [Int], following: [Paragraph]) -> ResponseFacts? {
        var response = ResponseFacts.undocumented
        var fallback: (ProseSentence, Paragraph)?
        let paragraphs = sections.paragraphs(in: region)
        for (position, paragraph) in paragraphs.enumerated() {
            let sentences = Prose.sentences(of: paragraph.text)
            for (index, sentence) in sentences.enumerated() {
                if let (status, token) = ResponseProse.status(in: sentence) {
                    let rest = sentence.suffix(from: token)
                    response.status = status
                    response.location = location(line: paragraph.line)
                    // What a `202 Accepted` names as a header or a link is where the result will be, not the body.
                    response.types = status == 202 && ResponseProse.pointsElsewhere(rest) ? [] : ResponseProse.typeReferences(in: rest).map {
                        TypeMention(reference: $0, location: location(line: paragraph.line))
                    }
                    response.collection = ResponseProse.saysCollection(rest)
                    response.saysNoContent = status == 204 || sentences.contains(where: ResponseProse.saysNoContent)
                    // "This method returns a single [Permission] resource …. The response will be `201 Created` …":
                    // the sentence before the status one says what the body is.
                    if response.types.isEmpty, !response.saysNoContent, status != 202,
                       let (earlier, earlierParagraph) = fallback
                    {
                        response.types = ResponseProse.typeReferences(in: earlier).map {
                            TypeMention(reference: $0, location: location(line: earlierParagraph.line))
                        }
                        response.collection = ResponseProse.saysCollection(earlier)
                    }
                    let later = sentences[(index + 1)...].map { ($0, paragraph) }
                        + (paragraphs[(position + 1)...] + following).flatMap { next in
                            Prose.sentences(of: next.text).map { ($0, next) }
                        }
                    readLaterTypes(later, into: &response)
                    return response
                }
                if fallback == nil && Self.describesResult(sentence) { fallback = (sentence, paragraph) }
            }
        }
        guard let (sentence, paragraph) = fallback else { return nil }
        response.location = location(line: paragraph.line)
        response.types = ResponseProse.typeReferences(in: sentence).map {
            TypeMention(reference: $0, location: location(line: paragraph.line))
        }
        response.collection = ResponseProse.saysCollection(sentence)
        response.saysNoContent = ResponseProse.saysNoContent(sentence)
        return response
    }
}

extension CodeBlock {
    /// Whether the block's annotation makes it a request example (`"blockType": "request"`).
    var isRequestExample: Bool {
        annotation?.blockType?.lowercased() == "request"
    }
}
