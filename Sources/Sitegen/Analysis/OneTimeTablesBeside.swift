import Extraction
import Foundation

/// `OneTimeTables.prepare()` on a thread of its own, started when a build knows it will analyse articles (after the
/// unchanged-build check) and waited for before the build returns, so that no thread of it outlives the build.
final class OneTimeTablesBeside: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)

    init() {
        let done = done
        Thread.detachNewThread {
            OneTimeTables.prepare()
            done.signal()
        }
    }

    /// Returns when the tables are made.
    func wait() {
        done.wait()
        done.signal()   // (a second wait returns at once)
    }
}
