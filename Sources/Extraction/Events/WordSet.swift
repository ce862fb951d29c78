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
    /// The set's bit in each word's `SentenceWords.Word.lists` (`EventListBit`), or 0 for a set with none: then
    /// `SentenceWords.has(_:in:)` tests the bit instead of looking each reading up.
    let listMask: UInt64

    init<S: Sequence>(_ words: S, bit: EventListBit? = nil) where S.Element == String {
        members = ByteTable(Set(words.map(WordKey.init)))
        lengths = ByteLengths(of: members.keys)
        listMask = bit.map { 1 << UInt64($0.rawValue) } ?? 0
    }

    func contains(_ word: String) -> Bool {
        lengths.admits(word) && members.index(of: word) != nil
    }

    /// Whether the word whose UTF-8 bytes are `b` is a member.
    func contains(bytes b: UnsafeBufferPointer<UInt8>) -> Bool {
        b.count >= lengths.shortest && b.count <= lengths.longest && members.index(ofBytes: b) != nil
    }

    /// `contains(String(word.unicodeScalars.dropFirst(n)))`, without making the string: the bytes of `word` after
    /// its first `n` scalars are looked up in place.
    func contains(_ word: String, droppingScalars n: Int) -> Bool {
        if n <= 0 { return contains(word) }
        let found: Bool? = word.utf8.withContiguousStorageIfAvailable { b in
            let start = UTF8Scalars.offset(ofScalar: n, in: b) ?? b.count   // (fewer scalars: the empty word)
            return contains(bytes: UnsafeBufferPointer(rebasing: b[start...]))
        }
        if let found { return found }
        return contains(String(String.UnicodeScalarView(word.unicodeScalars.dropFirst(n))))
    }

    var isEmpty: Bool { members.keys.isEmpty }
    var count: Int { members.keys.count }
    /// The members, in no particular order.
    var keys: [WordKey] { members.keys }
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
        self.init(keyed: Dictionary(uniqueKeysWithValues: entries.map { (WordKey($0.key), $0.value) }))
    }

    /// A map of keys told apart by their bytes (two canonically equivalent spellings stay two keys).
    init(keyed members: [WordKey: Value]) {
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
    /// The keys and their values.
    var entries: [WordKey: Value] { members }
}

/// Word keys found by their UTF-8 bytes in an open-addressing table hashed with FNV-1a: a look-up hashes the
/// word's few bytes once, without `Hasher`'s per-call set-up and finalization (`Set<UTF8Key>` spent most of a
/// look-up there, for every reading of every word near a trigger).
///
/// Each slot holds the key's index and 32 more bits of its hash, and the keys' bytes are kept in one flat array:
/// a probe that meets another key is mostly rejected on those bits, and a match compares bytes in place, with no
/// access to the key's `String` (most keys are small strings, whose bytes had to be copied out for each comparison).
struct ByteTable: Sendable {
    /// The keys, in the order they were given.
    let keys: [WordKey]
    /// Per slot: the high 32 bits of the key's hash << 32 | (index into `keys` + 1); 0 when empty. The count is a
    /// power of two, at least twice the keys.
    private let slots: [UInt64]
    private let mask: Int
    /// The keys' UTF-8 bytes, one after another; key k is `bytes[offsets[k]..<offsets[k + 1]]`.
    private let bytes: [UInt8]
    private let offsets: [Int32]
    /// For a table of a few hundred keys or fewer: one bit per `sketch` of a key (its length and three of its bytes),
    /// 4,096 bits, so that most words no key shares a sketch with are turned away before they are hashed (most words
    /// looked up in a rule's list are not in it); empty for larger tables, whose bits would be mostly set.
    private let sketches: [UInt64]

