import Dispatch
import Foundation
import Extraction

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
        return run((0...chunks).map { $0 * count / chunks }, body)
    }

    /// `map` with as many chunks, each of about the same total `weight(i)` (≥ 0) rather than the same number of items: for
    /// items of uneven cost (two chunks of equal counts left one core idle while the other read the heavier half).
    static func map<T>(_ count: Int, jobs: Int, minChunk: Int = 256, weight: (Int) -> Int, _ body: (Range<Int>) -> T) -> [T] {
        let chunks = max(1, min(jobs, count / minChunk))
        SplitLog.current?.record(chunks)
        if chunks == 1 { return [body(0..<count)] }
        return run(weightedBounds(count, chunks: chunks, weight: weight), body)
    }

    /// `chunks` + 1 rising bounds from 0 to `count`: chunk c ends after the first item where the weights so far reach
    /// c / `chunks` of their total.
    static func weightedBounds(_ count: Int, chunks: Int, weight: (Int) -> Int) -> [Int] {
        let weights = (0..<count).map { max(0, weight($0)) }
        let total = weights.reduce(0, +)
        var bounds = [0]
        var sum = 0
        for i in 0..<count where bounds.count < chunks {
            sum += weights[i]
            while bounds.count < chunks && sum * chunks >= total * bounds.count { bounds.append(i + 1) }
        }
        while bounds.count <= chunks { bounds.append(count) }
        return bounds
    }

    /// `body` of the ranges between consecutive `bounds`, one per thread, results in order.
    private static func run<T>(_ bounds: [Int], _ body: (Range<Int>) -> T) -> [T] {
        let chunks = bounds.count - 1
        let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: chunks)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        let base = UncheckedBox(results.baseAddress!)
        withoutActuallyEscaping(body) { body in
            let work = UncheckedBox(body)
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                base.value[c] = work.value(bounds[c]..<bounds[c + 1])
            }
        }
        let out = results.map { $0! }
        _ = results.deinitialize()
        return out
    }

    /// `main` on the calling thread (where it may split its own work with `map`) while `side` runs on a thread of its
    /// own, when `jobs` is more than one; else `main`, then `side`, on the calling thread (`BothCores.run`). The two must
    /// share nothing either of them changes.
    static func beside<A, B>(jobs: Int, _ main: () -> A, side: () -> B) -> (A, B) {
        SplitLog.current?.record(jobs > 1 ? 2 : 1)
        return BothCores.run(jobs: jobs, main, side)
    }

    /// Lets a thread of its own free `value` (tables whose release, a free per string, would hold up the caller) when
    /// `jobs` is more than one; else it is freed here.
    static func freeBeside<T>(_ value: consuming T, jobs: Int) {
        SplitLog.current?.record(jobs > 1 ? 2 : 1)
        guard jobs > 1 else { return }
        let held = Unmanaged.passRetained(Held(value)).toOpaque()
        var thread = pthread_t()
        if pthread_create(&thread, nil, { raw in
            Unmanaged<AnyObject>.fromOpaque(raw!).release()
            return nil
        }, held) == 0 {
            pthread_detach(thread)
        } else {
            Unmanaged<AnyObject>.fromOpaque(held).release()
        }
    }

    /// What `freeBeside` hands its thread.
    private final class Held<T> {
        let value: T
        init(_ value: T) { self.value = value }
    }

    /// The chunk counts of the `map` calls (and the threads of the `beside` and `freeBeside` calls) made while it is the task's
    /// `current` log (tests: with one job no call splits its work, so no second thread runs).
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
