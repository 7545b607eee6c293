/// Where a generated type's source file goes: file and directory names made from Swift
/// identifiers, kept within what file systems accept.
///
/// An identifier can be far longer than a file name may be (255 bytes on most file
/// systems): a 128-letter documented name of another script spells out every letter as
/// `_uXXXX`, and a namespace can have any number of parts. A name longer than
/// ``maximumNameLength`` is cut and ends with a hash of the whole name, so different long
/// names stay different files; a directory path longer than ``maximumDirectoryLength``
/// becomes one such name.
enum SwiftFilePath {
    /// The longest file or directory name written, in UTF-8 bytes (`.swift` included).
    static let maximumNameLength = 200

    /// The longest namespace directory path written, in UTF-8 bytes.
    static let maximumDirectoryLength = 600

    /// The file name of the source of type `typeName` (`Call` → `Call.swift`).
    static func fileName(of typeName: String) -> String {
        bounded(typeName, room: maximumNameLength - ".swift".utf8.count) + ".swift"
    }

    /// A namespace as a directory path (`microsoft.graph.callRecords` → `Microsoft/Graph/CallRecords`).
    static func directory(of namespace: String) -> String {
        let parts = namespace.split(separator: ".").map { bounded(SwiftName.typeName(String($0)), room: maximumNameLength) }
        guard !parts.isEmpty else { return "Global" }
        let path = parts.joined(separator: "/")
        return path.utf8.count <= maximumDirectoryLength ? path : bounded(parts.joined(separator: "_"), room: maximumNameLength)
    }

    /// `name` itself when it has at most `room` bytes, else its start and a hash of all of it.
    static func bounded(_ name: String, room: Int) -> String {
        guard name.utf8.count > room else { return name }
        let hash = "_" + String(fnv1a(name), radix: 16)
        // Swift names here are ASCII; cutting at a character keeps any other name valid.
        var start = ""
        for character in name {
            guard start.utf8.count + character.utf8.count + hash.utf8.count <= room else { break }
            start.append(character)
        }
        return start + hash
    }

    /// The 64-bit FNV-1a hash of the UTF-8 bytes: stable from run to run, unlike `hashValue`.
    static func fnv1a(_ text: String) -> UInt64 {
        text.utf8.reduce(0xCBF2_9CE4_8422_2325) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01B3 }
    }
}
