import GraphDocCore
import LenientJSON
import PageReader

/// Combines the type facts of every page into the model's types: resolves type
/// references, merges what several pages say about one type, and infers base types,
/// kinds and enumeration members. Each conflict it settles gets a diagnostic.
struct TypeModelBuilder {
    let facts: [TypeFacts]
    let directory: TypeDirectory
    var diagnostics = Diagnostics()

    /// Types by lowercased qualified name, in the order first met.
    private var types: [String: APIType] = [:]
    /// Where each type was declared, for diagnostics.
    private var declarations: [String: SourceLocation] = [:]
    /// Base types named in prose that differ from the annotation's, by lowercased type name.
    private var proseBaseTypes: [String: (prose: String, location: SourceLocation, annotated: String)] = [:]
    /// The types whose pages document methods (lowercased names): they are addressable entities.
    private var addressable: Set<String> = []
    /// Base types named by the "Derived types" sections of base type pages, by lowercased derived type.
    private var derivedFrom: [String: String] = [:]

    init(facts: [TypeFacts]) {
        self.facts = facts
        self.directory = TypeDirectory(facts: facts)
    }

    /// Builds the types, sorted by qualified name.
    /// - Parameter operations: The operations documented on the pages: their request and
    ///   response examples show which types stand where their documented types are expected.
    mutating func build(operations: [APIOperation] = []) -> [APIType] {
        self.operations = operations
        for page in facts {
            for problem in page.problems {
                diagnostics.emit(.warning, code: problem.code, problem.message, at: SourceLocation(file: page.path, position: problem.position))
            }
        }
        for page in facts { addEnums(of: page) }
        for page in facts { addDeclaredTypes(of: page) }
        for page in facts { addEnumMembersFromDescriptions(of: page) }
        // Members were appended as found; each is kept once, where first found.
        for key in types.keys { types[key]!.members = types[key]!.members.removingDuplicates() }
        inferBaseTypes()
        breakInheritanceCycles()
        addTypesFromExamples()
        inferBaseTypesFromExamples()
        dropInheritedExampleProperties()
        dropInheritedJSONProperties()
        inferKinds()
        deriveEntitiesFromRoot()
        reportUndocumentedTypes()
        return types.values.sorted { $0.name.lowercased() < $1.name.lowercased() }
    }

    private func location(_ page: TypeFacts, line: Int) -> SourceLocation {
        SourceLocation(file: page.path, line: line, column: 1)
    }

    // MARK: Enumerations

    private mutating func addEnums(of page: TypeFacts) {
        let namespace = page.namespace ?? directory.defaultNamespace
        for table in page.enumTables {
            let name = TypeDirectory.qualified(table.name, in: namespace)
            let key = name.lowercased()
            if var existing = types[key] {
                existing.members += table.members
                existing.sources.appendNew([page.page])
                types[key] = existing
            } else {
                types[key] = APIType(
                    name: name, kind: .enum, baseType: nil, abstract: false, openType: false, keyProperty: nil,
                    description: "", properties: [], members: table.members, sources: [page.page])
                declarations[key] = location(page, line: table.line)
            }
        }
    }

    // MARK: Resource types

    /// The declared type a page's property tables describe: the one named like the page
    /// file, else the first.
    private func primaryType(of page: TypeFacts) -> TypeFacts.DeclaredType? {
        let file = page.page.split(separator: "/").last.map { $0.lowercased().replacingSuffix(".md") } ?? ""
        return page.declaredTypes.first { file.hasSuffix(TypeDirectory.simpleName(of: $0.name).lowercased()) }
            ?? page.declaredTypes.first
    }

