import Foundation

/// Words kept by their UTF-8 bytes in a table of slots shared by the threads, each with a value worked out from it:
/// a slot holds the last word met of those whose hash falls in it (replaced when another is met), so the table's size
/// bounds the memory whatever the corpus, and a word met before is found by its bytes (an FNV-1a hash, its count and
/// its bytes compared) without `Hasher` and without a dictionary's exclusivity checks and growth.
///
/// `entry(of:word:compute:)` gives the word whose bytes are `b` and `compute` of it, kept or not: a kept word is
/// returned only when its own bytes are `b`, and its value was computed from it.
public final class SharedWords<Value>: @unchecked Sendable {
    @usableFromInline struct Entry {
        @usableFromInline var hash: UInt64
        @usableFromInline var count: Int
        /// The word's first 16 bytes, little-endian, zero after its end: a word of 16 bytes or fewer is compared by
        /// these two numbers (most words: 8 Arabic letters), a longer one by its string's bytes.
        @usableFromInline var low: UInt64
        @usableFromInline var high: UInt64
        @usableFromInline var word: String
        @usableFromInline var value: Value?

        @inlinable init(hash: UInt64, count: Int, low: UInt64, high: UInt64, word: String, value: Value?) {
            self.hash = hash
            self.count = count
            self.low = low
            self.high = high
            self.word = word
            self.value = value
        }
    }

    @usableFromInline let entries: UnsafeMutablePointer<Entry>
    @usableFromInline let mask: Int
    /// A mutex for each stripe of slots (slot & `lockMask`; two threads rarely ask for one stripe at a time), in
    /// memory of their own: an `NSLock` taken from an array was retained and released at every look-up.
    @usableFromInline let locks: UnsafeMutablePointer<pthread_mutex_t>
    @usableFromInline static var lockMask: Int { 63 }
    /// The longest word kept, in bytes (longer words are worked out each time: rare, and they would push out common ones).
    public let longestKept: Int

    /// A table of `slots` slots (rounded up to a power of two, 64 at least). (Inlinable, so that a table made in another
    /// module fills its slots as code specialized for its value type; and each slot is made empty in place:
    /// `initialize(repeating:count:)` copied one empty entry into each of the 65,536 slots through an outlined copy,
    /// ~120–140 instructions a slot.)
    @inlinable
    public init(slots: Int, longestKept: Int) {
        var size = 64
        while size < slots { size *= 2 }
        mask = size - 1
        self.longestKept = longestKept
        entries = UnsafeMutablePointer<Entry>.allocate(capacity: size)
        for k in 0..<size { (entries + k).initialize(to: Entry(hash: 0, count: -1, low: 0, high: 0, word: "", value: nil)) }
        locks = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: Self.lockMask + 1)
        for k in 0...Self.lockMask {
            (locks + k).initialize(to: pthread_mutex_t())
            pthread_mutex_init(locks + k, nil)
        }
    }

    deinit {
        for k in 0...Self.lockMask { pthread_mutex_destroy(locks + k) }
        locks.deallocate()
        entries.deinitialize(count: mask + 1)
        entries.deallocate()
    }

    /// The word whose UTF-8 bytes are `b` (`word` when given: it must have those bytes; else made from them by
    /// `String(unsafeUninitializedCapacity:)`) and `compute` of it, from the table when it holds that word.
    @inlinable
    public func entry(of b: UnsafeBufferPointer<UInt8>, word: String?, _ compute: (String) -> Value) -> (word: String, value: Value) {
        let n = b.count
        guard n <= longestKept else {
            let w = word ?? Self.make(b)
            return (w, compute(w))
        }
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var low: UInt64 = 0, high: UInt64 = 0
        var j = 0
        while j < n {
            let x = UInt64(b[j])
            h = (h ^ x) &* 0x0100_0000_01b3
            if j < 8 { low |= x &<< UInt64(truncatingIfNeeded: j &* 8) } else if j < 16 { high |= x &<< UInt64(truncatingIfNeeded: (j &- 8) &* 8) }
            j &+= 1
        }
        let slot = Int(truncatingIfNeeded: h ^ (h >> 32)) & mask
        let lock = locks + (slot & Self.lockMask)
        let kept = entries + slot
        // (the slot's fields read in place under the lock, and only the word and value copied out: a copy of the whole
        // entry, then its destruction, cost ~300 instructions a look-up, more than the rest of it)
        pthread_mutex_lock(lock)
        if kept.pointee.hash == h, kept.pointee.count == n, kept.pointee.low == low, kept.pointee.high == high,
           let value = kept.pointee.value, n <= 16 || Self.same(kept.pointee.word, b) {
            let w = kept.pointee.word
            pthread_mutex_unlock(lock)
            return (w, value)
        }
        pthread_mutex_unlock(lock)
        let w = word ?? Self.make(b)
        let value = compute(w)
        // (a string made from invalid bytes is repaired: its bytes are not `b`, so it is not kept under them)
        if word != nil || Self.same(w, b) {
            pthread_mutex_lock(lock)
            entries[slot] = Entry(hash: h, count: n, low: low, high: high, word: w, value: value)
            pthread_mutex_unlock(lock)
        }
        return (w, value)
    }

    /// `compute(word)`, from the table when it holds the word.
    @inlinable
    public func value(of word: String, _ compute: (String) -> Value) -> Value {
        if let v = word.utf8.withContiguousStorageIfAvailable({ entry(of: $0, word: word, compute).value }) { return v }
        var w = word
        return w.withUTF8 { entry(of: $0, word: word, compute).value }
    }

    /// `String(unsafeUninitializedCapacity:)` of a copy of `b`.
    @inlinable
    public static func make(_ b: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: b.count) { out in
            _ = out.initialize(from: b)
            return b.count
        }
    }

    /// Whether the UTF-8 bytes of `s` are `b`.
    @inlinable
    static func same(_ s: String, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        if let answer = s.utf8.withContiguousStorageIfAvailable({ k -> Bool in
            guard k.count == b.count else { return false }
            for j in 0..<b.count where k[j] != b[j] { return false }
            return true
        }) { return answer }
        return s.utf8.elementsEqual(b)
    }
}
