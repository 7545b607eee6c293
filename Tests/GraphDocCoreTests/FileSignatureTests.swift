import Foundation
import GraphDocCore
import Testing

@Suite("FileSignature")
struct FileSignatureTests {
    /// A scratch file holding `text`.
    static func scratchFile(_ text: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("FileSignatureTests-\(UUID().uuidString)")
        try Data(text.utf8).write(to: url)
        return url
    }

    /// Sets the file's modification time back to `signature`'s, as `cp -p` or `touch -r` can.
    static func restoreModificationTime(of url: URL, to signature: FileSignature) {
        let seconds = signature.modified / 1_000_000_000, nanoseconds = signature.modified % 1_000_000_000
        var times = [
            timespec(tv_sec: Int(seconds), tv_nsec: Int(nanoseconds)), timespec(tv_sec: Int(seconds), tv_nsec: Int(nanoseconds)),
        ]
        #expect(utimensat(AT_FDCWD, url.path, &times, 0) == 0)
    }

    @Test("equal for an untouched file; another after a write, even of the same size with the old modification time restored")
    func changes() throws {
        let url = try Self.scratchFile("first")
        defer { try? FileManager.default.removeItem(at: url) }
        let signature = try #require(FileSignature(path: url.path))
        #expect(FileSignature(path: url.path) == signature)
        #expect(signature.size == 5)

        // The status-change time moves with every change, and nothing can set it back.
        try Data("other".utf8).write(to: url)
        Self.restoreModificationTime(of: url, to: signature)
        let rewritten = try #require(FileSignature(path: url.path))
        #expect(rewritten.modified == signature.modified && rewritten.size == signature.size)
        #expect(rewritten != signature)
        #expect(FileSignature(path: url.deletingLastPathComponent().path) == nil, "a directory has none")
        #expect(FileSignature(path: url.path + ".missing") == nil)
    }

    @Test("settled only when the file last changed before the signing time: by its device's clock when read, else well before by the wall clock")
    func settled() throws {
        let url = try Self.scratchFile("text")
        defer { try? FileManager.default.removeItem(at: url) }
        let signature = try #require(FileSignature(path: url.path))
        let lastChange = max(signature.modified, signature.changed)
        let device = SigningTime(device: signature.device, deviceTime: lastChange + 1, wallTime: 0)
        #expect(signature.isSettled(at: device))
        #expect(!signature.isSettled(at: SigningTime(device: signature.device, deviceTime: lastChange, wallTime: .max)),
                "the same tick may hide a later change")
        #expect(!signature.isSettled(at: SigningTime(device: signature.device &+ 1, deviceTime: lastChange + 1, wallTime: lastChange + 1)),
                "another device's clock says nothing; the wall clock needs the racy interval")
        #expect(signature.isSettled(at: SigningTime(wallTime: lastChange + FileSignature.racyInterval + 1)))

        // A time read through a marker file in the same directory, after the file was written.
        let marker = url.deletingLastPathComponent().appendingPathComponent("FileSignatureTests-\(UUID().uuidString).clock")
        defer { try? FileManager.default.removeItem(at: marker) }
        let now = SigningTime.now(marker: marker)
        #expect(now.device == signature.device)
        #expect(try #require(now.deviceTime) >= lastChange)
        #expect(SigningTime.now(marker: nil).device == nil)
    }

    @Test("codes as an array of its five numbers")
    func coding() throws {
        let url = try Self.scratchFile("text")
        defer { try? FileManager.default.removeItem(at: url) }
        let signature = try #require(FileSignature(path: url.path))
        let data = try JSONEncoder().encode(signature)
        #expect(String(decoding: data, as: UTF8.self).hasPrefix("[\(signature.device),\(signature.inode),4,"))
        #expect(try JSONDecoder().decode(FileSignature.self, from: data) == signature)
    }
}
