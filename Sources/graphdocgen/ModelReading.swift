import ArgumentParser
import PageReader
import SchemaInference

/// Finds the input pages, reads them and infers their model, printing every diagnostic to
/// standard error: the first two stages, shared by the commands.
enum ModelReading {
    /// The model of the pages under `paths`; exits with status 1 when the input cannot be used.
    static func model(of paths: [String]) throws -> APIModel {
        let files = try inputFiles(paths)
        var evidence: [SchemaInference.PageEvidence] = []
        var unreadable = 0
        PageBatchReader.read(files, transform: SchemaInference.evidence(from:)) { _, result in
            switch result {
            case .success(let (page, pageEvidence)):
                for diagnostic in page.diagnostics { StandardStreams.error(diagnostic.formatted) }
                evidence.append(pageEvidence)
            case .failure(let error):
                unreadable += 1
                StandardStreams.error(error.description)
            }
        }
        if unreadable > 0 { throw ExitCode(1) }
        let model = SchemaInference.infer(from: evidence)
        for diagnostic in model.diagnostics { StandardStreams.error(diagnostic.formatted) }
        return model
    }

    /// The page files under `paths`; a missing path is reported and exits with status 1.
    static func inputFiles(_ paths: [String]) throws -> [InputFile] {
        do {
            return try InputFiles.find(paths)
        } catch {
            StandardStreams.error(error.description)
            throw ExitCode(1)
        }
    }
}