    private mutating func addDeclaredTypes(of page: TypeFacts) {
        let primary = primaryType(of: page)
        for declared in page.declaredTypes {
            let key = declared.name.lowercased()
            let isPrimary = declared.name == primary?.name && declared.line == primary?.line
            var type = types[key] ?? APIType(
                name: declared.name, kind: .complex, baseType: nil, abstract: false, openType: false,
                keyProperty: nil, description: "", properties: [], members: [], sources: [])
            if types[key] != nil, type.kind == .enum {
                diagnostics.emit(
                    .warning, code: "type-declared-as-enum-and-resource",
                    "'\(declared.name)' is documented as an enumeration and as a resource; read as a resource",
                    at: location(page, line: declared.line))
                type.kind = .complex
                type.members = []
            }
            if let base = declared.baseType {
                if let existing = type.baseType, existing.lowercased() != base.lowercased() {
                    diagnostics.emit(
                        .warning, code: "type-base-conflict",
                        "'\(declared.name)' is documented with base type '\(base)' here and '\(existing)' elsewhere; keeping '\(existing)'",
                        at: location(page, line: declared.line))
                } else {
                    type.baseType = base
                }
            }
            type.keyProperty = type.keyProperty ?? declared.keyProperty
            type.openType = type.openType || declared.openType
            type.abstract = type.abstract || declared.abstract
            // The page named after the type (`user.md`, not `intune-devices-user.md`) is the one
            // that documents it: its description wins, and it is the type's first source.
            let file = page.page.split(separator: "/").last.map { $0.lowercased().replacingSuffix(".md") } ?? ""
            if isPrimary, file == TypeDirectory.simpleName(of: declared.name).lowercased(), !page.description.isEmpty {
                type.description = page.description
                type.descriptionOrigin = ProseOrigin(page: page.page)
                type.sources.removeAll { $0 == page.page }
                type.sources.insert(page.page, at: 0)
            } else if type.description.isEmpty, isPrimary {
                type.description = page.description
                type.descriptionOrigin = ProseOrigin(page: page.page)
            }
            type.sources.appendNew([page.page])
            if declarations[key] == nil { declarations[key] = location(page, line: declared.line) }
            let namespace = Self.namespace(of: declared.name)
            var propertyIndex = PropertyIndex(type.properties)
            if isPrimary {
                for (index, row) in page.propertyRows.enumerated() {
                    var documented = property(from: row, page: page, namespace: namespace)
                    documented.descriptionOrigin = ProseOrigin(page: page.page, row: index)
                    add(documented, to: &type, index: &propertyIndex, page: page, line: row.line)
                    jsonOnly[key]?.remove(documented.name)
                }
            }
            for member in declared.jsonMembers {
                guard let property = property(from: member, page: page, namespace: namespace) else { continue }
                if addIfMissing(property, to: &type, index: &propertyIndex, page: page, line: declared.line) {
                    jsonOnly[key, default: []].insert(property.name)
                }
            }
            if isPrimary, let base = page.baseTypeLinks.first,
               let name = directory.typeName(linkTarget: base.target, text: base.text, onPage: page.page),
               name.lowercased() != key, name.lowercased() != type.baseType?.lowercased() {
                if let annotated = type.baseType {
                    // Settled once all types are known: the more specific of the two wins.
                    proseBaseTypes[key] = (name, location(page, line: declared.line), annotated)
                } else {
                    type.baseType = name
                }
            }
            if isPrimary, page.hasMethods { addressable.insert(key) }
            types[key] = type
            if isPrimary {
                for link in page.derivedTypeLinks {
                    guard let derived = directory.typeName(linkTarget: link.target, text: link.text, onPage: page.page) else { continue }
                    derivedFrom[derived.lowercased(), default: declared.name] = declared.name
                }
            }
        }
    }

    static func namespace(of name: String) -> String {
        guard let dot = name.lastIndex(of: ".") else { return "" }
        return String(name[..<dot])
    }

    /// The position of each property of a type by name (the first of a name), so that a
    /// type of many properties is merged in linear time.
    private struct PropertyIndex {
        private var positions: [String: Int] = [:]

        init(_ properties: [APIProperty]) {
            for (position, property) in properties.enumerated() where positions[property.name] == nil {
                positions[property.name] = position
            }
        }

        subscript(name: String) -> Int? { positions[name] }

        mutating func append(_ property: APIProperty, to type: inout APIType) {
            positions[property.name] = type.properties.count
            type.properties.append(property)
        }
    }

