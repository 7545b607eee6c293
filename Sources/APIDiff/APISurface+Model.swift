import SchemaInference
import SwiftRendering

extension APISurface {
    /// The surface of the package `renderer` would generate for `model` (the Swift names come
    /// from it, the client's declarations too; nothing is rendered).
    public init(model: APIModel, renderer: PackageRenderer) {
        self.init(plan: renderer.plan(model))
    }

    /// The surface of the package `plan` plans, read from the plan (so, while the package renders).
    public init(plan: PackagePlan) {
        self.init(model: plan.model, names: plan.names, polymorphicCases: plan.polymorphicCases, client: plan.clientSignatures)
    }

    /// The surface of `package`, which `renderer` rendered from `model` (its client's declarations
    /// and its enumerations' cases are taken from it, not worked out again).
    public init(model: APIModel, renderer: PackageRenderer, package: RenderedPackage) {
        self.init(
            model: model, names: renderer.swiftTypeNames(for: model), polymorphicCases: package.polymorphicCases,
            client: package.clientSignatures)
    }

    private init(model: APIModel, names: SwiftTypeNames, polymorphicCases: [String: [String]], client: ClientSignatures) {
        let byName = Dictionary(model.types.map { ($0.name.lowercased(), $0) }) { first, _ in first }
        var types: [TypeEntry] = []
        for type in model.types {
            var entry = TypeEntry(
                name: type.name, kind: type.kind.rawValue, swiftName: names.name(of: type.name), baseType: type.baseType,
                page: type.sources.first.map(DocumentationSource.display), properties: [], members: [],
                polymorphicSwiftName: names.polymorphicName(of: type.name),
                polymorphicCases: names.polymorphicName(of: type.name).flatMap { polymorphicCases[$0] })
            switch type.kind {
            case .enum:
                entry.members = zip(type.members, SwiftMemberNames.enumerationMembers(type.members)).map {
                    Member(name: $0, swiftName: $1)
                }
            case .entity, .complex:
                guard !model.holdsAnyJSON(type) else { break }
                let properties = model.flattenedProperties(of: type)
                let swiftNames = SwiftMemberNames.properties(properties.map(\.name))
                entry.properties = zip(properties, swiftNames).map { property, swiftName in
                    let valueType = names.swiftType(of: property.type)
                    return Property(
                        name: property.name, swiftName: swiftName, type: property.type,
                        swiftType: property.nullable ? "Nullable<\(valueType)>?" : "\(valueType)?", nullable: property.nullable,
                        declaredIn: Self.declaringType(of: property.name, in: type, types: byName))
                }
            }
            types.append(entry)
        }

        var operations: [Operation] = []
        var seen: Set<String> = []
        for operation in CanonicalOperations.ordered(model.operations) {
            let method = operation.method.uppercased()
            guard seen.insert(method + " " + Self.identity(of: operation.path)).inserted else { continue }
            operations.append(Operation(
                method: method, path: operation.path, page: DocumentationSource.display(operation.source),
                line: operation.location?.position.line,
                constant: client.constants[SwiftOperationNames.key(method: method, path: operation.path)],
                parameters: Self.parameters(of: operation, names: names),
                body: operation.sendsReference ? "reference" : operation.requestBody,
                bodySwiftType: operation.sendsReference ? "EntityReference" : operation.requestBody.map(names.swiftType(of:)),
                result: operation.response?.type.map { operation.response?.collection == true ? "Collection(\($0))" : $0 },
                resultSwiftType: operation.response?.type.map {
                    operation.response?.collection == true ? "[\(names.swiftType(of: $0))]" : names.swiftType(of: $0)
                },
                permissions: operation.permissions))
        }
        self.init(
            serviceRoot: model.serviceRoot,
            // Each key made once, not once per comparison.
            types: types.map { ($0.name.lowercased(), $0) }.sorted { $0.0 < $1.0 }.map(\.1),
            operations: operations.map { (Self.identity(of: $0.path), $0) }.sorted { ($0.0, $0.1.method) < ($1.0, $1.1.method) }.map(\.1),
            client: client.lines)
    }

    /// What identifies an operation's path whatever its documents call their values: each
    /// `{…}` as `{}`, quotes left out, names without case (`/users/{user-id}/range(address='{a}')`
    /// → `/users/{}/range(address={})`).
    public static func identity(of path: String) -> String {
        var text = ""
        var inValue = false
        for character in path.lowercased() {
            switch character {
            case "{":
                inValue = true
                text.append("{")
            case "}":
                inValue = false
                text.append("}")
            case "'": continue
            default: if !inValue { text.append(character) }
            }
        }
        return text.count > 1 && text.hasSuffix("/") ? String(text.dropLast()) : text
    }

    /// The type, `type` or one of its bases, whose own properties include `name`, nearest first.
    static func declaringType(of name: String, in type: APIType, types: [String: APIType]) -> String {
        var current: APIType? = type
        var seen: Set<String> = []
        while let candidate = current, seen.insert(candidate.name.lowercased()).inserted {
            if candidate.properties.contains(where: { $0.name == name }) { return candidate.name }
            current = candidate.baseType.flatMap { types[$0.lowercased()] }
        }
        return type.name
    }

    /// The headers a transport or middleware sets, which no method takes.
    static let transportHeaders: Set<String> = ["authorization", "host", "content-length", "accept", "content-type"]

    /// The parameters a caller of `operation` gives besides the path's keys.
    static func parameters(of operation: APIOperation, names: SwiftTypeNames) -> [Parameter] {
        var parameters: [Parameter] = []
        for parameter in operation.functionParameters {
            let quoted = operation.path.contains("\(parameter.name)='{")
            parameters.append(Parameter(
                name: parameter.name, place: .function, type: parameter.type,
                swiftType: names.swiftType(of: parameter.type ?? "Edm.String"), required: true, encoding: quoted ? "quoted" : "plain"))
        }
        for option in operation.queryOptions where !option.name.hasPrefix("$") {
            parameters.append(Parameter(
                name: option.name, place: .query, type: option.type, swiftType: names.swiftType(of: option.type ?? "Edm.String"),
                required: false, encoding: nil))
        }
        for header in operation.requestHeaders where !transportHeaders.contains(header.name.lowercased()) {
            parameters.append(Parameter(name: header.name, place: .header, type: nil, swiftType: "String", required: false, encoding: nil))
        }
        for parameter in operation.bodyParameters {
            parameters.append(Parameter(
                name: parameter.name, place: .body, type: parameter.type,
                swiftType: names.swiftType(of: parameter.type ?? "Edm.Untyped"), required: false, encoding: nil))
        }
        return parameters
    }
}
