import GraphDocCore
import LenientJSON
import PageReader

extension TypeFacts {
    /// Reads the type facts of a page.
    init(page: Page) {
        self.init(page: page.relativePath, path: page.path, namespace: nil, description: "")
        let paragraphs = page.sections.flatMap(\.paragraphs)
        namespace = paragraphs.lazy.compactMap { Self.namespace(in: $0.text.text) }.first
        description = paragraphs.first { Self.namespace(in: $0.text.text) == nil && $0.kind == .paragraph }?.text.text ?? ""
        declaredTypes = page.codeBlocks.compactMap { Self.declaredType(of: $0, problems: &problems) }
        baseTypeLinks = paragraphs.flatMap { Self.baseTypeLinks(in: $0.text) }
        for table in page.tables {
            let titles = Self.sectionTitles(of: table.section, in: page)
            let heading = titles.first?.lowercased() ?? ""
            if let rows = Self.propertyRows(of: table, sectionTitles: titles, problems: &problems) {
                propertyRows += rows
            } else if let enumTable = Self.enumTable(table, sectionTitles: titles, pageTitle: page.title ?? "", problems: &problems) {
                enumTables.append(enumTable)
            } else if heading.hasPrefix("derived type") {
                derivedTypeLinks += table.rows.compactMap { $0.cells.first?.links.first }
            } else if heading == "methods", Self.headerNames(table).first == "method" {
                methodLinks += table.rows.compactMap { $0.cells.first?.links.first }
            }
        }
        baseTypeLinks += propertyRows.flatMap { Self.baseTypeLinks(in: $0.description) }
        examples = Self.examples(of: page)
        hasMethods = !methodLinks.isEmpty
    }

    /// The JSON of a code block, where it starts in the page, and the method of the
    /// request it is the body of, when it is one.
    typealias LocatedBody = (value: JSONValue, position: SourcePosition, method: String?)

    /// The JSON of each code block: a `json` block's own, else the body of the first HTTP
    /// message written in it; by code block index (one pass over the messages).
    static func jsonBodies(of page: Page) -> [Int: LocatedBody] {
        var bodies: [Int: LocatedBody] = [:]
        var methods: [Int: String] = [:]
        var seen: Set<Int> = []
        for message in page.httpMessages {
            if let block = message.bodyCodeBlock, let method = message.requestLine?.method { methods[block] = method }
            guard let block = message.codeBlock, seen.insert(block).inserted,
                  let body = message.body, let value = body.json?.value
            else { continue }
            let start = value.position.flatMap { position in
                body.span.map { $0.position(line: position.line - 1, column: position.column - 1) }
            }
            bodies[block] = (value, start ?? body.position, message.requestLine?.method)
        }
        for block in page.codeBlocks {
            guard let value = block.json?.value else { continue }
            let start = value.position.map { block.span.position(line: $0.line - 1, column: $0.column - 1) }
            bodies[block.index] = (value, start ?? SourcePosition(line: block.line, column: 1), methods[block.index])
        }
        return bodies
    }

    /// The JSON bodies of annotated code blocks, resource declarations aside: a `json`
    /// block's value, or the JSON body of an HTTP block's message.
    static func examples(of page: Page) -> [ExampleBody] {
        let bodies = jsonBodies(of: page)
        return page.codeBlocks.compactMap { block in
            guard let annotation = block.annotation, annotation.blockType != "resource",
                  let body = bodies[block.index]
            else { return nil }
            var type = annotation.odataType?.trimmingCharacters(in: "#")
            var isCollection = flag(annotation.value["isCollection"])
            if let element = type.flatMap(CollectionType.element(of:)) {
                type = element
                isCollection = true
            }
            return ExampleBody(
                blockType: annotation.blockType, type: type?.isEmpty == false ? type : nil, isCollection: isCollection,
                method: body.method?.uppercased(), value: body.value, line: annotation.line, position: body.position)
        }
    }

    /// The namespace of a `Namespace: x` line.
    static func namespace(in text: String) -> String? {
        let prefix = "Namespace:"
        guard text.hasPrefix(prefix) else { return nil }
        let rest = text.dropFirst(prefix.count).trimmingCharacters(in: " ")
        return rest.split(separator: " ").first.map(String.init)
    }

