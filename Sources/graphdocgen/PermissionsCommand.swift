import ArgumentParser
import GraphDocConfig
import GraphDocCore
import GraphRuntime
import LenientJSON
import SchemaInference

/// `graphdocgen permissions`: the scopes each selected operation needs, and the least
/// privileged set that covers them all (``GraphRuntime/LeastPrivilege``, the rule the
/// generated package's `OperationRecorder` uses too).
struct PermissionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "permissions",
        abstract: "Print the permissions each operation needs, and the least privileged scopes that cover them all.",
        discussion: """
            The operations are those the configuration's filters select (--path-prefix, --type, \
            --namespace); which scope covers another is learned from every operation of the pages read. \
            Warnings about permissions tables are printed to standard error as 'path:line:column: warning: message'.

            Examples:
              graphdocgen permissions docs-input
              graphdocgen permissions ../shared/corpus/ru-RU/v1.0 --path-prefix /me/messages --scheme delegatedWork
              graphdocgen permissions docs-input --format json
            """
    )

    /// How the result is printed.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "Page files, or directories searched recursively for *.md and *.txt pages (default: the configuration's inputs, else docs-input).")
    var paths: [String] = []

    @Option(help: "Only this authorization scheme (default: all three).")
    var scheme: GraphPermissions.Scheme?

    @Option(help: "Print lines (text) or one JSON object (json).")
    var format: Format = .text

    @OptionGroup var configurationOptions: ConfigurationOptions

    func run() throws {
        var configuration = try configurationOptions.configuration(overriding: GraphDocConfiguration(inputs: paths))
        // Every operation read teaches which scope covers which; the filters choose those to print.
        let selection = configuration.filters.modelSelection
        configuration.filters.pathPrefixes = []
        configuration.filters.types = []
        configuration.filters.namespaces = []
        let read = try ModelReading.read(configuration)
        for diagnostic in read.diagnostics where diagnostic.code.hasPrefix("permissions-") {
            StandardStreams.error(diagnostic.formatted)
        }
        let known = Self.distinct(read.model.operations)
        let selected = Self.distinct(selection.apply(to: read.model).operations)
        let schemes = scheme.map { [$0] } ?? GraphPermissions.Scheme.allCases
        let report = Report(
            operations: selected.map(Report.Operation.init),
            leastPrivileged: schemes.map { scheme in
                Report.Reduction(scheme: scheme, LeastPrivilege(for: selected, scheme: scheme, among: known))
            })
        var output = StandardOutput()
        switch format {
        case .json: output.write(try JSONValueEncoder().encodeToString(report) + "\n")
        case .text: output.write(report.text(schemes: schemes))
        }
        output.flush()
    }

    /// The operations as the client sends them: per method and path, the canonical one
    /// (the same page in several locales is one operation), in method and path order.
    static func distinct(_ operations: [APIOperation]) -> [GraphOperation] {
        var seen: Set<String> = []
        return CanonicalOperations.ordered(operations)
            .filter { seen.insert($0.method.uppercased() + " " + $0.path).inserted }
            .sorted { ($0.path, $0.method.uppercased()) < ($1.path, $1.method.uppercased()) }
            .map(graphOperation)
    }

    /// The runtime's view of a model operation.
    static func graphOperation(_ operation: APIOperation) -> GraphOperation {
        GraphOperation(
            id: operation.name, method: operation.method.uppercased(), pathTemplate: operation.path,
            permissions: operation.permissions.map { permissions in
                GraphPermissions(
                    delegatedWork: permissions.delegatedWork, delegatedPersonal: permissions.delegatedPersonal,
                    application: permissions.application)
            })
    }

    /// What the command prints.
    struct Report: Encodable {
        /// One selected operation and its permissions.
        struct Operation: Encodable {
            var name: String
            var method: String
            var path: String
            var permissions: Permissions?

            init(_ operation: GraphOperation) {
                name = operation.id
                method = operation.method
                path = operation.pathTemplate
                permissions = operation.permissions.map { permissions in
                    Permissions(
                        delegatedWork: permissions.delegatedWork, delegatedPersonal: permissions.delegatedPersonal,
                        application: permissions.application)
                }
            }
        }

        /// An operation's scopes per scheme, as `schema --format json` writes them.
        struct Permissions: Encodable {
            var delegatedWork: [String]?
            var delegatedPersonal: [String]?
            var application: [String]?

            subscript(scheme: GraphPermissions.Scheme) -> [String]? {
                GraphPermissions(delegatedWork: delegatedWork, delegatedPersonal: delegatedPersonal, application: application)[scheme]
            }
        }

        /// The least privileged scopes of one scheme.
        struct Reduction: Encodable {
            var scheme: String
            var scopes: [String]
            /// The operations the scheme cannot call (`POST /app/calls (create-call)`).
            var unsupported: [String]
            /// The operations whose pages list no permissions.
            var undocumented: [String]

            init(scheme: GraphPermissions.Scheme, _ reduction: LeastPrivilege) {
                self.scheme = scheme.rawValue
                scopes = reduction.scopes
                unsupported = reduction.unsupported.map(\.description)
                undocumented = reduction.undocumented.map(\.description)
            }
        }

        var operations: [Operation]
        var leastPrivileged: [Reduction]

        /// A block per operation (its scopes per scheme, least privileged first), then the
        /// least privileged scopes of each scheme and the operations it cannot call.
        func text(schemes: [GraphPermissions.Scheme]) -> String {
            var lines: [String] = []
            for operation in operations {
                lines.append("\(operation.method) \(operation.path) (\(operation.name))")
                guard let permissions = operation.permissions else {
                    lines.append("  no permissions documented")
                    continue
                }
                for scheme in schemes {
                    let scopes = permissions[scheme]
                    lines.append("  \(scheme.rawValue): " + (scopes.map { $0.isEmpty ? "not supported" : $0.joined(separator: ", ") } ?? "not documented"))
                }
            }
            for reduction in leastPrivileged {
                lines.append("")
                lines.append("least privileged (\(reduction.scheme)): " + (reduction.scopes.isEmpty ? "none" : reduction.scopes.joined(separator: ", ")))
                if !reduction.unsupported.isEmpty {
                    lines.append("  not callable (\(reduction.scheme)): " + reduction.unsupported.joined(separator: ", "))
                }
                if !reduction.undocumented.isEmpty {
                    lines.append("  no permissions documented: " + reduction.undocumented.joined(separator: ", "))
                }
            }
            return lines.joined(separator: "\n") + "\n"
        }
    }
}

extension GraphPermissions.Scheme: ExpressibleByArgument {}
