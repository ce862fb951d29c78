import ArabicText

/// Word keys found by their UTF-8 bytes in an open-addressing table hashed with FNV-1a: a look-up hashes the
/// word's few bytes once, without `Hasher`'s per-call set-up and finalization (`Set<UTF8Key>` spent most of a
/// look-up there, for every reading of every word near a trigger).
///
/// Each slot holds the key's index and 32 more bits of its hash, and the keys' bytes are kept in one flat array:
/// a probe that meets another key is mostly rejected on those bits, and a match compares bytes in place, with no
/// access to the key's `String` (most keys are small strings, whose bytes had to be copied out for each comparison).
struct ByteTable: Sendable {
    /// Per slot: the high 32 bits of the key's hash << 32 | (index of the key + 1); 0 when empty. The count is a
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

    /// The number of keys.
    var count: Int { offsets.count - 1 }

    /// The keys as they were given (`init(_:)`), or none (`init(wordsOf:)`, whose keys are made when asked).
    private let givenKeys: [WordKey]

    /// The keys, in the order they were given (made from their bytes when the table was read from a text: only tables'
    /// one-time set-ups ask).
    var keys: [WordKey] {
        if givenKeys.count == count { return givenKeys }
        return bytes.withUnsafeBufferPointer { b in
            (0..<count).map { k in
                WordKey(String(decoding: UnsafeBufferPointer(rebasing: b[Int(offsets[k])..<Int(offsets[k + 1])]), as: UTF8.self))
            }
        }
    }

    /// The byte count of key `k`.
    func byteCount(ofKey k: Int) -> Int { Int(offsets[k + 1] - offsets[k]) }

    init<S: Sequence>(_ members: S) where S.Element == WordKey {
        let keys = Array(members)
        givenKeys = keys
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
        sketches = Self.sketches(bytes, offsets)
    }

    /// The table of the distinct words of `text`, separated by spaces and line feeds, in the order of their first
    /// occurrence: `ByteTable(Set(Lexicon.words(text).map(WordKey.init)))` but for the order of the keys (which no
    /// look-up depends on), read in place on the text's bytes with no string, key or set made per word.
    init(wordsOf text: String) {
        var text = text
        let made: (slots: [UInt64], bytes: [UInt8], offsets: [Int32]) = text.withUTF8 { b in
            // (at most one word more than separators: a count the compiler vectorizes, where counting the words
            // themselves branched at every byte)
            var words = 1
            for x in b where x == 0x20 || x == 0x0A { words += 1 }
            var i = 0
            var size = 8
            while size < 2 * words { size *= 2 }
            var slots = [UInt64](repeating: 0, count: size)
            var bytes: [UInt8] = []
            bytes.reserveCapacity(b.count)
            var offsets: [Int32] = [0]
            offsets.reserveCapacity(words + 1)
            while i < b.count {
                while i < b.count, b[i] == 0x20 || b[i] == 0x0A { i += 1 }
                let start = i
                var f: UInt64 = 0xcbf29ce484222325   // (`hash`, as the word is scanned)
                while i < b.count, b[i] != 0x20, b[i] != 0x0A {
                    f = (f ^ UInt64(b[i])) &* 0x100000001b3
                    i += 1
                }
                guard i > start else { continue }
                let h = Int(truncatingIfNeeded: f ^ (f >> 29))
                let tag = Self.tag(h)
                let n = i - start
                var s = h & (size - 1), seen = false
                while slots[s] != 0 {
                    if slots[s] >> 32 == tag {
                        let k = Int(UInt32(truncatingIfNeeded: slots[s])) - 1
                        let lo = Int(offsets[k])
                        if Int(offsets[k + 1]) - lo == n {
                            var j = 0
                            while j < n, bytes[lo + j] == b[start + j] { j += 1 }
                            if j == n { seen = true; break }
                        }
                    }
                    s = (s + 1) & (size - 1)
                }
                guard !seen else { continue }
                slots[s] = tag << 32 | UInt64(offsets.count)
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: b[start..<i]))
                offsets.append(Int32(bytes.count))
            }
            return (slots, bytes, offsets)
        }
        givenKeys = []
        slots = made.slots
        mask = made.slots.count - 1
        bytes = made.bytes
        offsets = made.offsets
        sketches = Self.sketches(made.bytes, made.offsets)
    }

    /// The `sketch` bits of the keys whose bytes are `bytes` cut at `offsets`, for a table of 400 keys or fewer; else none.
    private static func sketches(_ bytes: [UInt8], _ offsets: [Int32]) -> [UInt64] {
        guard offsets.count - 1 <= 400 else { return [] }
        var sketches = [UInt64](repeating: 0, count: 64)
        bytes.withUnsafeBufferPointer { b in
            for k in 0..<(offsets.count - 1) {
                let x = sketch(UnsafeBufferPointer(rebasing: b[Int(offsets[k])..<Int(offsets[k + 1])]))
                sketches[x >> 6] |= 1 << UInt64(x & 63)
            }
        }
        return sketches
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
struct ByteLengths: Sendable {
    let shortest: Int
    let longest: Int

    init(of table: ByteTable) {
        var shortest = Int.max, longest = -1
        for k in 0..<table.count {
            let n = table.byteCount(ofKey: k)
            shortest = min(shortest, n)
            longest = max(longest, n)
        }
        self.shortest = table.count == 0 ? 0 : shortest
        self.longest = longest
    }

    func admits(_ word: String) -> Bool {
        let n = word.utf8.count
        return n >= shortest && n <= longest
    }
}
