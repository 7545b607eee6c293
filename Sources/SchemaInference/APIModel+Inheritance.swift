extension APIModel {
    /// The base types of `type`, nearest first, up to the root or a type no page documents
    /// (a cycle is cut where it closes).
    public func ancestors(of type: APIType) -> [APIType] {
        var chain: [APIType] = []
        var seen: Set<String> = [type.name.lowercased()]
        var current = type.baseType
        while let base = current?.lowercased(), seen.insert(base).inserted, chain.count < 64,
              let next = documentedType(lowercasedName: base)
        {
            chain.append(next)
            current = next.baseType
        }
        return chain
    }

    /// The type named `name` (lowercased): found by binary search in ``types`` as inference
    /// sorts them (by lowercased name), else by a scan (a model built in another order).
    func documentedType(lowercasedName name: String) -> APIType? {
        var low = 0
        var high = types.count
        while low < high {
            let middle = (low + high) / 2
            let candidate = types[middle].name.lowercased()
            if candidate == name { return types[middle] }
            if candidate < name { low = middle + 1 } else { high = middle }
        }
        return types.first { Self.isNamed($0.name, lowercased: name) }
    }

    /// A type's properties with its base types' first, a redefined name keeping the
    /// nearest definition.
    public func flattenedProperties(of type: APIType) -> [APIProperty] {
        var properties: [APIProperty] = []
        for ancestor in ancestors(of: type).reversed() + [type] {
            for property in ancestor.properties {
                if let index = properties.firstIndex(where: { $0.name == property.name }) {
                    properties[index] = property
                } else {
                    properties.append(property)
                }
            }
        }
        return properties
    }

    /// Whether `type` holds any JSON: a complex type that documents no property and is
    /// neither derived nor a base (such as a type for "any JSON value"). Its values need
    /// not be objects.
    public func holdsAnyJSON(_ type: APIType) -> Bool {
        guard type.kind == .complex && type.properties.isEmpty && type.baseType == nil else { return false }
        let name = type.name.lowercased()
        return !types.contains { $0.baseType.map { Self.isNamed($0, lowercased: name) } ?? false }
    }

    /// Whether `name` is `lowercased` without case. Names of the same length in UTF-8 are
    /// lowercased to compare; ASCII names of other lengths cannot be equal, and skipping them
    /// keeps a scan of every type from lowercasing every name.
    static func isNamed(_ name: String, lowercased: String) -> Bool {
        if name.utf8.count != lowercased.utf8.count, name.utf8.allSatisfy({ $0 < 0x80 }), lowercased.utf8.allSatisfy({ $0 < 0x80 }) {
            return false
        }
        return name.lowercased() == lowercased
    }
}
