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
