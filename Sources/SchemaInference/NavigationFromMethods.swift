import GraphDocCore

/// Adds the navigation properties that a type's methods document but its
/// Relationships table does not, and makes collections of the relationships the
/// table types as one value while their List method returns a collection.
///
/// A type's Methods table links to the pages of its operations. A `GET` whose path
/// ends in a plain segment after the path of the type (`/applications/{id}/tokenIssuancePolicies`,
/// `/me/joinedTeams`) reads a relationship of the type named by that segment and typed
/// by the operation's response. Only reading methods of pages dedicated to the type
/// count: the page's file name starts with the type page's name, and the method's name
/// starts with "List" or "Get" and mentions the segment (`List tokenIssuancePolicies` on
/// `application-list-tokenissuancepolicies.md`). Shared pages (an extension's Get,
/// documented for many types) and functions (`getOrder`) add nothing.
struct NavigationFromMethods {
    let facts: [TypeFacts]
    let directory: TypeDirectory

    /// The types with the navigation properties their methods document added, and the
    /// relationships their List methods show to be collections made collections.
    func apply(to types: [APIType], operations: [APIOperation], diagnostics: inout Diagnostics) -> [APIType] {
        var bySource: [String: [APIOperation]] = [:]
        for operation in operations { bySource[TypeDirectory.normalizedPath(operation.source), default: []].append(operation) }
        var indexByName: [String: Int] = [:]
        for (index, type) in types.enumerated() { indexByName[type.name.lowercased()] = index }
        var types = types
        for page in facts {
            guard let declared = page.declaredTypes.first, let index = indexByName[declared.name.lowercased()] else { continue }
            let directoryPath = page.page.split(separator: "/").dropLast().joined(separator: "/")
            let typePageName = (page.page.split(separator: "/").last ?? "").lowercased().replacingSuffix(".md")
            for link in page.methodLinks {
                let file = link.target.split(separator: "#").first.map(String.init) ?? ""
                let fileName = (file.split(separator: "/").last ?? "").lowercased()
                guard fileName.hasSuffix(".md"), fileName.hasPrefix(typePageName + "-") else { continue }
                let words = link.text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
                guard let verb = words.first, verb == "list" || verb == "get" else { continue }
                let methodWords = Set(words.dropFirst())
                let target = TypeDirectory.normalizedPath(directoryPath + "/" + file)
                let location = SourceLocation(file: page.path, line: declared.line, column: 1)
                for operation in bySource[target] ?? [] {
                    guard let property = navigationProperty(of: operation) else { continue }
                    let name = property.name.lowercased()
                    if let existing = types[index].properties.firstIndex(where: { $0.name == property.name }) {
                        // A relationship the table types as one value, listed by a List method
                        // of its own (`chatmessage-list-hostedcontents.md`) that returns a
                        // collection of that type, is a collection.
                        let documented = types[index].properties[existing]
                        guard verb == "list", fileName == "\(typePageName)-list-\(name).md" || methodWords.contains(name),
                              documented.navigation, CollectionType.element(of: property.type) == documented.type
                        else { continue }
                        types[index].properties[existing].type = property.type
                        diagnostics.emit(
                            .warning, code: "relationship-collection-from-methods",
                            "relationship '\(property.name)' of '\(types[index].name)' is documented as one \(documented.type), "
                                + "but its method '\(link.text)' returns a collection; read as \(property.type)",
                            at: location)
                    } else if methodWords.contains(name),
                              (CollectionType.element(of: property.type) ?? property.type).lowercased() != types[index].name.lowercased() {
                        types[index].properties.append(property)
                        diagnostics.emit(
                            .note, code: "property-from-methods",
                            "relationship '\(property.name)' of '\(types[index].name)' is documented only by its method '\(link.text)'",
                            at: location)
                    }
                }
            }
        }
        return types
    }

    /// The relationship an operation reads: a `GET` whose path ends in a plain segment
    /// after at least one other segment, returning a documented type.
    private func navigationProperty(of operation: APIOperation) -> APIProperty? {
        guard operation.method == "GET", let response = operation.response, let target = response.type,
              directory.isKnown(target)
        else { return nil }
        let segments = operation.path.split(separator: "/")
        guard segments.count >= 2, let last = segments.last,
              last.allSatisfy({ $0.isLetter || $0.isNumber }), last.first?.isLetter == true
        else { return nil }
        return APIProperty(
            name: String(last), type: response.collection ? "Collection(\(target))" : target,
            nullable: true, readOnly: false, navigation: true, description: "")
    }
}
