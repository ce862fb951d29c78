import Foundation
import Dispatch

/// Two independent pieces of a serial step run at the same time, `second` on a thread of its own, when `jobs` (the
/// build's `-j`, passed down by every caller) is more than one, else one after the other on the calling thread; the
/// results come back as a pair, so nothing depends on which finished first. (Sitegen's `concurrently` and Resolution's
/// `ParallelChunks.beside` are this.)
///
/// `second` gets a thread of its own (`pthread_create`), not a `DispatchQueue.concurrentPerform` worker: GCD runs a
/// `concurrentPerform` made inside another one's iteration with the width the outer one leaves, which on two cores is
/// one, so a `run` nested in another (the pool's inside `concurrently` beside the slugs) ran both pieces on one thread.
/// `first` runs on the calling thread, where its own parallel work (`concurrentPerform`) keeps every core.
package enum BothCores {
    /// The machine's cores: the default `jobs` of a library caller that has no `-j` of its own.
    package static var machineCores: Int { ProcessInfo.processInfo.activeProcessorCount }

    package static func run<A, B>(jobs: Int, _ first: () -> A, _ second: () -> B) -> (A, B) {
        if jobs < 2 { return (first(), second()) }
        var b: B?
        let a = withUnsafeMutablePointer(to: &b) { result -> A in
            withoutActuallyEscaping(second) { second -> A in
                let work = SecondWork(Unchecked { result.pointee = second() })
                let context = Unmanaged.passRetained(work).toOpaque()
                var thread = pthread_t()
                guard pthread_create(&thread, nil, { raw in
                    Unmanaged<SecondWork>.fromOpaque(raw!).takeRetainedValue().run.value()
                    return nil
                }, context) == 0 else {
                    // no thread to be had: one after the other, here
                    Unmanaged<SecondWork>.fromOpaque(context).release()
                    let a = first()
                    result.pointee = second()
                    return a
                }
                let a = first()
                pthread_join(thread, nil)
                return a
            }
        }
        return (a, b!)
    }

    /// What `run` hands the second piece's thread.
    private final class SecondWork {
        let run: Unchecked<() -> Void>
        init(_ run: Unchecked<() -> Void>) { self.run = run }
    }

    /// What the two threads share (each writes its own result).
    private struct Unchecked<T>: @unchecked Sendable {
        let value: T
        init(_ value: T) { self.value = value }
    }
}
