import Foundation
import GenerationCache
import TestSupport
import Testing

/// The built `graphdocgen` run as a user runs it: exit statuses, what goes where.
@Suite("Command line")
struct CommandLineTests {
    struct Run {
        var status: Int32
        var output: String
        var error: String
    }

    /// Runs the built tool in `directory`.
    static func run(_ arguments: [String], in directory: URL) throws -> Run {
        let process = Process()
        process.executableURL = try BuiltProducts.executable("graphdocgen")
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
                   error: String(decoding: errorData, as: UTF8.self))
    }

    /// A fresh directory holding `files` (relative path → contents).
    static func workspace(_ files: [String: String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("graphdocgen-cli-\(UUID().uuidString)")
        for (path, contents) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try contents.write(to: url, atomically: true, encoding: .utf8)
        }
        return root
    }

    static let warningPage = """
        # Get thing
        ## Example
        <!-- { "blockType": "example", "@odata.type": "contoso.zoo.thing" } -->
        ```json
        { "a": 1, }
        ```
        """

    @Test("lint: text on standard output, 0 with warnings, 1 with --strict, 1 with an error")
    func lintStatus() throws {
        let root = try Self.workspace(["docs/thing.md": Self.warningPage])
        defer { try? FileManager.default.removeItem(at: root) }
        let plain = try Self.run(["lint", "docs"], in: root)
        #expect(plain.status == 0)
        #expect(plain.output.contains("docs/thing.md:5:"))
        #expect(plain.output.hasSuffix("warnings, 0 notes in 1 pages\n"))
        #expect(plain.output.contains("lint: 0 errors, "))
        #expect(try Self.run(["lint", "docs", "--strict"], in: root).status == 1)
        try Data([0x23, 0x20, 0x00, 0x0A]).write(to: root.appendingPathComponent("docs/binary.md"))
        let failing = try Self.run(["lint", "docs", "--format", "sarif"], in: root)
        #expect(failing.status == 1)
        #expect(failing.output.contains("\"level\" : \"error\""))
    }

    @Test("mocks writes Dev Proxy's mocks file: one mock per documented exchange, most specific first, to a file or standard output")
    func mocks() throws {
        let pages = try FileManager.default.contentsOfDirectory(atPath: TestPages.docsInput.appendingPathComponent("api").path)
        var files: [String: String] = [:]
        for name in pages {
            files["docs/api/" + name] = try String(contentsOf: TestPages.docsInput.appendingPathComponent("api/" + name), encoding: .utf8)
        }
        let root = try Self.workspace(files)
        defer { try? FileManager.default.removeItem(at: root) }
        let printed = try Self.run(["mocks", "docs"], in: root)
        #expect(printed.status == 0)
        #expect(printed.error.contains("graphdocgen: 8 mocks from 5 pages"))
        let file = try #require(try JSONSerialization.jsonObject(with: Data(printed.output.utf8)) as? [String: Any])
        #expect((file["$schema"] as? String)?.hasSuffix("mockresponseplugin.mocksfile.schema.json") == true)
        let mocks = try #require(file["mocks"] as? [[String: Any]])
        #expect(mocks.count == 8)
        let urls = mocks.compactMap { ($0["request"] as? [String: Any])?["url"] as? String }
        #expect(Set(urls) == ["https://graph.microsoft.com/beta/communications/calls", "https://graph.microsoft.com/beta/app/calls"])
        #expect(mocks.allSatisfy { (($0["response"] as? [String: Any])?["body"] as? [String: Any]) != nil })

        let written = try Self.run(["mocks", "docs", "--output", "mocks.json", "--path-prefix", "/app"], in: root)
        #expect(written.status == 0)
        #expect(written.output == "")
        #expect(written.error.contains("mocks from 5 pages") && written.error.contains("written to mocks.json"))
        let saved = try Data(contentsOf: root.appendingPathComponent("mocks.json"))
        let savedMocks = try #require((try JSONSerialization.jsonObject(with: saved) as? [String: Any])?["mocks"] as? [[String: Any]])
        #expect(!savedMocks.isEmpty && savedMocks.count < 8)
    }

    @Test("permissions: each selected operation's scopes and the least privileged set, as text or JSON; lint counts them")
    func permissions() throws {
        let table = { (work: String, application: String) in
            """
            ## Permissions
            | Permission type | Permissions (from least to most privileged) |
            |:--|:--|
            | Delegated (work or school account) | \(work) |
            | Delegated (personal Microsoft account) | Not supported. |
            | Application | \(application) |
            """
        }
        let root = try Self.workspace([
            "docs/api/zoo-get.md": "# Get zoo\n\n\(table("Zoo.Read, Zoo.ReadWrite", "Zoo.Read.All"))\n## HTTP request\n```http\nGET /zoos/{id}\n```\n",
            "docs/api/zoo-update.md": "# Update zoo\n\n\(table("Zoo.ReadWrite", "Not supported."))\n## HTTP request\n```http\nPATCH /zoos/{id}\n```\n",
            "docs/api/keeper-get.md": "# Get keeper\n\n## HTTP request\n```http\nGET /keepers/{id}\n```\n",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let text = try Self.run(["permissions", "docs", "--path-prefix", "/zoos", "--scheme", "delegatedWork"], in: root)
        #expect(text.status == 0)
        #expect(text.output == """
            GET /zoos/{id} (zoo-get)
              delegatedWork: Zoo.Read, Zoo.ReadWrite
            PATCH /zoos/{id} (zoo-update)
              delegatedWork: Zoo.ReadWrite

            least privileged (delegatedWork): Zoo.ReadWrite

            """)
        let json = try Self.run(["permissions", "docs", "--scheme", "application", "--format", "json"], in: root)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let reduction = try #require((object["leastPrivileged"] as? [[String: Any]])?.first)
        #expect(reduction["scopes"] as? [String] == ["Zoo.Read.All"])
        #expect(reduction["unsupported"] as? [String] == ["PATCH /zoos/{id} (zoo-update)"])
        #expect(reduction["undocumented"] as? [String] == ["GET /keepers/{id} (keeper-get)"])
        let lint = try Self.run(["lint", "docs"], in: root)
        #expect(lint.output.hasSuffix("; 2 operations with permissions, 1 without\n"))
    }

    @Test("a configuration file in the working directory is found; an unknown key fails at its place with status 1")
    func configuration() throws {
        let root = try Self.workspace([
            "pages/thing.md": Self.warningPage, "pages/other/skip.md": "# Skip\n",
            "graphdocgen.yaml": "inputs: [pages]\nfilters:\n  exclude: [\"other/**\"]\n",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try Self.run(["lint"], in: root)
        #expect(run.status == 0)
        #expect(run.output.hasSuffix("in 1 pages\n"))
        try "inputs: [pages]\nlocal: en-US\n".write(to: root.appendingPathComponent("graphdocgen.yaml"), atomically: true, encoding: .utf8)
        let bad = try Self.run(["lint"], in: root)
        #expect(bad.status == 1)
        #expect(bad.error.hasPrefix("graphdocgen.yaml:2:1: error: unknown key 'local'"))
        // Command-line paths override the file's inputs, but the file must still be valid.
        #expect(try Self.run(["lint", "pages", "--config", "none.yaml"], in: root).status == 1)
    }

    @Test("generate --check: 1 and the paths when stale, writing nothing; 0 when current")
    func check() throws {
        let root = try Self.workspace(["docs/thing.md": Self.warningPage])
        defer { try? FileManager.default.removeItem(at: root) }
        let missing = try Self.run(["generate", "docs", "--output", "Out", "--check"], in: root)
        #expect(missing.status == 1)
        #expect(missing.output.contains("Out/Package.swift: would be added\n"))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("Out").path))
        let first = try Self.run(["generate", "docs", "--output", "Out"], in: root)
        #expect(first.status == 0)
        #expect(first.error.contains(" changed, 0 unchanged;"))
        let second = try Self.run(["generate", "docs", "--output", "Out", "--no-cache"], in: root)
        #expect(second.error.contains("(0 changed, "))
        let current = try Self.run(["generate", "docs", "--output", "Out", "--check"], in: root)
        #expect(current.status == 0)
        #expect(current.output.isEmpty)
        try "// edited\n".write(to: root.appendingPathComponent("Out/Package.swift"), atomically: true, encoding: .utf8)
        let stale = try Self.run(["generate", "docs", "--output", "Out", "--check"], in: root)
        #expect(stale.status == 1)
        #expect(stale.output == "Out/Package.swift: would change\n")
    }

    @Test("diff: pages against the package's recorded surface; nothing for the same pages; --fail-on; json and markdown; generate --check summarizes")
    func diff() throws {
        let page = { (rows: String) in
            HostilePages.resourcePage("contoso.zoo.animal", namespace: "contoso.zoo", rows: rows.split(separator: "\n").map(String.init))
        }
        let root = try Self.workspace(["docs/resources/animal.md": page("| name | String | The name. |\n| age | Int32 | In years. |")])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try Self.run(["generate", "docs", "--output", "Out"], in: root).status == 0)
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("Out/graphdocgen-api.json").path))
        let same = try Self.run(["diff", "-", "docs", "--output", "Out", "--fail-on", "any"], in: root)
        #expect(same.status == 0)
        #expect(same.output == "diff: 0 breaking-swift, 0 breaking-wire, 0 additive: a patch version\n")

        try page("| name | String | The name. |\n| weight | Double | In kg. |").write(
            to: root.appendingPathComponent("docs/resources/animal.md"), atomically: true, encoding: .utf8)
        let text = try Self.run(["diff", "-", "docs", "--output", "Out"], in: root)
        #expect(text.status == 0)
        #expect(text.output == """
            resources/animal.md: breaking-swift: contoso.zoo.animal.age: the property is removed [Animal.age]
            resources/animal.md: additive: contoso.zoo.animal.weight: the property is added (`Nullable<Double>?`) [Animal.weight]
            diff: 1 breaking-swift, 0 breaking-wire, 1 additive: a major version

            """)
        #expect(try Self.run(["diff", "-", "docs", "--output", "Out", "--fail-on", "breaking"], in: root).status == 1)
        let json = try Self.run(["diff", "Out/graphdocgen-api.json", "docs", "--format", "json"], in: root)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect((object["summary"] as? [String: Any])?["bump"] as? String == "major")
        #expect((object["changes"] as? [[String: Any]])?.count == 2)
        let markdown = try Self.run(["diff", "-", "docs", "--output", "Out", "--format", "markdown"], in: root)
        #expect(markdown.output.hasPrefix("## API changes (major)\n"))
        #expect(markdown.output.contains("- `contoso.zoo.animal.age` ([resources/animal.md](resources/animal.md)): the property is removed"))
        let check = try Self.run(["generate", "docs", "--output", "Out", "--check"], in: root)
        #expect(check.status == 1)
        #expect(check.error.contains("its API changes: 1 breaking-swift, 0 breaking-wire, 1 additive: a major version (graphdocgen diff - docs lists them)"))
        let missing = try Self.run(["diff", "-", "docs", "--output", "Nowhere"], in: root)
        #expect(missing.status == 1)
        #expect(missing.error.contains("Nowhere/graphdocgen-api.json: not a recorded API surface"))
    }

    @Test("generate leaves the output alone when no page changed by content, touched or not, and reports what the last run did")
    func generationCache() throws {
        let root = try Self.workspace(["docs/thing.md": Self.warningPage])
        defer { try? FileManager.default.removeItem(at: root) }
        let page = root.appendingPathComponent("docs/thing.md")
        let manifest = root.appendingPathComponent("Out/Package.swift")
        func modified(_ url: URL) throws -> Date? {
            try FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date
        }
        let first = try Self.run(["generate", "docs", "--output", "Out"], in: root)
        #expect(first.status == 0)
        let warning = try #require(first.error.split(separator: "\n").first { $0.contains(": warning: ") })
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent(".build/graphdocgen-cache").path))
        let written = try modified(manifest)

        // Touched, not changed: nothing is read or written; the warning is reported again.
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(60)], ofItemAtPath: page.path)
        let touched = try Self.run(["generate", "docs", "--output", "Out"], in: root)
        #expect(touched.status == 0)
        #expect(touched.error.contains("graphdocgen: Out is up to date: no page, setting or generator file changed since the last run (1 pages compared by content;"))
        #expect(touched.error.contains(warning))
        #expect(touched.error.contains("graphdocgen: examples: "))
        #expect(try modified(manifest) == written)

        // Changed, but not in what the generator reads (here the front matter's date): the
        // output is left alone, and the next run finds the new contents recorded.
        try ("---\nms.date: 12/05/2026\n---\n" + Self.warningPage).write(to: page, atomically: true, encoding: .utf8)
        _ = try Self.run(["generate", "docs", "--output", "Out"], in: root)
        try ("---\nms.date: 12/06/2026\n---\n" + Self.warningPage).write(to: page, atomically: true, encoding: .utf8)
        let dated = try Self.run(["generate", "docs", "--output", "Out"], in: root)
        #expect(dated.status == 0)
        #expect(dated.error.contains(
            "graphdocgen: Out is up to date: 1 page changed since the last run, but not in what the generator reads from it (1 pages compared by content;"))
        #expect(dated.error.contains("docs/thing.md:8:1: warning: "), "the recorded diagnostics, at the page's lines")
        #expect(try Self.run(["generate", "docs", "--output", "Out"], in: root).error.contains("no page, setting or generator file changed"))
        _ = try Self.run(["generate", "docs", "--output", "Fresh", "--no-cache"], in: root)
        #expect(try FileTree(of: root.appendingPathComponent("Out")) == FileTree(of: root.appendingPathComponent("Fresh")))

        // A changed setting, a changed page and an edited output each make a full run.
        let renamed = try Self.run(["generate", "docs", "--output", "Out", "--package-name", "Zoo"], in: root)
        #expect(renamed.error.contains(" changed, ") && !renamed.error.contains("is up to date"))
        _ = try Self.run(["generate", "docs", "--output", "Out"], in: root)
        try (Self.warningPage + "\nMore prose.\n").write(to: page, atomically: true, encoding: .utf8)
        let edited = try Self.run(["generate", "docs", "--output", "Out"], in: root)
        #expect(edited.error.contains(" unchanged; model files: ") && !edited.error.contains("is up to date"))
        try "// edited by hand\n".write(to: manifest, atomically: true, encoding: .utf8)
        let repaired = try Self.run(["generate", "docs", "--output", "Out"], in: root)
        #expect(repaired.error.contains("(1 changed, "))
        #expect(try String(contentsOf: manifest, encoding: .utf8) != "// edited by hand\n")

        // --cache-path moves the cache; --no-cache neither reads nor writes one.
        _ = try Self.run(["generate", "docs", "--output", "Out", "--cache-path", "elsewhere"], in: root)
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("elsewhere").path))
        let uncached = try Self.run(["generate", "docs", "--output", "Out2", "--no-cache"], in: root)
        #expect(uncached.error.contains(" changed, 0 unchanged;"))
        let again = try Self.run(["generate", "docs", "--output", "Out2", "--no-cache"], in: root)
        #expect(again.error.contains("(0 changed, "))
    }

    /// A resource page documenting `contoso.zoo.<name>` with one property.
    static func resourcePage(_ name: String, description: String) -> String {
        """
        # \(name) resource type
        ## Properties
        | Property | Type | Description |
        |:--|:--|:--|
        | label | String | \(description) |
        ## JSON representation
        <!-- { "blockType": "resource", "@odata.type": "contoso.zoo.\(name)" } -->
        ```json
        { "label": "String" }
        ```
        """
    }

    @Test("after a page edit, generate renders only the model files made from it (a counter in the summary) and writes the bytes a run without the cache writes")
    func renderingMemo() throws {
        let root = try Self.workspace([
            "docs/thing.md": Self.resourcePage("thing", description: "The label."),
            "docs/keeper.md": Self.resourcePage("keeper", description: "The badge."),
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let first = try Self.run(["generate", "docs", "--output", "Out"], in: root)
        #expect(first.status == 0)
        #expect(first.error.contains("; model files: 2 rendered, 0 reused)"))
        // "Read-only." makes the property read-only: not a description edit alone (see proseEdit()).
        try Self.resourcePage("thing", description: "Read-only. What the thing is called.")
            .write(to: root.appendingPathComponent("docs/thing.md"), atomically: true, encoding: .utf8)
        let edited = try Self.run(["generate", "docs", "--output", "Out"], in: root)
        #expect(edited.error.contains("(1 changed, "))
        #expect(edited.error.contains("; model files: 1 rendered, 1 reused)"))
        _ = try Self.run(["generate", "docs", "--output", "Fresh", "--no-cache"], in: root)
        let out = root.appendingPathComponent("Out"), fresh = root.appendingPathComponent("Fresh")
        let paths = try FileManager.default.subpathsOfDirectory(atPath: out.path).sorted()
        #expect(paths == (try FileManager.default.subpathsOfDirectory(atPath: fresh.path)).sorted())
        for path in paths {
            #expect(FileManager.default.contentsEqual(
                atPath: out.appendingPathComponent(path).path, andPath: fresh.appendingPathComponent(path).path), "\(path)")
        }
        let thing = try String(contentsOf: out.appendingPathComponent("Sources/GraphSDK/Models/Contoso/Zoo/Thing.swift"), encoding: .utf8)
        #expect(thing.contains("/// Read-only. What the thing is called."))
    }

    @Test("after an edit of descriptions alone, generate renders again only the model files that hold them, from their recorded plans, and writes and reports what --no-cache does", arguments: ["automatic", "split"])
    func proseEdit(modules: String) throws {
        let derived = Self.resourcePage("pet", description: "Its name.").replacingOccurrences(
            of: #""@odata.type": "contoso.zoo.pet""#, with: #""@odata.type": "contoso.zoo.pet", "baseType": "contoso.zoo.thing""#)
        let root = try Self.workspace([
            "docs/thing.md": Self.resourcePage("thing", description: "The label."),
            "docs/pet.md": derived.replacingOccurrences(of: "| label |", with: "| nickname |")
                .replacingOccurrences(of: #"{ "label": "String" }"#, with: #"{ "nickname": "String" }"#),
            "docs/keeper.md": Self.resourcePage("keeper", description: "The badge."),
            "docs/warned.md": Self.warningPage,
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let page = root.appendingPathComponent("docs/thing.md")
        let generate = ["generate", "docs", "--output", "Out", "--modules", modules]
        func reported(_ run: Run) -> [Substring] {
            run.error.split(separator: "\n").filter { !$0.hasPrefix("graphdocgen: wrote ") && !$0.hasPrefix("graphdocgen: pages: ") }
        }
        func matchesFresh(_ run: Run, _ name: String) throws {
            let fresh = try Self.run(["generate", "docs", "--output", name, "--modules", modules, "--no-cache"], in: root)
            #expect(reported(run) == reported(fresh))
            #expect(try FileTree(of: root.appendingPathComponent("Out")) == FileTree(of: root.appendingPathComponent(name)))
        }
        #expect(try Self.run(generate, in: root).status == 0)

        // The label's description, inherited by the pet: the thing's and the pet's files.
        try Self.resourcePage("thing", description: "What the thing is called.").write(to: page, atomically: true, encoding: .utf8)
        let patched = try Self.run(generate, in: root)
        #expect(patched.status == 0)
        #expect(patched.error.contains("unchanged; model files: 2 rendered again from their recorded plans)"), "\(patched.error)")
        #expect(patched.error.contains("graphdocgen: pages: 1 read, 3 as recorded; 1 page changed only descriptions, so the model was not inferred again"))
        #expect(reported(patched).contains { $0.hasPrefix("docs/warned.md:") && $0.contains(": warning: ") })
        try matchesFresh(patched, "Fresh1")
        let touched = try Self.run(generate, in: root)
        #expect(touched.error.contains("is up to date: no page, setting or generator file changed"))

        // Twice in a row: the first patch recorded its plans.
        try Self.resourcePage("thing", description: "What the thing is called, again.").write(to: page, atomically: true, encoding: .utf8)
        let again = try Self.run(generate, in: root)
        #expect(again.error.contains("model files: 2 rendered again from their recorded plans)"))
        try matchesFresh(again, "Fresh2")

        // An edit inference reads ("Read-only.") is a full run, which records plans again.
        try Self.resourcePage("thing", description: "Read-only. The label.").write(to: page, atomically: true, encoding: .utf8)
        let full = try Self.run(generate, in: root)
        #expect(!full.error.contains("rendered again") && full.error.contains(" reused)"))
        try matchesFresh(full, "Fresh3")
        try Self.resourcePage("thing", description: "Read-only. The thing's label.").write(to: page, atomically: true, encoding: .utf8)
        let afterFull = try Self.run(generate, in: root)
        #expect(afterFull.error.contains("model files: 2 rendered again from their recorded plans)"))
        try matchesFresh(afterFull, "Fresh4")

        // What the patch stands on, missing or not as recorded, makes a full run: the recorded
        // plans unreadable; a file of the output edited by hand (which the run puts back).
        let plans = try #require(try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(".build/graphdocgen-cache").path)
            .first { $0.hasSuffix(".plans") })
        try Data("{\"format\": 1}\n".utf8).write(to: root.appendingPathComponent(".build/graphdocgen-cache/" + plans))
        try Self.resourcePage("thing", description: "Read-only. The thing's own label.").write(to: page, atomically: true, encoding: .utf8)
        let unplanned = try Self.run(generate, in: root)
        #expect(!unplanned.error.contains("rendered again") && unplanned.error.contains(" reused)"))
        try matchesFresh(unplanned, "Fresh5")
        let manifest = root.appendingPathComponent("Out/Package.swift")
        try "// edited by hand\n".write(to: manifest, atomically: true, encoding: .utf8)
        try Self.resourcePage("thing", description: "Read-only. The label, again.").write(to: page, atomically: true, encoding: .utf8)
        let repaired = try Self.run(generate, in: root)
        #expect(!repaired.error.contains("rendered again") && repaired.error.contains(" reused)"))
        try matchesFresh(repaired, "Fresh6")
    }

    @Test("generate after editing a page reads only that page, and writes and reports what --no-cache does, corrupt entries or not")
    func pageEvidenceCache() throws {
        var pages = ["docs/thing.md": Self.warningPage]
        for name in try FileManager.default.contentsOfDirectory(atPath: TestPages.docsInput.appendingPathComponent("api").path) {
            pages["docs/api/" + name] = try String(contentsOf: TestPages.docsInput.appendingPathComponent("api/" + name), encoding: .utf8)
        }
        let root = try Self.workspace(pages)
        defer { try? FileManager.default.removeItem(at: root) }
        let page = root.appendingPathComponent("docs/thing.md")
        let entries = root.appendingPathComponent(".build/graphdocgen-cache/pages")
        // The diagnostics and summary, without the line that says where and how much was written.
        func reported(_ run: Run) -> [Substring] {
            run.error.split(separator: "\n").filter { !$0.hasPrefix("graphdocgen: wrote ") && !$0.hasPrefix("graphdocgen: pages: ") }
        }
        #expect(try Self.run(["generate", "docs", "--output", "Out", "--verbose"], in: root).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: entries.path).count == pages.count)

        for (round, corrupt) in [(1, false), (2, true)] {
            if corrupt {
                for name in try FileManager.default.contentsOfDirectory(atPath: entries.path) {
                    try Data("{\"format\": 1, \"evi".utf8).write(to: entries.appendingPathComponent(name))
                }
            }
            let edited = Self.warningPage.replacingOccurrences(of: #"{ "a": 1, }"#, with: #"{ "b": \#(round), "a": 1.50, "b": 2, }"#)
            try (edited + "\nEdited \(round).\n").write(to: page, atomically: true, encoding: .utf8)
            let cached = try Self.run(["generate", "docs", "--output", "Out", "--verbose"], in: root)
            let uncached = try Self.run(["generate", "docs", "--output", "Fresh\(round)", "--verbose", "--no-cache"], in: root)
            #expect(cached.status == 0 && uncached.status == 0)
            #expect(!cached.error.contains("is up to date") && !cached.error.contains("page evidence cache"))
            let read = corrupt ? "\(pages.count) read, 0 from" : "1 read, \(pages.count - 1) from"
            #expect(cached.error.contains("graphdocgen: pages: \(read) the evidence cache"))
            #expect(!uncached.error.contains("graphdocgen: pages: "))
            #expect(reported(cached) == reported(uncached))
            #expect(reported(cached).contains { $0.hasPrefix("docs/thing.md:") && $0.contains(": warning: ") })
            #expect(try FileTree(of: root.appendingPathComponent("Out")) == FileTree(of: root.appendingPathComponent("Fresh\(round)")))
            #expect(try FileManager.default.contentsOfDirectory(atPath: entries.path).count == pages.count)
        }

    }

    @Test("after a documentation update (most pages changed) generate reads the changed pages without storing their entries; a run with fewer changes stores them; both write what --no-cache does")
    func documentationUpdate() throws {
        var pages = ["docs/thing.md": Self.warningPage]
        let count = GenerationRecord.updatePages + 20
        for index in 0..<count { pages["docs/notes/page\(index).md"] = "# Page \(index)\n\nFirst.\n" }
        let root = try Self.workspace(pages)
        defer { try? FileManager.default.removeItem(at: root) }
        let entries = root.appendingPathComponent(".build/graphdocgen-cache/pages")
        func entryCount() throws -> Int { try FileManager.default.contentsOfDirectory(atPath: entries.path).count }
        func reported(_ run: Run) -> [Substring] {
            run.error.split(separator: "\n").filter { !$0.hasPrefix("graphdocgen: wrote ") && !$0.hasPrefix("graphdocgen: pages: ") }
        }
        #expect(try Self.run(["generate", "docs", "--output", "Out"], in: root).status == 0)
        #expect(try entryCount() == pages.count)

        for index in 0..<count {
            try "# Page \(index)\n\nUpdated.\n".write(to: root.appendingPathComponent("docs/notes/page\(index).md"), atomically: true, encoding: .utf8)
        }
        let update = try Self.run(["generate", "docs", "--output", "Out"], in: root)
        let fresh = try Self.run(["generate", "docs", "--output", "Fresh", "--no-cache"], in: root)
        #expect(update.status == 0 && !update.error.contains("is up to date"))
        #expect(try entryCount() == 1, "only the unchanged page's entry")
        #expect(update.error.contains("graphdocgen: pages: \(count) read, 1 from the evidence cache"))
        #expect(reported(update) == reported(fresh))
        #expect(try FileTree(of: root.appendingPathComponent("Out")) == FileTree(of: root.appendingPathComponent("Fresh")))

        // Fewer changes: the pages' entries are stored.
        try "# Page 0\n\nEdited.\n".write(to: root.appendingPathComponent("docs/notes/page0.md"), atomically: true, encoding: .utf8)
        #expect(try Self.run(["generate", "docs", "--output", "Out"], in: root).status == 0)
        #expect(try entryCount() == pages.count)
    }

    @Test("--version prints the version; a usage error exits with ArgumentParser's status 64 (EX_USAGE)")
    func versionAndUsage() throws {
        let root = try Self.workspace([:])
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let version = try Self.run(["--version"], in: root)
        #expect(version.status == 0)
        #expect(version.output.split(separator: ".").count == 3)
        #expect(try Self.run(["lint", "--format", "xml"], in: root).status == 64)
        #expect(try Self.run(["generate", "--api-version", "v2"], in: root).status == 64)
        #expect(try Self.run(["generate", "--access-modifier", "open"], in: root).status == 64)
        #expect(try Self.run(["generate", "--modules", "many"], in: root).status == 64)
    }

    @Test("generate --modules perNamespace splits the package; with internal or the plugin layout it is a usage error, in graphdocgen.yaml an error at its place")
    func modules() throws {
        let root = try Self.workspace(["docs/thing.md": Self.warningPage, "graphdocgen.yaml": "inputs: [docs]\naccessModifier: internal\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        let conflict = try Self.run(["generate", "--modules", "perNamespace"], in: root)
        #expect(conflict.status == 64)
        #expect(conflict.error.contains("'modules: perNamespace' needs 'accessModifier' public or package"))
        let plugin = try Self.run(["generate", "--modules", "perNamespace", "--access-modifier", "package", "--layout", "plugin"], in: root)
        #expect(plugin.status == 64)
        #expect(plugin.error.contains("cannot go with --layout plugin"))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("Generated").path))

        let split = try Self.run(["generate", "--modules", "perNamespace", "--access-modifier", "public"], in: root)
        #expect(split.status == 0, "\(split.error)")
        let sources = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Generated/Sources").path)
        #expect(sources.sorted() == ["GraphSDK", "GraphSDKContosoZoo", "GraphSDKMocks", "GraphSDKRuntime"])

        try "inputs: [docs]\naccessModifier: internal\nmodules: perNamespace\n".write(
            to: root.appendingPathComponent("graphdocgen.yaml"), atomically: true, encoding: .utf8)
        let bad = try Self.run(["generate"], in: root)
        #expect(bad.status == 1)
        #expect(bad.error.hasPrefix("graphdocgen.yaml:3:10: error: 'modules: perNamespace' needs 'accessModifier' public or package"))
    }

    @Test("generate --access-modifier overrides graphdocgen.yaml's accessModifier, whose bad value fails at its place")
    func accessModifier() throws {
        let root = try Self.workspace([
            "docs/thing.md": Self.warningPage, "graphdocgen.yaml": "inputs: [docs]\naccessModifier: package\n",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        func declaration() throws -> String {
            let client = try String(
                contentsOf: root.appendingPathComponent("Generated/Sources/GraphSDK/Client/GraphClient.swift"), encoding: .utf8)
            return String(try #require(client.split(separator: "\n").first { $0.hasSuffix("struct GraphClient: Sendable {") }))
        }
        #expect(try Self.run(["generate"], in: root).status == 0)
        #expect(try declaration() == "package struct GraphClient: Sendable {")
        #expect(try Self.run(["generate", "--access-modifier", "internal"], in: root).status == 0)
        #expect(try declaration() == "internal struct GraphClient: Sendable {")
        try "inputs: [docs]\naccessModifier: private\n".write(
            to: root.appendingPathComponent("graphdocgen.yaml"), atomically: true, encoding: .utf8)
        let bad = try Self.run(["generate"], in: root)
        #expect(bad.status == 1)
        #expect(bad.error.hasPrefix("graphdocgen.yaml:2:17: error: 'accessModifier' must be one of 'public', 'package', 'internal', not 'private'"))
    }

    @Test("generate prints warnings and errors, notes only with --verbose, and no progress when standard error is not a terminal")
    func verbosity() throws {
        // A response without a body that answers no request gets no test, and a note saying so.
        let root = try Self.workspace(["notes/api/thing-delete.md": """
            # Delete thing
            ## Example
            <!-- { "blockType": "response" } -->
            ```http
            HTTP/1.1 204 No Content
            ```
            """])
        defer { try? FileManager.default.removeItem(at: root) }
        let pages = [TestPages.docsInput.path, root.appendingPathComponent("notes").path]
        let quiet = try Self.run(["generate"] + pages + ["--output", "Out"], in: root)
        let verbose = try Self.run(["generate"] + pages + ["--output", "Out", "--verbose"], in: root)
        #expect(quiet.status == 0 && verbose.status == 0)
        let notes = verbose.error.split(separator: "\n").filter { $0.contains(": note: ") }.count
        #expect(notes > 0)
        #expect(!quiet.error.contains(": note: "))
        #expect(quiet.error.contains("graphdocgen: \(notes) notes not shown (--verbose shows them)\n"))
        #expect(quiet.error.contains(": warning: "))
        #expect(!quiet.error.contains("…"))
        #expect(quiet.error.contains("graphdocgen: wrote "))
    }
}
