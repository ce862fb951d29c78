import Foundation

/// Runs the site's generators on two lanes, so that the mostly serial ones do not leave a core idle.
///
/// The page generators (articles, entities, events… each rendering its pages on all the cores) run in
/// order on the calling thread; the generators in `beside` (entity lists, data exports, index letters,
/// search index: a serial layout, sort or index build before their files) run in order on a second thread
/// at the same time. The generators in `last` (the sitemap, which lists the pages written before it, and
/// the build information) run after both lanes, in order. Each generator writes its own files, so the
/// output is the same as from the generators one after the other (`OutputSink` and `StagedOutput` take
/// writes from any thread; the sitemap sorts the pages it lists). With one job, every generator runs in
/// order on the calling thread, as before.
///
/// Timings: the page lane's stages are named as before (`render:articles`); the second lane's stages follow
/// them, marked `(lane 2)`: their wall time overlapped the page lane's, and the CPU of every stage is the
/// whole process's, so a lane-2 stage's CPU holds the page lane's work of the same time. `render (2 lanes)`
/// gives the wall and CPU time of both lanes together.
enum RenderLanes {
    /// Generators (by name) run beside the page generators.
    static let beside: Set<String> = ["entity-lists", "data", "index-letters", "search"]
    /// Generators (by name) run after both lanes, in order.
    static let last: Set<String> = ["sitemap", "build-info"]

    /// The generators' indexes as (page lane, second lane, after both), each in the order given.
    static func partition(_ names: [String], jobs: Int) -> (pages: [Int], beside: [Int], last: [Int]) {
        var pages: [Int] = [], second: [Int] = [], after: [Int] = []
        // a generator after a `last` one keeps its place after it (the lanes only reorder what comes before)
        var closed = false
        for (i, name) in names.enumerated() {
            if closed || last.contains(name) {
                closed = true
                after.append(i)
            } else if jobs > 1 && beside.contains(name) {
                second.append(i)
            } else {
                pages.append(i)
            }
        }
        return (pages, second, after)
    }

    /// Runs `generators` into `sink` (see the type's comment); the first error, in the generators' order, is thrown
    /// once both lanes stopped (a lane stops at its first error).
    static func run(_ generators: [any SiteGenerator], into sink: OutputSink, jobs: Int, progress: (any BuildProgress)?,
                    timings: inout StageTimings) throws(Diagnostic) {
        let (pages, second, after) = partition(generators.map(\.name), jobs: jobs)
        let counter = ProgressCount(total: generators.count, progress: progress)
        guard !second.isEmpty else {
            for i in pages + after {
                counter.starting()
                try timings.measure("render:" + generators[i].name) { () throws(Diagnostic) in try generators[i].generate(into: sink, jobs: jobs) }
            }
            return
        }
        let started = DispatchTime.now().uptimeNanoseconds
        let cpu = StageTimings.cpuSeconds()
        let lane = SecondLane()
        let work = UncheckedSendable((generators, sink, counter))
        let thread = Thread {
            let (generators, sink, counter) = work.value
            for i in second {
                counter.starting()
                do {
                    try lane.timings.measure("render:" + generators[i].name + " (lane 2)") { () throws(Diagnostic) in
                        try generators[i].generate(into: sink, jobs: jobs)
                    }
                } catch {
                    lane.error = (i, error as? Diagnostic ?? .error("\(error)"))
                    break
                }
            }
            lane.done.signal()
        }
        // (the main thread's stack: the serial parts of these generators ran there before)
        thread.stackSize = 8 << 20
        thread.start()
        var failure: (index: Int, error: Diagnostic)?
        for i in pages {
            counter.starting()
            do {
                try timings.measure("render:" + generators[i].name) { () throws(Diagnostic) in try generators[i].generate(into: sink, jobs: jobs) }
            } catch {
                failure = (i, error)
                break
            }
        }
        lane.done.wait()
        timings.append(lane.timings)
        if let other = lane.error, failure.map({ other.index < $0.index }) ?? true { failure = other }
        if let failure { throw failure.error }
        timings.record("render (2 lanes)", since: started, cpu: cpu)
        for i in after {
            counter.starting()
            try timings.measure("render:" + generators[i].name) { () throws(Diagnostic) in try generators[i].generate(into: sink, jobs: jobs) }
        }
    }

    /// What the second lane hands back (written by its thread, read after `done`).
    private final class SecondLane: @unchecked Sendable {
        var timings = StageTimings()
        var error: (index: Int, error: Diagnostic)?
        let done = DispatchSemaphore(value: 0)
    }

    /// The render progress: generators started, from either lane.
    private final class ProgressCount: @unchecked Sendable {
        let total: Int
        let progress: (any BuildProgress)?
        private let lock = NSLockBox()
        private var started = 0
        init(total: Int, progress: (any BuildProgress)?) {
            self.total = total
            self.progress = progress
        }
        func starting() {
            guard let progress else { return }
            let done = lock.withLock { () -> Int in
                defer { started += 1 }
                return started
            }
            progress.update(stage: "render", done: done, total: total)
        }
    }
}
