import GraphDocCore
import PageReader

/// Which of the input's page files are read: the configured API version's, those the
/// include and exclude globs let through, and one copy of each page in the preferred locale.
///
/// ``apply(to:)`` is pure: files in, files and notes out. Globs and API version directories
/// are matched against each file's path relative to its input directory.
public struct PageSelection: Hashable, Sendable {
    /// When the files hold both `v1.0` and `beta` pages, the version whose pages are kept.
    public var apiVersion: APIVersion?
    /// The preferred locale when a page exists in several; `nil` keeps every copy.
    public var locale: String?
    /// When not empty, only files matching one of these are kept.
    public var include: [PathGlob]
    /// Files matching one of these are dropped.
    public var exclude: [PathGlob]

    /// Creates a selection; the defaults keep every file.
    public init(apiVersion: APIVersion? = nil, locale: String? = nil, include: [PathGlob] = [], exclude: [PathGlob] = []) {
        self.apiVersion = apiVersion
        self.locale = locale
        self.include = include
        self.exclude = exclude
    }

    /// The selection a configuration describes.
    public init(_ configuration: GraphDocConfiguration) {
        self.init(
            apiVersion: configuration.apiVersion, locale: configuration.locale,
            include: configuration.filters.include.map(PathGlob.init), exclude: configuration.filters.exclude.map(PathGlob.init))
    }

    /// The files kept, in their order, and notes saying what was skipped and why.
    public func apply(to files: [InputFile]) -> (files: [InputFile], diagnostics: [Diagnostic]) {
        var diagnostics = Diagnostics()
        var kept = files
        if let apiVersion {
            kept = select(apiVersion, from: kept, diagnostics: &diagnostics)
        }
        if !include.isEmpty {
            kept = kept.filter { file in include.contains { $0.matches(file.relativePath) } }
            for glob in include where !files.contains(where: { glob.matches($0.relativePath) }) {
                diagnostics.emit(.warning, code: "filter-no-match", "include pattern '\(glob.pattern)' matches no page", at: nil)
            }
        }
        if !exclude.isEmpty {
            let before = kept.count
            kept = kept.filter { file in !exclude.contains { $0.matches(file.relativePath) } }
            if before != kept.count {
                diagnostics.emit(.note, code: "filter-excluded", "\(before - kept.count) pages excluded", at: nil)
            }
        }
        if let locale {
            kept = select(locale, from: kept, diagnostics: &diagnostics)
        }
        return (kept, diagnostics.all)
    }

    private func select(_ version: APIVersion, from files: [InputFile], diagnostics: inout Diagnostics) -> [InputFile] {
        func isUnder(_ version: APIVersion, _ file: InputFile) -> Bool {
            file.relativePath.split(separator: "/").dropLast().contains { $0 == version.rawValue }
        }
        let holdsAll = APIVersion.allCases.allSatisfy { candidate in files.contains { isUnder(candidate, $0) } }
        guard holdsAll else {
            diagnostics.emit(
                .note, code: "api-version-unused",
                "apiVersion '\(version.rawValue)' selects nothing: the input does not hold pages under both "
                    + APIVersion.allCases.map { "'\($0.rawValue)'" }.joined(separator: " and ") + " directories; every page is read",
                at: nil)
            return files
        }
        let kept = files.filter { isUnder(version, $0) }
        diagnostics.emit(
            .note, code: "api-version-selected",
            "apiVersion '\(version.rawValue)': reading the \(kept.count) pages under a '\(version.rawValue)' directory, "
                + "skipping \(files.count - kept.count) others",
            at: nil)
        return kept
    }

    private func select(_ locale: String, from files: [InputFile], diagnostics: inout Diagnostics) -> [InputFile] {
        var copies: [String: [Int]] = [:]
        let names = files.map { PageName(path: $0.relativePath) }
        for (index, name) in names.enumerated() { copies[name.page, default: []].append(index) }
        var dropped: Set<Int> = []
        var pagesInSeveral = 0
        for indices in copies.values where indices.count > 1 {
            pagesInSeveral += 1
            let keep = indices.first { names[$0].locale?.lowercased() == locale.lowercased() } ?? indices[0]
            dropped.formUnion(indices.filter { $0 != keep })
        }
        if pagesInSeveral > 0 {
            diagnostics.emit(
                .note, code: "locale-selected",
                "locale '\(locale)': of the pages found in several locales (\(pagesInSeveral)), one copy each is read "
                    + "(the '\(locale)' one, else the first by path); \(dropped.count) copies skipped",
                at: nil)
        }
        return files.indices.filter { !dropped.contains($0) }.map { files[$0] }
    }
}
