import Foundation

/// The templates the Swift renderer lays its output out with: `*.mustache` files in
/// `Templates/Swift/`, shipped as resources of this module.
///
/// Templates hold layout only. Every identifier, literal and comment they place is
/// computed and escaped in Swift (`SwiftRendering`) before it reaches them.
public enum TemplateDirectory {
    /// The directory holding the `*.mustache` files.
    public static var swift: URL {
        Bundle.module.url(forResource: "Swift", withExtension: nil)!
    }
}
