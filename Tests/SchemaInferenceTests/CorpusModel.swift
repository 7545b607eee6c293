import Foundation
import PageReader
@testable import SchemaInference
import TestSupport

/// The v1.0 corpus read once for the tests that need all of it: each page's evidence, and the model.
enum CorpusModel {
    /// The evidence of every corpus page, in the order the pages were read.
    static let evidence: Result<[SchemaInference.PageEvidence], any Error> = Result {
        let files = try InputFiles.find([TestPages.corpus.path])
        var evidence: [SchemaInference.PageEvidence] = []
        try PageBatchReader.read(files, transform: SchemaInference.evidence(from:)) { _, result in
            evidence.append(try result.get().1)
        }
        return evidence
    }

    /// The model of the corpus.
    static let model: Result<APIModel, any Error> = Result { SchemaInference.infer(from: try evidence.get()) }
}
