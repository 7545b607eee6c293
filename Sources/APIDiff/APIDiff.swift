import SchemaInference

/// The changes from one API surface to another, for an app that depends on the package
/// generated from the first: what was added, and what breaks its build (``APIChange/Class/breakingSwift``)
/// or silently changes what goes over the wire (``APIChange/Class/breakingWire``).
///
/// Types and operations are matched by their documented names (qualified type names without
/// case; method and path with their values' names and quotes left out); properties by wire
/// name among a type's properties with its bases' (a property moved into a base type is still
/// there), and, when only its case changed, as a JSON name changed under its Swift name.
public enum APIDiff {
    /// The changes from `old` to `new`, sorted by namespace, subject and kind.
    public static func changes(from old: APISurface, to new: APISurface) -> [APIChange] {
        var changes: [APIChange] = []
        let oldTypes = Dictionary(old.types.map { ($0.name.lowercased(), $0) }) { first, _ in first }
        let newTypes = Dictionary(new.types.map { ($0.name.lowercased(), $0) }) { first, _ in first }
        for (key, type) in oldTypes where newTypes[key] == nil {
            changes.append(change(.breakingSwift, "type-removed", type, swift: type.swiftName, "the type is removed", wire: true))
            if let name = type.polymorphicSwiftName {
                changes.append(change(.breakingSwift, "polymorphic-removed", type, swift: name, "`\(name)` is removed with it", wire: true))
            }
        }
        let enumerations = Set((old.types + new.types).filter { $0.kind == "enum" }.map { $0.name.lowercased() })
        for (key, type) in newTypes {
            guard let before = oldTypes[key] else {
                changes.append(change(.additive, "type-added", type, swift: type.swiftName, "the type is added"))
                continue
            }
            changes += typeChanges(from: before, to: type, enumerations: enumerations)
        }

        let oldOperations = Dictionary(old.operations.map { (operationKey($0), $0) }) { first, _ in first }
        var newOperations = Dictionary(new.operations.map { (operationKey($0), $0) }) { first, _ in first }
        let namespaces = OperationNamespaces(old: old, new: new)
        var removed = oldOperations.filter { newOperations[$0.key] == nil }
        var added = newOperations.filter { oldOperations[$0.key] == nil }
        // A function whose arguments changed is one operation changed, when it is the only one
        // removed and the only one added under its name (overloads documented on both sides
        // were matched above).
        let removedCalls = Dictionary(grouping: removed.keys, by: callKey)
        let addedCalls = Dictionary(grouping: added.keys, by: callKey)
        for (call, keys) in removedCalls where call != nil && keys.count == 1 && addedCalls[call]?.count == 1 {
            let before = removed.removeValue(forKey: keys[0])!
            let after = added.removeValue(forKey: addedCalls[call]![0])!
            newOperations.removeValue(forKey: operationKey(after))
            changes += operationChanges(from: before, to: after, namespaces)
        }
        for operation in removed.values {
            // An operation the old client did not generate breaks no app's build.
            changes.append(operation.constant == nil
                ? change(.additive, "operation-removed", operation, namespaces, "the operation is removed (the client did not generate it)")
                : change(.breakingSwift, "operation-removed", operation, namespaces, "the operation is removed", wire: true))
        }
        for operation in added.values {
            changes.append(change(.additive, "operation-added", operation, namespaces, "the operation is added"))
        }
        for (key, operation) in newOperations {
            guard let before = oldOperations[key] else { continue }
            changes += operationChanges(from: before, to: operation, namespaces)
        }
        changes += clientChanges(from: old.client, to: new.client)
        return changes.sorted { ($0.namespace, $0.subject, $0.kind, $0.message) < ($1.namespace, $1.subject, $1.kind, $1.message) }
    }

    /// The namespace the client's declarations are grouped under.
    public static let clientNamespace = "(client)"

