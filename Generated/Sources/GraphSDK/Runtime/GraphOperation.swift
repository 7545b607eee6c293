// Copied by graphdocgen from its runtime (Sources/GraphRuntime/GraphOperation.swift). Do not edit.

/// A documented operation: its identifier, its request, and the permissions its page lists.
///
/// Every request the client sends carries its operation, and while the request goes through
/// the middlewares the operation is ``current``, so a middleware can see what is being
/// called and which scopes allow it (``OperationRecorder`` collects them).
public struct GraphOperation: Hashable, Sendable, CustomStringConvertible {
    /// The identifier the transport and middlewares get as `operationID` (the page's name, `create-call`).
    public var id: String
    /// The HTTP method, in upper case.
    public var method: String
    /// The documented path template (`/communications/calls/{id}/answer`).
    public var pathTemplate: String
    /// The scopes that let an app call the operation; `nil` when its page lists none.
    public var permissions: GraphPermissions?

    /// Creates an operation.
    public init(id: String, method: String, pathTemplate: String, permissions: GraphPermissions? = nil) {
        self.id = id
        self.method = method
        self.pathTemplate = pathTemplate
        self.permissions = permissions
    }

    /// The operation whose request is being sent, in the task that sends it; `nil` outside.
    @TaskLocal public static var current: GraphOperation?

    public var description: String { "\(method) \(pathTemplate) (\(id))" }
}