    /// The titles of a section and its ancestors, innermost first.
    static func sectionTitles(of section: Int?, in page: Page) -> [String] {
        var titles: [String] = []
        var current = section
        while let index = current, index < page.sections.count {
            titles.append(page.sections[index].title)
            current = page.sections[index].parent
        }
        return titles
    }

    // MARK: Resource annotations

    /// The type a resource annotation declares. A name that is not a qualified type name
    /// (a type, or a base type, with `/`, quotes or spaces, say) is a problem: the
    /// declaration, or the base type, is ignored. So are JSON members whose key is not a
    /// property name (keys holding `@` are instance annotations, ignored later).
    static func declaredType(of block: CodeBlock, problems: inout [Problem]) -> DeclaredType? {
        guard let annotation = block.annotation, annotation.blockType == "resource",
              let name = annotation.odataType?.trimmingCharacters(in: "#")
        else { return nil }
        let annotationStart = SourcePosition(line: annotation.line, column: 1)
        guard TypeDirectory.isQualifiedName(name) else {
            problems.append(.init(
                position: annotationStart, code: "type-name-invalid",
                message: "the resource annotation's @odata.type '\(name.prefix(80))' is not a qualified type name; it declares no type"))
            return nil
        }
        let value = annotation.value
        var baseType = value["baseType"]?.stringValue.map { $0.trimmingCharacters(in: "#") }.flatMap { $0.isEmpty ? nil : $0 }
        if let base = baseType, !TypeDirectory.isQualifiedName(base) {
            problems.append(.init(
                position: annotationStart, code: "type-name-invalid",
                message: "the base type '\(base.prefix(80))' of '\(name)' is not a qualified type name; it is ignored"))
            baseType = nil
        }
        var jsonMembers: [JSONMember] = []
        for member in block.json?.value?.members ?? [] {
            guard member.key.contains("@") || TypeDirectory.isSimpleIdentifier(member.key) else {
                let position = member.keyPosition.map { block.span.position(line: $0.line - 1, column: $0.column - 1) }
                problems.append(.init(
                    position: position ?? SourcePosition(line: block.line, column: 1), code: "property-name-invalid",
                    message: "the JSON key '\(member.key.prefix(80))' of '\(name)' is not a property name; it is not read as a property"))
                continue
            }
            jsonMembers.append(member)
        }
        return DeclaredType(
            name: name,
            baseType: baseType,
            keyProperty: value["keyProperty"]?.stringValue,
            optionalProperties: value["optionalProperties"]?.arrayValue?.compactMap(\.stringValue) ?? [],
            openType: flag(value["openType"]),
            abstract: flag(value["abstract"]),
            jsonMembers: jsonMembers,
            line: annotation.line)
    }

    /// A boolean annotation value, written as `true` or `"true"`.
    static func flag(_ value: JSONValue?) -> Bool {
        guard let value else { return false }
        return value.boolValue ?? (value.stringValue?.lowercased() == "true")
    }

    // MARK: Prose

    /// Links that follow "inherits from", "inherited from" or "derived from".
    static func baseTypeLinks(in text: InlineText) -> [InlineText.Link] {
        guard !text.links.isEmpty else { return [] }
        let markdown = text.markdown.lowercased()
        var found: [InlineText.Link] = []
        var linksByText: [Substring: InlineText.Link] = [:]
        for link in text.links.reversed() { linksByText[Substring(link.text.lowercased())] = link }
        for phrase in [
            "inherits from [", "inherited from [", "derived from [", "derives from [", "extends [", "subclass of [",
            "subtype of [",
        ] {
            var searchStart = markdown.startIndex
            while let range = markdown[searchStart...].firstByteRange(of: phrase) {
                let linkStart = markdown.index(before: range.upperBound)
                // A type name is short: a `[` with no `]` soon after is not searched to the end.
                let linkText = markdown[linkStart...].dropFirst().prefix(256).prefix { $0 != "]" }
                if let link = linksByText[linkText] {
                    found.append(link)
                }
                searchStart = range.upperBound
            }
        }
        return found
    }

    // MARK: Tables

    /// The header cell texts, lowercased.
    static func headerNames(_ table: Table) -> [String] {
        table.header.map { $0.text.lowercased().trimmingCharacters() }
    }

