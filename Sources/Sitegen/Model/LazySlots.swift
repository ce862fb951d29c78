import Foundation

/// A fixed number of slots, each filled with its value the first time it is asked for and kept: for values made
/// on demand by the page generators from several threads (a lock per stripe of slots guards them).
final class LazySlots<Value>: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<Value?>
    private let count: Int
    private let locks: [NSLock]

    init(count: Int) {
        self.count = count
        slots = .allocate(capacity: max(count, 1))
        slots.initialize(repeating: nil, count: max(count, 1))
        locks = (0..<64).map { _ in NSLock() }
    }

    deinit {
        slots.deinitialize(count: max(count, 1))
        slots.deallocate()
    }

    /// The value of slot `slot`, made by `make` if it has none yet; `stripe` picks the lock (slots that tend to be
    /// asked for together, such as an article's blocks, share one).
    @inline(__always)
    func value(_ slot: Int, stripe: Int, make: () -> Value) -> Value {
        let lock = locks[stripe & 63]
        lock.lock()
        defer { lock.unlock() }
        if let made = slots[slot] { return made }
        let made = make()
        slots[slot] = made
        return made
    }
}