    /// The client's declarations removed, added or changed: a member whose name stays but
    /// whose signature changes (a return type, a parameter) is one change.
    static func clientChanges(from old: [String], to new: [String]) -> [APIChange] {
        // A parameter's internal name is not part of the API (`_ id:` and `_ userId:` call alike).
        let old = old.map(withoutInternalNames), new = new.map(withoutInternalNames)
        let before = Set(old), after = Set(new)
        var removed = Dictionary(grouping: old.filter { !after.contains($0) }, by: clientName)
        var changes: [APIChange] = []
        for (name, lines) in Dictionary(grouping: new.filter { !before.contains($0) }, by: clientName).sorted(by: { $0.key < $1.key }) {
            if lines.count == 1, let gone = removed[name], gone.count == 1 {
                removed[name] = nil
                changes.append(clientChange(.breakingSwift, "client-changed", name, "its signature changes: `\(signature(gone[0]))` → `\(signature(lines[0]))`"))
            } else {
                changes += lines.map { clientChange(.additive, "client-added", name, "`\(signature($0))` is added") }
            }
        }
        for (name, lines) in removed {
            changes += lines.map { clientChange(.breakingSwift, "client-removed", name, "`\(signature($0))` is removed") }
        }
        return changes
    }

    /// A client declaration line with each parameter's internal name left out
    /// (`func users(_ id: String)` → `func users(_: String)`).
    static func withoutInternalNames(_ line: String) -> String {
        var result = ""
        var rest = line[...]
        while let open = rest.firstIndex(where: { $0 == "(" || $0 == "," }) {
            result += rest[...open]
            rest = rest[rest.index(after: open)...]
            let spaces = rest.prefix { $0 == " " }
            let afterSpaces = rest.dropFirst(spaces.count)
            let label = afterSpaces.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
            let afterLabel = afterSpaces.dropFirst(label.count)
            guard !label.isEmpty, afterLabel.first == " " else { continue }
            let name = afterLabel.dropFirst().prefix { $0.isLetter || $0.isNumber || $0 == "_" }
            guard !name.isEmpty, afterLabel.dropFirst(1 + name.count).first == ":" else { continue }
            result += spaces + label
            rest = afterLabel.dropFirst(1 + name.count)
        }
        return result + rest
    }

    /// The qualified name a client declaration line declares (`GraphClient.ChatRequests.get`).
    static func clientName(_ line: String) -> String {
        if line.hasPrefix("struct ") { return String(line.dropFirst("struct ".count)) }
        guard let colon = line.range(of: ": ") else { return line }
        let signature = line[colon.upperBound...]
        // The word after the declaration's keyword (`func get(…)`, `var calls: …`, `static let getX`).
        var words = signature.split(separator: " ")[...]
        while let word = words.first, !["func", "var", "let"].contains(word) { words = words.dropFirst() }
        let name = words.dropFirst().first?.prefix { $0 != "(" && $0 != ":" && $0 != "<" } ?? ""
        return line[..<colon.lowerBound] + "." + name
    }

    /// A client declaration line's signature, without its type.
    static func signature(_ line: String) -> String {
        line.range(of: ": ").map { String(line[$0.upperBound...]) } ?? line
    }

    static func clientChange(_ changeClass: APIChange.Class, _ kind: String, _ name: String, _ message: String) -> APIChange {
        APIChange(
            changeClass: changeClass, kind: kind, subject: name, namespace: clientNamespace, swift: name, file: nil, line: nil,
            message: message, wire: false)
    }

    // MARK: Types

