import ArabicText
import Foundation

/// The readings and list bits of the sentence words a thread met (`SentenceWords.Word.readings`, `.lists`), kept in a
/// table of slots of the thread's own, found by the two words of the key's small string (`SmallUTF8`): no lock, no
/// hash over the bytes, no retained key string, and one readings array shared by every word of a key.
///
/// `SentenceWords.word` asked the shared memo (`SharedWords`: an FNV-1a hash of the bytes, a mutex, ~460 instructions
/// a word met before) for a word with a proclitic, the article or an accusative alif, and looked up the list bits of
/// every other word in `EventWordLists.table` (~430 instructions, and a `[key]` array made and freed for each). A
/// key of 15 bytes or fewer (seven Arabic letters: most words) is a small string whose two words hold its bytes and
/// count, so two keys with the same two words are the same string; a slot holds the last key met of those whose
/// words fall in it, with what `SentenceWords.readingsAndLists(ofKey:kind:)` gave for it (a pure function of the
/// key and whether the token is a word), so a hit gives what a miss would work out. Longer keys, and every key when
/// the small-string layout is not confirmed (`SmallUTF8.isAvailable`), are worked out as before.
final class ThreadWordMemo {
    struct Slot {
        /// The key's small-string words (`low` 0 and `high` 0 for an empty slot: no small string has those words,
        /// the discriminator's bits being set in `high`).
        var low: UInt64
        var high: UInt64
        var isWord: Bool
        var value: SentenceWords.ReadingsAndLists?
    }

    /// 16 Ki slots (~640 KB and the readings of 16 Ki words a thread; the threads that extract are the cores'),
    /// enough for the words most met in a corpus of any size.
    static let slotBits = 14
    let slots: UnsafeMutablePointer<Slot>

    private init() {
        let n = 1 << Self.slotBits
        slots = UnsafeMutablePointer<Slot>.allocate(capacity: n)
        for k in 0..<n { (slots + k).initialize(to: Slot(low: 0, high: 0, isWord: false, value: nil)) }
    }

    deinit {
        slots.deinitialize(count: 1 << Self.slotBits)
        slots.deallocate()
    }

    /// The calling thread's memo (made on its first call, released when the thread ends); nil when keys cannot be
    /// read as small strings.
    static func current() -> ThreadWordMemo? {
        guard SmallUTF8.isAvailable else { return nil }
        let key = threadKey
        if let p = pthread_getspecific(key) { return Unmanaged<ThreadWordMemo>.fromOpaque(p).takeUnretainedValue() }
        let memo = ThreadWordMemo()
        pthread_setspecific(key, Unmanaged.passRetained(memo).toOpaque())
        return memo
    }

    private static let threadKey: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { p in
            if let p { Unmanaged<ThreadWordMemo>.fromOpaque(p).release() }
        }
        return key
    }()

    /// `SentenceWords.readingsAndLists(ofKey: key, kind:)` (`isWord`: the token is a word), kept in the key's slot
    /// when the key is a small string.
    @inline(__always)
    func readingsAndLists(of key: String, isWord: Bool) -> SentenceWords.ReadingsAndLists {
        let bits = unsafeBitCast(key, to: (UInt64, UInt64).self)
        // (bit 61 of the high word: a small string, `_StringObject`'s discriminator)
        guard bits.1 & (1 << 61) != 0 else { return SentenceWords.readingsAndLists(ofKey: key, isWord: isWord) }
        var h = (bits.0 &* 0x9E37_79B9_7F4A_7C15) ^ (bits.1 &* 0xC2B2_AE3D_27D4_EB4F)
        h ^= h >> 31
        let slot = slots + Int(truncatingIfNeeded: h >> UInt64(64 - Self.slotBits))
        if slot.pointee.low == bits.0, slot.pointee.high == bits.1, slot.pointee.isWord == isWord, let value = slot.pointee.value {
            return value
        }
        let value = SentenceWords.readingsAndLists(ofKey: key, isWord: isWord)
        slot.pointee = Slot(low: bits.0, high: bits.1, isWord: isWord, value: value)
        return value
    }
}
