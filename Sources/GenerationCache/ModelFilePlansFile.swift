import Foundation
import GraphDocCore
import SwiftRendering

/// The model file plans (``SwiftRendering/ModelFilePlans``) of the last run that wrote an output,
/// as the cache keeps them: a header line of JSON (the files' paths, the pages whose prose each
/// plan holds, where each plan's bytes are) and then every plan's encoding, one after another.
///
/// Written by hand rather than as one Codable value: a run that patches descriptions decodes
/// the header and the few plans it needs, not the thousands of plans (megabytes) of the others.
public struct ModelFilePlansFile: Sendable {
    /// The header.
    struct Header: Codable {
        static let currentFormat = 1
        var format: Int
        /// The ``GenerationKey/environment`` of the run that made the plans.
        var environment: ContentDigest
        /// Names this file in the ``GenerationRecord`` it was stored with (``GenerationRecord/modelPlans``).
        var id: String
        var imports: Data?
        var files: [File]
    }

    /// A file's path, the pages whose prose its plan holds, and where its plan's bytes are in the body.
    struct File: Codable {
        var path: String
        var pages: [String]
        var offset: Int
        var length: Int
    }

    private let header: Header
    private let body: Data

    /// Names this file in the record it was stored with.
    public var id: String { header.id }
    /// The encoding of the import rules the files were rendered with.
    public var imports: Data? { header.imports }

    /// The files whose plans hold prose of one of `pages`, with their plans, in the order of the file.
    public func files(holdingProseOf pages: Set<String>) -> [ModelFilePlans.File] {
        header.files.filter { !pages.isDisjoint(with: $0.pages) }.map { file in
            ModelFilePlans.File(path: file.path, plan: plan(of: file), pages: file.pages)
        }
    }

    /// The bytes of a file's plan (``decode(_:environment:)`` checked that every file's are in the body).
    private func plan(of file: File) -> Data {
        let start = body.startIndex + file.offset
        return body.subdata(in: start..<start + file.length)
    }

    /// The plans of the file, with the plans `replaced` (by path) in place of theirs.
    public func replacing(_ replaced: [String: Data]) -> ModelFilePlans {
        let files = header.files.map { file in
            ModelFilePlans.File(path: file.path, plan: replaced[file.path] ?? plan(of: file), pages: file.pages)
        }
        return ModelFilePlans(files: files, imports: header.imports)
    }

    /// The file's bytes for `plans`, made by the run whose environment is `environment`, named `id`.
    static func encode(_ plans: ModelFilePlans, environment: ContentDigest, id: String) throws -> Data {
        var offset = 0
        var files: [File] = []
        for file in plans.files {
            files.append(File(path: file.path, pages: file.pages, offset: offset, length: file.plan.count))
            offset += file.plan.count
        }
        let header = Header(format: Header.currentFormat, environment: environment, id: id, imports: plans.imports, files: files)
        // JSON without `.prettyPrinted` holds no newline: the first one ends the header.
        var data = try JSONEncoder().encode(header)
        data.append(UInt8(ascii: "\n"))
        data.reserveCapacity(data.count + offset)
        for file in plans.files { data.append(file.plan) }
        return data
    }

    /// The file in `data`, when it is one of the current format made in `environment` and its
    /// plans fill its body, one after another, as its header says (a torn or foreign file is none).
    static func decode(_ data: Data, environment: ContentDigest) -> ModelFilePlansFile? {
        guard let newline = data.firstIndex(of: UInt8(ascii: "\n")),
              let header = try? JSONDecoder().decode(Header.self, from: data[data.startIndex..<newline]),
              header.format == Header.currentFormat, header.environment == environment
        else { return nil }
        let body = data[data.index(after: newline)...]
        var offset = 0
        for file in header.files {
            guard file.offset == offset, file.length >= 0 else { return nil }
            offset += file.length
        }
        guard offset == body.count else { return nil }
        return ModelFilePlansFile(header: header, body: body)
    }
}
