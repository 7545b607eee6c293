import GraphDocCore

/// Renders a model file from its plan alone (``ModelFile``): with the templates, and the
/// ``ModuleImports`` when the models are split into modules. ``ModelRenderer`` renders every
/// plan with one; a prose patch renders the plans whose descriptions it changed with another
/// made from the same recorded values (``ModelFilePlans``).
struct ModelFileRenderer: Sendable {
    let templates: TemplateLibrary
    /// The imports of each file when the models are split into modules; `nil`: one module, no imports.
    let imports: ModuleImports?

    /// The text of the file `plan` describes.
    func render(_ plan: ModelFile) throws(TemplateLibrary.Failure) -> String {
        switch plan.shape {
        case .structure: try renderStruct(plan)
        case .enumeration: try renderEnum(plan)
        case .anyJSON:
            try render("TypeAlias.swift", of: plan, with: [
                "name": plan.name, "target": "JSONValue",
                "docLines": documentation(of: plan, addendum: "The docs give it no property: it holds any JSON."),
            ])
        case .polymorphic: try renderPolymorphic(plan)
        }
    }

    /// The template `name` rendered for `plan` with `context`, the declarations' access level and
    /// the file's imports (``ModuleImports/text(in:rendering:)``).
    private func render(_ name: String, of plan: ModelFile, with context: [String: Any]) throws(TemplateLibrary.Failure) -> String {
        let context = context.merging(["access": plan.access, "namespace": plan.swiftNamespace]) { $1 }
        guard let imports else { return try templates.render(name, with: context.merging(["imports": [String]()]) { $1 }) }
        return try imports.text(in: plan.module) { lines throws(TemplateLibrary.Failure) in
            try templates.render(name, with: context.merging(["imports": lines]) { $1 })
        }
    }

    // MARK: Structs

    private func renderStruct(_ plan: ModelFile) throws(TemplateLibrary.Failure) -> String {
        let properties = plan.properties
        let isPolymorphic = plan.isPolymorphic
        let swiftNames = SwiftMemberNames.properties(properties.map(\.name))
        var contexts: [[String: Any]] = []
        for (index, property) in properties.enumerated() {
            let swiftName = swiftNames[index]
            let bareName = swiftName.hasPrefix("`") ? String(swiftName.dropFirst().dropLast()) : swiftName
            let valueType = property.valueType
            let storageType = property.nullable ? "Nullable<\(valueType)>" : valueType
            let isBoxed = property.boxed
            let storageName = "_" + bareName
            // A value that does not fit is kept in `additionalData` (`mismatched`), not thrown.
            // Members are keyed by their JSON names (`DynamicCodingKey`), not by an enumeration
            // of each type's keys: see `DynamicCodingKey` in the runtime for why.
            let key = SwiftLiteral.string(property.name)
            let decode = property.nullable
                ? "container.decodeNullableLeniently(\(valueType).self, forKey: \(key), in: decoder, mismatched: &mismatched)"
                : "container.decodeLeniently(\(valueType).self, forKey: \(key), in: decoder, mismatched: &mismatched)"
            contexts.append([
                "name": swiftName,
                "storageType": storageType,
                "storageName": storageName,
                "isBoxed": isBoxed,
                "isLast": index == properties.count - 1,
                "docLines": SwiftLiteral.documentation(property.description, documentedIn: nil),
                // `self.`: a property may be named `decoder`, `encoder` or `container`.
                "decodeStatement": isBoxed ? "self.\(storageName) = \(decode).map(Indirect.init)" : "self.\(swiftName) = \(decode)",
                "encodeStatement": property.nullable
                    ? "try container.encodeNullable(self.\(swiftName), forKey: \(key))"
                    : "try container.encodeIfPresent(self.\(swiftName), forKey: \(key))",
            ])
        }
        return try render("Struct.swift", of: plan, with: [
            "name": plan.name,
            "conformances": plan.conformances,
            "hasODataType": isPolymorphic,
            "hasMembers": !properties.isEmpty || isPolymorphic,
            "hasProperties": !properties.isEmpty,
            "memberNameLiterals": (isPolymorphic ? [SwiftLiteral.string("@odata.type")] : []) + properties.map { SwiftLiteral.string($0.name) },
            "odataTypeNameLiteral": SwiftLiteral.string(plan.typeName),
            "docLines": documentation(of: plan),
            "properties": contexts,
        ])
    }

    private func documentation(of plan: ModelFile, addendum: String? = nil) -> [String] {
        var text = plan.description
        if let base = plan.baseType { text += (text.isEmpty ? "" : "\n\n") + "Derived from `\(base)`." }
        if let addendum { text = (text.isEmpty ? "`\(plan.typeName)`" : text) + "\n\n" + addendum }
        return SwiftLiteral.documentation(text.isEmpty ? "`\(plan.typeName)`" : text, documentedIn: plan.source)
    }

    // MARK: Enumerations

    private func renderEnum(_ plan: ModelFile) throws(TemplateLibrary.Failure) -> String {
        let names = SwiftMemberNames.enumerationMembers(plan.members)
        let members: [[String: Any]] = zip(plan.members, names).map { member, name in
            [
                "name": name,
                "wireName": PackageRenderer.commentText(member).replacingAll("`", with: "'"),
                "wireNameLiteral": SwiftLiteral.string(member),
            ]
        }
        return try render("Enum.swift", of: plan, with: [
            "name": plan.name, "docLines": documentation(of: plan), "members": members,
        ])
    }

    // MARK: Polymorphism

    private func renderPolymorphic(_ plan: ModelFile) throws(TemplateLibrary.Failure) -> String {
        let (baseCase, cases) = ModelRenderer.caseNames(of: plan)
        let derived: [[String: Any]] = cases.sorted { $0.typeName < $1.typeName }.map {
            ["caseName": $0.caseName, "typeName": $0.typeName]
        }
        return try render("AnyType.swift", of: plan, with: [
            "name": plan.anyName ?? plan.name,
            "baseName": plan.name,
            "baseCaseName": baseCase,
            "conformances": plan.conformances,
            "cases": [["caseName": baseCase, "typeName": plan.name]] + derived,
            "derivedCases": derived,
        ])
    }
}
