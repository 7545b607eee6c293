import Foundation
import TestSupport
import Testing

/// The shell examples of the README and of `docs/` (fenced as `sh`), checked as a reader would
/// run them: the `graphdocgen` commands (or `swift run graphdocgen`) of a block run in order, with
/// the built tool, in a fresh directory holding a copy of `docs-input/`, a copy of it named
/// `new-pages/` and the package generated from it in `Generated/`, and each exits 0; a script named by path exists and is executable;
/// `swift test --package-path P` names a package of this repository (CI runs those); `swift package
/// … generate-sdk` names this package's command plugin (it needs a package of its own that builds
/// graphdocgen, which `Examples/CallsApp` does in CI through the build-tool plugin); `git` lines
/// are the reader's own. Any other command fails the test: it would be shown and not checked.
@Suite("Shell examples of the README and docs/")
struct DocumentationExamplesTests {
    /// A command of a `sh` block: the file, its line, and the command without its trailing comment.
    struct Example: CustomTestStringConvertible {
        var file: String
        var line: Int
        var command: String

        var testDescription: String { "\(file):\(line): \(command)" }
    }

    /// A `sh` block's commands, in order.
    struct Block: CustomTestStringConvertible {
        var examples: [Example]

        var testDescription: String { examples.first.map { "\($0.file):\($0.line - 1)" } ?? "empty block" }
    }

    /// The documentation files: the README, then `docs/*.md` by name.
    static var files: [String] {
        let docs = (try? FileManager.default.contentsOfDirectory(atPath: TestPages.packageRoot.appendingPathComponent("docs").path)) ?? []
        return ["README.md"] + docs.filter { $0.hasSuffix(".md") }.sorted().map { "docs/" + $0 }
    }

    /// The `sh` blocks of `file`, each with its commands.
    static func blocks(in file: String) throws -> [Block] {
        let text = try String(contentsOf: TestPages.packageRoot.appendingPathComponent(file), encoding: .utf8)
        var blocks: [Block] = []
        var inShell = false
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.hasPrefix("```") {
                inShell = !inShell && line == "```sh"
                if inShell { blocks.append(Block(examples: [])) }
                continue
            }
            guard inShell else { continue }
            let command = Self.withoutComment(String(line)).trimmingCharacters(in: .whitespaces)
            if !command.isEmpty { blocks[blocks.count - 1].examples.append(Example(file: file, line: index + 1, command: command)) }
        }
        return blocks
    }

    /// `line` without a trailing `# comment` (a `#` after a space, outside quotes).
    static func withoutComment(_ line: String) -> String {
        var quote: Character?
        var previous: Character = " "
        for index in line.indices {
            let character = line[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "#", previous == " " {
                return String(line[..<index])
            }
            previous = character
        }
        return line
    }

    static var allBlocks: [Block] {
        files.flatMap { (try? blocks(in: $0)) ?? [] }
    }

    @Test("the README and docs/ show shell examples (the two commands among them)")
    func found() throws {
        let examples = try Self.blocks(in: "README.md").flatMap(\.examples)
        #expect(examples.count == 2)
        #expect(examples.allSatisfy { $0.command.hasPrefix("./.ci/install-deps && ") })
        #expect(Self.allBlocks.flatMap(\.examples).filter { $0.command.hasPrefix("graphdocgen ") }.count >= 8)
    }

    @Test("each shell example runs as shown, or is checked as what runs it", arguments: allBlocks)
    func runs(block: Block) throws {
        var workspace: URL?
        defer { workspace.map { try? FileManager.default.removeItem(at: $0) } }
        for example in block.examples {
            try check(example) {
                if let workspace { return workspace }
                let fresh = try Self.workspace()
                workspace = fresh
                return fresh
            }
        }
    }

    /// Runs or checks one command; `workspace` gives the block's directory.
    func check(_ example: Example, workspace: () throws -> URL) throws {
        let root = TestPages.packageRoot
        let words = example.command.split(separator: " ").map(String.init)
        let command = example.command.hasPrefix("swift run graphdocgen ")
            ? String(example.command.dropFirst("swift run ".count)) : example.command
        if command.hasPrefix("graphdocgen ") {
            let run = try Self.shell(command, in: try workspace())
            #expect(run.status == 0, "\(example.testDescription) exited \(run.status):\n\(run.output)")
        } else if words[0].hasPrefix("./") || words[0].hasPrefix("bench/") {
            // The README's two commands: each `&&` step is one of the kinds checked here.
            for step in example.command.components(separatedBy: " && ") {
                let first = String(step.split(separator: " ")[0])
                if first.hasPrefix("./") || first.hasPrefix("bench/") {
                    #expect(FileManager.default.isExecutableFile(atPath: root.appendingPathComponent(first).path), "\(first) is not an executable script")
                } else {
                    try check(Example(file: example.file, line: example.line, command: step), workspace: workspace)
                }
            }
        } else if words.starts(with: ["swift", "test"]) {
            if let index = words.firstIndex(of: "--package-path"), index + 1 < words.count {
                let package = root.appendingPathComponent(words[index + 1]).appendingPathComponent("Package.swift")
                #expect(FileManager.default.fileExists(atPath: package.path), "\(example.testDescription): no such package")
            }
        } else if words.starts(with: ["swift", "package"]), words.contains("generate-sdk") {
            let manifest = try String(contentsOf: root.appendingPathComponent("Package.swift"), encoding: .utf8)
            #expect(manifest.contains(#"verb: "generate-sdk""#))
        } else {
            #expect(words[0] == "git", "\(example.testDescription): a shell example this test does not check")
        }
    }

    /// A fresh directory with `docs-input/`, `new-pages/` (the same pages) and `Generated/` (generated from them).
    static func workspace() throws -> URL {
        let workspace = FileManager.default.temporaryDirectory.appendingPathComponent("graphdocgen-docs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: workspace, withIntermediateDirectories: true)
        for name in ["docs-input", "new-pages"] {
            try FileManager.default.copyItem(at: TestPages.docsInput, to: workspace.appendingPathComponent(name))
        }
        let generate = try shell("graphdocgen generate --no-cache", in: workspace)
        #expect(generate.status == 0, "\(generate.output)")
        return workspace
    }

    /// Runs `command` with `/bin/sh` in `directory`, the built products first on the `PATH`.
    static func shell(_ command: String, in directory: URL) throws -> (status: Int32, output: String) {
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = BuiltProducts.directory.path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        let run = try ChildProcess.run(URL(fileURLWithPath: "/bin/sh"), ["-c", command], in: directory, environment: environment)
        return (run.status, run.output)
    }
}
