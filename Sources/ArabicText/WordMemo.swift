import Foundation

/// What a function gives for each word met, kept by the word's UTF-8 bytes and shared by threads: a few
/// thousand words are most of any text, so each is worked out about once. Emptied stripe by stripe when
/// it holds about `limit` words, so memory stays bounded whatever the corpus. (Used for a word's search
/// stems and the discovery rules' inflected words; the event scans' clitic readings are kept in `SharedWords`.)
///
/// The words are spread over stripes, each with its own lock, by a hash of their bytes: with one lock the
/// threads of the event scans and of the search index queued for it on nearly every word (most of their
/// context switches were waits for it).
public final class WordMemo<Value>: @unchecked Sendable {
    @usableFromInline static var stripeCount: Int { 64 }
    @usableFromInline let stripes: [Stripe]
    @usableFromInline let stripeLimit: Int

    @usableFromInline final class Stripe: @unchecked Sendable {
        @usableFromInline let lock = NSLock()
        @usableFromInline var known: [UTF8Key: Value] = [:]
        @usableFromInline init() {}
    }

    public init(limit: Int = 100_000) {
        stripes = (0..<Self.stripeCount).map { _ in Stripe() }
        stripeLimit = max(1, limit / Self.stripeCount)
    }

    /// `compute(word)`, from memory when the word was met before.
    @inlinable
    public func value(of word: String, _ compute: (String) -> Value) -> Value {
        let key = UTF8Key(word)
        let stripe = stripes[Self.stripe(of: key)]
        stripe.lock.lock()
        let hit = stripe.known[key]
        stripe.lock.unlock()
        if let hit { return hit }
        let value = compute(word)
        stripe.lock.lock()
        if stripe.known.count >= stripeLimit { stripe.known.removeAll(keepingCapacity: true) }
        stripe.known[key] = value
        stripe.lock.unlock()
        return value
    }

    /// The stripe of a word: FNV-1a of its last bytes and its length (cheap; words differ at the end).
    @inlinable @inline(__always)
    static func stripe(of key: UTF8Key) -> Int {
        var h: UInt32 = 2_166_136_261 ^ UInt32(truncatingIfNeeded: key.string.utf8.count)
        // (on the contiguous bytes: `utf8.suffix(4)` walked the view through its indices)
        let done: Void? = key.string.utf8.withContiguousStorageIfAvailable { b in
            for i in max(0, b.count - 4)..<b.count { h = (h ^ UInt32(b[i])) &* 16_777_619 }
        }
        if done == nil { for b in key.string.utf8.suffix(4) { h = (h ^ UInt32(b)) &* 16_777_619 } }
        return Int(h % UInt32(stripeCount))
    }
}
