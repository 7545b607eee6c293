/// A page path split into the page it documents and the locale its file name carries:
/// `api/create-call.ru-RU.md` is the page `api/create-call.md` in `ru-RU`.
public struct PageName: Hashable, Sendable {
    /// The path without the locale (`api/create-call.md`): the same for every copy of a page.
    public var page: String
    /// The locale the file name carries, when it carries one.
    public var locale: String?

    /// Splits a page path (`/` separators).
    public init(path: String) {
        let slash = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        let parts = path[slash...].split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 3, Self.isLocale(parts[parts.count - 2]) else {
            page = path
            locale = nil
            return
        }
        locale = String(parts[parts.count - 2])
        page = String(path[..<slash]) + (parts.prefix(parts.count - 2) + [parts[parts.count - 1]]).joined(separator: ".")
    }

    /// Whether `text` is a locale tag such as `en-US`, `zh-CN` or `sr-Latn-RS`: a language of
    /// two or three letters and at least one subtag of two to eight letters or digits.
    public static func isLocale(_ text: some StringProtocol) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 2, (2...3).contains(parts[0].count),
              parts[0].unicodeScalars.allSatisfy({ $0.isASCII && $0.properties.isAlphabetic })
        else { return false }
        return parts.dropFirst().allSatisfy { part in
            (2...8).contains(part.count) && part.unicodeScalars.allSatisfy { $0.isASCII && $0.properties.isAlphabetic || ("0"..."9").contains($0) }
        }
    }
}
