// Copied by graphdocgen from its runtime (Sources/GraphRuntime/ActionParameters.swift). Do not edit.

/// The JSON body of an action whose parameters the docs list one by one
/// (`{"callbackUri": …, "acceptedModalities": […]}`): the given parameters in order, the
/// ones left `nil` not written.
public struct ActionParameters: Encodable, Sendable {
    /// The parameters given, by wire name, in the order documented.
    public private(set) var members: [(name: String, value: any Encodable & Sendable)]

    /// Collects the parameters that have a value.
    public init(_ parameters: [(name: String, value: (any Encodable & Sendable)?)]) {
        members = parameters.compactMap { name, value in value.map { (name, $0) } }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: DynamicCodingKey.self)
        for (name, value) in members {
            try container.encode(value, forKey: DynamicCodingKey(name))
        }
    }
}