    /// The changes of one type; `enumerations` are the enumeration types' lowercased names.
    static func typeChanges(from old: APISurface.TypeEntry, to new: APISurface.TypeEntry, enumerations: Set<String>) -> [APIChange] {
        var changes: [APIChange] = []
        if old.swiftName != new.swiftName {
            changes.append(change(
                .breakingSwift, "type-renamed", new, swift: old.swiftName,
                "its Swift name changes from \(old.swiftName.map { "`\($0)`" } ?? "none") to \(new.swiftName.map { "`\($0)`" } ?? "none")"))
        }
        if old.kind != new.kind, old.kind == "enum" || new.kind == "enum" {
            changes.append(change(.breakingSwift, "type-kind", new, swift: new.swiftName,
                                  "it changes from \(article(old.kind)) to \(article(new.kind)) type", wire: true))
        }
        if old.baseType?.lowercased() != new.baseType?.lowercased() {
            changes.append(change(
                .breakingSwift, "base-type", new, swift: new.swiftName,
                "its base type changes from \(old.baseType.map { "`\($0)`" } ?? "none") to \(new.baseType.map { "`\($0)`" } ?? "none")",
                wire: true))
        }
        // The enumeration of the type and its derived types: a case added breaks an exhaustive switch.
        switch (old.polymorphicSwiftName, new.polymorphicSwiftName) {
        case (nil, let name?):
            changes.append(change(.additive, "polymorphic-added", new, swift: name, "types derive from it: `\(name)` holds it or any of them"))
        case (let name?, nil):
            changes.append(change(.breakingSwift, "polymorphic-removed", new, swift: name, "no type derives from it any more: `\(name)` is removed"))
        case (let oldName?, let newName?):
            let oldCases = Set(old.polymorphicCases ?? []), newCases = Set(new.polymorphicCases ?? [])
            let added = (new.polymorphicCases ?? []).filter { !oldCases.contains($0) }
            let removed = (old.polymorphicCases ?? []).filter { !newCases.contains($0) }
            if !added.isEmpty {
                changes.append(change(
                    .breakingSwift, "polymorphic-cases", new, swift: newName,
                    "`\(newName)` gains the case\(added.count == 1 ? "" : "s") \(added.map { "`\($0)`" }.joined(separator: ", ")) "
                        + "(a type derives from it now): a switch over it must handle \(added.count == 1 ? "it" : "them")"))
            }
            if !removed.isEmpty {
                changes.append(change(
                    .breakingSwift, "polymorphic-cases", new, swift: oldName,
                    "`\(oldName)` loses the case\(removed.count == 1 ? "" : "s") \(removed.map { "`\($0)`" }.joined(separator: ", "))",
                    wire: true))
            }
        case (nil, nil): break
        }
        // Enumeration members.
        let oldMembers = Set(old.members.map(\.name))
        let newMembers = Set(new.members.map(\.name))
        for member in old.members where !newMembers.contains(member.name) {
            changes.append(change(
                .breakingSwift, "member-removed", new, member: member.name, swift: new.swiftName.map { "\($0).\(member.swiftName)" },
                "the member is removed", wire: true))
        }
        for member in new.members where !oldMembers.contains(member.name) {
            changes.append(change(
                .additive, "member-added", new, member: member.name, swift: new.swiftName.map { "\($0).\(member.swiftName)" },
                "the member is added"))
        }
        // Properties, by wire name; a property whose name changed only in case is the same
        // Swift property with another JSON name.
        let oldProperties = Dictionary(old.properties.map { ($0.name, $0) }) { first, _ in first }
        let newProperties = Dictionary(new.properties.map { ($0.name, $0) }) { first, _ in first }
        var renamed: Set<String> = []
        for property in new.properties where oldProperties[property.name] == nil {
            guard let before = old.properties.first(where: {
                $0.name.lowercased() == property.name.lowercased() && newProperties[$0.name] == nil
            }) else { continue }
            renamed.insert(before.name)
            renamed.insert(property.name)
            let swiftChanged = before.swiftName != property.swiftName
            changes.append(change(
                swiftChanged ? .breakingSwift : .breakingWire, "property-json-name", new, member: property.name,
                swift: new.swiftName.map { "\($0).\(property.swiftName)" },
                "its JSON name changes from `\(before.name)` to `\(property.name)`"
                    + (swiftChanged ? ", and its Swift name from `\(before.swiftName)` to `\(property.swiftName)`" : " under the same Swift name"),
                wire: true))
        }
        for property in old.properties where newProperties[property.name] == nil && !renamed.contains(property.name) {
            changes.append(change(
                .breakingSwift, "property-removed", new, member: property.name,
                swift: (new.swiftName ?? old.swiftName).map { "\($0).\(property.swiftName)" }, "the property is removed", wire: true))
        }
        for property in new.properties where oldProperties[property.name] == nil && !renamed.contains(property.name) {
            changes.append(change(
                .additive, "property-added", new, member: property.name, swift: new.swiftName.map { "\($0).\(property.swiftName)" },
                "the property is added (`\(property.swiftType)`)"))
        }
        for property in new.properties {
            guard let before = oldProperties[property.name] else { continue }
            changes += propertyChanges(from: before, to: property, in: new, enumerations: enumerations)
        }
        // The memberwise initializer takes the properties in order: callers label them in that order.
        let kept = Set(old.properties.map(\.swiftName)).intersection(new.properties.map(\.swiftName))
        let oldOrder = old.properties.map(\.swiftName).filter(kept.contains)
        let newOrder = new.properties.map(\.swiftName).filter(kept.contains)
        if oldOrder != newOrder, let name = new.swiftName {
            changes.append(change(
                .breakingSwift, "initializer-order", new, swift: "\(name).init",
                "its initializer takes the properties in another order (`\(oldOrder.joined(separator: ":"))` → "
                    + "`\(newOrder.joined(separator: ":"))`): a call that labels two of them may not compile"))
        }
        return changes
    }

