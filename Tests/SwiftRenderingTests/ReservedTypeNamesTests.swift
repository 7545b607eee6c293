import SchemaInference
@testable import SwiftRendering
import Testing

@Suite("Names a generated type must not take")
struct ReservedTypeNamesTests {
    @Test("capitalized identifiers of code count; those in comments, strings or after a dot do not")
    func scan() {
        let source = #"""
            // Comment mentions Calendar.
            /* Block Event */
            let a: Page<Item> = x.Status.make(Decoder.self) // Trailing
            let b = "Quoted \" Text", c = """
                Multi Line
                """
            func f(_ d: any Encoder) -> HTTPResponse.Status { .Known }
            """#
        #expect(ReferencedTypeNames.scan(source) == ["Page", "Item", "Decoder", "Encoder", "HTTPResponse"])
    }

    @Test("a documented type named like a runtime type or file (compared without case), or a standard type the runtime uses, gets another name")
    func renderedNames() throws {
        func type(_ name: String) -> APIType {
            APIType(name: name, kind: .complex, baseType: nil, abstract: false, openType: false, keyProperty: nil,
                    description: "", properties: [], members: [], sources: [])
        }
        let model = APIModel(types: ["page", "nullable", "decoder", "odataType", "status", "event"].map { type("microsoft.graph.\($0)") })
        let files = try PackageRenderer(templates: try TemplateLibrary(), runtime: try RuntimeSources.files())
            .render(model, sourceSummary: "test").files
        let modelFiles = files.map(\.path).filter { $0.contains("/Models/") }.map { $0.split(separator: "/").last! }
        // Graph.swift declares the namespace the types are nested in.
        #expect(modelFiles.sorted() == [
            "Decoder2.swift", "Event.swift", "Graph.swift", "Nullable2.swift", "OdataType2.swift", "Page2.swift", "Status.swift",
        ])
    }
}
