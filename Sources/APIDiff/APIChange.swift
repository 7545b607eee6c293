/// One difference between two API surfaces, classified for an app that depends on the
/// generated package.
public struct APIChange: Codable, Hashable, Sendable {
    /// What the change does to such an app.
    public enum Class: String, Codable, Hashable, Sendable, CaseIterable, Comparable {
        /// The app may no longer compile: a removed or renamed declaration, a changed type, a
        /// new required parameter.
        case breakingSwift = "breaking-swift"
        /// The app compiles, but the service sees or sends something else: a JSON name, a
        /// path, a function argument's encoding, values that no longer decode.
        case breakingWire = "breaking-wire"
        /// Nothing the app uses changes: something new.
        case additive

        public static func < (first: Class, second: Class) -> Bool {
            allCases.firstIndex(of: first)! < allCases.firstIndex(of: second)!
        }
    }

    /// The class.
    public var changeClass: Class
    /// What changed (`property-removed`, `operation-added`, …).
    public var kind: String
    /// The documented thing (`microsoft.graph.user.aboutMe`, `POST /me/sendMail`).
    public var subject: String
    /// Its namespace (an operation's is its result's or body's type's, else the first type's).
    public var namespace: String
    /// The Swift declaration it changes (`User.aboutMe`, `GraphOperation.postMeSendMail`), if any.
    public var swift: String?
    /// The page that documents it, without its locale: the new page, or the old for a removal.
    public var file: String?
    /// The line of an operation's request in that page, when pages were read.
    public var line: Int?
    /// What changed, in a sentence.
    public var message: String
    /// Whether the service's JSON or requests change too (a Swift-breaking change may also be one).
    public var wire: Bool

    private enum CodingKeys: String, CodingKey {
        case changeClass = "class", kind, subject, namespace, swift, file, line, message, wire
    }
}
