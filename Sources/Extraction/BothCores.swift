import Dispatch
import Foundation

/// Two independent pieces of a serial step run at the same time, one of them on another thread, when `jobs` (by
/// default the machine's cores) is more than one; the results come back as a pair, so nothing depends on which
/// finished first. (Sitegen's `concurrently` is this.)
package enum BothCores {
    package static func run<A, B>(jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
                                  _ first: () -> A, _ second: () -> B) -> (A, B) {
        if jobs < 2 { return (first(), second()) }
        var a: A?
        var b: B?
        withUnsafeMutablePointer(to: &a) { pa in
            withUnsafeMutablePointer(to: &b) { pb in
                withoutActuallyEscaping(first) { first in
                    withoutActuallyEscaping(second) { second in
                        let work = Unchecked((first, second, pa, pb))
                        DispatchQueue.concurrentPerform(iterations: 2) { i in
                            if i == 0 { work.value.2.pointee = work.value.0() } else { work.value.3.pointee = work.value.1() }
                        }
                    }
                }
            }
        }
        return (a!, b!)
    }

    /// What the two threads share (each writes its own result).
    private struct Unchecked<T>: @unchecked Sendable {
        let value: T
        init(_ value: T) { self.value = value }
    }
}
