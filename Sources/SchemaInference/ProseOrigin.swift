/// Where a description in the model was documented: a page's description of its type, or the
/// description cell of a row of its property tables.
///
/// The model keeps it beside each description it copied from a page (``APIType/descriptionOrigin``,
/// ``APIProperty/descriptionOrigin``), so that an edit of that prose alone (``ProseEdit``) can
/// be carried into what was made from the model without inferring it again.
public struct ProseOrigin: Hashable, Sendable, Codable, Comparable {
    /// The page's relative path (``PageReader/Page/relativePath``).
    public var page: String
    /// The row's index among the page's property table rows, in page order; `nil`: the page's
    /// description of its type.
    public var row: Int?

    /// The origin of a page's description (`row` `nil`) or of a property row's.
    public init(page: String, row: Int? = nil) {
        self.page = page
        self.row = row
    }

    public static func < (lhs: ProseOrigin, rhs: ProseOrigin) -> Bool {
        (lhs.page, lhs.row ?? -1) < (rhs.page, rhs.row ?? -1)
    }
}
