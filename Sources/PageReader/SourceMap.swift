import GraphDocCore

/// Maps byte offsets in a rewritten text (such as the recovered English of a page)
/// back to byte offsets in the text it was made from.
///
/// The rewritten text is a sequence of runs, each copied from some offset of the
/// original; a few bytes may be inserted (they map to the original byte they stand for).
struct SourceMap: Sendable {
    /// The offset in the rewritten text where each run starts, ascending.
    private var rewrittenStarts: [Int] = []
    /// The offset in the original text that each run was copied from.
    private var originalStarts: [Int] = []

    /// Records that the bytes written from `rewrittenOffset` on come from `originalOffset` on.
    mutating func startRun(rewrittenOffset: Int, originalOffset: Int) {
        if let lastRewritten = rewrittenStarts.last, let lastOriginal = originalStarts.last {
            // A run that continues the previous one needs no entry of its own.
            if lastOriginal + (rewrittenOffset - lastRewritten) == originalOffset { return }
            if lastRewritten == rewrittenOffset {
                originalStarts[originalStarts.count - 1] = originalOffset
                return
            }
        }
        rewrittenStarts.append(rewrittenOffset)
        originalStarts.append(originalOffset)
    }

    /// The original offset of a rewritten offset.
    func originalOffset(of rewrittenOffset: Int) -> Int {
        guard !rewrittenStarts.isEmpty else { return rewrittenOffset }
        var low = 0
        var high = rewrittenStarts.count - 1
        if rewrittenOffset < rewrittenStarts[0] { return originalStarts[0] }
        while low < high {
            let mid = (low + high + 1) / 2
            if rewrittenStarts[mid] <= rewrittenOffset { low = mid } else { high = mid - 1 }
        }
        return originalStarts[low] + (rewrittenOffset - rewrittenStarts[low])
    }
}
