import GraphDocCore
import PageReader

/// What inference reads from a property's description besides copying it: the phrases that
/// make it non-nullable or read-only, and the possible values it lists.
///
/// Every such reading goes through here (or ``TypeModelBuilder/possibleValues(in:)``), so that
/// ``ProseEdit`` can tell an edit that changes the model's structure from one that changes
/// only its text.
enum PropertyProse {
    /// Whether a lowercased description says the value is never `null`.
    static func saysNotNullable(_ lowered: String) -> Bool {
        lowered.containsBytes("not nullable") || lowered.containsBytes("cannot be null")
            || lowered.containsBytes("can't be null") || lowered.containsBytes("not null.")
    }

    /// Whether a lowercased description says the service sets the value.
    static func saysReadOnly(_ lowered: String) -> Bool {
        lowered.containsBytes("read-only") || lowered.containsBytes("read only")
    }

    /// Everything inference reads from a row's description, except the text it copies.
    struct Features: Hashable {
        var isEmpty: Bool
        var notNullable: Bool
        var readOnly: Bool
        var possibleValues: [String]
        var links: [InlineText.Link]

        init(_ description: InlineText) {
            let lowered = description.text.lowercased()
            isEmpty = description.text.isEmpty
            notNullable = PropertyProse.saysNotNullable(lowered)
            readOnly = PropertyProse.saysReadOnly(lowered)
            possibleValues = TypeModelBuilder.possibleValues(in: description.markdown)
            links = description.links
        }
    }
}
