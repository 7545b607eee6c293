// Copied by graphdocgen from its runtime (Sources/GraphRuntime/LeastPrivilege.swift). Do not edit.

/// The fewest, least privileged scopes that let an app call a set of operations under one
/// authorization scheme, and the operations no scope of that scheme lets it call.
///
/// The rule, in two steps:
/// 1. Each operation takes the first scope its page lists for the scheme: the pages list
///    them least privileged first.
/// 2. A chosen scope is dropped when another chosen scope covers it: the other appears in
///    the list of every known operation (``init(for:scheme:among:)``'s `known`, all the
///    documented ones) whose list has the dropped one. Every operation that chose the
///    dropped scope then accepts the one that stays, and the docs show no operation where
///    it would not. Scopes are considered in name order, so the result does not depend on
///    the order of the operations.
///
/// Coverage is learned from the lists alone, never from scope names: `Mail.ReadWrite`
/// covers `Mail.Read` only if every page that accepts `Mail.Read` also lists `Mail.ReadWrite`.
public struct LeastPrivilege: Hashable, Sendable {
    /// The scopes to request, in the order the operations first chose them.
    public var scopes: [String]
    /// The operations the scheme cannot call: the page lists no scope for it ("Not supported.").
    public var unsupported: [GraphOperation]
    /// The operations whose pages list no permissions.
    public var undocumented: [GraphOperation]

    /// The least privileged scopes of `scheme` for `operations` (each counted once), with
    /// coverage learned from `known`.
    public init(for operations: [GraphOperation], scheme: GraphPermissions.Scheme, among known: [GraphOperation]) {
        var chosen: [String] = []
        var unsupported: [GraphOperation] = []
        var undocumented: [GraphOperation] = []
        var seen: Set<GraphOperation> = []
        for operation in operations where seen.insert(operation).inserted {
            guard let permissions = operation.permissions else {
                undocumented.append(operation)
                continue
            }
            guard let first = permissions[scheme]?.first else {
                unsupported.append(operation)
                continue
            }
            if !chosen.contains(first) { chosen.append(first) }
        }
        let lists = (known + operations).compactMap { $0.permissions?[scheme] }.filter { !$0.isEmpty }
        var kept = Set(chosen)
        for scope in chosen.sorted() {
            let listsWithScope = lists.filter { $0.contains(scope) }
            let coveredBy = kept.subtracting([scope]).first { other in listsWithScope.allSatisfy { $0.contains(other) } }
            if coveredBy != nil { kept.remove(scope) }
        }
        self.scopes = chosen.filter(kept.contains)
        self.unsupported = unsupported
        self.undocumented = undocumented
    }
}
