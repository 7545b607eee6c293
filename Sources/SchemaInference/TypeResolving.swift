/// Turns the ways pages refer to types into qualified type names.
///
/// Pages name types by linking to the page that documents them
/// (`[call](../resources/call.md)`), or by a plain name (`callState`, `String`).
/// A resolver knows which page documents which type, from all pages read.
protocol TypeResolving: Sendable {
    /// The qualified name of the type documented by the page a link points at.
    /// - Parameters:
    ///   - target: The link's target as written (`../resources/call.md`, `call.md#anchor`).
    ///   - text: The link's text (`call`), used when the target documents no known type.
    ///   - page: The relative path of the page the link stands on (`api/create-call.md`).
    func typeName(linkTarget target: String, text: String, onPage page: String) -> String?

    /// The qualified name of a type written by its simple name (`callState`), or an
    /// OData primitive (`String` → `Edm.String`).
    /// - Parameter namespace: The namespace of the page the name stands on, tried first.
    func typeName(simpleName name: String, namespace: String?) -> String?

    /// The namespace of names written without one on pages that declare none: the one most pages declare.
    var defaultNamespace: String { get }
}
