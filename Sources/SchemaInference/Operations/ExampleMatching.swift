import PageReader

/// Matches an example request's path (`/users/a1b2/events/c3`) to path templates
/// (`/users/{user-id}/events/{event-id}`).
///
/// Literal text matches case-insensitively. A placeholder matches one or more
/// characters other than `/`, except in colon addressing (a placeholder written
/// right after `:/` or `:`, or right before `:`), where it may span several segments
/// (`root:/{item-path}:` matches `root:/Documents/a.docx:`).
enum ExampleMatching {
    /// How well `path` matches `template`: the number of literal characters matched,
    /// or `nil` when it does not match.
    static func score(path: String, template: String) -> Int? {
        score(target: Array(normalizedExamplePath(path).lowercased()), template: template)
    }

    /// ``score(path:template:)`` of a path already normalized, lowercased and split into characters.
    private static func score(target: [Character], template: String) -> Int? {
        let pieces = PathTemplate.pieces(of: template)
        var literalCount = 0
        for piece in pieces {
            if case .literal(let text) = piece { literalCount += text.count }
        }
        return matches(pieces, from: 0, target[...]) ? literalCount : nil
    }

    /// Of `candidates` (positions and templates), the position whose template matches `path`
    /// best (the most literal characters; the first of equals), if one matches.
    static func bestMatch(for path: String, among candidates: [(position: Int, template: String)]) -> Int? {
        let target = Array(normalizedExamplePath(path).lowercased())
        let scored = candidates.compactMap { candidate -> (position: Int, score: Int)? in
            score(target: target, template: candidate.template).map { (candidate.position, $0) }
        }
        return scored.max { $0.score < $1.score || ($0.score == $1.score && $0.position > $1.position) }?.position
    }

    /// An example's path as templates are written: no trailing `/`, `<x>` braced.
    static func normalizedExamplePath(_ path: String) -> String {
        var path = PathTemplate.bracingAngledPlaceholders(in: path)
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        return path
    }

    private static func matches(_ pieces: [PathTemplate.Piece], from index: Int, _ target: ArraySlice<Character>) -> Bool {
        guard index < pieces.count else { return target.isEmpty }
        switch pieces[index] {
        case .literal(let text):
            let literal = Array(text.lowercased())
            guard target.starts(with: literal) else { return false }
            return matches(pieces, from: index + 1, target.dropFirst(literal.count))
        case .placeholder:
            var spansSegments = false
            if index > 0, case .literal(let text) = pieces[index - 1], text.hasSuffix(":") || text.hasSuffix(":/") {
                spansSegments = true
            }
            if index + 1 < pieces.count, case .literal(let text) = pieces[index + 1], text.hasPrefix(":") {
                spansSegments = true
            }
            var length = 1
            while length <= target.count {
                if !spansSegments && target[target.startIndex + length - 1] == "/" { break }
                if matches(pieces, from: index + 1, target.dropFirst(length)) { return true }
                length += 1
            }
            return false
        }
    }
}
