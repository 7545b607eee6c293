import LenientJSON

/// The changes between two surfaces as `graphdocgen diff` prints them: lines, JSON or a
/// changelog section, with the semantic-version bump they call for.
public struct APIChangeReport: Sendable {
    /// The version bump a set of changes calls for.
    public enum Bump: String, Codable, Sendable {
        /// Something breaks, in Swift or on the wire.
        case major
        /// Something is added, nothing breaks.
        case minor
        /// Nothing an app sees changes.
        case patch
    }

    /// The changes, sorted.
    public var changes: [APIChange]

    public init(changes: [APIChange]) {
        self.changes = changes
    }

    /// The number of changes of each class.
    public var counts: [APIChange.Class: Int] {
        var counts: [APIChange.Class: Int] = [:]
        for change in changes { counts[change.changeClass, default: 0] += 1 }
        return counts
    }

    public var bump: Bump {
        if changes.contains(where: { $0.changeClass != .additive }) { return .major }
        return changes.isEmpty ? .patch : .minor
    }

    /// `3 breaking-swift, 1 breaking-wire, 12 additive: a major version`.
    public var summaryLine: String {
        let counts = self.counts
        let parts = APIChange.Class.allCases.map { "\(counts[$0, default: 0]) \($0.rawValue)" }
        return parts.joined(separator: ", ") + ": a \(bump.rawValue) version"
    }

    /// One line per change (`api/user.md:12: breaking-wire: POST /me/sendMail: …`), then the summary.
    public var text: String {
        var lines = changes.map { change in
            let place = (change.file ?? "-") + (change.line.map { ":\($0)" } ?? "")
            return "\(place): \(change.changeClass.rawValue): \(change.subject): \(change.message)"
                + (change.swift.map { " [\($0)]" } ?? "")
        }
        lines.append("diff: " + summaryLine)
        return lines.joined(separator: "\n") + "\n"
    }

    /// `{"changes": […], "summary": {"bump": …, "counts": {…}}}`, pretty.
    public var json: String {
        let counts = self.counts
        let summary: JSONValue = [
            "bump": JSONValue(.string(bump.rawValue)),
            "counts": JSONValue(.object(APIChange.Class.allCases.map {
                JSONMember($0.rawValue, JSONValue(.number(String(counts[$0, default: 0]))))
            })),
        ]
        let encoded = (try? JSONValueEncoder().encode(changes)) ?? JSONValue(.array([]))
        return JSONWriter(style: .pretty).string(from: ["changes": encoded, "summary": summary]) + "\n"
    }

    /// A changelog section for release notes: the bump and counts, then per namespace the
    /// changes of each class, each linking its page (relative to the pages' root).
    public var markdown: String {
        let counts = self.counts
        var text = "## API changes (\(bump.rawValue))\n\n"
        if changes.isEmpty { return text + "No change to the API.\n" }
        text += APIChange.Class.allCases.compactMap { changeClass in
            counts[changeClass].map { "\($0) \(Self.title(of: changeClass).lowercased())" }
        }.joined(separator: ", ") + ".\n"
        let namespaces = Dictionary(grouping: changes, by: \.namespace)
        for namespace in namespaces.keys.sorted() {
            text += "\n### \(namespace.isEmpty ? "(no namespace)" : namespace)\n"
            let byClass = Dictionary(grouping: namespaces[namespace]!, by: \.changeClass)
            for changeClass in APIChange.Class.allCases {
                guard let group = byClass[changeClass] else { continue }
                text += "\n**\(Self.title(of: changeClass))**\n\n"
                for change in group {
                    let link = change.file.map { " ([\(Self.escaped($0))](\($0)\(change.line.map { "#L\($0)" } ?? "")))" } ?? ""
                    text += "- `\(change.subject)`\(link): \(Self.escaped(change.message))\n"
                }
            }
        }
        return text
    }

    static func title(of changeClass: APIChange.Class) -> String {
        switch changeClass {
        case .breakingSwift: "Breaking in Swift"
        case .breakingWire: "Breaking on the wire"
        case .additive: "Additive"
        }
    }

    /// Text with markdown's link brackets escaped (backticks are the messages' own).
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "[", with: "\\[").replacingOccurrences(of: "]", with: "\\]")
    }
}
