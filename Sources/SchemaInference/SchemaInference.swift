import GraphDocCore
import PageReader

/// Stage 2 of the pipeline: infers the ``APIModel`` from documentation pages.
///
/// Inference runs in two steps so that pages can be read in parallel and dropped:
/// ``evidence(from:)`` reads what one page says, with no knowledge of the others;
/// ``infer(from:)`` combines the evidence of all pages, resolving the links between them.
public enum SchemaInference {
    /// What one page says about the API's types and operations.
    public struct PageEvidence: Sendable, Codable {
        var types: TypeFacts
        var operations: OperationFacts
        let examples: ExampleFacts
    }

    /// Reads what a page says about the API.
    public static func evidence(from page: Page) -> PageEvidence {
        let operations = OperationFacts.extract(from: page)
        return PageEvidence(
            types: TypeFacts(page: page), operations: operations,
            examples: ExampleFacts(page: page, namespace: operations.namespace))
    }

    /// Combines the evidence of all pages into the API model.
    public static func infer(from evidence: [PageEvidence]) -> APIModel {
        let sorted = evidence.sorted { $0.types.page < $1.types.page }
        var builder = TypeModelBuilder(facts: sorted.map(\.types))
        var diagnostics = Diagnostics()
        var operations: [APIOperation] = []
        // Each page's operations on their own (the directory is only read), on all cores.
        let directory = builder.directory
        let pageOperations = [(operations: [APIOperation], diagnostics: Diagnostics)](concurrentlyMaking: sorted.count) { index in
            var found = Diagnostics()
            let operations = sorted[index].operations.operations(resolvingWith: directory, diagnostics: &found)
            return (operations, found)
        }
        for (page, resolved) in zip(sorted, pageOperations) {
            for diagnostic in page.operations.diagnostics { diagnostics.emit(diagnostic) }
            for diagnostic in resolved.diagnostics.all { diagnostics.emit(diagnostic) }
            operations += resolved.operations
        }
        operations.sort { ($0.path, $0.method, $0.name) < ($1.path, $1.method, $1.name) }
        UpdateBodies.apply(to: &operations, diagnostics: &diagnostics)
        var types = builder.build(operations: operations)
        for diagnostic in builder.diagnostics.all { diagnostics.emit(diagnostic) }
        types = NavigationFromMethods(facts: builder.facts, directory: builder.directory)
            .apply(to: types, operations: operations, diagnostics: &diagnostics)
        PathTypeRules.apply(to: &operations, types: types, diagnostics: &diagnostics)
        CanonicalOperations.apply(to: &operations, diagnostics: &diagnostics)
        // Respelled paths (``PathTypes/spelled(_:)``) may sort otherwise.
        operations.sort { ($0.path, $0.method, $0.name) < ($1.path, $1.method, $1.name) }
        var roots: [String: Int] = [:]
        for page in sorted { for root in page.operations.serviceRoots { roots[root, default: 0] += 1 } }
        let serviceRoot = roots.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
        var examples: [APIExample] = []
        var taken: Set<String> = []
        let operationsByPage = Dictionary(grouping: operations, by: \.source)
        let modelTypes = Dictionary(types.map { ($0.name.lowercased(), $0.name) }) { first, _ in first }
        // Each page's examples resolved on all cores (the directory, operations and types are
        // only read); then named in page order, where one page's names depend on the pages before.
        let finalDirectory = builder.directory
        let pageExamples = [[APIExample]](concurrentlyMaking: sorted.count) { index in
            sorted[index].examples.resolved(
                with: finalDirectory, pageOperations: operationsByPage[sorted[index].examples.page] ?? [], modelTypes: modelTypes)
        }
        for (page, resolved) in zip(sorted, pageExamples) {
            // The new names of the page's requests, for the responses that answer them.
            var renamed: [String: String] = [:]
            for var example in resolved {
                example.request = example.request.map { renamed[$0] ?? $0 }
                // A name another page already gave gets this page's name before it.
                let original = example.name
                if !taken.insert(example.name).inserted {
                    example.name = OperationFactsReader.baseName(of: page.examples.page) + "-" + example.name
                    var unique = example.name
                    var suffix = 2
                    while !taken.insert(unique).inserted {
                        unique = "\(example.name)-\(suffix)"
                        suffix += 1
                    }
                    example.name = unique
                }
                if example.kind == .request { renamed[original] = example.name }
                examples.append(example)
            }
        }
        BodilessExampleResponses.apply(examples: examples, to: &operations, diagnostics: &diagnostics)
        return APIModel(
            types: types, operations: operations, examples: examples, diagnostics: diagnostics.sorted, serviceRoot: serviceRoot)
    }
}
