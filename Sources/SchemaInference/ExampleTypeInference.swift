import GraphDocCore
import LenientJSON

/// Infers the types that examples use but no page documents, from the example values.
///
/// A type is *example-only* when no page declares it but example values stand for it:
/// objects whose `@odata.type` names it, and objects without one where the docs say it
/// is expected — the body of an example whose annotation names it (`"@odata.type":
/// "microsoft.graph.call"`), a request or response body of a page whose operations agree
/// on the type (a type no page documents is still named by the operation), a property
/// of a documented type whose table names it, a property of an example-only type whose
/// other values name it. Documented types are not changed: examples only say which
/// types are expected inside them.
///
/// An example-only type has the properties its values have (keys with `@` are instance
/// annotations, not properties), in the order first met over the pages (sorted by path),
/// their examples in page order, and their members in order; the type of each is what
/// all its values show together (``ObservedType``), in whatever order they are read.
/// Every property is nullable and says it was inferred. A value of a property whose type
/// is found only from other values (an object that does not name its type where another
/// does) counts for that type, so the values are read again until the types settle.
///
/// The ``TypeModelBuilder`` reports each example-only type with a warning at its first
/// example, and settles its base type and kind with the documented types', plus one rule
/// of its own: a type an operation creates (a `POST` answered `201 Created` with it) is an entity.
struct ExampleTypeInference {
    /// A type inferred from examples.
    struct InferredType {
        /// The type, `complex` until kinds are inferred.
        var type: APIType
        /// Where its first example value starts.
        var location: SourceLocation
        /// How many examples its values stand in.
        var exampleCount: Int
        /// Whether an operation creates it.
        var createdByOperation: Bool
    }

    let facts: [TypeFacts]
    let operations: [APIOperation]
    let directory: TypeDirectory
    /// The documented types (declared, and enumerations), by lowercased name.
    let documented: [String: APIType]

    /// How deeply example values are walked.
    static let maxDepth = 32
    /// How many times the values are read at most, should the types not settle.
    static let maxPasses = 8

    /// The example-only types, in the order first met.
    func infer() -> [InferredType] {
        let context = Context(documented: documented, directory: directory)
        let roots = self.roots(context: context)
        guard !roots.isEmpty else { return [] }
        var pass = Pass(context: context, previous: [:])
        for _ in 0..<Self.maxPasses {
            pass = Pass(context: context, previous: pass.propertyTypes)
            for root in roots { pass.visit(root) }
            if pass.propertyTypes == pass.previous { break }
        }
        return result(of: pass, examples: roots)
    }

    // MARK: Examples

    /// An example body and the type the docs say it has.
    struct Root {
        /// The values: the body, or the elements of a collection body.
        var values: [JSONValue]
        /// The type the docs say the values have, if they say one.
        var expected: String?
        /// The types of the body's members, for an action's request body documented by a parameter table.
        var memberTypes: [String: String]
        /// The page, by index in the facts.
        var page: Int
        /// Where the body starts.
        var location: SourceLocation
    }

    /// The example bodies of every page, in page order. A request body has the type the
    /// page's operations of its method agree on (or their body parameters' types); a body
    /// whose annotation names a type has that type; a response body has the type the page's
    /// operations agree on.
    private func roots(context: Context) -> [Root] {
        var operationsBySource: [String: [APIOperation]] = [:]
        for operation in operations { operationsBySource[operation.source, default: []].append(operation) }
        var roots: [Root] = []
        for (index, page) in facts.enumerated() {
            let pageOperations = operationsBySource[page.page] ?? []
            let responseType = Self.agreed(pageOperations.map { $0.response?.type })
            let responseCollection = Self.agreed(pageOperations.map { $0.response.map(\.collection) }) ?? false
            let namespace = page.namespace ?? directory.defaultNamespace
            for example in page.examples {
                let location = SourceLocation(file: page.path, position: example.position)
                var root = Root(values: [example.value], expected: nil, memberTypes: [:], page: index, location: location)
                let requested = example.method.map { method in pageOperations.filter { $0.method == method } } ?? pageOperations
                let parameters = Self.agreed(requested.map { operation in
                    Dictionary(operation.bodyParameters.compactMap { parameter in parameter.type.map { (parameter.name, $0) } },
                               uniquingKeysWith: { first, _ in first })
                }) ?? [:]
                if example.blockType == "request", let requestType = Self.agreed(requested.map(\.requestBody)) {
                    root.expected = requestType
                } else if example.blockType == "request", !parameters.isEmpty {
                    root.memberTypes = parameters
                } else if let annotated = example.type {
                    root.expected = context.structuredName(annotated, qualifyingIn: namespace)
                    if example.isCollection, let elements = (example.value["value"] ?? example.value).arrayValue {
                        root.values = elements
                    }
                } else if example.blockType == "response", let type = responseType {
                    root.expected = type
                    if responseCollection { root.values = example.value["value"]?.arrayValue ?? [] }
                }
                roots.append(root)
            }
        }
        return roots
    }

