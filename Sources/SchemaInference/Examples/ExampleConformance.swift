import GraphDocCore
import LenientJSON

/// Checks an example's JSON against the documented types: where a value cannot be what
/// the docs say its property is, the docs contradict themselves, and a model generated
/// from them cannot read the example and write it back.
///
/// The rules are those of the generated `Codable` code: members the type does not declare
/// are kept aside (no contradiction); a declared property takes `null` only when the docs
/// say it is nullable; primitives need their JSON kind and literal form (an `Edm.Int32`
/// is an integral number in range, an `Edm.DateTimeOffset` a string such as
/// `2021-08-27T10:11:12.1234567Z`, an `Edm.Guid` a UUID string); an object whose
/// `@odata.type` names a type derived from the expected one is checked as that type.
public struct ExampleConformance: Sendable {
    /// Why a value cannot be read as documented.
    public enum Cause: String, Hashable, Sendable, CaseIterable {
        case nullNotAllowed = "null where the docs do not allow it"
        case wrongPrimitive = "value not of its documented primitive type"
        case notAnObject = "non-object where a structured type is documented"
        case notAnArray = "non-array where a collection is documented"
        case notAString = "non-string where an enumeration is documented"
        case noValueArray = "collection without a 'value' array"
    }

    /// A value of an example that its documented type cannot hold.
    public struct Contradiction: Hashable, Sendable {
        /// Why.
        public var cause: Cause
        /// What is wrong, naming the member's path in the body (`targets[0].identity`).
        public var message: String
        /// Where the value is written.
        public var location: SourceLocation
    }

    private let types: [String: APIType]
    /// The types that hold any JSON (see ``APIModel/holdsAnyJSON(_:)``), lowercased.
    private let anyJSONTypes: Set<String>
    private let properties: [String: [String: APIProperty]]
    private let derivedNames: [String: Set<String>]

    /// A checker for the types of `model`.
    public init(model: APIModel) {
        var types: [String: APIType] = [:]
        for type in model.types { types[type.name.lowercased()] = type }
        self.types = types
        var properties: [String: [String: APIProperty]] = [:]
        var derived: [String: Set<String>] = [:]
        for type in model.types where type.kind != .enum {
            for ancestor in [type] + model.ancestors(of: type) {
                derived[ancestor.name.lowercased(), default: []].insert(type.name.lowercased())
            }
            properties[type.name.lowercased()] = Dictionary(
                model.flattenedProperties(of: type).map { ($0.name, $0) }, uniquingKeysWith: { _, nearest in nearest })
        }
        self.properties = properties
        self.derivedNames = derived
        anyJSONTypes = Set(model.types.filter(model.holdsAnyJSON).map { $0.name.lowercased() })
    }

    /// What checking an example's body found: the body with each placeholder in its
    /// documented type's sample literal (see ``Placeholder``), the contradictions and the
    /// placeholders, in body order.
    public struct Reading: Sendable {
        /// The body, placeholders replaced; `nil` when the example has none.
        public var body: JSONValue?
        /// The values the documented types cannot hold.
        public var contradictions: [Contradiction] = []
        /// The placeholders that stand where a primitive other than a string is documented.
        public var placeholders: [Placeholder] = []
    }

    /// The contradictions in `example`'s body, in body order; none when it has no body or type.
    public func contradictions(in example: APIExample) -> [Contradiction] {
        reading(example).contradictions
    }

