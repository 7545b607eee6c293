import SchemaInference

/// The `GraphOperation` constant of every operation the client sends (`GraphOperation.createCall`):
/// its identifier, request and permissions, which each method's requests carry.
///
/// Constants are named after the request, method then path steps (`POST /communications/calls`
/// → `postCommunicationsCalls`, a key is `Item`), so that an operation's constant does not
/// depend on which other pages are read; names are claimed in order of method and path.
struct OperationConstants {
    /// One constant.
    struct Constant {
        /// The constant's Swift name.
        var name: String
        /// The operation it describes.
        var operation: APIOperation
    }

    /// The constants, in method and path order.
    private(set) var constants: [Constant] = []
    /// The constant of each operation, by ``key(of:)``.
    private var names: [String: String] = [:]

    /// The constants of the operations `requestTypes` generates.
    init(_ requestTypes: RequestTypes) {
        var operations: [String: APIOperation] = [:]
        for type in [requestTypes.root] + requestTypes.types {
            for operation in type.operations.map(\.operation) + type.steps.compactMap(\.parentMethod?.operation) {
                operations[Self.key(of: operation)] = operations[Self.key(of: operation)] ?? operation
            }
        }
        // `GraphOperation`'s own members are not constants' names.
        var scope = UniqueNames(reserved: ["current", "all", "init", "id", "method", "pathTemplate", "permissions", "description"])
        for key in operations.keys.sorted() {
            let operation = operations[key]!
            let name = scope.claim(SwiftOperationNames.constant(method: operation.method, path: operation.path))
            names[key] = name
            constants.append(Constant(name: name, operation: operation))
        }
    }

    /// The constant's name of `operation`, which must be one the client generates.
    func name(of operation: APIOperation) -> String {
        names[Self.key(of: operation)] ?? SwiftName.memberName(operation.name)
    }

    /// What tells operations apart: method, path and name.
    private static func key(of operation: APIOperation) -> String {
        [operation.method.uppercased(), operation.path, operation.name].joined(separator: "\u{1}")
    }

    /// The Swift expression that creates `operation`'s `GraphOperation`.
    static func initializer(of operation: APIOperation) -> String {
        var arguments = [
            "id: \(SwiftLiteral.string(operation.name))", "method: \(SwiftLiteral.string(operation.method.uppercased()))",
            "pathTemplate: \(SwiftLiteral.string(operation.path))",
        ]
        if let permissions = operation.permissions {
            let schemes = APIPermissions.Scheme.allCases.compactMap { scheme in
                permissions[scheme].map { "\(scheme.rawValue): [\($0.map(SwiftLiteral.string).joined(separator: ", "))]" }
            }
            arguments.append("permissions: GraphPermissions(\(schemes.joined(separator: ", ")))")
        }
        return "GraphOperation(\(arguments.joined(separator: ", ")))"
    }
}

/// The names the generated client gives operations, for tools that compare two models' Swift API.
public enum SwiftOperationNames {
    /// What identifies an operation among the client's constants: its method and path.
    public static func key(method: String, path: String) -> String {
        method.uppercased() + " " + path
    }

    /// The name of an operation's `GraphOperation` constant before any suffix that keeps it
    /// unique: the method, then the path's steps (`POST /communications/calls` →
    /// `postCommunicationsCalls`, a key is `Item`).
    public static func constant(method: String, path: String) -> String {
        let steps = ClientPath(template: path).segments.map { SwiftName.typeName(Step($0).baseName) }
        return SwiftName.memberName(method.lowercased() + steps.joined())
    }
}