    /// The rows of a property or relationship table: a table whose first column names
    /// properties and that has a Type column, under a Properties or Relationships heading.
    static func propertyRows(of table: Table, sectionTitles: [String], problems: inout [Problem]) -> [PropertyRow]? {
        let header = headerNames(table)
        guard let first = header.first, ["property", "property name", "name", "relationship", "relationship name"].contains(first),
              let typeColumn = header.firstIndex(where: { $0 == "type" })
        else { return nil }
        let titles = sectionTitles.map { $0.lowercased() }
        guard let heading = titles.first(where: { $0.containsBytes("propert") || $0.containsBytes("relationship") }) else { return nil }
        let navigation = heading.containsBytes("relationship") || first.hasPrefix("relationship")
        let descriptionColumn = header.firstIndex { $0.hasPrefix("description") } ?? header.count - 1
        return table.rows.compactMap { row in
            guard let nameCell = row.cells.first,
                  let rowName = name(in: nameCell.text, line: row.line, of: "property", code: "property-name-invalid", problems: &problems)
            else { return nil }
            let typeCell = typeColumn < row.cells.count ? row.cells[typeColumn] : InlineText()
            let description = descriptionColumn < row.cells.count && descriptionColumn != typeColumn
                ? row.cells[descriptionColumn] : InlineText()
            return PropertyRow(
                name: rowName, type: TypeExpression.parse(cell: typeCell), typeText: typeCell.text,
                description: description, navigation: navigation, line: row.line)
        }
    }

    /// The name in a property or enumeration member cell, as ``propertyName(_:)`` reads it. A
    /// cell that holds no name, or a name run on by other characters (`a"b`, `a,b,c`), is a problem.
    /// - Parameters:
    ///   - what: `property` or `enum member`, for messages.
    ///   - code: The problem's code.
    static func name(in text: String, line: Int, of what: String, code: String, problems: inout [Problem]) -> String? {
        let trimmed = text.trimmingCharacters()
        guard let name = propertyName(trimmed) else {
            problems.append(.init(
                position: SourcePosition(line: line, column: 1), code: code,
                message: "the \(what) name '\(trimmed.prefix(80))' does not start with a letter, '_' or '@'; the row is skipped"))
            return nil
        }
        if let next = trimmed.dropFirst(name.count).first, !next.isWhitespace {
            problems.append(.init(
                position: SourcePosition(line: line, column: 1), code: code,
                message: "the \(what) name '\(trimmed.prefix(80))' goes on after '\(name.prefix(80))' with '\(next)'; it is read as '\(name.prefix(80))'"))
        }
        return name
    }

    /// The property name in a name cell: its first identifier (`**album**` → `album`).
    static func propertyName(_ text: String) -> String? {
        let name = text.trimmingCharacters().prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "@" || $0 == "." || $0 == "$" }
        guard let first = name.first, first.isLetter || first == "@" || first == "_" else { return nil }
        return String(name)
    }

    /// An enumeration's member table: first column `Member` (or `Name`/`Value`), no Type
    /// column, under an `x values` heading or on an `x enum type` page.
    static func enumTable(_ table: Table, sectionTitles: [String], pageTitle: String, problems: inout [Problem]) -> EnumTable? {
        let header = headerNames(table)
        guard let first = header.first, ["member", "members", "name", "value"].contains(first),
              !header.contains("type")
        else { return nil }
        var name: String?
        for title in sectionTitles {
            let lowered = title.lowercased()
            if lowered.hasSuffix(" values") || lowered.hasSuffix(" enum values") {
                name = TypeExpression.plainName(title)
                break
            }
        }
        let loweredTitle = pageTitle.lowercased()
        if name == nil, loweredTitle.hasSuffix(" enum type") || loweredTitle.hasSuffix(" enumeration") || loweredTitle.hasSuffix(" enum") {
            name = TypeExpression.plainName(pageTitle)
        }
        guard let name else { return nil }
        let members = table.rows.compactMap { row in
            row.cells.first.flatMap { Self.name(in: $0.text, line: row.line, of: "enum member", code: "enum-member-invalid", problems: &problems) }
        }
        guard !members.isEmpty else { return nil }
        return EnumTable(name: name, members: members, line: table.line)
    }
}