    /// Adds a table property; a second row of the same name is reported and merged.
    private mutating func add(_ property: APIProperty, to type: inout APIType, index properties: inout PropertyIndex, page: TypeFacts, line: Int) {
        if let index = properties[property.name] {
            let existing = type.properties[index]
            if existing.type != property.type {
                diagnostics.emit(
                    .warning, code: "property-type-conflict",
                    "property '\(property.name)' of '\(type.name)' is documented as '\(property.type)' here and as '\(existing.type)' before; keeping '\(existing.type)'",
                    at: location(page, line: line))
            }
            if existing.description.isEmpty {
                type.properties[index].description = property.description
                type.properties[index].descriptionOrigin = property.descriptionOrigin
            }
            type.properties[index].navigation = existing.navigation || property.navigation
            return
        }
        properties.append(property, to: &type)
    }

    /// Adds a property from the resource JSON when no table documented it; whether it did.
    private mutating func addIfMissing(
        _ property: APIProperty, to type: inout APIType, index properties: inout PropertyIndex, page: TypeFacts, line: Int
    ) -> Bool {
        if let index = properties[property.name] {
            let tableType = type.properties[index].type
            // The table is the better source, but an unresolved table type yields to the JSON's.
            if tableType == Self.unknownType, property.type != Self.unknownType {
                type.properties[index].type = property.type
            } else if CollectionType.element(of: tableType) == property.type || CollectionType.element(of: property.type) == tableType {
                // Whether a value is one or many is what the JSON representation shows the wire to
                // carry; the table's words ("string collection") yield to it.
                type.properties[index].type = property.type
                diagnostics.emit(
                    .warning, code: "property-collection-conflict",
                    "property '\(property.name)' of '\(type.name)' is documented as '\(tableType)' by its table and as "
                        + "'\(property.type)' by the JSON representation; read as '\(property.type)'",
                    at: location(page, line: line))
            }
            return false
        }
        properties.append(property, to: &type)
        return true
    }

    /// The properties only a type's resource JSON shows (no table row), by lowercased type name.
    private var jsonOnly: [String: Set<String>] = [:]

    /// A property a derived type's resource JSON shows but no table of its page documents,
    /// and that a base type has, is the base type's: a resource JSON lists inherited
    /// properties too, with sample values (`"averageInboundPacketLossRateInPercentage": 10`)
    /// whose type would narrow the base's documented `Double`.
    private mutating func dropInheritedJSONProperties() {
        for key in jsonOnly.keys.sorted() where types[key] != nil && exampleOnly[key] == nil {
            let inherited = inheritedPropertyNames(of: key)
            let shownOnly = jsonOnly[key]!
            types[key]!.properties.removeAll { shownOnly.contains($0.name) && inherited.contains($0.name) }
        }
    }

    /// The type written for a property whose type could not be read at all.
    static let unknownType = "Edm.Untyped"

    private mutating func property(from row: TypeFacts.PropertyRow, page: TypeFacts, namespace: String) -> APIProperty {
        let description = row.description.text
        let lowered = description.lowercased()
        var type = Self.unknownType
        if let expression = row.type {
            type = resolve(expression, page: page, namespace: namespace, line: row.line)
        } else {
            diagnostics.emit(
                .warning, code: "property-type-unreadable",
                "the type '\(row.typeText)' of property '\(row.name)' names no type; it is read as \(Self.unknownType)",
                at: location(page, line: row.line))
        }
        return APIProperty(
            name: row.name, type: type,
            // Only a description that says so makes a property non-nullable: "Required." speaks
            // of what a request must send ("only required if …"), and responses show null for such
            // properties (a non-nullable property would drop that null on the way back).
            nullable: !PropertyProse.saysNotNullable(lowered), readOnly: PropertyProse.saysReadOnly(lowered),
            navigation: row.navigation, description: description)
    }

    /// A property from a resource JSON member (`"name": "String"`, `{"@odata.type": …}`, `[…]`).
    private mutating func property(from member: JSONMember, page: TypeFacts, namespace: String) -> APIProperty? {
        guard !member.key.contains("@"), let type = jsonType(of: member.value, page: page, namespace: namespace) else { return nil }
        return APIProperty(name: member.key, type: type, nullable: true, readOnly: false, navigation: false, description: "")
    }

