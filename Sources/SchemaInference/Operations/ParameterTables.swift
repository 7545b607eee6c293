import GraphDocCore
import PageReader

/// Reads the rows of parameter, property and header tables.
///
/// The columns are found by their header text, compared case-insensitively:
/// - the name column is the first whose header holds `name`, `parameter`, `property`
///   or `header` (else the first column);
/// - the type column is another whose header holds `type`;
/// - the description column is one whose header holds `description`;
/// - a `Value` column is the type when the table has a description column but no type
///   column (`Parameter name | Value | Description`: `string`), the description of a
///   header table without a description column (`Header | Value`: `Bearer {token}.`),
///   and else the parameter's fixed value (`Name | Value`: `@odata.type` is `x`).
enum ParameterTables {
    /// The roles of a table's columns.
    struct Columns {
        var name: Int
        var type: Int?
        var description: Int?
        var value: Int?
        /// Whether the value column holds the type.
        var valueIsType: Bool
        /// Whether the value column holds the description.
        var valueIsDescription: Bool
        /// The name column's header, lowercased.
        var nameHeader: String
    }

    /// The roles of a table's columns; `headers` tables read a lone `Value` column as the description.
    static func columns(of table: Table, headers: Bool = false) -> Columns {
        let titles = table.header.map { $0.text.trimmedWhitespace.lowercased() }
        let name = titles.firstIndex { title in
            ["name", "parameter", "property", "header"].contains { title.contains($0) }
        } ?? 0
        let type = titles.indices.first { $0 != name && titles[$0].containsBytes("type") }
        let description = titles.indices.first { $0 != name && titles[$0].containsBytes("description") }
        let value = titles.indices.first { $0 != name && titles[$0] == "value" }
        return Columns(
            name: name, type: type, description: description, value: value,
            valueIsType: value != nil && type == nil && description != nil,
            valueIsDescription: value != nil && description == nil && headers,
            nameHeader: titles.indices.contains(name) ? titles[name] : "")
    }

    /// Whether a table lists an enumeration's members, not parameters: no column is headed as a
    /// name, and the first is headed `Member` or `… value` (`exchangeIdFormat values` under the
    /// body's table: `Member | Description`; `activityDomain value | Suggestions for meeting times`).
    static func listsMembers(_ table: Table) -> Bool {
        let titles = table.header.map { $0.text.trimmedWhitespace.lowercased() }
        guard let first = titles.first,
              !titles.contains(where: { title in ["name", "parameter", "property", "header"].contains { title.contains($0) } })
        else { return false }
        return ["member", "members"].contains(first) || first.hasSuffix("value") || first.hasSuffix("values")
    }

    /// The rows of a table as parameters; rows without a name are skipped, and so are the rows
    /// of a table of enumeration members (``listsMembers(_:)``).
    /// Header tables split a `Name: value` name cell (`Prefer: outlook.timezone`) into name and value.
    static func parameters(of table: Table, file: String, headers: Bool = false) -> [ParameterFacts] {
        guard !listsMembers(table) else { return [] }
        let columns = columns(of: table, headers: headers)
        func cell(_ row: Table.Row, _ column: Int?) -> InlineText? {
            guard let column, row.cells.indices.contains(column) else { return nil }
            return row.cells[column]
        }
        return table.rows.compactMap { row in
            guard var name = cell(row, columns.name)?.text.trimmedWhitespace, !name.isEmpty else { return nil }
            var value: String?
            if headers, let colon = name.firstIndex(of: ":") {
                value = String(name[name.index(after: colon)...]).trimmedWhitespace
                name = String(name[..<colon]).trimmedWhitespace
                if value?.isEmpty ?? false { value = nil }
            }
            var typeCell = cell(row, columns.type)
            var description = cell(row, columns.description)?.text.trimmedWhitespace ?? ""
            if let valueCell = cell(row, columns.value) {
                if columns.valueIsType {
                    typeCell = valueCell
                } else if columns.valueIsDescription {
                    description = valueCell.text.trimmedWhitespace
                } else if value == nil {
                    let text = valueCell.text.trimmedWhitespace
                    value = text.isEmpty ? nil : text
                }
            }
            let location = SourceLocation(file: file, line: row.line, column: 1)
            let type = typeCell.flatMap(typeReference(in:)).map { TypeMention(reference: $0, location: location) }
            return ParameterFacts(name: name, value: value, type: type, description: description, location: location)
        }
    }

    /// The type a table cell writes: a link (`[call](call.md)`), a plain name (`String`,
    /// `microsoft.graph.call`, `String (identifier)`), either of them as a collection
    /// (`Collection(x)`, `x collection`, `x[]`), or `nil` for an empty cell.
    static func typeReference(in cell: InlineText) -> TypeReference? {
        let text = cell.text.trimmedWhitespace
        guard !text.isEmpty else { return nil }
        let lowered = text.lowercased()
        let isCollection = lowered.containsBytes("collection") || text.hasSuffix("[]")
        var base: TypeReference
        if let link = cell.links.first {
            base = .link(text: link.text, target: link.target)
        } else {
            var name = Substring(text)
            if lowered.hasPrefix("collection(") {
                name = name.dropFirst("collection(".count)
            }
            let word = name.drop { !($0.isLetter || $0 == "_") }
                .prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }
            let trimmed = word.hasSuffix(".") ? word.dropLast() : word
            guard !trimmed.isEmpty else { return nil }
            if isCollection && trimmed.lowercased() == "collection" { return nil }
            base = .name(String(trimmed))
        }
        return isCollection ? .collection(base) : base
    }
}