    static func propertyChanges(
        from old: APISurface.Property, to new: APISurface.Property, in type: APISurface.TypeEntry, enumerations: Set<String>
    ) -> [APIChange] {
        var changes: [APIChange] = []
        let swift = type.swiftName.map { "\($0).\(new.swiftName)" }
        if old.swiftName != new.swiftName {
            changes.append(change(
                .breakingSwift, "property-renamed", type, member: new.name, swift: type.swiftName.map { "\($0).\(old.swiftName)" },
                "its Swift name changes from `\(old.swiftName)` to `\(new.swiftName)`"))
        }
        let oldElement = collectionElement(old.type), newElement = collectionElement(new.type)
        if (oldElement != nil) != (newElement != nil) {
            changes.append(change(
                .breakingSwift, "property-cardinality", type, member: new.name, swift: swift,
                "it changes from \(oldElement == nil ? "one value" : "a collection") to \(newElement == nil ? "one value" : "a collection") "
                    + "(`\(old.swiftType)` → `\(new.swiftType)`)", wire: true))
        } else if old.type.lowercased() != new.type.lowercased() || old.swiftType != new.swiftType {
            let compatible = wireCompatible(from: oldElement ?? old.type, to: newElement ?? new.type, enumerations: enumerations)
            let swiftChanged = stripNullable(old.swiftType) != stripNullable(new.swiftType)
            changes.append(change(
                swiftChanged ? .breakingSwift : (compatible ? .additive : .breakingWire), "property-type", type, member: new.name,
                swift: swift,
                "its type changes from `\(old.type)` to `\(new.type)`"
                    + (swiftChanged ? " (`\(stripNullable(old.swiftType))` → `\(stripNullable(new.swiftType))`)" : "")
                    + (compatible ? "; the values the service sent before still decode" : "; the values the service sent before may not decode"),
                wire: !compatible))
        }
        if old.nullable != new.nullable {
            changes.append(change(
                .breakingSwift, "property-nullability", type, member: new.name, swift: swift,
                new.nullable ? "it may now be `null` (`\(old.swiftType)` → `\(new.swiftType)`)"
                    : "it may no longer be `null` (`\(old.swiftType)` → `\(new.swiftType)`)"))
        }
        return changes
    }

    /// Whether JSON values of the OData type `old` decode as `new` (element types): the same
    /// type; a string-valued enumeration from a string or the other way round (the client's
    /// enumerations are open); a wider integer or a floating-point number from an integer.
    /// `enumerations` are the enumeration types' lowercased names.
    static func wireCompatible(from old: String, to new: String, enumerations: Set<String>) -> Bool {
        let old = old.lowercased(), new = new.lowercased()
        if old == new { return true }
        let integers = ["edm.byte", "edm.sbyte", "edm.int16", "edm.int32", "edm.int64"]
        if let from = integers.firstIndex(of: old), let to = integers.firstIndex(of: new) { return to >= from }
        if integers.contains(old), ["edm.double", "edm.single", "edm.decimal"].contains(new) { return true }
        let strings = old == "edm.string" || new == "edm.string"
        let enumerationSide = !old.hasPrefix("edm.") || !new.hasPrefix("edm.")
        return strings && enumerationSide && enumerations.contains(old == "edm.string" ? new : old)
    }

