import GraphDocCore

/// Knows which page documents which type, and which simple names stand for which
/// qualified names, over all pages read: the ``TypeResolving`` of the model builder.
struct TypeDirectory: TypeResolving {
    /// Qualified type names by the normalized relative path of the page that declares them.
    private var typesByPage: [String: [String]] = [:]
    /// The (page, qualified name) pairs of `typesByPage`, to add each once in constant time.
    private var pageTypes: Set<[String]> = []
    /// Qualified type names by lowercased simple name.
    private var typesBySimpleName: [String: [String]] = [:]
    /// The qualified names known, by lowercased qualified name.
    private var knownNames: [String: String] = [:]
    /// The namespace of names written without one: the namespace most pages declare, or,
    /// when no page declares one, the namespace most example annotations name their
    /// types in (`"@odata.type": "microsoft.graph.call"`).
    let defaultNamespace: String

    /// The OData primitive types, by the lowercased names the docs write them with.
    static let primitives: [String: String] = {
        var table: [String: String] = [:]
        for name in ["String", "Int16", "Int32", "Int64", "Boolean", "Double", "Single", "Decimal", "Byte", "SByte",
                     "DateTimeOffset", "Date", "TimeOfDay", "Duration", "Guid", "Binary", "Stream"] {
            table[name.lowercased()] = "Edm.\(name)"
            table["edm.\(name.lowercased())"] = "Edm.\(name)"
        }
        // Spellings the docs use for the same primitives.
        table["bool"] = "Edm.Boolean"
        table["int"] = "Edm.Int32"
        table["integer"] = "Edm.Int32"
        table["long"] = "Edm.Int64"
        table["float"] = "Edm.Single"
        table["datetime"] = "Edm.DateTimeOffset"
        table["timestamp"] = "Edm.DateTimeOffset"
        // JSON's number: a `Double` reads any number the service writes.
        table["number"] = "Edm.Double"
        // "Untyped JSON object": any JSON value (OData 4.01's `Edm.Untyped`).
        table["untyped"] = "Edm.Untyped"
        table["edm.untyped"] = "Edm.Untyped"
        return table
    }()

    /// Builds the directory from the facts of every page.
    init(facts: [TypeFacts]) {
        var namespaceCounts: [String: Int] = [:]
        for page in facts {
            if let namespace = page.namespace { namespaceCounts[namespace, default: 0] += 1 }
        }
        if namespaceCounts.isEmpty {
            for page in facts {
                for example in page.examples {
                    guard let type = example.type, Self.isQualifiedName(type), let dot = type.lastIndex(of: ".") else { continue }
                    namespaceCounts[String(type[..<dot]), default: 0] += 1
                }
            }
        }
        defaultNamespace = namespaceCounts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? ""
        for page in facts {
            let pageKey = Self.normalizedPath(page.page)
            for type in page.declaredTypes {
                add(type.name, page: pageKey)
            }
            let namespace = page.namespace ?? defaultNamespace
            for enumTable in page.enumTables {
                add(Self.qualified(enumTable.name, in: namespace), page: pageKey)
            }
        }
    }

    /// Registers a type declared on a page.
    private mutating func add(_ name: String, page: String) {
        let lowered = name.lowercased()
        if knownNames[lowered] == nil { knownNames[lowered] = name }
        let canonical = knownNames[lowered]!
        if pageTypes.insert([page, canonical]).inserted { typesByPage[page, default: []].append(canonical) }
        let simple = Self.simpleName(of: canonical).lowercased()
        if !(typesBySimpleName[simple]?.contains(canonical) ?? false) { typesBySimpleName[simple, default: []].append(canonical) }
    }

    /// Whether a qualified name is documented.
    func isKnown(_ name: String) -> Bool { knownNames[name.lowercased()] != nil }

    /// Whether `name` is an OData simple identifier: a letter or `_`, then letters, digits,
    /// `_`, combining marks and format characters; 128 characters at most.
    static func isSimpleIdentifier(_ name: some StringProtocol) -> Bool {
        let scalars = name.unicodeScalars
        guard let first = scalars.first, first == "_" || isLetter(first), scalars.count <= 128 else { return false }
        return scalars.dropFirst().allSatisfy { scalar in
            switch scalar.properties.generalCategory {
            case .decimalNumber, .nonspacingMark, .spacingMark, .connectorPunctuation, .format: true
            default: isLetter(scalar)
            }
        }
    }

    /// Whether `name` is a qualified name: simple identifiers joined by dots.
    static func isQualifiedName(_ name: String) -> Bool {
        name.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { isSimpleIdentifier($0) }
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .letterNumber: true
        default: false
        }
    }

    /// A name qualified with a namespace, unless it already has one.
    static func qualified(_ name: String, in namespace: String) -> String {
        name.contains(".") || namespace.isEmpty ? name : "\(namespace).\(name)"
    }

    /// The name after the last dot.
    static func simpleName(of name: String) -> Substring {
        name.split(separator: ".").last ?? Substring(name)
    }

    /// A relative path with `.` and `..` resolved, lowercased, without a fragment.
    static func normalizedPath(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            switch part {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(part)
            }
        }
        return parts.joined(separator: "/").lowercased()
    }

    // MARK: TypeResolving

    func typeName(linkTarget target: String, text: String, onPage page: String) -> String? {
        let file = target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        if !file.isEmpty, !file.containsBytes("://"), file.lowercased().hasSuffix(".md") {
            let directory = page.split(separator: "/").dropLast().joined(separator: "/")
            let resolved = Self.normalizedPath(file.hasPrefix("/") ? String(file.dropFirst()) : directory + "/" + file)
            let candidates = typesByPage[resolved] ?? typesByPage[Self.normalizedPath(file)] ?? []
            let simpleText = TypeExpression.plainName(text)?.lowercased()
            if let match = candidates.first(where: { Self.simpleName(of: $0).lowercased() == simpleText }) {
                return match
            }
            if candidates.count == 1, TypeDirectory.primitives[simpleText ?? ""] == nil { return candidates[0] }
        }
        guard let name = TypeExpression.plainName(text) else { return nil }
        return typeName(simpleName: name, namespace: nil)
    }

    func typeName(simpleName name: String, namespace: String?) -> String? {
        let lowered = name.lowercased()
        if let primitive = Self.primitives[lowered] { return primitive }
        if let known = knownNames[lowered] { return known }
        let simple = String(Self.simpleName(of: name)).lowercased()
        guard let candidates = typesBySimpleName[simple], !candidates.isEmpty else { return nil }
        if name.contains(".") {
            // A qualified name whose namespace is not documented: trust the docs' simple name only when unambiguous.
            return candidates.count == 1 ? candidates[0] : nil
        }
        let preferred = [namespace, defaultNamespace].compactMap { $0 }
        for space in preferred {
            if let match = candidates.first(where: { $0.lowercased() == "\(space.lowercased()).\(simple)" }) { return match }
        }
        return candidates.sorted()[0]
    }
}
