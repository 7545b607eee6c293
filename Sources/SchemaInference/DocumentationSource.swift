/// How the page something was documented on is named where the locale must not show.
///
/// A translated copy of a page may carry its locale in its file name
/// (`create-call.es-ES.md`); generated code and operation names leave it out, so that the
/// same page in any locale gives the same output.
public enum DocumentationSource {
    /// The page's relative path without a locale tag before its extension
    /// (`api/create-call.es-ES.md` → `api/create-call.md`).
    public static func display(_ relativePath: String) -> String {
        guard relativePath.hasSuffix(".md") else { return relativePath }
        return withoutLocaleTag(String(relativePath.dropLast(3))) + ".md"
    }

    /// A file name (without extension) without a final `.ll-CC` locale tag
    /// (`create-call.es-ES` → `create-call`).
    public static func withoutLocaleTag(_ name: String) -> String {
        guard let dot = name.lastIndex(of: "."), !name[name.index(after: dot)...].contains("/") else { return name }
        let tag = name[name.index(after: dot)...].split(separator: "-", omittingEmptySubsequences: false)
        let isLocale = tag.count == 2 && (2...3).contains(tag[0].count) && tag[0].allSatisfy { $0.isASCII && $0.isLowercase }
            && (tag[1].count == 2 && tag[1].allSatisfy { $0.isASCII && $0.isUppercase }
                || tag[1].count == 4 && tag[1].allSatisfy { $0.isASCII && $0.isLetter })
        return isLocale ? String(name[..<dot]) : name
    }
}