    private func jsonType(of value: JSONValue, page: TypeFacts, namespace: String) -> String? {
        switch value.content {
        case .string(let placeholder):
            // `"incoming | outgoing"` lists a string's possible values.
            if placeholder.contains("|") { return "Edm.String" }
            guard let expression = TypeExpression.parse(placeholder: placeholder),
                  case .name(let name)? = expression.targets.first,
                  let resolved = directory.typeName(simpleName: name, namespace: namespace)
            else { return "Edm.String" }
            return expression.isCollection ? "Collection(\(resolved))" : resolved
        case .bool: return "Edm.Boolean"
        case .number(let literal): return literal.contains(".") ? "Edm.Double" : "Edm.Int32"
        case .object:
            guard let odataType = value["@odata.type"]?.stringValue?.trimmingCharacters(in: "#") else { return nil }
            return directory.typeName(simpleName: odataType, namespace: namespace)
                ?? (TypeDirectory.isQualifiedName(odataType) ? odataType : Self.unknownType)
        case .array(let elements):
            guard let first = elements.first, let element = jsonType(of: first, page: page, namespace: namespace) else { return nil }
            return "Collection(\(element))"
        case .null: return Self.unknownType
        }
    }

    /// The OData type of a type expression; an undocumented name is qualified with the
    /// page's namespace and reported.
    private mutating func resolve(_ expression: TypeExpression, page: TypeFacts, namespace: String, line: Int) -> String {
        var names: [String] = []
        for target in expression.targets {
            switch target {
            case .link(let text, let target):
                if let name = directory.typeName(linkTarget: target, text: text, onPage: page.page) {
                    names.append(name)
                } else if let simple = TypeExpression.plainName(text) {
                    names.append(undocumented(simple, page: page, namespace: namespace, line: line))
                }
            case .name(let name):
                if let resolved = directory.typeName(simpleName: name, namespace: namespace) {
                    names.append(resolved)
                } else {
                    names.append(undocumented(name, page: page, namespace: namespace, line: line))
                }
            }
        }
        guard var type = names.first else { return Self.unknownType }
        if names.count > 1 {
            unions.append((names, page, line))
            type = names[0]
        }
        return expression.isCollection ? "Collection(\(type))" : type
    }

    /// The operations documented on the pages.
    private var operations: [APIOperation] = []

    /// Properties typed "A or B", resolved to their common base once base types are known.
    private var unions: [(names: [String], page: TypeFacts, line: Int)] = []

    /// Names used as types that no page declares; reported at the end unless a later
    /// rule (such as members listed in a description) documents them.
    private var undocumentedUses: [(name: String, qualified: String, location: SourceLocation)] = []

    private mutating func undocumented(_ name: String, page: TypeFacts, namespace: String, line: Int) -> String {
        let qualified = TypeDirectory.qualified(name, in: namespace)
        undocumentedUses.append((name, qualified, location(page, line: line)))
        return qualified
    }

    private mutating func reportUndocumentedTypes() {
        for use in undocumentedUses where types[use.qualified.lowercased()] == nil {
            diagnostics.emit(
                .warning, code: "type-undocumented",
                "type '\(use.name)' is used but no page documents it; read as '\(use.qualified)'",
                at: use.location)
        }
    }

    // MARK: Enumeration members from prose

