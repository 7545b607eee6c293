import Foundation
import LenientJSON

/// The surface `generate` records beside the package manifest, so that `graphdocgen diff -
/// NEW` and `generate --check` compare against the committed package without its pages.
public enum APISurfaceFile {
    /// The file's name in the package's directory.
    public static let fileName = "graphdocgen-api.json"

    /// The recorded surface's JSON: pretty, keys in declaration order, no line numbers.
    public static func contents(of surface: APISurface) -> String {
        guard let value = try? JSONValueEncoder().encode(surface.recorded) else { return "{}\n" }
        return JSONWriter(style: .pretty).string(from: value) + "\n"
    }

    /// Why a recorded surface could not be read.
    public struct Unreadable: Error, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "\(path): not a recorded API surface (\(reason))" }
    }

    /// The surface recorded in the file at `path`.
    public static func read(_ path: String) throws(Unreadable) -> APISurface {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Unreadable(path: path, reason: "the file cannot be read")
        }
        do {
            return try JSONDecoder().decode(APISurface.self, from: data)
        } catch {
            throw Unreadable(path: path, reason: "\(error)")
        }
    }
}
