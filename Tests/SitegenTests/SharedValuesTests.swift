import Dispatch
import Foundation
import Testing
@testable import Sitegen

/// The values generators share (`SharedValues`) and `concurrently`.
@Suite struct SharedValuesTests {
    @Test func concurrentlyReturnsBothResults() {
        for jobs in [1, 2] {
            let (a, b) = concurrently(jobs: jobs, { (0..<1000).reduce(0, +) }, { "b" + String(jobs) })
            #expect(a == 499_500 && b == "b\(jobs)")
        }
    }

    struct First { let v: Int }
    struct Second { let v: Int }

    @Test func makingOneSharedValueDoesNotHoldUpAnother() {
        let shared = SharedValues()
        let secondMade = DispatchSemaphore(value: 0)
        let box = UncheckedSendable(shared)
        var waited = DispatchTimeoutResult.timedOut
        // the first value is made only once the second one was, on another thread
        Thread {
            _ = box.value.value(Second.self) { Second(v: 2) }
            secondMade.signal()
        }.start()
        let first = shared.value(First.self) {
            waited = secondMade.wait(timeout: .now() + 10)
            return First(v: 1)
        }
        #expect(waited == .success)
        #expect(first.v == 1 && shared.value(Second.self) { Second(v: 0) }.v == 2)
        #expect(shared.value(First.self) { First(v: 0) }.v == 1)  // made once
    }
}