    // MARK: Operations

    static func operationChanges(
        from old: APISurface.Operation, to new: APISurface.Operation, _ namespaces: OperationNamespaces
    ) -> [APIChange] {
        var changes: [APIChange] = []
        // What goes over the wire; the Swift side of an operation is its client declarations,
        // compared on their own (`client-changed`).
        if old.bodySwiftType != new.bodySwiftType || old.body?.lowercased() != new.body?.lowercased() {
            changes.append(change(
                .breakingWire, "body-type", new, namespaces,
                "its body changes from \(describe(old.body, old.bodySwiftType)) to \(describe(new.body, new.bodySwiftType))", wire: true))
        }
        if old.resultSwiftType != new.resultSwiftType || old.result?.lowercased() != new.result?.lowercased() {
            changes.append(change(
                .breakingWire, "result-type", new, namespaces,
                "its result changes from \(describe(old.result, old.resultSwiftType)) to \(describe(new.result, new.resultSwiftType))",
                wire: true))
        }
        let oldParameters = Dictionary(old.parameters.map { ("\($0.place.rawValue) \($0.name.lowercased())", $0) }) { first, _ in first }
        let newParameters = Dictionary(new.parameters.map { ("\($0.place.rawValue) \($0.name.lowercased())", $0) }) { first, _ in first }
        for parameter in old.parameters where newParameters["\(parameter.place.rawValue) \(parameter.name.lowercased())"] == nil {
            changes.append(change(
                .breakingWire, "parameter-removed", new, namespaces, "its \(parameter.place.rawValue) parameter `\(parameter.name)` is removed",
                wire: true))
        }
        for parameter in new.parameters {
            let key = "\(parameter.place.rawValue) \(parameter.name.lowercased())"
            guard let before = oldParameters[key] else {
                changes.append(change(
                    parameter.required ? .breakingWire : .additive, "parameter-added", new, namespaces,
                    "\(parameter.required ? "a required" : "an optional") \(parameter.place.rawValue) parameter `\(parameter.name)` is added",
                    wire: parameter.required))
                continue
            }
            if before.swiftType != parameter.swiftType {
                changes.append(change(
                    .breakingWire, "parameter-type", new, namespaces,
                    "its \(parameter.place.rawValue) parameter `\(parameter.name)` changes type (`\(before.swiftType)` → `\(parameter.swiftType)`)"))
            } else if before.encoding != parameter.encoding, let encoding = parameter.encoding {
                changes.append(change(
                    .breakingWire, "function-encoding", new, namespaces,
                    "its argument `\(parameter.name)` is now written \(encoding == "quoted" ? "quoted ('…')" : "without quotes") in the path"))
            }
        }
        // Quotes written otherwise around a value no function parameter table names.
        if !changes.contains(where: { $0.kind == "function-encoding" }), old.path != new.path,
           APISurface.identity(of: old.path) == APISurface.identity(of: new.path),
           old.path.replacingOccurrences(of: "'", with: "") == new.path.replacingOccurrences(of: "'", with: "")
        {
            changes.append(change(
                .breakingWire, "function-encoding", new, namespaces,
                "the path writes its arguments otherwise: `\(old.path)` → `\(new.path)`"))
        }
        if old.permissions != new.permissions {
            changes += permissionChanges(from: old, to: new, namespaces)
        }
        return changes
    }

    /// An operation's key with each call's arguments left out (`GET /animals/{}/weigh()`), `nil`
    /// for a path without a call.
    static func callKey(_ key: String) -> String? {
        guard key.contains("(") else { return nil }
        var text = ""
        var depth = 0
        for character in key {
            if character == "(" {
                depth += 1
                if depth == 1 { text.append("(") }
            } else if character == ")" {
                depth -= 1
                if depth == 0 { text.append(")") }
            } else if depth == 0 {
                text.append(character)
            }
        }
        return text
    }

