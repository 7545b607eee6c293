#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The start offset of every line of a UTF-8 text, for turning byte offsets
/// into line and column positions and back.
public struct LineIndex: Sendable {
    /// The byte offset at which each line starts; the first is always 0.
    public private(set) var lineStarts: [Int]
    /// The length of the text in bytes.
    public let byteCount: Int

    /// Indexes the lines of `bytes`. A line ends after `\n`; `\r\n` counts as one break.
    public init(_ bytes: [UInt8]) {
        var starts = [0]
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                guard let found = memchr(base + offset, Int32(UInt8(ascii: "\n")), buffer.count - offset) else { break }
                offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
                starts.append(offset)
            }
        }
        lineStarts = starts
        byteCount = bytes.count
    }

    /// The number of lines (a text that ends with a newline has an empty last line).
    public var lineCount: Int { lineStarts.count }

    /// The 1-based position of a byte offset; offsets past the end clamp to the end.
    public func position(ofOffset offset: Int) -> SourcePosition {
        let clamped = min(max(offset, 0), byteCount)
        // Binary search for the last line start <= clamped.
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= clamped { low = mid } else { high = mid - 1 }
        }
        return SourcePosition(line: low + 1, column: clamped - lineStarts[low] + 1)
    }

    /// The byte offset of a 1-based position; positions past a line's end or the
    /// text's end clamp to the nearest valid offset.
    public func offset(of position: SourcePosition) -> Int {
        let lineIndex = min(max(position.line, 1), lineStarts.count) - 1
        let start = lineStarts[lineIndex]
        let end = lineIndex + 1 < lineStarts.count ? lineStarts[lineIndex + 1] : byteCount
        return min(start + max(position.column, 1) - 1, end)
    }

    /// The byte range of a 1-based line, without its `\n` line break.
    public func range(ofLine line: Int) -> Range<Int> {
        let lineIndex = min(max(line, 1), lineStarts.count) - 1
        let start = lineStarts[lineIndex]
        // Every line but the last ends with the `\n` just before the next line's start.
        let end = lineIndex + 1 < lineStarts.count ? lineStarts[lineIndex + 1] - 1 : byteCount
        return start..<end
    }
}
