import Foundation

/// Runs `main` on the calling thread and `side` at the same time on a thread of its own, and returns when
/// both are done.
///
/// For work of a later stage done while a mostly serial step leaves a core idle. (Run as the second task of
/// `BothCores`, it held one of the dispatch pool's threads, which the step's own parallel parts then lacked.
/// At idle priority, `SCHED_IDLE`, it hardly ran on a machine busy with other processes: tried and taken back.)
func beside<A>(_ main: () -> A, side: @escaping () -> Void) -> A {
    let done = DispatchSemaphore(value: 0)
    let work = UncheckedSendable(side)
    let thread = Thread {
        work.value()
        done.signal()
    }
    thread.start()
    let result = main()
    done.wait()
    return result
}
