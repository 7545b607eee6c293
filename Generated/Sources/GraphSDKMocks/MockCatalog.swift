// Copied by graphdocgen from its runtime (Sources/GraphMocks/MockCatalog.swift). Do not edit.

public import Foundation
import GraphSDK

/// The documented exchanges a ``MockTransport`` answers from, and the service root their
/// paths are below: what `graphdocgen` writes as `Mocks.json` beside the generated mocks.
public struct MockCatalog: Codable, Hashable, Sendable {
    /// The service root the documentation's examples use (`https://graph.microsoft.com/v1.0`).
    public var serviceRoot: String
    /// The exchanges, in the order the generator wrote them (by page, then example).
    public var exchanges: [MockExchange]

    public init(serviceRoot: String, exchanges: [MockExchange]) {
        self.serviceRoot = serviceRoot
        self.exchanges = exchanges
    }

    /// The catalog in the JSON `data`.
    public init(json data: Data) throws {
        self = try GraphJSON.decoder().decode(MockCatalog.self, from: data)
    }
}
