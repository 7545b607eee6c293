// Copied by graphdocgen from its runtime (Sources/GraphRuntime/Page.swift). Do not edit.

public import Foundation

/// One page of a Graph collection: `{"value": […], "@odata.nextLink": "…", "@odata.count": n}`.
public struct Page<Element> {
    /// The page's elements.
    public var value: [Element]
    /// Where the next page is; `nil` on the last page.
    public var nextLink: URL?
    /// The size of the whole collection, when `$count=true` asked for it.
    public var count: Int64?
    /// Where the next round of a delta query starts, on its last page.
    public var deltaLink: URL?
    /// The page's other members (`@odata.context`, …), kept so that nothing is lost.
    public var additionalData: [String: JSONValue] = [:]

    public init(value: [Element], nextLink: URL? = nil, count: Int64? = nil, deltaLink: URL? = nil) {
        self.value = value
        self.nextLink = nextLink
        self.count = count
        self.deltaLink = deltaLink
    }

    private enum CodingKeys: String, CodingKey, CaseIterable {
        case value
        case nextLink = "@odata.nextLink"
        case count = "@odata.count"
        case deltaLink = "@odata.deltaLink"
    }
}

extension Page: Sendable where Element: Sendable {}
extension Page: Decodable where Element: Decodable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        value = try container.decode([Element].self, forKey: .value)
        nextLink = try container.decodeIfPresent(URL.self, forKey: .nextLink)
        count = try container.decodeIfPresent(Int64.self, forKey: .count)
        deltaLink = try container.decodeIfPresent(URL.self, forKey: .deltaLink)
        additionalData = try decoder.decodeAdditionalData(excluding: Set(CodingKeys.allCases.map(\.stringValue)))
    }
}

extension Page: Encodable where Element: Encodable {
    public func encode(to encoder: any Encoder) throws {
        try encoder.encodeAdditionalData(additionalData)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(value, forKey: .value)
        try container.encodeIfPresent(nextLink, forKey: .nextLink)
        try container.encodeIfPresent(count, forKey: .count)
        try container.encodeIfPresent(deltaLink, forKey: .deltaLink)
    }
}