    init<S: Sequence>(_ members: S) where S.Element == WordKey {
        keys = Array(members)
        var size = 8
        while size < 2 * keys.count { size *= 2 }
        mask = size - 1
        var slots = [UInt64](repeating: 0, count: size)
        var bytes: [UInt8] = []
        var offsets: [Int32] = [0]
        for (k, key) in keys.enumerated() {
            bytes.append(contentsOf: key.string.utf8)
            offsets.append(Int32(bytes.count))
            var s = key.string
            let h = s.withUTF8 { Self.hash($0) }
            var i = h & (size - 1)
            while slots[i] != 0 { i = (i + 1) & (size - 1) }
            slots[i] = Self.tag(h) << 32 | UInt64(k + 1)
        }
        self.slots = slots
        self.bytes = bytes
        self.offsets = offsets
        var sketches: [UInt64] = []
        if keys.count <= 400 {
            sketches = [UInt64](repeating: 0, count: 64)
            for key in keys {
                var s = key.string
                let x = s.withUTF8 { Self.sketch($0) }
                sketches[x >> 6] |= 1 << UInt64(x & 63)
            }
        }
        self.sketches = sketches
    }

    /// A number below 4,096 made of a word's byte count, its second, middle and last bytes.
    @inline(__always)
    static func sketch(_ b: UnsafeBufferPointer<UInt8>) -> Int {
        let n = b.count
        guard n > 0 else { return 0 }
        var x = UInt32(truncatingIfNeeded: n) &* 0x9E37_79B1
        x ^= UInt32(b[n - 1]) &* 0x85EB_CA77
        x ^= UInt32(b[n >> 1]) &* 0xC2B2_AE3D
        if n > 1 { x ^= UInt32(b[1]) &* 0x27D4_EB2F }
        return Int((x ^ (x >> 15) ^ (x >> 27)) & 4095)
    }

    @inline(__always)
    static func hash(_ b: UnsafeBufferPointer<UInt8>) -> Int {
        var h: UInt64 = 0xcbf29ce484222325
        for x in b { h = (h ^ UInt64(x)) &* 0x100000001b3 }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    /// The bits of a hash kept in its slot (the high half: the slot index takes the low bits).
    @inline(__always)
    static func tag(_ h: Int) -> UInt64 { UInt64(truncatingIfNeeded: h) >> 32 }

    /// The index in `keys` of the key with the bytes of `word`, if any.
    func index(of word: String) -> Int? {
        if let found = word.utf8.withContiguousStorageIfAvailable({ index(ofBytes: $0) }) { return found }
        var w = word
        return w.withUTF8 { index(ofBytes: $0) }
    }

    func index(ofBytes b: UnsafeBufferPointer<UInt8>) -> Int? {
        if !sketches.isEmpty {
            let x = Self.sketch(b)
            if sketches[x >> 6] & (1 << UInt64(x & 63)) == 0 { return nil }
        }
        let h = Self.hash(b)
        let tag = Self.tag(h)
        var i = h & mask
        while true {
            let slot = slots[i]
            if slot == 0 { return nil }
            if slot >> 32 == tag {
                let k = Int(UInt32(truncatingIfNeeded: slot)) - 1
                let start = Int(offsets[k]), end = Int(offsets[k + 1])
                if end - start == b.count {
                    var same = true
                    var j = 0
                    while j < b.count {
                        if bytes[start + j] != b[j] { same = false; break }
                        j += 1
                    }
                    if same { return k }
                }
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

/// Scalar positions in UTF-8 bytes.
enum UTF8Scalars {
    /// The byte offset at which scalar `n` of valid UTF-8 `b` starts (`b.count` when `b` has exactly `n` scalars),
    /// or nil when it has fewer.
    @inline(__always)
    static func offset(ofScalar n: Int, in b: UnsafeBufferPointer<UInt8>) -> Int? {
        var seen = 0, i = 0
        while seen < n {
            guard i < b.count else { return nil }
            i += 1
            while i < b.count && b[i] & 0xC0 == 0x80 { i += 1 }
            seen += 1
        }
        return i
    }
}
