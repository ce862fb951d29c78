import Foundation

/// The reading of a file set made of a header and `count` shards, shared between a thread started early in a build
/// (`startBeside`: the analysis cache's files read while the scan, load and grouping leave a core idle) and the first
/// look-up (`all`), which reads the shards nobody has started yet on every core and waits for the ones in hand.
///
/// Each shard is read exactly once, by whichever thread claims it first, and kept at its index; the thread that
/// finishes the last one combines them (`combine`, in shard order), so what `all` returns does not depend on which
/// thread read what, or on whether the early thread ran at all.
final class ShardReads<Header, Shard, Combined>: @unchecked Sendable {
    let count: Int
    private let readHeader: () -> Header?
    private let readShard: (Header, Int) -> Shard
    private let combine: ([Shard]) -> Combined
    private let condition = NSCondition()
    /// nil: not read yet; `.some(nil)`: read, nothing usable (then no shard is read).
    private var header: Header??
    private var readingHeader = false
    private var claimed = 0
    private var finished = 0
    private var shards: [Shard?]
    private var combined: Combined?

    init(count: Int, header: @escaping () -> Header?, shard: @escaping (Header, Int) -> Shard,
         combine: @escaping ([Shard]) -> Combined) {
        self.count = count
        readHeader = header
        readShard = shard
        self.combine = combine
        shards = [Shard?](repeating: nil, count: count)
    }

    /// The header, read by the first thread that asks (the others wait for it).
    func headerValue() -> Header? {
        condition.lock()
        while true {
            if let h = header {
                condition.unlock()
                return h
            }
            if !readingHeader { break }
            condition.wait()
        }
        readingHeader = true
        condition.unlock()
        let h = readHeader()
        condition.lock()
        header = .some(h)
        condition.broadcast()
        condition.unlock()
        return h
    }

    /// The next shard nobody has started (nil: all started).
    private func claim() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        guard claimed < count else { return nil }
        claimed += 1
        return claimed - 1
    }

    /// Reads one unclaimed shard, if any is left; false when none was.
    @discardableResult
    func readOne(_ h: Header) -> Bool {
        guard let s = claim() else { return false }
        let value = readShard(h, s)
        condition.lock()
        shards[s] = value
        finished += 1
        guard finished == count else {
            condition.unlock()
            return true
        }
        let all = shards.map { $0! }
        shards = []
        condition.unlock()
        let c = combine(all)
        condition.lock()
        combined = c
        condition.broadcast()
        condition.unlock()
        return true
    }

    /// Reads unclaimed shards one after the other until none is left.
    func readRest(_ h: Header) { while readOne(h) {} }

    /// The header and the shards combined, once all are read: those nobody started are read here, on every core; nil
    /// if the header is not usable. Called once: the result is handed over.
    func all() -> (header: Header, combined: Combined)? {
        guard let h = headerValue() else { return nil }
        if count == 0 {
            return (h, combine([]))
        }
        let header = UncheckedSendable(h)
        DispatchQueue.concurrentPerform(iterations: count) { _ in self.readOne(header.value) }
        condition.lock()
        while combined == nil { condition.wait() }
        let out = combined!
        combined = nil
        condition.unlock()
        return (h, out)
    }

    /// Starts reading the header, then the shards one at a time, on a thread of its own; `then` runs on it afterwards
    /// with the header (if usable).
    func startBeside(then: @escaping @Sendable (Header) -> Void = { _ in }) {
        let work = UncheckedSendable(self)
        let done = UncheckedSendable(then)
        Thread.detachNewThread {
            guard let h = work.value.headerValue() else { return }
            work.value.readRest(h)
            done.value(h)
        }
    }
}
