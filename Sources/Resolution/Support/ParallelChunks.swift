import Dispatch
import Foundation

/// Splits `0..<count` into a few contiguous chunks, runs `body` on each on its own thread and returns
/// the results in chunk order, so the output never depends on scheduling. Each chunk gets its own
/// state (memo tables), so `body` needs no locks.
///
/// `jobs` is the build's `-j` (passed down by every caller: `EntityResolver.jobs`, `EventResolver.jobs`): at most
/// that many chunks, and with one job `body` runs once, on the calling thread.
enum ParallelChunks {
    static func map<T>(_ count: Int, jobs: Int, minChunk: Int = 256, _ body: (Range<Int>) -> T) -> [T] {
        let chunks = max(1, min(jobs, count / minChunk))
        SplitLog.current?.record(chunks)
        if chunks == 1 { return [body(0..<count)] }
        let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: chunks)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        let base = UncheckedBox(results.baseAddress!)
        withoutActuallyEscaping(body) { body in
            let work = UncheckedBox(body)
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                let range = (c * count / chunks)..<((c + 1) * count / chunks)
                base.value[c] = work.value(range)
            }
        }
        let out = results.map { $0! }
        _ = results.deinitialize()
        return out
    }

    /// The chunk counts of the `map` calls made while it is the task's `current` log (tests: with one job no call
    /// splits its work, so no second thread runs).
    final class SplitLog: @unchecked Sendable {
        @TaskLocal static var current: SplitLog?
        private let lock = NSLock()
        private var counts: [Int] = []

        init() {}

        func record(_ chunks: Int) {
            lock.lock()
            counts.append(chunks)
            lock.unlock()
        }

        /// The chunk count of every call, in the order they were made.
        var chunkCounts: [Int] {
            lock.lock()
            defer { lock.unlock() }
            return counts
        }
    }
}

/// A value handed to the worker threads of `ParallelChunks` (each thread writes its own slot).
struct UncheckedBox<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
