import Foundation
@testable import SwiftRendering
import Testing

/// The runtime's `public` modifiers become the generated API's access level; nothing else changes.
@Suite("Access modifier rewriting of the runtime's sources")
struct AccessModifierRewriterTests {
    /// Source in which each `public` modifier is written `«public»`, and an import's `«public» `;
    /// every other `public` stays.
    static let marked = #"""
        @preconcurrency «public» import Foundation
        «public»	import HTTPTypes

        /// A public type (`public` in a comment stays). /* nested /* public */ public */
        «public» struct Box: Sendable {
            «public» private(set) var members: [String] = []
            «public» var isPublic = "public \(String("public \("nested public")")) public"
            let raw = #"public "quoted" \(public) public"#
            let block = """
                public \"""
                public
                """
            «public» static let publicKey = Access.public
            let `public` = 1
            «public» init() {}
            @inlinable «public» func f(public value: Int, _ x: Int,
                                      public y: Int) -> Int { g(public: value) }
        }

        «public» extension Box {
            @usableFromInline internal static func make() -> Box { Box() }
        }
        """#

    @Test("each modifier keyword replaces the declarations' `public`, not labels, members, comments or strings",
          arguments: AccessModifier.allCases)
    func rewrites(modifier: AccessModifier) {
        let source = Self.marked.replacingOccurrences(of: "«public»", with: "public")
        let expected = modifier == .public ? source : Self.marked
            .replacingOccurrences(of: "«public» import", with: "import").replacingOccurrences(of: "«public»\timport", with: "import")
            .replacingOccurrences(of: "«public»", with: modifier.keyword)
        #expect(AccessModifierRewriter.rewrite(source, to: modifier) == expected)
        #expect(AccessModifierRewriter.modifierRanges(in: SwiftSourceWords(source)).count == 9)
    }

    @Test("in every runtime file, each public declaration gets the keyword, each import none, and no modifier is left public")
    func runtime() throws {
        func imports(_ text: String) -> [ImportDeclaration] {
            text.split(separator: "\n").compactMap(ImportDeclaration.init)
        }
        for file in try RuntimeSources.files() {
            let publicCount = AccessModifierRewriter.modifierRanges(in: SwiftSourceWords(file.contents)).count
            let publicImports = imports(file.contents).filter { $0.accessLevel == "public" }.count
            for modifier in [AccessModifier.package, .internal] {
                let rewritten = AccessModifierRewriter.rewrite(file.contents, to: modifier)
                let words = SwiftSourceWords(rewritten)
                #expect(AccessModifierRewriter.modifierRanges(in: words).isEmpty, "\(file.path)")
                #expect(imports(rewritten).allSatisfy { $0.accessLevel.isEmpty }, "\(file.path)")
                #expect(imports(rewritten).count == imports(file.contents).count, "\(file.path)")
                let keywords = words.ranges.filter { words.text($0) == modifier.keyword }.count
                let before = SwiftSourceWords(file.contents)
                let already = before.ranges.filter { before.text($0) == modifier.keyword }.count
                #expect(keywords == already + publicCount - publicImports, "\(file.path)")
            }
        }
    }
}
