import Foundation
import GraphDocCore
import PageReader
import SchemaInference
import SwiftRendering

extension GenerationCache {
    /// What a run whose pages changed only in descriptions the model copies makes of the last
    /// run's output (see ``patchProse(_:output:key:files:contents:entries:pages:templates:)``).
    public struct ProsePatch: Sendable {
        /// The output's files whose contents change, with their new contents.
        public var changed: [RenderedFile]
        /// The path of every file of the output, changed or not, sorted.
        public var paths: [String]
        /// The run's record, to store once the files are written (and signed).
        public var record: GenerationRecord
        /// The run's model file plans, to store with the record (``GenerationRecord/modelPlans``).
        public var plans: ModelFilePlans
        /// How many model files were rendered again.
        public var rendered: Int
        /// How many pages' descriptions were edited.
        public var editedPages: Int
        /// The evidence cache's entries of the edited pages as they were, to remove once the
        /// record is stored (the cache keeps one entry per page).
        public var staleEntries: [ContentDigest]
    }

    /// The output of a run whose ``GenerationKey`` is `key`, made from `record`'s (the last
    /// run that wrote `output`) without reading the other pages or inferring the model, when
    /// every page whose contents changed (their new entries in `entries`, by index into `files`)
    /// differs from the entry `record` was made from only in descriptions the model copies
    /// (``SchemaInference/proseEdits(from:to:)``), with the same diagnostics; else `nil`.
    ///
    /// The model of such pages is the recorded one with those descriptions replaced, so its
    /// files are the recorded ones, but for the model files whose plans hold one of them
    /// (stored with the record, ``ModelFilePlansFile``), rendered again from their plans with
    /// the new texts; and it reports what the recorded run reported. The output must still hold
    /// exactly the recorded files (``holding(_:output:)``).
    public func patchProse(
        _ record: GenerationRecord?, output: URL, key: GenerationKey, files: [InputFile], contents: [ContentDigest],
        entries: [Int: PageEvidenceCache.StoredEntry], pages: PageEvidenceCache, templates: TemplateLibrary
    ) -> ProsePatch? {
        guard let record, record.evidenceKey != nil, record.key != key.digest, record.pages.map(\.path) == key.pagePaths,
              contents.count == files.count,
              let plans = modelFilePlans(for: output, environment: key.environment, id: record.modelPlans)
        else { return nil }
        var digests = record.pages.compactMap(\.evidence)
        guard digests.count == record.pages.count else { return nil }
        let changed = files.indices.filter { contents[$0] != record.pages[$0].contents }
        var edits: [ProseOrigin: String] = [:]
        var staleEntries: [ContentDigest] = []
        for index in changed {
            let oldKey = pages.key(of: files[index], contents: record.pages[index].contents)
            guard let new = entries[index], let digest = new.digest, let old = pages.entry(for: oldKey),
                  old.digest == record.pages[index].evidence, old.entry.diagnostics == new.entry.diagnostics,
                  let found = SchemaInference.proseEdits(from: old.entry.evidence, to: new.entry.evidence)
            else { return nil }
            for edit in found { edits[edit.origin] = edit.text }
            digests[index] = digest
            staleEntries.append(oldKey)
        }
        guard let current = holding(record, output: output)?.record else { return nil }
        var rendered: [RenderedFile] = []
        var replacedPlans: [String: Data] = [:]
        do {
            let patcher = try ModelFilePatcher(templates: templates, imports: plans.imports)
            for file in plans.files(holdingProseOf: Set(edits.keys.map(\.page))) {
                guard let patched = try patcher.patch(file.plan, with: edits) else { continue }
                replacedPlans[file.path] = patched.plan
                rendered.append(RenderedFile(path: file.path, contents: patched.contents))
            }
        } catch {
            return nil
        }
        var updated = current
        updated.key = key.digest
        updated.evidenceKey = key.replacingPageDigests(digests).digest
        updated.pages = record.pages.indices.map {
            GenerationRecord.PageDigests(path: record.pages[$0].path, contents: contents[$0], evidence: digests[$0])
        }
        var changedFiles: [RenderedFile] = []
        for file in rendered {
            guard let recorded = record.files[file.path] else { return nil }
            let digest = ContentDigest(of: file.contents)
            guard digest != recorded else { continue }
            updated.files[file.path] = digest
            changedFiles.append(file)
        }
        return ProsePatch(
            changed: changedFiles, paths: record.files.keys.sorted(), record: updated,
            plans: plans.replacing(replacedPlans), rendered: rendered.count,
            editedPages: Set(edits.keys.map(\.page)).count, staleEntries: staleEntries)
    }
}
