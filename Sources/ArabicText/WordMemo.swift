import Foundation

/// What a function gives for each word met, kept by the word's UTF-8 bytes and shared by threads: a few
/// thousand words are most of any text, so each is worked out about once. Emptied when it holds `limit`
/// words, so memory stays bounded whatever the corpus. (Used for a word's clitic readings in the event
/// scans and for its search stems.)
public final class WordMemo<Value>: @unchecked Sendable {
    @usableFromInline let lock = NSLock()
    @usableFromInline var known: [UTF8Key: Value] = [:]
    @usableFromInline let limit: Int

    public init(limit: Int = 100_000) { self.limit = limit }

    /// `compute(word)`, from memory when the word was met before.
    @inlinable
    public func value(of word: String, _ compute: (String) -> Value) -> Value {
        let key = UTF8Key(word)
        lock.lock()
        let hit = known[key]
        lock.unlock()
        if let hit { return hit }
        let value = compute(word)
        lock.lock()
        if known.count >= limit { known.removeAll(keepingCapacity: true) }
        known[key] = value
        lock.unlock()
        return value
    }
}
