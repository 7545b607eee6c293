import Dispatch

extension Array where Element: Sendable {
    /// The array `[element(0), …, element(count - 1)]`, its elements made on all cores.
    ///
    /// Each call fills only its own slot of the new array, so the slots need no lock.
    public init(concurrentlyMaking count: Int, _ element: @Sendable (Int) -> Element) {
        self.init(unsafeUninitializedCapacity: count) { buffer, initializedCount in
            let slots = DisjointSlots(base: buffer.baseAddress)
            DispatchQueue.concurrentPerform(iterations: count) { index in
                slots.base?.advanced(by: index).initialize(to: element(index))
            }
            initializedCount = count
        }
    }
}

/// The start of a buffer whose disjoint slots are written from several threads.
private struct DisjointSlots<Element>: @unchecked Sendable {
    let base: UnsafeMutablePointer<Element>?
}

/// The results of `first` and `second`, made at the same time (on two cores when there are two).
///
/// The two may read what they both capture but must not change anything the other reads.
public func concurrently<First, Second>(_ first: () -> First, _ second: () -> Second) -> (First, Second) {
    withoutActuallyEscaping(first) { first in
        withoutActuallyEscaping(second) { second in
            let pair = ConcurrentPair(first: first, second: second)
            DispatchQueue.concurrentPerform(iterations: 2) { index in
                if index == 0 { pair.firstResult = pair.first() } else { pair.secondResult = pair.second() }
            }
            return (pair.firstResult!, pair.secondResult!)
        }
    }
}

/// Two jobs and their results; each slot is written by one thread only, and read after both ended.
private final class ConcurrentPair<First, Second>: @unchecked Sendable {
    let first: () -> First
    let second: () -> Second
    var firstResult: First?
    var secondResult: Second?

    init(first: @escaping () -> First, second: @escaping () -> Second) {
        self.first = first
        self.second = second
    }
}
