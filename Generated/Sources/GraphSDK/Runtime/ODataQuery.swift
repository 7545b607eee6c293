// Copied by graphdocgen from its runtime (Sources/GraphRuntime/ODataQuery.swift). Do not edit.

/// The query of a Graph request: OData's system query options and an operation's own
/// parameters, rendered in a stable order (`$select`, `$expand`, `$filter`, `$orderby`,
/// `$search`, `$top`, `$skip`, `$count`, then the rest by name) with every value percent-encoded
/// outside RFC 3986's unreserved characters.
public struct ODataQuery: Hashable, Sendable {
    /// `$select`: the properties to return.
    public var select: [String]
    /// `$expand`: the relationships to return inline, each with its own options if needed
    /// (`"members($select=id)"`).
    public var expand: [String]
    /// `$filter`: an OData filter expression, e.g. `startswith(displayName,'A')`.
    public var filter: String?
    /// `$orderby`: properties, each optionally followed by ` desc`.
    public var orderBy: [String]
    /// `$search`: a search expression, quotes included (`"displayName:team"`).
    public var search: String?
    /// `$top`: the page size.
    public var top: Int?
    /// `$skip`: how many elements to skip.
    public var skip: Int?
    /// `$count`: whether to return the collection's size in `@odata.count`.
    public var count: Bool?
    /// The operation's own parameters (`startDateTime`, …), by name.
    public var parameters: [String: String]

    public init(
        select: [String] = [], expand: [String] = [], filter: String? = nil, orderBy: [String] = [],
        search: String? = nil, top: Int? = nil, skip: Int? = nil, count: Bool? = nil,
        parameters: [String: String] = [:]
    ) {
        self.select = select
        self.expand = expand
        self.filter = filter
        self.orderBy = orderBy
        self.search = search
        self.top = top
        self.skip = skip
        self.count = count
        self.parameters = parameters
    }

    /// The name-value pairs in the order they are rendered, not yet encoded.
    private var items: [(name: String, value: String)] {
        let options: [(String, String?)] = [
            ("$select", select.isEmpty ? nil : select.joined(separator: ",")),
            ("$expand", expand.isEmpty ? nil : expand.joined(separator: ",")),
            ("$filter", filter),
            ("$orderby", orderBy.isEmpty ? nil : orderBy.joined(separator: ",")),
            ("$search", search),
            ("$top", top.map(String.init)),
            ("$skip", skip.map(String.init)),
            ("$count", count.map(String.init)),
        ]
        return options.compactMap { name, value in value.map { (name, $0) } }
            + parameters.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// The encoded query, without the `?`; empty when there is no option.
    public var rendered: String {
        items.map { item in
            item.name.percentEncoded(alsoAllowed: [UInt8(ascii: "$")]) + "=" + item.value.percentEncoded()
        }.joined(separator: "&")
    }
}