    /// The value every operation of a page has, when they all have the same one.
    private static func agreed<Value: Equatable>(_ values: [Value?]) -> Value? {
        guard let first = values.first, let value = first, values.allSatisfy({ $0 == value }) else { return nil }
        return value
    }

    // MARK: Result

    private func result(of pass: Pass, examples: [Root]) -> [InferredType] {
        let spelling = pass.observations.mapValues { observation in
            observation.spellings.max { ($0.value, $1.key) < ($1.value, $0.key) }!.key
        }
        let created = Set(operations.compactMap { operation -> String? in
            guard operation.method == "POST", let response = operation.response, response.status == 201,
                  !response.collection, let type = response.type
            else { return nil }
            return type.lowercased()
        })
        return pass.order.map { key in
            let observation = pass.observations[key]!
            let name = spelling[key]!
            let properties = observation.propertyOrder.map { property in
                APIProperty(
                    name: property, type: Self.renaming(observation.properties[property]!.odataType, to: spelling),
                    nullable: true, readOnly: false, navigation: false,
                    description: "Inferred from examples.")
            }
            let pages = observation.examples.map { examples[$0].page }.removingDuplicates().map { facts[$0].page }
            let location = examples[observation.examples[0]].location
            let type = APIType(
                name: name, kind: .complex, baseType: nil, abstract: false, openType: false, keyProperty: nil,
                description: "No page documents this type: its properties are inferred from examples.",
                properties: properties, members: [], sources: pages)
            return InferredType(
                type: type, location: location, exampleCount: observation.examples.count, createdByOperation: created.contains(key))
        }
    }

    /// An OData type with each example-only type name spelled as the type is.
    private static func renaming(_ type: String, to spelling: [String: String]) -> String {
        if let element = CollectionType.element(of: type) {
            return "Collection(\(renaming(element, to: spelling)))"
        }
        return spelling[type.lowercased()] ?? type
    }
}

extension ExampleTypeInference {
    /// What every pass over the examples knows beforehand: the documented types.
    struct Context {
        let documented: [String: APIType]
        let directory: TypeDirectory
        /// The own properties of each documented structured type (the first of a name), by lowercased type name.
        let ownProperties: [String: [String: String]]
        /// The namespaces of the documented types (the spelling most types have), by lowercased namespace.
        let namespaces: [String: String]

        init(documented: [String: APIType], directory: TypeDirectory) {
            self.documented = documented
            self.directory = directory
            ownProperties = documented.filter { $0.value.kind != .enum }.mapValues { type in
                Dictionary(type.properties.map { ($0.name, $0.type) }, uniquingKeysWith: { first, _ in first })
            }
            var counts: [String: Int] = [:]
            for type in documented.values where !type.namespace.isEmpty { counts[type.namespace, default: 0] += 1 }
            var namespaces: [String: String] = [:]
            // The spelling most types have, then the first in order.
            for (namespace, _) in counts.sorted(by: { ($0.value, $1.key) > ($1.value, $0.key) }) {
                if namespaces[namespace.lowercased()] == nil { namespaces[namespace.lowercased()] = namespace }
            }
            self.namespaces = namespaces
        }

        /// The type of a property of a documented type or of its base types (the nearest definition).
        func documentedPropertyType(of key: String, named name: String) -> String? {
            for ancestor in Self.ancestry(of: key, in: documented) {
                if let type = ownProperties[ancestor.lowercased()]?[name] { return type }
            }
            return nil
        }

        /// A type and its documented base types, nearest first.
        static func ancestry(of name: String, in documented: [String: APIType]) -> [String] {
            var chain: [String] = []
            var current: String? = documented[name.lowercased()]?.name ?? name
            while let type = current, !chain.contains(where: { $0.lowercased() == type.lowercased() }), chain.count < 64 {
                chain.append(type)
                current = documented[type.lowercased()]?.baseType
            }
            return chain
        }

        /// The nearest type two types derive from (or are), by the documented base types.
        func commonBase(_ left: String, _ right: String) -> String? {
            let rightChain = Set(Self.ancestry(of: right, in: documented).map { $0.lowercased() })
            return Self.ancestry(of: left, in: documented).first { rightChain.contains($0.lowercased()) }
        }