    /// Members named in descriptions ("Possible values are: `a`, `b`.") and in resource JSON
    /// (`"a | b"`) are added to the property's enumeration when it documents none of them.
    private mutating func addEnumMembersFromDescriptions(of page: TypeFacts) {
        guard let primary = primaryType(of: page) else { return }
        let namespace = Self.namespace(of: primary.name)
        for row in page.propertyRows {
            guard let expression = row.type else { continue }
            let values = Self.possibleValues(in: row.description.markdown)
            guard !values.isEmpty else { continue }
            let typeName = resolveQuietly(expression, page: page, namespace: namespace)
            let key = typeName.lowercased()
            guard !typeName.hasPrefix("Edm."), types[key].map({ $0.kind == .enum }) ?? true else { continue }
            var members: [String] = []
            for value in values {
                guard TypeDirectory.isSimpleIdentifier(value) else {
                    diagnostics.emit(
                        .warning, code: "enum-member-invalid",
                        "the possible value '\(value.prefix(80))' of property '\(row.name)' is not a member name; it is not read as a member",
                        at: location(page, line: row.line))
                    continue
                }
                members.append(value)
            }
            guard !members.isEmpty else { continue }
            if types[key] != nil {
                // In place: a copy of the type would copy all its members, for every row.
                types[key]!.members += members
            } else {
                types[key] = APIType(
                    name: typeName, kind: .enum, baseType: nil, abstract: false, openType: false, keyProperty: nil,
                    description: "", properties: [], members: members, sources: [page.page])
                declarations[key] = location(page, line: row.line)
            }
        }
    }

    private func resolveQuietly(_ expression: TypeExpression, page: TypeFacts, namespace: String) -> String {
        switch expression.targets.first {
        case .link(let text, let target)?:
            return directory.typeName(linkTarget: target, text: text, onPage: page.page)
                ?? TypeDirectory.qualified(TypeExpression.plainName(text) ?? text, in: namespace)
        case .name(let name)?:
            return directory.typeName(simpleName: name, namespace: namespace) ?? TypeDirectory.qualified(name, in: namespace)
        case nil:
            return Self.unknownType
        }
    }

    /// The code spans after "possible values are" (or "values are", "one of") in a description.
    static func possibleValues(in markdown: String) -> [String] {
        let lowered = markdown.lowercased()
        guard let range = ["possible values are", "possible values:", "the possible values", "supported values are", "values are:"]
            .lazy.compactMap({ lowered.firstByteRange(of: $0) }).first
        else { return [] }
        let offset = lowered.distance(from: lowered.startIndex, to: range.upperBound)
        let rest = markdown.dropFirst(offset)
        var members: [String] = []
        var parts = rest.split(separator: "`", omittingEmptySubsequences: false)
        parts.removeFirst()
        for (index, part) in parts.enumerated() where index % 2 == 0 {
            let member = part.trimmingCharacters(in: " ")
            if member.isEmpty || member.contains(" ") { continue }
            members.append(member)
            // Stop at the end of the sentence that lists the values.
            let next = index + 1 < parts.count ? parts[index + 1] : ""
            if next.containsBytes(". ") || next.hasSuffix(".") && !next.contains(",") { break }
        }
        return members
    }

    // MARK: Types known only from examples

    /// The types no page documents, inferred from examples (lowercased names), each with
    /// whether an operation creates it.
    private var exampleOnly: [String: ExampleTypeInference.InferredType] = [:]

    /// Adds the types examples use but no page documents (see ``ExampleTypeInference``).
    private mutating func addTypesFromExamples() {
        let inference = ExampleTypeInference(facts: facts, operations: operations, directory: directory, documented: types)
        for inferred in inference.infer() {
            let key = inferred.type.name.lowercased()
            types[key] = inferred.type
            declarations[key] = inferred.location
            exampleOnly[key] = inferred
        }
    }

    /// An example-only type that examples show derived from another type has the
    /// properties of its base types from them, not from its examples. Each is then
    /// reported at its first example, with the properties left to it.
    private mutating func dropInheritedExampleProperties() {
        for key in exampleOnly.keys.sorted() {
            let inherited = inheritedPropertyNames(of: key)
            let shown = types[key]!.properties.count
            types[key]!.properties.removeAll { inherited.contains($0.name) }
            let type = types[key]!, count = exampleOnly[key]!.exampleCount
            let properties = "\(type.properties.count) \(type.properties.count == 1 ? "property is" : "properties are")"
            let removed = shown - type.properties.count
            let base = removed > 0 ? "; the examples show \(removed) more, which its base type '\(type.baseType ?? "")' has" : ""
            diagnostics.emit(
                .warning, code: "type-from-examples",
                "no page documents '\(type.name)'; its \(properties) inferred from \(count) \(count == 1 ? "example" : "examples")\(base)",
                at: exampleOnly[key]!.location)
        }
    }

