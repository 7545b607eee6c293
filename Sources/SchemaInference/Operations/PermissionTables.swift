import Foundation
import GraphDocCore
import PageReader

/// One permissions table of a page: a row per authorization scheme (`Delegated (work or
/// school account) | Calls.Initiate.All, …`), and the words of the text just before it,
/// which say what the table is for when a page has several ("Permissions for channel",
/// "Permissions acting on other users").
public struct PermissionTable: Hashable, Sendable, Codable {
    /// A scheme's cell, or a part of it that says what it is for (`For **group** resource: Group.Read.All`).
    public struct Part: Hashable, Sendable, Codable {
        /// The lowercased words (three letters or more) before the part's `:`; none for a plain list.
        public var context: [String]
        /// The scope names, in order.
        public var scopes: [String]
    }

    /// One scheme's row.
    public struct Row: Hashable, Sendable, Codable {
        public var scheme: APIPermissions.Scheme
        /// The cell's parts, in order.
        public var parts: [Part]
    }

    /// The rows, in table order, one per scheme.
    public var rows: [Row]
    /// The lowercased words (three letters or more, `permission…` left out) of the paragraph
    /// or heading before the table.
    public var context: [String]
    /// The table's line.
    public var line: Int
}

/// Reads the permissions tables of a page (in any locale: the cells' English text), and
/// tells which of them, and which parts of their cells, apply to a request.
///
/// A permissions table is one whose header's first cell is `Permission type` and whose
/// second starts with `Permission`. A row's scheme comes from its first cell (`Delegated`
/// with `work or school` or `personal`, or `Application`). Its second cell lists scope names
/// (a name with at least one dot, `Calls.Initiate.All`) separated by commas, `and`, `or`,
/// `plus`, line breaks (`<br>`), semicolons or ideographic commas, in the page's order,
/// least privileged first; footnote marks (`*`) and markup are left out. `Not supported`,
/// `Not applicable`, `n/a` and `None` list no scope. Words ending with `:` start a part of
/// the cell for what they name (`For **user** resource:`, `In channels:`). Anything else in
/// the cell (`(see below)`, `One from`) gets a located warning, the scopes around it still read.
///
/// Which apply to a request on a path (``permissions(for:among:paths:)``): of a page's
/// tables, those whose context names a step of the path (`channel` for
/// `/teams/{id}/channels/{id}/…`, `users` for `/users/{id}/…`), else those naming no step of
/// any of the page's paths, else all; within a cell, the parts chosen the same way.
enum PermissionTables {
    /// The page's permissions tables, in page order.
    static func read(from page: Page, diagnostics: inout Diagnostics) -> [PermissionTable] {
        page.tables.compactMap { table in
            guard table.header.count >= 2,
                  normalized(table.header[0].text) == "permission type",
                  normalized(table.header[1].text).hasPrefix("permission")
            else { return nil }
            var rows: [PermissionTable.Row] = []
            for row in table.rows where row.cells.count >= 2 {
                let location = SourceLocation(file: page.path, line: row.line, column: 1)
                guard let scheme = scheme(named: row.cells[0].text) else {
                    diagnostics.emit(
                        .warning, code: "permissions-scheme",
                        "permissions row '\(row.cells[0].text)' names no known permission type "
                            + "(Delegated (work or school account), Delegated (personal Microsoft account), Application); it is left out",
                        at: location)
                    continue
                }
                let cell = parts(of: row.cells[1].text)
                let scopes = cell.parts.flatMap(\.scopes)
                if !cell.unread.isEmpty || (scopes.isEmpty && !cell.saysNone) {
                    let unread = cell.unread.isEmpty ? "empty" : "'" + cell.unread.joined(separator: " ") + "'"
                    diagnostics.emit(
                        .warning, code: "permissions-cell",
                        "the \(scheme.documentedName) permissions '\(row.cells[1].text.replacingOccurrences(of: "\n", with: " "))' "
                            + "are not only a list of scope names (\(unread)); read as "
                            + (scopes.isEmpty ? "no scope" : scopes.joined(separator: ", ")),
                        at: location)
                }
                if let existing = rows.firstIndex(where: { $0.scheme == scheme }) {
                    rows[existing].parts += cell.parts
                } else {
                    rows.append(PermissionTable.Row(scheme: scheme, parts: cell.parts))
                }
            }
            return PermissionTable(rows: rows, context: context(of: table, in: page), line: table.line)
        }
    }

    /// The permissions of a request on `path` among a page's `tables` (see the type's
    /// documentation); `nil` when the page has none. `paths` are the page's request paths.
    static func permissions(for path: String, among tables: [PermissionTable], paths: [String]) -> APIPermissions? {
        guard !tables.isEmpty else { return nil }
        var permissions = APIPermissions()
        for table in chosen(tables, by: \.context, for: path, paths: paths) {
            for row in table.rows {
                let scopes = chosen(row.parts, by: \.context, for: path, paths: paths).flatMap(\.scopes)
                var merged = permissions[row.scheme] ?? []
                for scope in scopes where !merged.contains(scope) { merged.append(scope) }
                permissions[row.scheme] = merged
            }
        }
        return permissions
    }

