import SchemaInference
@testable import SwiftRendering
import TestSupport
import Testing

/// `modules: automatic`, the default: one module for models that fit in one split module, the
/// split layout for heavier ones, one module for an internal API whatever the weight.
@Suite("Module layout: automatic")
struct ModuleLayoutTests {
    @Test("resolved: split only above the weight and with an API other modules can see; other layouts stay as they are")
    func resolved() {
        #expect(ModuleLayout.automatic.resolved(modelWeight: 2_001, access: .public) == .split)
        #expect(ModuleLayout.automatic.resolved(modelWeight: 2_001, access: .package) == .split)
        #expect(ModuleLayout.automatic.resolved(modelWeight: 2_000, access: .public) == .single)
        #expect(ModuleLayout.automatic.resolved(modelWeight: 2_001, access: .internal) == .single)
        #expect(ModuleLayout.automatic.resolved(modelWeight: 5, access: .public, splitModuleWeight: 4) == .split)
        for layout in ModuleLayout.allCases where layout != .automatic {
            #expect(layout.resolved(modelWeight: 1_000_000, access: .public) == layout)
            #expect(layout.resolved(modelWeight: 0, access: .internal) == layout)
        }
    }

    static func plan(splitModuleWeight: Int, access: AccessModifier = .public) throws -> PackagePlan {
        let model = SchemaInference.infer(
            from: NamespaceModulesPackageTests.pages.map { SchemaInference.evidence(from: TestPages.read($1, path: $0)) })
        var options = PackageRenderer.Options(access: access)
        options.splitModuleWeight = splitModuleWeight
        return PackageRenderer(templates: try TemplateLibrary(), runtime: [], options: options).plan(model)
    }

    @Test("the plan: what the models weigh decides, the default options choose automatic")
    func plan() throws {
        #expect(PackageRenderer.Options().modules == .automatic)
        let light = try Self.plan(splitModuleWeight: ModuleLayout.splitModuleWeight)
        #expect(light.layout == .single)
        #expect(light.moduleCount == 1)
        // Five structs weigh one plus their properties (the call record inherits `id`), `anything` one.
        #expect(light.modelWeight == 2 + 1 + 3 + 2 + 3 + 7, "\(light.modelWeight)")
        #expect(try Self.plan(splitModuleWeight: light.modelWeight).layout == .single)
        let heavy = try Self.plan(splitModuleWeight: light.modelWeight - 1)
        #expect(heavy.layout == .split)
        #expect(heavy.moduleCount > 3, "\(heavy.moduleCount)")
        #expect(try Self.plan(splitModuleWeight: 3, access: .package).layout == .split)
        #expect(try Self.plan(splitModuleWeight: 3, access: .internal).layout == .single)
    }
}