    /// The names of the properties the base types of the type `key` (lowercased) have.
    private func inheritedPropertyNames(of key: String) -> Set<String> {
        Set(ancestry(of: types[key]!.name).dropFirst().flatMap { types[$0.lowercased()]?.properties.map(\.name) ?? [] })
    }

    /// The type an `@odata.type` or an annotation names, documented or known from examples.
    private func typeName(written: String) -> String? {
        directory.typeName(simpleName: written, namespace: nil) ?? types[written.lowercased()]?.name
    }

    // MARK: Base types and kinds

    private mutating func inferBaseTypes() {
        for (derived, base) in derivedFrom where types[derived] != nil && types[derived]!.baseType == nil {
            types[derived]!.baseType = base
        }
        for key in proseBaseTypes.keys.sorted() {
            let (prose, location, annotated) = proseBaseTypes[key]!
            // The prose names a type that itself derives from the annotated base: it is the nearer base.
            let moreSpecific = ancestry(of: prose).dropFirst().contains { $0.lowercased() == annotated.lowercased() }
            if moreSpecific { types[key]?.baseType = prose }
            diagnostics.emit(
                .warning, code: "type-base-conflict",
                "the annotation gives '\(annotated)' as base type but the text says '\(prose)'; keeping '\(moreSpecific ? prose : annotated)'",
                at: location)
        }
        // Base types named in the docs but never declared are reported.
        for key in types.keys.sorted() {
            guard let base = types[key]!.baseType, types[base.lowercased()] == nil else { continue }
            diagnostics.emit(
                .warning, code: "type-base-undocumented",
                "base type '\(base)' of '\(types[key]!.name)' is not documented",
                at: declarations[key])
        }
        for union in unions {
            guard let common = commonBase(of: union.names) else { continue }
            types[common.lowercased()]?.abstract = true
        }
    }

    /// Whether a type's `keyProperty` is backed by the docs: the type (or a documented base
    /// type) has a property of that name. An annotation naming a key the type does not
    /// have is not taken as making it an entity.
    private func hasDocumentedKey(_ type: APIType) -> Bool {
        guard let key = type.keyProperty else { return false }
        return ancestry(of: type.name).contains { name in
            types[name.lowercased()]?.properties.contains { $0.name == key } ?? false
        } || type.baseType != nil
    }

    /// A type cannot derive from itself: where base types lead back to a type (a page that
    /// gives its own type as base type, two types that name each other), the base type that
    /// closes the loop is dropped, with a warning at its type's declaration.
    private mutating func breakInheritanceCycles() {
        var acyclic: Set<String> = []
        for key in types.keys.sorted() where !acyclic.contains(key) {
            var chain = [key]
            var inChain: Set = [key]
            var current = key
            while let base = types[current]?.baseType?.lowercased(), types[base] != nil, !acyclic.contains(base) {
                guard inChain.contains(base), let loopStart = chain.firstIndex(of: base) else {
                    chain.append(base)
                    inChain.insert(base)
                    current = base
                    continue
                }
                // The loop from `current` back to it.
                let loop = ([current] + chain[loopStart..<(chain.count - 1)] + [current]).map { types[$0]!.name }
                diagnostics.emit(
                    .warning, code: "type-base-cycle",
                    "'\(types[current]!.name)' derives from itself through its base types (\(loop.joined(separator: " → "))); "
                        + "its base type '\(types[current]!.baseType!)' is dropped",
                    at: declarations[current])
                types[current]!.baseType = nil
                break
            }
            acyclic.formUnion(chain)
        }
    }

    /// The types that have a key, relationships or documented methods, that a relationship
    /// points to (only entities can be the target of one), or example-only types an
    /// operation creates, as lowercased names.
    private func preliminaryEntities() -> Set<String> {
        var entities = Set(types.keys.filter { key in
            let type = types[key]!
            return type.kind != .enum
                && (hasDocumentedKey(type) || type.properties.contains(where: \.navigation) || addressable.contains(key)
                    || exampleOnly[key]?.createdByOperation == true)
        })
        for type in types.values {
            for property in type.properties where property.navigation {
                let target = property.type.hasPrefix("Collection(")
                    ? String(property.type.dropFirst("Collection(".count).dropLast()) : property.type
                if let targetType = types[target.lowercased()], targetType.kind != .enum {
                    entities.insert(target.lowercased())
                }
            }
        }
        return entities
    }

