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

extension Array where Element: Sendable {
    /// The array `[element(0), …, element(count - 1)]`, its elements made on all cores; the
    /// first error in index order, if any call throws one (the others still run).
    public init<Failure: Error>(
        concurrentlyMaking count: Int, throwing element: @Sendable (Int) throws(Failure) -> Element
    ) throws(Failure) {
        let results = [Result<Element, Failure>](concurrentlyMaking: count) { index in
            Result { () throws(Failure) in try element(index) }
        }
        self = try results.map { result throws(Failure) in try result.get() }
    }
}

/// The start of a buffer whose disjoint slots are written from several threads.
private struct DisjointSlots<Element>: @unchecked Sendable {
    let base: UnsafeMutablePointer<Element>?
}

/// The results of `first` and `second`, made at the same time (on two cores when there are two):
/// `first` on this thread, `second` on another.
///
/// The two may read what they both capture but must not change anything the other reads.
/// Either may make arrays ``Swift/Array/init(concurrentlyMaking:_:)``: the jobs are not
/// iterations of one `concurrentPerform`, inside which another would run on one thread.
public func concurrently<First, Second>(_ first: () -> First, _ second: () -> Second) -> (First, Second) {
    withoutActuallyEscaping(second) { second in
        let job = ConcurrentJob(second)
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { job.run() }
        let firstResult = first()
        group.wait()
        return (firstResult, job.result!)
    }
}

/// A job run on another thread and its result, read after the job ended; the job lets go of
/// its closure when it has run, so that the closure does not outlive the call that made it.
private final class ConcurrentJob<Result>: @unchecked Sendable {
    private var work: (() -> Result)?
    var result: Result?

    init(_ work: @escaping () -> Result) {
        self.work = work
    }

    func run() {
        let work = self.work
        self.work = nil
        result = work?()
    }
}