        /// The structured type an `@odata.type` (or an annotation) names: a documented type
        /// that is not an enumeration, or a qualified name no page documents, in the
        /// spelling of a documented namespace that differs only in case
        /// (`Microsoft.Graph.x` → `microsoft.graph.x`). A name written without a namespace
        /// that names no documented type is put in `namespace`, when there is one;
        /// primitives and names that are not names give `nil`.
        func structuredName(_ written: String, qualifyingIn namespace: String?) -> String? {
            let name = written.trimmingCharacters(in: "#")
            guard !name.isEmpty, TypeDirectory.isQualifiedName(name) else { return nil }
            if let resolved = directory.typeName(simpleName: name, namespace: nil) {
                if resolved.hasPrefix("Edm.") { return nil }
                if let type = documented[resolved.lowercased()] { return type.kind == .enum ? nil : type.name }
                return resolved
            }
            guard let dot = name.lastIndex(of: ".") else {
                guard let namespace, !namespace.isEmpty else { return nil }
                return "\(namespace).\(name)"
            }
            let written = String(name[..<dot])
            guard written != "Edm" else { return nil }
            return (namespaces[written.lowercased()] ?? written) + name[dot...]
        }

        /// The structured type an object's `@odata.type` names.
        func naming(_ written: String) -> String? {
            structuredName(written, qualifyingIn: nil)
        }

        /// Whether values of `type` are read for its properties: a structured type no page documents.
        func isExampleOnly(_ type: String) -> Bool {
            !type.hasPrefix("Edm.") && !type.hasPrefix("Collection(") && documented[type.lowercased()] == nil
                && TypeDirectory.isQualifiedName(type)
        }
    }

    /// What the values of one example-only type show.
    struct Observation {
        /// The spellings of its name, and how often each is met.
        var spellings: [String: Int] = [:]
        /// Its properties in the order first met.
        var propertyOrder: [String] = []
        /// What the values of each property show.
        var properties: [String: ObservedType] = [:]
        /// The examples (indexes of roots) its values stand in, in order.
        var examples: [Int] = []
    }

    /// One reading of every example value.
    struct Pass {
        let context: Context
        /// The types of the example-only types' properties found by the previous pass.
        let previous: [String: [String: String]]
        /// What the values of each example-only type show, by lowercased name.
        var observations: [String: Observation] = [:]
        /// The example-only types in the order first met (lowercased names).
        var order: [String] = []
        /// The example being read.
        private var example = 0

        init(context: Context, previous: [String: [String: String]]) {
            self.context = context
            self.previous = previous
        }

        /// The types of the example-only types' properties this pass found.
        var propertyTypes: [String: [String: String]] {
            observations.mapValues { observation in observation.properties.mapValues(\.odataType) }
        }

        /// Reads an example body.
        mutating func visit(_ root: Root) {
            for value in root.values {
                if root.memberTypes.isEmpty {
                    visit(value, expected: root.expected, depth: 0)
                } else {
                    for member in value.members ?? [] {
                        visit(member.value, expected: root.memberTypes[member.key], depth: 1)
                    }
                }
            }
            example += 1
        }

        /// Reads a value of the `expected` OData type (`x`, `Collection(x)`, or `nil` when unknown).
        private mutating func visit(_ value: JSONValue, expected: String?, depth: Int) {
            guard depth < ExampleTypeInference.maxDepth else { return }
            let element = expected.flatMap(CollectionType.element(of:))
            switch value.content {
            case .array(let elements):
                for item in elements { visit(item, expected: element, depth: depth + 1) }
            case .object(let members):
                var type = element == nil ? expected : nil
                if let written = value["@odata.type"]?.stringValue, let named = context.naming(written) { type = named }
                guard let type else {
                    for member in members { visit(member.value, expected: nil, depth: depth + 1) }
                    return
                }
                let key = type.lowercased()
                if context.ownProperties[key] != nil {
                    for member in members {
                        visit(member.value, expected: context.documentedPropertyType(of: key, named: member.key), depth: depth + 1)
                    }
                } else if context.isExampleOnly(type) {
                    observe(members, of: type, key: key)
                    for member in members where Self.isProperty(member.key) {
                        visit(member.value, expected: previous[key]?[member.key], depth: depth + 1)
                    }
                } else {
                    for member in members { visit(member.value, expected: nil, depth: depth + 1) }
                }
            default:
                return
            }
        }

        /// Notes what an object of an example-only type shows.
        private mutating func observe(_ members: [JSONMember], of type: String, key: String) {
            if observations[key] == nil {
                observations[key] = Observation()
                order.append(key)
            }
            let context = self.context
            var observation = observations.removeValue(forKey: key)!
            observation.spellings[type, default: 0] += 1
            if observation.examples.last != example { observation.examples.append(example) }
            for member in members where Self.isProperty(member.key) {
                let shown = ObservedType.of(member.value, naming: context.naming, commonBase: context.commonBase)
                if let known = observation.properties[member.key] {
                    observation.properties[member.key] = known.merged(with: shown, commonBase: context.commonBase)
                } else {
                    observation.propertyOrder.append(member.key)
                    observation.properties[member.key] = shown
                }
            }
            observations[key] = observation
        }

        /// Whether a member is a property: not an instance annotation (`@odata.type`,
        /// `x@odata.nextLink`), and a name.
        static func isProperty(_ key: String) -> Bool {
            !key.contains("@") && TypeDirectory.isSimpleIdentifier(key)
        }
    }
}
