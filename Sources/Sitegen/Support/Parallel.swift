import Foundation
import Extraction

/// Runs `body` for every index in `0..<count` on up to `jobs` threads and returns the results in index
/// order, so the output never depends on scheduling.
func parallelMap<T>(_ count: Int, jobs: Int, _ body: (Int) -> T) -> [T] {
    if count == 0 { return [] }
    if jobs <= 1 || count == 1 { return (0..<count).map(body) }
    let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: count)
    defer { buffer.deallocate() }
    let base = UncheckedSendable(buffer.baseAddress!)
    // Many small chunks, handed out to the threads as they free up: page sizes vary a lot (an entity
    // named in thousands of articles next to one named once), so few large chunks left a core idle.
    let chunks = min(count, jobs * 64)
    withoutActuallyEscaping(body) { body in
        let b = UncheckedSendable(body)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let lo = chunk * count / chunks, hi = (chunk + 1) * count / chunks
            for i in lo..<hi { (base.value + i).initialize(to: b.value(i)) }
        }
    }
    let result = Array(buffer)
    _ = buffer.deinitialize()
    return result
}

/// Marks a value as safe to share across the worker threads of `parallelMap` (the caller guarantees it).
struct UncheckedSendable<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}

/// Runs `first` and `second` at the same time when `jobs` > 1 (one of them on another thread), else one after
/// the other; returns both results. For two independent pieces of a serial step.
func concurrently<A, B>(jobs: Int, _ first: () -> A, _ second: () -> B) -> (A, B) {
    BothCores.run(jobs: jobs, first, second)
}
