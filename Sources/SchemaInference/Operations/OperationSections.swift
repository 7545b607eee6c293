import PageReader

/// The sections of an API page that document its operations, found by their English titles.
///
/// A section's kind comes from the start of its title, compared case-insensitively
/// after dropping a leading `Optional `: `HTTP request…`, `Query parameter…`, just
/// `Parameters` (which says not which kind), `Function parameter…`, `Path parameter…`, `Request header…`,
/// `Request body…`, `Response…` and `Example…`. Sections inside an example section
/// (a section whose own title, or an enclosing section's, starts with `Example`)
/// document an example, not the operation, and are left out of every kind but
/// ``Kind/example``.
struct OperationSections {
    /// What a section documents.
    enum Kind: Hashable {
        case httpRequest, queryParameters, functionParameters, pathParameters
        case requestHeaders, requestBody, response, example
        /// A section titled just `Parameters`: of the query, or of the body (see
        /// ``OperationFactsReader/parameterRegions(sentMembers:)``).
        case parameters
    }

    /// The kind of a section title, if it has one.
    static func kind(ofTitle title: String) -> Kind? {
        var lowered = title.trimmedWhitespace.lowercased()
        if lowered.hasPrefix("optional ") { lowered = String(lowered.dropFirst("optional ".count)) }
        if lowered.hasPrefix("http request") { return .httpRequest }
        if lowered.hasPrefix("query parameter") { return .queryParameters }
        if lowered == "parameters" { return .parameters }
        if lowered.hasPrefix("function parameter") { return .functionParameters }
        if lowered.hasPrefix("path parameter") { return .pathParameters }
        if lowered.hasPrefix("request header") { return .requestHeaders }
        if lowered.hasPrefix("request body") { return .requestBody }
        if lowered.hasPrefix("response") { return .response }
        if lowered.hasPrefix("example") { return .example }
        return nil
    }

    let page: Page
    /// The kind of each section, by index.
    let kinds: [Kind?]
    /// Whether each section is, or stands inside, an example section.
    let inExample: [Bool]

    init(page: Page) {
        self.page = page
        kinds = page.sections.map { Self.kind(ofTitle: $0.title) }
        var inExample: [Bool] = []
        for section in page.sections {
            let own = kinds[section.index] == .example
            let parent = section.parent.map { $0 < inExample.count ? inExample[$0] : false } ?? false
            inExample.append(own || parent)
        }
        self.inExample = inExample
    }

    /// The sections of a kind outside examples, in page order, each with the sections
    /// under it that have no kind of their own (their indices, the section's first).
    func regions(of kind: Kind) -> [[Int]] {
        page.sections.indices.compactMap { index in
            guard kinds[index] == kind, !inExample[index] else { return nil }
            var region = [index]
            var skipBelowLevel: Int?
            for next in page.sections[(index + 1)...] {
                guard next.level > page.sections[index].level else { break }
                if let level = skipBelowLevel, next.level > level { continue }
                skipBelowLevel = nil
                if kinds[next.index] != nil {
                    skipBelowLevel = next.level
                    continue
                }
                region.append(next.index)
            }
            return region
        }
    }

    /// The paragraphs of the example sections and of every section inside them, in page order.
    var exampleParagraphs: [Paragraph] {
        page.sections.filter { inExample[$0.index] }.flatMap(\.paragraphs)
    }

    /// The paragraphs of a region's sections, in page order.
    func paragraphs(in region: [Int]) -> [Paragraph] {
        region.flatMap { page.sections[$0].paragraphs }
    }

    /// The tables of a region's sections, in page order.
    func tables(in region: [Int]) -> [Table] {
        let sections = Set(region)
        return page.tables.filter { $0.section.map(sections.contains) ?? false }
    }

    /// The code blocks of a region's sections, in page order.
    func codeBlocks(in region: [Int]) -> [CodeBlock] {
        let sections = Set(region)
        return page.codeBlocks.filter { $0.section.map(sections.contains) ?? false }
    }

    /// Whether the code block stands inside an example section.
    func isInExample(_ block: CodeBlock) -> Bool {
        block.section.map { inExample[$0] } ?? false
    }
}
