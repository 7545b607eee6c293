/// The JSON body of an action whose parameters the docs list one by one
/// (`{"callbackUri": …, "acceptedModalities": […]}`): the given parameters in order, the
/// ones left `nil` not written, then the additional ones the docs do not list, by name.
public struct ActionParameters: Encodable, Sendable {
    /// The parameters given, by wire name: the documented ones in the order documented,
    /// then the additional ones.
    public private(set) var members: [(name: String, value: any Encodable & Sendable)]

    /// Collects the parameters that have a value, and after them the `additionalData`
    /// whose names none of them has, sorted by name.
    public init(_ parameters: [(name: String, value: (any Encodable & Sendable)?)], additionalData: [String: JSONValue] = [:]) {
        members = parameters.compactMap { name, value in value.map { (name, $0) } }
        let given = Set(members.map(\.name))
        for (name, value) in additionalData.sorted(by: { $0.key < $1.key }) where !given.contains(name) {
            members.append((name, value))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: DynamicCodingKey.self)
        for (name, value) in members {
            try container.encode(value, forKey: DynamicCodingKey(name))
        }
    }
}
