#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension StringProtocol {
    /// The first range of `target` in the text, found by comparing UTF-8 bytes; `nil` when
    /// `target` is empty or does not occur.
    ///
    /// Hand-written because the two library searches are slow where the pages are read: the
    /// standard library's `firstRange(of:)` compares characters through a generic searcher, and
    /// Foundation's `range(of:)` bridges to CFString; both showed in profiles of a corpus run.
    /// Comparing bytes finds the same occurrences wherever `target` starts and ends on a
    /// character boundary of the text, as the ASCII phrases and markers searched for do.
    public func firstByteRange(of target: some StringProtocol) -> Range<Index>? {
        var target = String(target)
        let offset: Int? = target.withUTF8 { needle in
            let haystack = utf8.withContiguousStorageIfAvailable { Self.firstOffset(of: needle, in: $0) }
            return haystack ?? Array(utf8).withUnsafeBufferPointer { Self.firstOffset(of: needle, in: $0) }
        }
        guard let offset else { return nil }
        let lower = utf8.index(utf8.startIndex, offsetBy: offset)
        return lower..<utf8.index(lower, offsetBy: target.utf8.count)
    }

    /// Whether `target` occurs in the text, compared by UTF-8 bytes (see ``firstByteRange(of:)``).
    public func containsBytes(_ target: some StringProtocol) -> Bool {
        firstByteRange(of: target) != nil
    }

    /// The offset of the first occurrence of `needle` in `haystack`.
    private static func firstOffset(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = needle.first, needle.count <= haystack.count, let base = haystack.baseAddress else { return nil }
        let last = haystack.count - needle.count
        var offset = 0
        while offset <= last {
            guard let found = memchr(base + offset, Int32(first), last - offset + 1) else { return nil }
            offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if memcmp(base + offset, needle.baseAddress!, needle.count) == 0 { return offset }
            offset += 1
        }
        return nil
    }
}
