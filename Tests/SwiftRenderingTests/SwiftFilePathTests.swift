@testable import SwiftRendering
import Testing

@Suite("Swift file paths")
struct SwiftFilePathTests {
    @Test("short names are the file and directory names")
    func shortNames() {
        #expect(SwiftFilePath.fileName(of: "Call") == "Call.swift")
        #expect(SwiftFilePath.directory(of: "microsoft.graph.callRecords") == "Microsoft/Graph/CallRecords")
        #expect(SwiftFilePath.directory(of: "") == "Global")
    }

    @Test("a type name longer than a file name may be is cut, and different long names stay different")
    func longTypeNames() {
        // 128 letters of another script: each is spelled out as `_u436` in the identifier.
        let first = SwiftName.typeName(String(repeating: "\u{0436}", count: 128))
        let second = SwiftName.typeName(String(repeating: "\u{0436}", count: 127) + "\u{044F}")
        #expect(first.utf8.count > 600)
        let names = [first, second].map(SwiftFilePath.fileName(of:))
        for name in names {
            #expect(name.utf8.count <= SwiftFilePath.maximumNameLength)
            #expect(name.hasSuffix(".swift"))
            #expect(name.hasPrefix("_u436_u436"))
        }
        #expect(names[0] != names[1])
        #expect(SwiftFilePath.fileName(of: first) == names[0])
    }

    @Test("a namespace too deep for a directory path becomes one bounded directory name")
    func deepNamespaces() {
        let namespace = (1...40).map { "n\($0)" + String(repeating: "x", count: 100) }.joined(separator: ".")
        let directory = SwiftFilePath.directory(of: namespace)
        #expect(!directory.contains("/"))
        #expect(directory.utf8.count <= SwiftFilePath.maximumNameLength)
        #expect(directory != SwiftFilePath.directory(of: namespace + ".more"))
        let wide = SwiftFilePath.directory(of: "microsoft." + String(repeating: "\u{0436}", count: 128))
        #expect(wide.split(separator: "/").map(\.utf8.count).allSatisfy { $0 <= SwiftFilePath.maximumNameLength })
    }

    @Test("the hash is 64-bit FNV-1a", arguments: [("", 0xCBF2_9CE4_8422_2325), ("a", 0xAF63_DC4C_8601_EC8C)] as [(String, UInt64)])
    func hash(text: String, expected: UInt64) {
        #expect(SwiftFilePath.fnv1a(text) == expected)
    }
}