    /// A value whose `@odata.type` names type X where the docs expect type T (the
    /// annotated type of an example, or the type of the property holding the value)
    /// shows that X derives from T. Types with no documented base take the base type
    /// the examples show most often.
    private mutating func inferBaseTypesFromExamples() {
        propertyTypes = types.mapValues { type in
            Dictionary(type.properties.map { ($0.name, $0.type) }, uniquingKeysWith: { first, _ in first })
        }
        var evidence: [String: [String: Int]] = [:]
        for page in facts {
            for body in page.examples {
                guard let annotated = body.type, let type = typeName(written: annotated) else { continue }
                if body.isCollection, let elements = (body.value["value"] ?? body.value).arrayValue {
                    for element in elements { collectSubtypes(element, expected: type, into: &evidence, depth: 0) }
                } else {
                    collectSubtypes(body.value, expected: type, into: &evidence, depth: 0)
                }
            }
        }
        collectSubtypesOfOperationExamples(into: &evidence)
        for key in evidence.keys.sorted() where types[key] != nil && types[key]!.baseType == nil {
            let counts = evidence[key]!
            guard let base = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key,
                  !ancestry(of: base).contains(where: { $0.lowercased() == key }),
                  !contains(base, propertyOfType: types[key]!.name)
            else { continue }
            types[key]!.baseType = base
            diagnostics.emit(
                .note, code: "type-base-from-examples",
                "'\(types[key]!.name)' has no documented base type; examples show its values where '\(base)' is expected, so it is read as derived from '\(base)'",
                at: declarations[key])
        }
    }

    /// Whether `type` (or a base type of it) has a property of `member` type: a type that
    /// holds another is not taken as its base, whatever an example shows (the docs then
    /// put the held value where the holder belongs).
    private func contains(_ type: String, propertyOfType member: String) -> Bool {
        let lowered = member.lowercased()
        return ancestry(of: type).contains { ancestor in
            types[ancestor.lowercased()]?.properties.contains { property in
                let propertyType = property.type.lowercased()
                return propertyType == lowered || propertyType == "collection(\(lowered))"
            } ?? false
        }
    }

    /// The request and response examples of pages that document one operation: each
    /// request body parameter, and each response value, has its documented type.
    private func collectSubtypesOfOperationExamples(into evidence: inout [String: [String: Int]]) {
        var operationsBySource: [String: [APIOperation]] = [:]
        for operation in operations { operationsBySource[operation.source, default: []].append(operation) }
        for page in facts {
            guard let pageOperations = operationsBySource[page.page], pageOperations.count == 1,
                  let operation = pageOperations.first
            else { continue }
            for body in page.examples where body.blockType == "request" {
                let body = body.value
                if let type = operation.requestBody {
                    collectSubtypes(body, expected: type, into: &evidence, depth: 0)
                }
                for member in body.members ?? [] {
                    guard let parameter = operation.bodyParameters.first(where: { $0.name == member.key }),
                          let type = parameter.type
                    else { continue }
                    collectSubtypes(member.value, declared: type, into: &evidence)
                }
            }
            if let type = operation.response?.type {
                for body in page.examples where body.blockType == "response" {
                    let body = body.value
                    let values = operation.response!.collection ? (body["value"]?.arrayValue ?? []) : [body]
                    for value in values { collectSubtypes(value, expected: type, into: &evidence, depth: 0) }
                }
            }
        }
    }

    /// Walks a value of a declared OData type (`x` or `Collection(x)`).
    private func collectSubtypes(_ value: JSONValue, declared type: String, into evidence: inout [String: [String: Int]]) {
        if type.hasPrefix("Collection(") {
            let element = String(type.dropFirst("Collection(".count).dropLast())
            for item in value.arrayValue ?? [] { collectSubtypes(item, expected: element, into: &evidence, depth: 1) }
        } else {
            collectSubtypes(value, expected: type, into: &evidence, depth: 0)
        }
    }