    /// Checks `example`'s body against its type: nothing found when it has no body or type.
    public func reading(_ example: APIExample) -> Reading {
        guard var body = example.body, let type = example.type else { return Reading(body: example.body) }
        var check = Check(locate: Self.locator(in: example))
        if example.kind == .request, example.collection, case .array(var elements) = body.content {
            // A request sends a collection as a bare array ("an array of [x] objects"), not a page.
            for index in elements.indices {
                self.check(&elements[index], against: type, nullable: true, path: "[\(index)]", into: &check)
            }
            body.content = .array(elements)
        } else if example.collection || isPage(body, of: type) {
            guard case .object(var members) = body.content, let index = members.firstIndex(where: { $0.key == "value" }),
                  case .array(var elements) = members[index].value.content
            else {
                check.contradictions.append(
                    Contradiction(cause: .noValueArray, message: "a collection without a 'value' array", location: check.locate(body)))
                return check.reading(of: body)
            }
            for index in elements.indices {
                self.check(&elements[index], against: type, nullable: true, path: "value[\(index)]", into: &check)
            }
            members[index].value.content = .array(elements)
            body.content = .object(members)
        } else if type.hasPrefix("Edm."), case .object(var members) = body.content,
                  let index = members.firstIndex(where: { $0.key == "value" }) {
            // A primitive result comes as OData's `{"value": …}`.
            self.check(&members[index].value, against: type, nullable: true, path: "value", into: &check)
            body.content = .object(members)
        } else {
            self.check(&body, against: type, nullable: false, path: "", into: &check)
        }
        return check.reading(of: body)
    }

    /// Checks an action's body (an object of parameters): each member against the type of
    /// the parameter of its name; members no parameter names are not checked here.
    public func reading(_ example: APIExample, parameters: [APIOperation.Parameter]) -> Reading {
        guard var body = example.body, case .object(var members) = body.content else { return Reading(body: example.body) }
        var check = Check(locate: Self.locator(in: example))
        for index in members.indices {
            guard let type = parameters.first(where: { $0.name == members[index].key })?.type else { continue }
            self.check(&members[index].value, against: type, nullable: true, path: members[index].key, into: &check)
        }
        body.content = .object(members)
        return check.reading(of: body)
    }

    /// Whether values of the two types are read with one's properties: they are the same
    /// type, or one derives from the other (names compared without case).
    public func areRelated(_ type: String, _ other: String) -> Bool {
        let type = type.lowercased(), other = other.lowercased()
        return type == other || derivedNames[other]?.contains(type) == true || derivedNames[type]?.contains(other) == true
    }

    /// Where a value of `example`'s body is on its page: its JSON position below the body's
    /// first line, or the example's own location when the value has none.
    private static func locator(in example: APIExample) -> (JSONValue) -> SourceLocation {
        { value in
            guard let position = value.position, let line = example.bodyLine else { return example.location }
            return SourceLocation(file: example.location.file, line: line + position.line, column: position.column)
        }
    }

    /// Whether `body` is a page of `type`s: an object with a `value` array where the type
    /// declares no `value`.
    public func isPage(_ body: JSONValue, of type: String) -> Bool {
        guard body["value"]?.arrayValue != nil else { return false }
        return properties[type.lowercased()]?["value"] == nil && !type.hasPrefix("Edm.")
    }

    /// What a walk over a body collects.
    private struct Check {
        let locate: (JSONValue) -> SourceLocation
        var contradictions: [Contradiction] = []
        var placeholders: [Placeholder] = []

        /// What was found in `body`, its placeholders replaced.
        func reading(of body: JSONValue) -> Reading {
            Reading(body: body, contradictions: contradictions, placeholders: placeholders)
        }
    }

