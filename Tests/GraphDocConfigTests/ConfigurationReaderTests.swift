import GraphDocConfig
import GraphDocCore
import SwiftRendering
import Testing

/// Reading graphdocgen.yaml: every key, and errors at their line and column.
@Suite("Configuration reader")
struct ConfigurationReaderTests {
    func read(_ yaml: String) -> (configuration: GraphDocConfiguration?, messages: [String]) {
        let result = ConfigurationReader.read(yaml: yaml, path: "graphdocgen.yaml")
        return (result.configuration, result.diagnostics.map(\.formatted))
    }

    @Test("every key is read")
    func everyKey() throws {
        let (configuration, messages) = read("""
            inputs: [docs, more/pages]
            apiVersion: beta
            locale: en-US
            filters:
              namespaces: [microsoft.graph.callRecords]
              types: [call]
              pathPrefixes: [/communications/calls]
              include: ["api/**"]
              exclude: ["**/*-delete.md"]
            output: Sources/GraphSDK
            packageName: MyGraph
            accessModifier: package
            modules: perNamespace
            """)
        #expect(messages == [])
        #expect(configuration == GraphDocConfiguration(
            inputs: ["docs", "more/pages"], apiVersion: .beta, locale: "en-US",
            filters: ConfigurationFilters(
                namespaces: ["microsoft.graph.callRecords"], types: ["call"], pathPrefixes: ["/communications/calls"],
                include: ["api/**"], exclude: ["**/*-delete.md"]),
            output: "Sources/GraphSDK", packageName: "MyGraph", accessModifier: .package, modules: .perNamespace))
    }

    @Test("each access modifier is read; the command line's overrides the file's")
    func accessModifier() {
        for modifier in AccessModifier.allCases {
            #expect(read("accessModifier: \(modifier.rawValue)").configuration?.accessModifier == modifier)
        }
        #expect(read("inputs: [docs]").configuration?.accessModifier == nil)
        let file = GraphDocConfiguration(accessModifier: .internal)
        #expect(file.overriding(with: GraphDocConfiguration(accessModifier: .package)).accessModifier == .package)
        #expect(file.overriding(with: GraphDocConfiguration()).resolved.accessModifier == .internal)
    }

    @Test("each module layout is read; the command line's overrides the file's; perNamespace with internal is an error at 'modules'")
    func modules() {
        for layout in ModuleLayout.allCases {
            #expect(read("modules: \(layout.rawValue)").configuration?.modules == layout)
        }
        #expect(read("inputs: [docs]").configuration?.modules == nil)
        #expect(GraphDocConfiguration(modules: .perNamespace).overriding(with: GraphDocConfiguration(modules: .single)).modules == .single)
        #expect(read("modules: perNamespace\naccessModifier: package").messages == [])
        let (configuration, messages) = read("modules:   perNamespace\naccessModifier: internal\n")
        #expect(configuration == nil)
        #expect(messages == [
            "graphdocgen.yaml:1:12: error: 'modules: perNamespace' needs 'accessModifier' public or package: "
                + "its modules use each other's types, which internal hides",
        ])
        #expect(read("modules: many").messages == [
            "graphdocgen.yaml:1:10: error: 'modules' must be one of 'automatic', 'single', 'perNamespace', 'split', not 'many'",
        ])
        #expect(GraphDocConfiguration(accessModifier: .internal, modules: .single).moduleConflict == nil)
        #expect(GraphDocConfiguration(accessModifier: .internal, modules: .split).moduleConflict
            == "'modules: split' needs 'accessModifier' public or package: its modules use each other's types, which internal hides")
        #expect(GraphDocConfiguration(accessModifier: .package, modules: .split).moduleConflict == nil)
        // automatic chooses one module for an internal API.
        #expect(GraphDocConfiguration(accessModifier: .internal, modules: .automatic).moduleConflict == nil)
    }

    @Test("mocks is true or false; the command line's configuration overrides the file's")
    func mocks() {
        #expect(read("mocks: true").configuration?.mocks == true)
        #expect(read("mocks: false").configuration?.mocks == false)
        #expect(read("inputs: [docs]").configuration?.mocks == nil)
        #expect(GraphDocConfiguration(mocks: true).overriding(with: GraphDocConfiguration(mocks: false)).mocks == false)
        #expect(GraphDocConfiguration(mocks: true).overriding(with: GraphDocConfiguration()).mocks == true)
        #expect(read("mocks: maybe").messages == ["graphdocgen.yaml:1:8: error: 'mocks' must be true or false"])
    }

    @Test("an empty file configures nothing")
    func emptyFile() {
        #expect(read("").configuration == GraphDocConfiguration())
        #expect(read("# only a comment\n").configuration == GraphDocConfiguration())
    }

    @Test("unknown keys are errors at the key, nested ones too")
    func unknownKeys() {
        let (configuration, messages) = read("""
            inputs: [docs]
            outptu: x
            filters:
              paths: [/me]
            """)
        #expect(configuration == nil)
        #expect(messages == [
            "graphdocgen.yaml:2:1: error: unknown key 'outptu' (known keys: inputs, apiVersion, locale, filters, output, packageName, accessModifier, modules, mocks)",
            "graphdocgen.yaml:4:3: error: unknown key 'paths' (known keys: namespaces, types, pathPrefixes, include, exclude)",
        ])
    }

    @Test("bad values are errors at the value")
    func badValues() {
        let (configuration, messages) = read("""
            inputs: docs
            apiVersion: v2.0
            locale: russian
            packageName: my-sdk
            filters:
              pathPrefixes: [communications, /me]
              types: {call: 1}
            output:
            accessModifier: open
            """)
        #expect(configuration == nil)
        #expect(messages == [
            "graphdocgen.yaml:1:9: error: 'inputs' must be a list of strings",
            "graphdocgen.yaml:2:13: error: 'apiVersion' must be one of 'v1.0', 'beta', not 'v2.0'",
            "graphdocgen.yaml:3:9: error: 'locale' must be a locale such as 'en-US', not 'russian'",
            "graphdocgen.yaml:4:14: error: 'packageName' must be a Swift identifier (letters, digits, '_'), not 'my-sdk'",
            "graphdocgen.yaml:6:18: error: a path prefix must start with '/', not 'communications'",
            "graphdocgen.yaml:7:10: error: 'filters.types' must be a list of strings",
            "graphdocgen.yaml:8:8: error: 'output' must be a string",
            "graphdocgen.yaml:9:17: error: 'accessModifier' must be one of 'public', 'package', 'internal', not 'open'",
        ])
    }

    @Test("a repeated key and a root that is not a mapping are errors")
    func structure() {
        #expect(read("output: a\nfilters:\n  types: [a]\n  types: [b]\n").messages == [
            "graphdocgen.yaml:3:3: error: 'types' given twice in the mapping that starts here",
        ])
        #expect(read("- docs\n").messages == [
            "graphdocgen.yaml:1:1: error: the configuration must be a mapping of inputs, apiVersion, locale, filters, output, packageName, accessModifier, modules, mocks",
        ])
    }

    @Test("YAML syntax errors are reported at their place")
    func syntaxError() {
        let (configuration, messages) = read("inputs: [docs\noutput: x\n")
        #expect(configuration == nil)
        #expect(messages.count == 1)
        #expect(messages.first?.hasPrefix("graphdocgen.yaml:") == true)
        #expect(messages.first?.contains(": error: invalid YAML: ") == true)
        #expect(messages.first?.hasPrefix("graphdocgen.yaml:1:1:") == false)
    }

    @Test("columns count UTF-8 bytes, as every other diagnostic does")
    func byteColumns() {
        // "é" is two bytes: the value starts at byte column 17 (scalar column 16).
        let (_, messages) = read("filters: {types: é, include: [x]}\n")
        #expect(messages == ["graphdocgen.yaml:1:18: error: 'filters.types' must be a list of strings"])
    }
}
