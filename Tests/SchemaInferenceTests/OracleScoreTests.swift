import Foundation
import LenientJSON
import PageReader
import SchemaInference
import TestSupport
import Testing

/// Scores the model of the whole v1.0 corpus against the official metadata with the
/// oracle's scorers (`../shared/oracle/score_schema.py` for types, `score_operations.py` for
/// operations). Only this test reads the oracle; the generator never does.
@Suite("Oracle score of the v1.0 corpus", .enabled(if: TestPages.hasShared, "needs ../shared (the v1.0 corpus and the oracle) beside the clone"))
struct OracleScoreTests {
    static let shared = TestPages.shared
    static let corpus = TestPages.corpus

    /// Infers the corpus model, writes it as `schema --format json` does, and runs both scorers:
    /// `score_schema.py` (types) and `score_operations.py` (operations), each once.
    static let scores: Result<(schema: [String: Double], operations: [String: Double]), any Error> = Result {
        try score()
    }

    /// Infers the corpus model, writes it as `schema --format json` does, and runs the scorers.
    static func score() throws -> (schema: [String: Double], operations: [String: Double]) {
        let model = try CorpusModel.model.get()
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("graphdocgen-oracle-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let irFile = directory.appendingPathComponent("ir.json")
        try JSONValueEncoder().encodeToString(model, style: .compact).write(to: irFile, atomically: true, encoding: .utf8)

        let csdl = shared.appendingPathComponent("oracle/graph-v1.0-2021-08-31.csdl.xml").path
        return (
            try run(scorer: "score_schema.py", [irFile.path, csdl, corpus.path, "--json"]),
            try run(scorer: "score_operations.py", [irFile.path, csdl, "--json"]))
    }

    /// Runs one of the oracle's scorers and reads its JSON figures.
    static func run(scorer: String, _ arguments: [String]) throws -> [String: Double] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", shared.appendingPathComponent("oracle/\(scorer)").path] + arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return object.compactMapValues { ($0 as? NSNumber)?.doubleValue }
    }

    @Test("the model's operations meet the floors on the v1.0 corpus")
    func operationFloors() throws {
        let score = try Self.scores.get().operations
        #expect(score["operations"] ?? 0 > 3_500)
        #expect(score["paths_resolved"] ?? 0 >= 0.989)
        #expect(score["response_exact"] ?? 0 >= 0.97)
        #expect(score["response_lenient"] ?? 0 >= 0.98)
        #expect(score["body_exact"] ?? 0 >= 0.98)
        #expect(score["action_param_recall"] ?? 0 >= 0.92)
        #expect(score["action_param_precision"] ?? 0 >= 0.99)
        #expect(score["action_param_type_exact"] ?? 0 >= 0.97)
        #expect(score["action_return_exact"] ?? 0 >= 0.95)
        #expect(score["action_spurious_body"] ?? .infinity <= 7)
    }

    @Test("the model meets the floors on the v1.0 corpus")
    func floors() throws {
        let score = try Self.scores.get().schema
        #expect(score["documented_types"] ?? 0 > 900)
        #expect(score["types_emitted"] ?? 0 >= 0.98)
        #expect(score["property_precision"] ?? 0 >= 0.98)
        #expect(score["type_exact"] ?? 0 >= 0.95)
        #expect(score["enum_members"] ?? 0 >= 0.90)
        #expect(score["operations_emitted"] ?? 0 >= 0.98)
        #expect(score["property_recall"] ?? 0 >= 0.97)
        #expect(score["base_type"] ?? 0 >= 0.95)
    }
}