    private func check(_ value: inout JSONValue, against type: String, nullable: Bool, path: String, into found: inout Check) {
        let member = path.isEmpty ? "the body" : "'\(path)'"
        func contradiction(_ cause: Cause, _ text: String) {
            found.contradictions.append(Contradiction(cause: cause, message: "\(member) \(text)", location: found.locate(value)))
        }
        if case .null = value.content {
            if !nullable { contradiction(.nullNotAllowed, "is null, but the docs do not say it may be") }
            return
        }
        if let element = CollectionType.element(of: type) {
            guard case .array(var elements) = value.content else {
                return contradiction(.notAnArray, "is not an array, but the docs say \(type)")
            }
            for index in elements.indices {
                check(&elements[index], against: element, nullable: true, path: "\(path)[\(index)]", into: &found)
            }
            value.content = .array(elements)
            return
        }
        if type.hasPrefix("Edm.") {
            guard let problem = Self.primitiveProblem(value, type) else { return }
            if let text = value.stringValue, Placeholder.isPlaceholder(text), let sample = Placeholder.sample(of: type) {
                found.placeholders.append(Placeholder(
                    member: member, text: text, type: type, sample: sample, location: found.locate(value)))
                value.content = sample.content
            } else {
                contradiction(.wrongPrimitive, problem)
            }
            return
        }
        // An undocumented type, or one that documents no property, holds anything.
        guard let declared = types[type.lowercased()], !anyJSONTypes.contains(type.lowercased()) else { return }
        if declared.kind == .enum {
            if value.stringValue == nil { contradiction(.notAString, "is not a string, but the docs say it is the enumeration \(type)") }
            return
        }
        guard case .object(var members) = value.content else {
            return contradiction(.notAnObject, "is not an object, but the docs say \(type)")
        }
        var actual = type.lowercased()
        if let written = value["@odata.type"]?.stringValue {
            let name = (written.hasPrefix("#") ? String(written.dropFirst()) : written).lowercased()
            if derivedNames[actual]?.contains(name) == true { actual = name }
        }
        let declaredProperties = properties[actual] ?? [:]
        for index in members.indices {
            guard let property = declaredProperties[members[index].key] else { continue }
            let memberPath = path.isEmpty ? members[index].key : "\(path).\(members[index].key)"
            check(&members[index].value, against: property.type, nullable: property.nullable, path: memberPath, into: &found)
        }
        value.content = .object(members)
    }

    /// Why a JSON value is not a literal of an OData primitive type, or `nil` when it is one.
    static func primitiveProblem(_ value: JSONValue, _ type: String) -> String? {
        func expected(_ what: String) -> String { "is \(describe(value)), but the docs say \(type) (\(what))" }
        switch type {
        case "Edm.String":
            return value.stringValue == nil ? expected("a string") : nil
        case "Edm.Boolean":
            return value.boolValue == nil ? expected("true or false") : nil
        case "Edm.Byte", "Edm.SByte", "Edm.Int16", "Edm.Int32", "Edm.Int64":
            // The generated package reads every integer as 64-bit, whatever width the docs name.
            guard case .number(let literal) = value.content, !literal.contains(where: { ".eE".contains($0) }),
                  Int64(literal) != nil
            else { return expected("an integer in range") }
            return nil
        case "Edm.Double", "Edm.Single", "Edm.Decimal":
            if case .number = value.content { return nil }
            if type != "Edm.Decimal", let text = value.stringValue, ["NaN", "INF", "-INF"].contains(text) { return nil }
            return expected("a number")
        case "Edm.DateTimeOffset":
            return value.stringValue.map(LiteralForms.isDateTimeOffset) == true ? nil : expected("yyyy-mm-ddThh:mm:ss[.fffffff] with Z or ±hh:mm")
        case "Edm.Date":
            return value.stringValue.map(LiteralForms.isDate) == true ? nil : expected("yyyy-mm-dd")
        case "Edm.TimeOfDay":
            return value.stringValue.map(LiteralForms.isTimeOfDay) == true ? nil : expected("hh:mm:ss[.fffffff]")
        case "Edm.Duration":
            return value.stringValue.map(LiteralForms.isDuration) == true ? nil : expected("an ISO 8601 duration such as PT1H30M")
        case "Edm.Guid":
            return value.stringValue.map(LiteralForms.isGuid) == true ? nil : expected("a GUID")
        case "Edm.Binary", "Edm.Stream":
            return value.stringValue.map(LiteralForms.isBase64) == true ? nil : expected("base64")
        default:
            return nil  // Edm.Untyped and other kinds hold any JSON
        }
    }

    private static func describe(_ value: JSONValue) -> String {
        switch value.content {
        case .null: "null"
        case .bool(let flag): "\(flag)"
        case .number(let literal): "the number \(literal)"
        case .string(let text): "the string '\(text.count > 40 ? String(text.prefix(40)) + "…" : text)'"
        case .array: "an array"
        case .object: "an object"
        }
    }
}
