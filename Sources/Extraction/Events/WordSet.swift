import ArabicText
import Foundation

/// A word key (`ArabicNormalizer.matchKey` form) compared by its UTF-8 bytes.
typealias WordKey = UTF8Key

/// A set of word keys (`EventLexicon.key` forms) looked up by their UTF-8 bytes.
///
/// `Set<String>` hashes and compares Arabic strings under canonical equivalence, which checks every
/// scalar's normalization property on each look-up: that was most of the cost of
/// `SentenceWords.has(_:in:)`, called for every word near every trigger. Keys and readings are
/// produced by the same folding (`ArabicNormalizer.matchKey`), so comparing their bytes finds the same words.
struct WordSet: Sendable {
    private let members: ByteTable
    private let lengths: ByteLengths

    init<S: Sequence>(_ words: S) where S.Element == String {
        members = ByteTable(Set(words.map(WordKey.init)))
        lengths = ByteLengths(of: members.keys)
    }

    func contains(_ word: String) -> Bool {
        lengths.admits(word) && members.index(of: word) != nil
    }

    var isEmpty: Bool { members.keys.isEmpty }
    var count: Int { members.keys.count }
}

/// A dictionary from word keys (`EventLexicon.key` forms) looked up by their UTF-8 bytes, for the same
/// reason as `WordSet`.
struct WordMap<Value: Sendable>: Sendable {
    private let members: [WordKey: Value]
    private let table: ByteTable
    /// The value of each key of `table`, in its order.
    private let tableValues: [Value]
    private let lengths: ByteLengths

    init(_ entries: [String: Value]) {
        let members = Dictionary(uniqueKeysWithValues: entries.map { (WordKey($0.key), $0.value) })
        let table = ByteTable(members.keys)
        self.members = members
        self.table = table
        tableValues = table.keys.map { members[$0]! }
        lengths = ByteLengths(of: members.keys)
    }

    subscript(word: String) -> Value? {
        guard lengths.admits(word), let i = table.index(of: word) else { return nil }
        return tableValues[i]
    }

    var count: Int { members.count }
    var values: Dictionary<WordKey, Value>.Values { members.values }
}

/// Word keys found by their UTF-8 bytes in an open-addressing table hashed with FNV-1a: a look-up hashes the
/// word's few bytes once, without `Hasher`'s per-call set-up and finalization (`Set<UTF8Key>` spent most of a
/// look-up there, for every reading of every word near a trigger).
struct ByteTable: Sendable {
    /// The keys, in the order they were given.
    let keys: [WordKey]
    /// Index into `keys` + 1 of each slot, 0 when empty; the count is a power of two, at least twice the keys.
    private let slots: [Int32]
    private let mask: Int

    init<S: Sequence>(_ members: S) where S.Element == WordKey {
        keys = Array(members)
        var size = 8
        while size < 2 * keys.count { size *= 2 }
        mask = size - 1
        var slots = [Int32](repeating: 0, count: size)
        for (k, key) in keys.enumerated() {
            var s = key.string
            var i = s.withUTF8 { Self.hash($0) } & (size - 1)
            while slots[i] != 0 { i = (i + 1) & (size - 1) }
            slots[i] = Int32(k + 1)
        }
        self.slots = slots
    }

    @inline(__always)
    static func hash(_ b: UnsafeBufferPointer<UInt8>) -> Int {
        var h: UInt64 = 0xcbf29ce484222325
        for x in b { h = (h ^ UInt64(x)) &* 0x100000001b3 }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    /// The index in `keys` of the key with the bytes of `word`, if any.
    func index(of word: String) -> Int? {
        if let found = word.utf8.withContiguousStorageIfAvailable({ index(ofBytes: $0) }) { return found }
        var w = word
        return w.withUTF8 { index(ofBytes: $0) }
    }

    func index(ofBytes b: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = Self.hash(b) & mask
        while true {
            let k = Int(slots[i])
            if k == 0 { return nil }
            let same: Bool? = keys[k - 1].string.utf8.withContiguousStorageIfAvailable { q in
                q.count == b.count && (q.count == 0 || memcmp(q.baseAddress!, b.baseAddress!, q.count) == 0)
            }
            if same ?? keys[k - 1].string.utf8.elementsEqual(b) {
                return k - 1
            }
            i = (i + 1) & mask
        }
    }
}

/// The shortest and longest of a list's words in UTF-8 bytes: most words are rejected without hashing.
private struct ByteLengths: Sendable {
    let shortest: Int
    let longest: Int

    init<S: Sequence>(of keys: S) where S.Element == WordKey {
        let counts = keys.map { $0.string.utf8.count }
        shortest = counts.min() ?? 0
        longest = counts.max() ?? -1
    }

    func admits(_ word: String) -> Bool {
        let n = word.utf8.count
        return n >= shortest && n <= longest
    }
}
