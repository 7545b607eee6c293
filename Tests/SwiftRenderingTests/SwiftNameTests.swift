import SchemaInference
@testable import SwiftRendering
import Testing

@Suite("Swift names")
struct SwiftNameTests {
    @Test("type names are UpperCamelCase; member names lowerCamelCase", arguments: [
        ("call", "Call", "call"),
        ("callRecord", "CallRecord", "callRecord"),
        ("call-record", "CallRecord", "callRecord"),
        ("@odata.type", "OdataType", "odataType"),
        ("URLString", "URLString", "urlString"),
        ("Id", "Id", "id"),
        ("IPAddress", "IPAddress", "ipAddress"),
        ("2fa method", "_2faMethod", "_2faMethod"),
    ])
    func camelCase(documented: String, type: String, member: String) {
        #expect(SwiftName.typeName(documented) == type)
        #expect(SwiftName.memberName(documented) == member)
    }

    @Test("keywords are quoted as members and suffixed as types", arguments: ["class", "protocol", "default", "in", "init"])
    func keywords(name: String) {
        #expect(SwiftName.memberName(name) == "`\(name)`")
        let type = SwiftName.typeName(name)
        #expect(!SwiftName.keywords.contains(type))
    }

    @Test("standard type names are not shadowed", arguments: ["Type", "Protocol", "String", "Date"])
    func reservedTypeNames(name: String) {
        #expect(SwiftName.typeName(name) == name + "_")
        #expect(SwiftName.bareMemberName(name) == name.lowercased())
    }

    @Test("hostile names become plain identifiers", arguments: [
        "a\"b", "a\\b", "a\nb", "*/", "\"\"\"", "#\"", "", "   ", String(repeating: "x", count: 5_000), "сall",
    ])
    func hostileNames(name: String) {
        for identifier in [SwiftName.typeName(name), SwiftName.bareMemberName(name)] {
            #expect(!identifier.isEmpty)
            #expect(identifier.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_") })
            #expect(!("0"..."9").contains(identifier.unicodeScalars.first!))
        }
    }

    @Test("self cannot be a member name, even quoted")
    func selfMember() {
        #expect(SwiftName.memberName("self") == "self_")
        #expect(SwiftName.memberName("Self") == "self_")
    }

    @Test("look-alike letters from other scripts stay apart")
    func lookAlikes() {
        #expect(SwiftName.memberName("сall") != SwiftName.memberName("call"))
        #expect(SwiftName.memberName("сall") == "_u441all")
    }

    @Test("unique names get numbered suffixes in claim order, ignoring case")
    func uniqueNames() {
        var scope = UniqueNames(reserved: ["String"])
        #expect(scope.claim("Call") == "Call")
        #expect(scope.claim("call") == "call2")
        #expect(scope.claim("Call") == "Call3")
        #expect(scope.claim("string") == "string2")
    }

    @Test("a method taking arguments clashes only with a method of its name and labels")
    func uniqueMethodNames() {
        var scope = UniqueNames()
        #expect(scope.claim("delta") == "delta")
        #expect(scope.claim("delta", labels: ["token"]) == "delta")
        #expect(scope.isTaken("delta", labels: ["token"]))
        #expect(!scope.isTaken("delta", labels: ["_"]))
        #expect(scope.claim("Delta", labels: ["token"]) == "Delta2")
        #expect(scope.claim("delta") == "delta2")
    }
}

@Suite("Swift literals and comments")
struct SwiftLiteralTests {
    @Test("string literals escape everything that could end them", arguments: [
        ("plain", #""plain""#),
        ("say \"hi\"", #""say \"hi\"""#),
        ("back\\slash", #""back\\slash""#),
        ("two\nlines", #""two\nlines""#),
        ("\"\"\"", #""\"\"\"""#),
        ("bell\u{7}", #""bell\u{7}""#),
    ])
    func strings(text: String, literal: String) {
        #expect(SwiftLiteral.string(text) == literal)
    }

    @Test("doc comments keep each docs line on its own /// line and end with their source")
    func documentation() {
        let lines = SwiftLiteral.documentation("First line.\nSecond */ line.\u{0}", documentedIn: "resources/call.md")
        #expect(lines == [
            "/// First line.",
            "/// Second * / line.",
            "///",
            "/// - Remark: Documented in `resources/call.md`.",
        ])
        #expect(SwiftLiteral.documentation("", documentedIn: "a`b.md") == ["/// - Remark: Documented in `a'b.md`."])
    }
}

@Suite("Swift type names")
struct SwiftTypeNamesTests {
    func type(_ name: String) -> APIType {
        APIType(name: name, kind: .complex, baseType: nil, abstract: false, openType: false, keyProperty: nil,
                description: "", properties: [], members: [], sources: [])
    }

    @Test("simple names when unique, namespace-qualified when two namespaces share one")
    func naming() {
        let names = SwiftTypeNames(model: APIModel(types: [
            type("contoso.zoo.animal"), type("contoso.zoo.session"), type("contoso.zoo.records.session"), type("contoso.zoo.string"),
        ]))
        #expect(names.name(of: "contoso.zoo.animal") == "Animal")
        #expect(names.name(of: "contoso.zoo.session") == "ZooSession")
        #expect(names.name(of: "contoso.zoo.records.session") == "RecordsSession")
        #expect(names.name(of: "contoso.zoo.string") == "String_")
    }

    @Test("OData types map to Swift types, collections to arrays, unknown types to JSONValue")
    func mapping() {
        let names = SwiftTypeNames(model: APIModel(types: [type("contoso.zoo.animal")]))
        #expect(names.swiftType(of: "Edm.String") == "String")
        #expect(names.swiftType(of: "Edm.DateTimeOffset") == "Date")
        #expect(names.swiftType(of: "Collection(contoso.zoo.animal)") == "[Zoo.Animal]")
        #expect(names.swiftType(of: "Collection(Collection(Edm.Int64))") == "[[Int64]]")
        #expect(names.swiftType(of: "contoso.zoo.unknown") == "JSONValue")
    }
}
