/// The public declarations of a generated client, as `graphdocgen diff` compares them.
public struct ClientSignatures: Sendable {
    /// One line per declaration, sorted: each request type (`struct GraphClient.ChatRequests`),
    /// each member and method with its signature (`GraphClient.ChatRequests: func get() async
    /// throws -> Graph.Chat`), each operation constant (`GraphOperation: static let getChatsItem`).
    public var lines: [String]
    /// The name of each operation's `GraphOperation` constant, by ``SwiftOperationNames/key(method:path:)``.
    public var constants: [String: String]
}
