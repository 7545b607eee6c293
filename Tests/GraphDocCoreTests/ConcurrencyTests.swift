import Foundation
import GraphDocCore
import Testing

@Suite("Concurrency helpers")
struct ConcurrencyTests {
    @Test("concurrentlyMaking fills every slot with its own element")
    func concurrentArray() {
        let squares = [Int](concurrentlyMaking: 1_000) { $0 * $0 }
        #expect(squares == (0..<1_000).map { $0 * $0 })
    }

    @Test("concurrently returns both results, and arrays made inside either are complete")
    func bothResults() {
        let (first, second) = concurrently {
            [Int](concurrentlyMaking: 500) { $0 + 1 }.reduce(0, +)
        } _: {
            [String](concurrentlyMaking: 3) { String($0) }
        }
        #expect(first == 125_250)
        #expect(second == ["0", "1", "2"])
    }

    @Test("the two jobs of concurrently run at the same time: each waits for the other to start")
    func overlapping() {
        let started = (first: DispatchSemaphore(value: 0), second: DispatchSemaphore(value: 0))
        let (first, second) = concurrently {
            started.first.signal()
            return started.second.wait(timeout: .now() + 10) == .success
        } _: {
            started.second.signal()
            return started.first.wait(timeout: .now() + 10) == .success
        }
        #expect(first && second)
    }
}
