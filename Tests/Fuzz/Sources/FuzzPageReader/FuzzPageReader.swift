import FuzzSupport
import LenientJSON
import PageReader

/// Fuzzes whole-page reading: front matter, English recovery, markdown structure,
/// annotations, code blocks, JSON and HTTP, with arbitrary page bytes.
///
/// Beyond not crashing, it checks that every diagnostic has a location and that it and
/// every part of the page model is at a line and column of the page, and writes the
/// page as `extract --format json` and `--summary` do.
@main
enum FuzzPageReader {
    static func main() {
        Fuzzer.run { bytes in
            let page = PageReader.read(bytes: bytes, path: "docs/page.md", relativePath: "page.md")
            LocationChecker(file: "docs/page.md", page: bytes).check(page)
            do {
                _ = try JSONValueEncoder().encodeToString(page)
            } catch {
                Fuzzer.check(false, "the page does not encode: \(error)")
            }
            _ = ExtractSummary(page)
        }
    }
}
