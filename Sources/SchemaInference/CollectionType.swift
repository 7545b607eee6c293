/// `Collection(x)`: how OData writes the type of a collection of `x`.
public enum CollectionType {
    /// The type `type` is a collection of (`Collection(x)` → `x`), or `nil` when it is no collection.
    public static func element(of type: String) -> String? {
        guard type.hasPrefix("Collection("), type.hasSuffix(")") else { return nil }
        return String(type.dropFirst("Collection(".count).dropLast())
    }

    /// The type inside every `Collection(…)` wrapper of `type` (`Collection(Collection(x))` → `x`).
    public static func innermost(of type: String) -> String {
        var type = type
        while let element = element(of: type) { type = element }
        return type
    }
}