    /// Those of `items` whose context names a step of `path`; else those whose context names
    /// no step of any of `paths`; else all.
    private static func chosen<Item>(
        _ items: [Item], by context: (Item) -> [String], for path: String, paths: [String]
    ) -> [Item] {
        guard items.count > 1 else { return items }
        let matching = items.filter { names(context($0), a: path) }
        if !matching.isEmpty { return matching }
        let unmatched = items.filter { item in !paths.contains { names(context(item), a: $0) } }
        return unmatched.isEmpty ? items : unmatched
    }

    /// Whether one of the `context` words is a step of `path`, or that step without its plural `s`.
    private static func names(_ context: [String], a path: String) -> Bool {
        let steps = path.lowercased().split(separator: "/").map { $0.prefix { $0 != "(" } }
        return context.contains { word in steps.contains { $0 == word || $0 == word + "s" } }
    }

    /// A cell's parts (a plain list is one part without context), the words that are neither
    /// scopes, separators nor a part's context, and whether the cell says the scheme is not supported.
    static func parts(of cell: String) -> (parts: [PermissionTable.Part], unread: [String], saysNone: Bool) {
        var text = cell
        // Foundation's replacing is searched only where it will replace: it is slow for every cell.
        let lowered = cell.lowercased()
        for none in ["not supported", "not applicable", "not available", "n/a"] where lowered.containsBytes(none) {
            text = text.replacingOccurrences(of: none, with: " \u{0} ", options: .caseInsensitive)
        }
        if normalized(text).trimmingCharacters(in: ".") == "none" { text = "\u{0}" }
        for separator in ["<br/>", "<br />", "<br>", "\n", ";", "、", "，"] where text.containsBytes(separator) {
            text = text.replacingOccurrences(of: separator, with: ",")
        }
        var parts = [PermissionTable.Part(context: [], scopes: [])]
        var unread: [String] = []
        var pending: [String] = []
        var saysNone = false
        for word in text.split(whereSeparator: { $0 == "," || $0.isWhitespace }) {
            var token = String(word).trimmingCharacters(in: "*\\.:()[]`")
            // A sentence run into a scope when the docs lost the break between them
            // (`message.ChannelMessage.UpdatePolicyViolation.All`): the lowercase words before it are text.
            if let scope = scopeEnding(token), scope != token {
                pending.append(String(token.dropLast(scope.count + 1)))
                token = scope
            }
            if word == "\u{0}" || word == "\u{0}." {
                saysNone = true
                unread += pending
                pending = []
                continue
            }
            if token.isEmpty || ["and", "or", "plus", "either"].contains(token.lowercased()) { continue }
            if word.hasSuffix(":") {
                let context = (pending + [token]).flatMap { $0.lowercased().split { !$0.isLetter } }.map(String.init)
                    .filter { $0.count >= 3 }
                if parts[parts.count - 1].scopes.isEmpty && parts[parts.count - 1].context.isEmpty {
                    parts[parts.count - 1].context = context
                } else {
                    parts.append(PermissionTable.Part(context: context, scopes: []))
                }
                pending = []
            } else if isScope(token) {
                unread += pending
                pending = []
                if !parts[parts.count - 1].scopes.contains(token) { parts[parts.count - 1].scopes.append(token) }
            } else {
                pending.append(String(word))
            }
        }
        unread += pending
        return (parts, unread, saysNone)
    }

    /// Whether a word is a scope name: two or more parts joined by dots, each of letters,
    /// digits, `-` and `_` starting with a capital letter (`User.Read`,
    /// `Calls.JoinGroupCallsasGuest.All`), as every scope the docs list is written.
    static func isScope(_ word: String) -> Bool {
        let parts = word.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count >= 2 && parts.allSatisfy { part in
            part.first?.isUppercase == true
                && part.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_") }
        }
    }

    /// The longest scope name that ends `word` after a dot (`message.Chat.Read` → `Chat.Read`),
    /// or `word` when it is one; `nil` when no scope ends it.
    private static func scopeEnding(_ word: String) -> String? {
        let parts = word.split(separator: ".", omittingEmptySubsequences: false)
        for start in parts.indices where parts.count - start >= 2 {
            let candidate = parts[start...].joined(separator: ".")
            if isScope(candidate) { return candidate }
        }
        return nil
    }

    /// The scheme a row's first cell names.
    private static func scheme(named text: String) -> APIPermissions.Scheme? {
        let name = normalized(text)
        if name.hasPrefix("delegated") {
            if name.containsBytes("work") || name.containsBytes("school") { return .delegatedWork }
            if name.containsBytes("personal") || name.containsBytes("microsoft account") { return .delegatedPersonal }
            return nil
        }
        return name.hasPrefix("application") ? .application : nil
    }

    /// The words of the paragraph or heading just before `table`, in its section.
    private static func context(of table: Table, in page: Page) -> [String] {
        let section = table.section.flatMap { $0 < page.sections.count ? page.sections[$0] : nil }
        let before = section?.paragraphs.last { $0.line < table.line }?.text.text ?? section?.title ?? ""
        return before.lowercased().split { !$0.isLetter }.map(String.init)
            .filter { $0.count >= 3 && !$0.hasPrefix("permission") }
    }

    /// Text in lower case, runs of white space as one space, trimmed.
    private static func normalized(_ text: String) -> String {
        text.lowercased().split { $0 == " " || $0 == "\t" || $0 == "\n" }.joined(separator: " ")
    }
}
