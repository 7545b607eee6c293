import GraphDocCore

/// Reads many pages on all cores, handing them on in input order while holding
/// only a batch of pages in memory at a time.
public enum PageBatchReader {
    /// Reads `files` and calls `consume` with each page (or the error reading its file), in the order of `files`.
    public static func read(
        _ files: [InputFile], batchSize: Int = 64,
        consume: (InputFile, Result<Page, InputError>) throws -> Void
    ) rethrows {
        try read(files, batchSize: batchSize, transform: { _ in () }) { file, result in
            try consume(file, result.map(\.0))
        }
    }

    /// Reads `files`, applies `transform` to each page on the thread that read it, and
    /// calls `consume` with each page and its transform (or the error reading its file),
    /// in the order of `files`.
    public static func read<Output: Sendable>(
        _ files: [InputFile], batchSize: Int = 64,
        transform: @Sendable (Page) -> Output,
        consume: (InputFile, Result<(Page, Output), InputError>) throws -> Void
    ) rethrows {
        var start = 0
        while start < files.count {
            let batch = Array(files[start..<min(start + batchSize, files.count)])
            let results = [Result<(Page, Output), InputError>](concurrentlyMaking: batch.count) { index in
                let file = batch[index]
                return Result { () throws(InputError) -> (Page, Output) in
                    let bytes = try InputFiles.bytes(of: file)
                    let page = PageReader.read(bytes: bytes, path: file.path, relativePath: file.relativePath)
                    return (page, transform(page))
                }
            }
            for (file, result) in zip(batch, results) { try consume(file, result) }
            start += batch.count
        }
    }
}
