import GraphDocCore
import LenientJSON
import SchemaInference

/// Renders the documentation's examples as the generated package's tests: each example
/// body becomes a JSON fixture (the docs' JSON after the lenient reader's repairs) and a
/// Swift Testing test that decodes it as its documented type, encodes it again and expects
/// the same JSON back. An example whose values its documented type cannot hold is a known
/// issue (`withKnownIssue`), with the contradiction as its reason and a warning here.
///
/// Names and texts are the same whatever the pages' locale: tests are named after the
/// examples, suites after the pages without their locale tag, and no line number enters
/// the generated code (the warnings have them).
struct FixtureRenderer {
    let model: APIModel
    let names: SwiftTypeNames
    let templates: TemplateLibrary
    /// The module the tests import.
    let library: String

    /// The test target's files (paths relative to the target's directory), the problems
    /// found, and the counts for the summary line.
    func render() throws(TemplateLibrary.Failure) -> (files: [RenderedFile], diagnostics: [Diagnostic], summary: FixtureSummary) {
        let conformance = ExampleConformance(model: model)
        var summary = FixtureSummary()
        var diagnostics = Diagnostics()
        var fileNames = UniqueNames()
        var files: [RenderedFile] = []
        var suites: [(page: String, tests: [[String: Any]])] = []
        for example in model.examples {
            summary.found += 1
            guard let body = example.body else {
                summary.untested[.noBody, default: 0] += 1
                continue
            }
            guard let type = example.type, let swiftType = swiftType(of: example, type: type, body: body, conformance: conformance)
            else {
                summary.untested[.undocumentedType, default: 0] += 1
                diagnostics.emit(
                    .note, code: "fixture-untyped",
                    "example '\(example.name)' names no documented type; it gets no fixture test", at: example.location)
                continue
            }
            let contradictions = conformance.contradictions(in: example)
            for contradiction in contradictions {
                diagnostics.emit(
                    .warning, code: "example-contradiction",
                    "example '\(example.name)': \(contradiction.message)", at: contradiction.location)
            }
            if let first = contradictions.first { summary.knownIssues[first.cause, default: 0] += 1 }
            summary.fixtures += 1
            let fileName = fileNames.claim(SwiftName.typeName(example.name))
            files.append(RenderedFile(
                path: "Fixtures/\(fileName).json", contents: JSONWriter(style: .pretty).string(from: body) + "\n"))
            let page = DocumentationSource.display(example.source)
            let test: [String: Any] = [
                "name": example.name,
                "displayNameLiteral": SwiftLiteral.string(example.name),
                "fixtureLiteral": SwiftLiteral.string(fileName),
                "swiftType": swiftType,
                "docLines": SwiftLiteral.documentation(
                    "The \(example.kind.rawValue) example `\(example.name)` as `\(type)`.", documentedIn: page),
                "hasKnownIssue": !contradictions.isEmpty,
                "knownIssueLiteral": SwiftLiteral.string(contradictions.map(\.message).joined(separator: "; ")),
            ]
            if let index = suites.firstIndex(where: { $0.page == page }) {
                suites[index].tests.append(test)
            } else {
                suites.append((page, [test]))
            }
        }
        var suiteNames = UniqueNames(reserved: ["Fixture"])
        for suite in suites.sorted(by: { $0.page < $1.page }) {
            let stem = String((suite.page.split(separator: "/").last ?? "").dropLast(3))
            let name = suiteNames.claim(SwiftName.typeName(stem) + "Examples")
            var testNames = UniqueNames()
            let sorted = suite.tests.sorted { ($0["displayNameLiteral"] as! String) < ($1["displayNameLiteral"] as! String) }
            let tests = sorted.enumerated().map { index, test in
                test.merging([
                    "functionName": testNames.claim(SwiftName.memberName(test["name"] as! String)),
                    "isLast": index == sorted.count - 1,
                ]) { $1 }
            }
            files.append(RenderedFile(path: "\(name).swift", contents: try templates.render("FixtureTests.swift", with: [
                "suiteName": name,
                "pageLiteral": SwiftLiteral.string(suite.page),
                "docLines": SwiftLiteral.documentation(
                    "The examples of `\(suite.page)`: each is decoded as its documented type and encoded again, "
                        + "and must give the documented JSON back.", documentedIn: nil),
                "libraryName": library,
                "tests": tests,
            ])))
        }
        if !files.isEmpty {
            files.append(RenderedFile(path: "Fixture.swift", contents: try templates.render("Fixture.swift", with: ["libraryName": library])))
        }
        return (files, diagnostics.sorted, summary)
    }

    /// The Swift type an example decodes as: a page of the type for a collection, OData's
    /// `{"value": …}` for a primitive, else the type; `nil` for a type no page documents.
    private func swiftType(of example: APIExample, type: String, body: JSONValue, conformance: ExampleConformance) -> String? {
        let element = names.swiftType(of: type)
        if !type.hasPrefix("Edm."), names.name(of: type) == nil { return nil }
        if example.collection || conformance.isPage(body, of: type) { return "Page<\(element)>" }
        return type.hasPrefix("Edm.") ? "ODataValue<\(element)>" : element
    }
}

/// What the fixture stage found and made, for the generator's summary line.
public struct FixtureSummary: Hashable, Sendable {
    /// Why an example got no test.
    public enum Untested: String, Hashable, Sendable, CaseIterable {
        case noBody = "without a JSON body"
        case undocumentedType = "without a documented type"
    }

    /// The examples the pages annotate.
    public var found = 0
    /// The fixture tests emitted.
    public var fixtures = 0
    /// The tests recorded as known issues, by the cause of their first contradiction.
    public var knownIssues: [ExampleConformance.Cause: Int] = [:]
    /// The examples without a test, by reason.
    public var untested: [Untested: Int] = [:]

    /// `examples: 12 found, 9 fixtures, 1 known issue (1 null where not nullable), 3 without a JSON body`.
    public var line: String {
        let issues = knownIssues.values.reduce(0, +)
        var text = "examples: \(found) found, \(fixtures) fixtures, \(issues) known issue\(issues == 1 ? "" : "s")"
        if issues > 0 {
            let causes = ExampleConformance.Cause.allCases.compactMap { cause in
                knownIssues[cause].map { "\($0) \(cause.rawValue)" }
            }
            text += " (" + causes.joined(separator: ", ") + ")"
        }
        for reason in Untested.allCases { if let count = untested[reason] { text += ", \(count) \(reason.rawValue)" } }
        return text
    }
}
