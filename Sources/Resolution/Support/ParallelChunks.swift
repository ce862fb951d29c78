import Dispatch
import Foundation

/// Splits `0..<count` into a few contiguous chunks, runs `body` on each on its own thread and returns
/// the results in chunk order, so the output never depends on scheduling. Each chunk gets its own
/// state (memo tables), so `body` needs no locks.
enum ParallelChunks {
    static var jobs: Int { ProcessInfo.processInfo.activeProcessorCount }

    static func map<T>(_ count: Int, minChunk: Int = 256, _ body: (Range<Int>) -> T) -> [T] {
        let chunks = max(1, min(jobs, count / minChunk))
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
}

/// A value handed to the worker threads of `ParallelChunks` (each thread writes its own slot).
struct UncheckedBox<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
