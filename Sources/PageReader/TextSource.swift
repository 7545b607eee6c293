/// Where a page's English text came from.
public enum TextSource: String, Hashable, Sendable, Codable {
    /// A machine-translated page with side-by-side English (`sxs-lookup`) spans;
    /// the English side was recovered.
    case sideBySide
    /// A translated page with translation spans but no English side; the localized text was kept.
    case localizedOnly
    /// A page without translation spans (an English original, or a plain translation); read as it is.
    case plain

    /// Whether English was recovered: `true` for side-by-side pages, `false` for
    /// translations without English, `nil` for pages without spans.
    public var englishRecovered: Bool? {
        switch self {
        case .sideBySide: true
        case .localizedOnly: false
        case .plain: nil
        }
    }
}