    /// Walks an example value of `expected` type, noting each `@odata.type` that names another type.
    private func collectSubtypes(_ value: JSONValue, expected: String, into evidence: inout [String: [String: Int]], depth: Int) {
        guard depth < 32, let members = value.members, let expectedType = types[expected.lowercased()], expectedType.kind != .enum else { return }
        var actual = expectedType
        if let written = value["@odata.type"]?.stringValue?.trimmingCharacters(in: "#"),
           let name = typeName(written: written),
           let writtenType = types[name.lowercased()], writtenType.kind != .enum,
           name.lowercased() != expected.lowercased() {
            evidence[name.lowercased(), default: [:]][expectedType.name, default: 0] += 1
            actual = writtenType
        }
        for member in members {
            guard let propertyType = propertyType(named: member.key, in: actual) else { continue }
            if propertyType.hasPrefix("Collection("), let elements = member.value.arrayValue {
                let element = String(propertyType.dropFirst("Collection(".count).dropLast())
                for item in elements { collectSubtypes(item, expected: element, into: &evidence, depth: depth + 1) }
            } else {
                collectSubtypes(member.value, expected: propertyType, into: &evidence, depth: depth + 1)
            }
        }
    }

    /// The type of a property of a type or of its base types.
    private func propertyType(named name: String, in type: APIType) -> String? {
        for ancestor in ancestry(of: type.name) {
            if let propertyType = propertyTypes[ancestor.lowercased()]?[name] { return propertyType }
        }
        return nil
    }

    /// The type of each property by name (the first of a name), by lowercased type name:
    /// found once for the walk over the examples, so that a large example of a type of
    /// many properties costs linear time.
    private var propertyTypes: [String: [String: String]] = [:]

    /// Entities with no documented base derive from the one abstract keyed root the docs
    /// declare (a type with a key, no base type, and `abstract`), when there is exactly one.
    private mutating func deriveEntitiesFromRoot() {
        let roots = types.values.filter { $0.abstract && $0.keyProperty != nil && $0.baseType == nil && $0.kind != .enum }
        guard roots.count == 1, let root = roots.first else { return }
        for key in types.keys where types[key]!.kind == .entity && types[key]!.baseType == nil && key != root.name.lowercased() {
            types[key]!.baseType = root.name
        }
    }

    /// The nearest type every name derives from (or is), when they share one.
    private func commonBase(of names: [String]) -> String? {
        let chains = names.map(ancestry)
        guard let first = chains.first else { return nil }
        return first.first { candidate in chains.allSatisfy { $0.contains(candidate) } }
    }

    /// A type and its base types, nearest first.
    private func ancestry(of name: String) -> [String] {
        var chain: [String] = []
        var current: String? = name
        while let type = current, !chain.contains(type), chain.count < 64 {
            chain.append(type)
            current = types[type.lowercased()]?.baseType
        }
        return chain
    }

    /// Entities have a key, relationships or documented methods, are the target of a
    /// relationship, or derive from such a type; so are example-only types an operation
    /// creates (a `POST` answered `201 Created` with one). The rest are complex types.
    private mutating func inferKinds() {
        let entityLike = preliminaryEntities()
        for key in types.keys where types[key]!.kind != .enum {
            let chain = ancestry(of: types[key]!.name)
            types[key]!.kind = chain.contains { entityLike.contains($0.lowercased()) } ? .entity : .complex
        }
    }
}

extension Array where Element: Equatable {
    /// Appends the elements not already present, in order.
    mutating func appendNew(_ elements: [Element]) {
        for element in elements where !contains(element) { append(element) }
    }
}

extension Array where Element: Hashable {
    /// The elements without repeats, each where it first stands.
    func removingDuplicates() -> [Element] {
        var seen: Set<Element> = []
        return filter { seen.insert($0).inserted }
    }
}

extension String {
    /// The string without `suffix` at its end.
    func replacingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
