import Foundation

/// A description a page now gives in place of the one it gave before, where the model holds
/// it as prose only: an edit that changes no type, property, operation or example.
public struct ProseEdit: Hashable, Sendable {
    /// Where the description is documented.
    public var origin: ProseOrigin
    /// The description as the model now holds it (``APIType/description``,
    /// ``APIProperty/description``).
    public var text: String

    /// An edit of the description at `origin`.
    public init(origin: ProseOrigin, text: String) {
        self.origin = origin
        self.text = text
    }
}

extension SchemaInference {
    /// The edits that turn the page `old` gave into what it gives now, `new`, when they differ
    /// only in prose the model copies: the page's description of its type and its property
    /// rows' descriptions, each still saying what inference reads from it (``PropertyProse``:
    /// empty or not, nullable, read-only, possible values, links); and, on a page that documents
    /// no request, its opening paragraph as its operations' summary. `nil` when anything else
    /// differs (a type, a row, a line, an operation, an example), or when the two cannot be
    /// compared; an empty array when nothing differs.
    ///
    /// The model inferred from the pages with `new` is then the one inferred with `old`, each
    /// description at an edit's origin replaced by the edit's text.
    public static func proseEdits(from old: PageEvidence, to new: PageEvidence) -> [ProseEdit]? {
        guard old.types.page == new.types.page, old.types.propertyRows.count == new.types.propertyRows.count else { return nil }
        // The new evidence with the old prose must be the old evidence exactly.
        var unedited = new
        unedited.types.description = old.types.description
        // A page's opening paragraph is also the summary of its operations (``OperationFacts/summary``):
        // it reaches the model only through the operations of the page's requests.
        if new.operations.requests.isEmpty { unedited.operations.summary = old.operations.summary }
        for index in unedited.types.propertyRows.indices {
            unedited.types.propertyRows[index].description = old.types.propertyRows[index].description
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let before = try? encoder.encode(old), let after = try? encoder.encode(unedited), before == after else { return nil }
        var edits: [ProseEdit] = []
        let page = new.types.page
        if old.types.description != new.types.description {
            guard old.types.description.isEmpty == new.types.description.isEmpty else { return nil }
            edits.append(ProseEdit(origin: ProseOrigin(page: page), text: new.types.description))
        }
        for (index, (oldRow, newRow)) in zip(old.types.propertyRows, new.types.propertyRows).enumerated()
        where oldRow.description != newRow.description {
            guard PropertyProse.Features(oldRow.description) == PropertyProse.Features(newRow.description) else { return nil }
            edits.append(ProseEdit(origin: ProseOrigin(page: page, row: index), text: newRow.description.text))
        }
        return edits
    }
}