    /// A permissions change: breaking on the wire when a scheme's least privileged scope is no
    /// longer listed (an app consented to it may now be refused), else additive.
    static func permissionChanges(
        from old: APISurface.Operation, to new: APISurface.Operation, _ namespaces: OperationNamespaces
    ) -> [APIChange] {
        var lost: [String] = []
        var details: [String] = []
        for scheme in APIPermissions.Scheme.allCases {
            let before = old.permissions?[scheme], after = new.permissions?[scheme]
            guard before != after else { continue }
            details.append("\(scheme.rawValue): \(list(before)) → \(list(after))")
            // A table that is gone says nothing of the service; a listed scheme without its first scope does.
            if let first = before?.first, let after, !after.contains(first), !lost.contains(first) { lost.append(first) }
        }
        guard !details.isEmpty else { return [] }
        return [change(
            lost.isEmpty ? .additive : .breakingWire, "permissions", new, namespaces,
            "its permissions change (\(details.joined(separator: "; ")))"
                + (lost.isEmpty ? "" : "; \(lost.map { "`\($0)`" }.joined(separator: ", ")) no longer listed"), wire: !lost.isEmpty)]
    }

    // MARK: Making changes

    static func change(
        _ changeClass: APIChange.Class, _ kind: String, _ type: APISurface.TypeEntry, member: String? = nil, swift: String?,
        _ message: String, wire: Bool = false
    ) -> APIChange {
        APIChange(
            changeClass: changeClass, kind: kind, subject: type.name + (member.map { "." + $0 } ?? ""),
            namespace: namespace(of: type.name), swift: swift, file: type.page, line: nil, message: message, wire: wire)
    }

    static func change(
        _ changeClass: APIChange.Class, _ kind: String, _ operation: APISurface.Operation, _ namespaces: OperationNamespaces,
        _ message: String, wire: Bool = false
    ) -> APIChange {
        APIChange(
            changeClass: changeClass, kind: kind, subject: "\(operation.method) \(operation.path)",
            namespace: namespaces.namespace(of: operation), swift: operation.constant.map { "GraphOperation.\($0)" }, file: operation.page,
            line: operation.line, message: message, wire: wire)
    }

    static func operationKey(_ operation: APISurface.Operation) -> String {
        operation.method + " " + APISurface.identity(of: operation.path)
    }

    static func namespace(of typeName: String) -> String {
        guard let dot = typeName.lastIndex(of: ".") else { return "" }
        return String(typeName[..<dot])
    }

    static func collectionElement(_ type: String) -> String? {
        type.hasPrefix("Collection(") && type.hasSuffix(")") ? String(type.dropFirst("Collection(".count).dropLast()) : nil
    }

    static func stripNullable(_ swiftType: String) -> String {
        var type = swiftType.hasSuffix("?") ? String(swiftType.dropLast()) : swiftType
        if type.hasPrefix("Nullable<"), type.hasSuffix(">") { type = String(type.dropFirst("Nullable<".count).dropLast()) }
        return type
    }

    static func article(_ kind: String) -> String {
        kind == "entity" || kind == "enum" ? "an \(kind)" : "a \(kind)"
    }

    static func describe(_ type: String?, _ swiftType: String?) -> String {
        guard let type else { return "none" }
        return "`\(type)`" + (swiftType.map { " (`\($0)`)" } ?? "")
    }

    static func list(_ scopes: [String]?) -> String {
        guard let scopes else { return "not documented" }
        return scopes.isEmpty ? "not supported" : scopes.joined(separator: ", ")
    }
}

/// The namespace an operation's changes are grouped under: its result's or body's type's,
/// else the main namespace of the surfaces (the one most types are in).
struct OperationNamespaces {
    let main: String

    init(old: APISurface, new: APISurface) {
        var counts: [String: Int] = [:]
        for type in old.types + new.types { counts[APIDiff.namespace(of: type.name), default: 0] += 1 }
        main = counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.first?.key ?? ""
    }

    func namespace(of operation: APISurface.Operation) -> String {
        for type in [operation.result, operation.body].compactMap({ $0 }) {
            let element = APIDiff.collectionElement(type) ?? type
            if !element.lowercased().hasPrefix("edm."), element.contains(".") { return APIDiff.namespace(of: element) }
        }
        return main
    }
}
