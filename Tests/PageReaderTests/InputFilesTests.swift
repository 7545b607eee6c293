import Foundation
import PageReader
import TestSupport
import Testing

@Suite("Input files")
struct InputFilesTests {
    @Test("directories are searched for pages in byte order of relative path; files keep their given path")
    func discovery() throws {
        let files = try InputFiles.find([TestPages.docsInput.path])
        #expect(files.map(\.relativePath) == [
            "api/create-call.de-DE.md", "api/create-call.es-ES.md", "api/create-call.pt-BR.md",
            "api/create-call.ru-RU.md", "api/create-call.zh-CN.md",
        ])
        #expect(files.allSatisfy { $0.path.hasPrefix(TestPages.docsInput.path + "/api/") })
        let single = try InputFiles.find(["./docs-input/api/create-call.ru-RU.md"])
        #expect(single.map(\.relativePath) == ["docs-input/api/create-call.ru-RU.md"])
    }

    @Test("a missing path is an input error naming it")
    func missingPath() {
        #expect(throws: InputError.missingPath("no/such/dir")) {
            try InputFiles.find(["no/such/dir"])
        }
    }
}
