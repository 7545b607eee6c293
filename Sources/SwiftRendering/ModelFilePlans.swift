import Foundation
import SchemaInference

/// The model files of a rendered package, each with the plan it was rendered from and the pages
/// whose prose that plan holds, and the imports they were rendered with.
///
/// The generation cache keeps them so that a run in which pages changed only descriptions the
/// model copies (``SchemaInference/ProseEdit``) renders again only the files that hold those
/// descriptions (``ModelFilePatcher``), without reading the other pages or inferring the model.
public struct ModelFilePlans: Sendable {
    /// One model file.
    public struct File: Sendable, Hashable {
        /// The file's path in the package (`Sources/GraphSDKModels1/Microsoft/Graph/Call.swift`).
        public var path: String
        /// Its plan, encoded as the rendering memo keys it (JSON, keys sorted).
        public var plan: Data
        /// The pages whose descriptions the plan holds (``SchemaInference/ProseOrigin/page``), sorted.
        public var pages: [String]

        /// A model file.
        public init(path: String, plan: Data, pages: [String]) {
            self.path = path
            self.plan = plan
            self.pages = pages
        }
    }

    /// The model files, in the order they were planned.
    public var files: [File]
    /// The encoding (JSON) of the import rules the files were rendered with; `nil` when the
    /// models are in one module, without imports.
    public var imports: Data?

    /// Model files and their import rules.
    public init(files: [File], imports: Data?) {
        self.files = files
        self.imports = imports
    }
}

/// Why recorded model file plans could not be rendered again.
public enum ModelFilePatchError: Error, Sendable, CustomStringConvertible {
    /// A plan or the import rules are not what this generator records.
    case unreadable(String)
    /// A template failed.
    case rendering(TemplateLibrary.Failure)

    public var description: String {
        switch self {
        case .unreadable(let reason): "a recorded model file plan cannot be read: \(reason)"
        case .rendering(let failure): "\(failure)"
        }
    }
}

/// Renders recorded model file plans (``ModelFilePlans``) again, with some descriptions edited:
/// the same file ``PackageRenderer`` renders from the model with those descriptions.
public struct ModelFilePatcher: Sendable {
    private let renderer: ModelFileRenderer

    /// A patcher rendering with `templates` and the recorded import rules `imports`
    /// (``ModelFilePlans/imports``).
    public init(templates: TemplateLibrary, imports: Data?) throws(ModelFilePatchError) {
        do {
            renderer = ModelFileRenderer(templates: templates, imports: try imports.map { try JSONDecoder().decode(ModuleImports.self, from: $0) })
        } catch {
            throw .unreadable("\(error)")
        }
    }

    /// The recorded plan `plan` with each description whose origin `edits` holds replaced by its
    /// text (the type's and its properties', inherited ones included), encoded, and the text of
    /// its file; `nil` when the plan holds none of those descriptions or they are as it holds them.
    public func patch(_ plan: Data, with edits: [ProseOrigin: String]) throws(ModelFilePatchError) -> (plan: Data, contents: String)? {
        var file: ModelFile
        do {
            file = try JSONDecoder().decode(ModelFile.self, from: plan)
        } catch {
            throw .unreadable("\(error)")
        }
        var changed = false
        if let origin = file.descriptionOrigin, let text = edits[origin], text != file.description {
            file.description = text
            changed = true
        }
        for index in file.properties.indices {
            guard let origin = file.properties[index].descriptionOrigin, let text = edits[origin],
                  text != file.properties[index].description
            else { continue }
            file.properties[index].description = text
            changed = true
        }
        guard changed else { return nil }
        guard let encoding = RenderingMemo.encoding(of: file) else { throw .unreadable("a patched plan cannot be encoded") }
        do {
            return (encoding, try renderer.render(file))
        } catch {
            throw .rendering(error)
        }
    }
}

extension ModelFile {
    /// The pages whose descriptions the plan holds, sorted.
    var prosePages: [String] {
        Set([descriptionOrigin?.page].compactMap { $0 } + properties.compactMap { $0.descriptionOrigin?.page }).sorted()
    }
}
