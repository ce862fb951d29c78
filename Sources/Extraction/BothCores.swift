import Foundation
import Dispatch

/// Two independent pieces of a serial step run at the same time, one of them on another thread, when `jobs` (the
/// build's `-j`, passed down by every caller) is more than one, else one after the other on the calling thread; the
/// results come back as a pair, so nothing depends on which finished first. (Sitegen's `concurrently` is this.)
package enum BothCores {
    /// The machine's cores: the default `jobs` of a library caller that has no `-j` of its own.
    package static var machineCores: Int { ProcessInfo.processInfo.activeProcessorCount }

    package static func run<A, B>(jobs: Int, _ first: () -> A, _ second: () -> B) -> (A, B) {
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
