import ArabicText

/// A reader's search terms, found by their UTF-8 bytes, and the terms of a word's key worked out on its bytes:
/// what `SearchIndex.stems(of:)` gives, as term ids.
///
/// A key's proclitic readings are suffixes of its bytes (or an alef's two bytes and a suffix, for ل + ال written
/// لل), so a stem is looked up where it lies, and a `String` is made only for a term met for the first time. The stop
/// words are entries of the table that give no term. (Each stem made a `String` and a `UTF8Key`, was looked up in the
/// stop set and then in a `[UTF8Key: Int32]` of the reader's terms: 4.4 k instructions a new word at 1k.)
struct SearchStemTable {
    /// `names[t]` is term t.
    private(set) var names: [String] = []

    /// Terms and stop words by their bytes: a term's id, -1 for a stop word.
    private var table = SearchByteTable()

    init() {
        for word in SearchIndex.stopWords {
            var word = word
            word.withUTF8 { b in
                let h = SearchByteTable.hash(b)
                let (found, slot) = table.find(b, hash: h)
                if found == nil { table.add(b, hash: h, slot: slot, value: -1) }
            }
        }
    }

    /// Appends the term id of each stem of `key` (a `Tokenizer.wordKey`) to `out`, in the order of
    /// `SearchIndex.stems(of:)`, making the terms met for the first time.
    mutating func appendTerms(ofKey key: String, to out: inout [UInt32]) {
        var key = key
        key.withUTF8 { appendTerms(ofKeyBytes: $0, to: &out) }
    }

    static let waw: UInt32 = 0x0648, fa: UInt32 = 0x0641, ba: UInt32 = 0x0628, kaf: UInt32 = 0x0643, lam: UInt32 = 0x0644

    /// `appendTerms(ofKey:to:)` of the key whose UTF-8 bytes are `k`. The readings are `Clitics.forEachReading`'s
    /// (stems of two scalars or more), read from the key's first three scalars and its count up to six.
    mutating func appendTerms(ofKeyBytes k: UnsafeBufferPointer<UInt8>, to out: inout [UInt32]) {
        appendTerm(k, from: 0, restoredAlef: false, to: &out)
        // the first three scalars, the byte after each, and how many scalars (counted up to six: the tests need five)
        var v0: UInt32 = 0, v1: UInt32 = 0, v2: UInt32 = 0
        var end0 = 0, end1 = 0, n = 0, i = 0
        while i < k.count && n < 6 {
            let (scalar, next) = ScalarString.decode(k, at: i)
            if n == 0 { v0 = scalar.value; end0 = next } else if n == 1 { v1 = scalar.value; end1 = next } else if n == 2 { v2 = scalar.value }
            n += 1
            i = next
        }
        guard n > 2 else { return }
        var p = 0
        if v0 == Self.waw || v0 == Self.fa {
            appendTerm(k, from: end0, restoredAlef: false, to: &out)  // (n - 1 ≥ 2)
            p = 1
        }
        let v = p == 0 ? v0 : v1, next = p == 0 ? v1 : v2, from = p == 0 ? end0 : end1
        guard v == Self.ba || v == Self.kaf || v == Self.lam else { return }
        // ل + (ا)ل…: the stem with the article's alef, of three scalars or more
        if v == Self.lam && next == Self.lam && n - p - 1 >= 3 { appendTerm(k, from: from, restoredAlef: true, to: &out) }
        if n - p - 1 >= 2 { appendTerm(k, from: from, restoredAlef: false, to: &out) }
    }

    /// Appends the term of the stem `k[from...]` (after an alef when `restoredAlef`) when it has two scalars or more
    /// and is no stop word.
    private mutating func appendTerm(_ k: UnsafeBufferPointer<UInt8>, from: Int, restoredAlef: Bool, to out: inout [UInt32]) {
        let rest = UnsafeBufferPointer(rebasing: k[from...])
        let t: Int32
        if restoredAlef {
            t = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: rest.count + 2) { buffer in
                buffer[0] = 0xD8  // ا (U+0627)
                buffer[1] = 0xA7
                _ = UnsafeMutableBufferPointer(rebasing: buffer[2...]).initialize(from: rest)
                return term(UnsafeBufferPointer(buffer))
            }
        } else {
            guard Self.hasTwoScalars(rest) else { return }
            t = term(rest)
        }
        if t >= 0 { out.append(UInt32(bitPattern: t)) }
    }

    /// Whether UTF-8 bytes `b` hold two scalars or more (two bytes that start one), stopping at the second.
    static func hasTwoScalars(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var n = 0
        for x in b where x & 0xC0 != 0x80 {
            n += 1
            if n == 2 { return true }
        }
        return false
    }

    /// The term id of `stem`'s bytes (made when new), -1 for a stop word.
    private mutating func term(_ stem: UnsafeBufferPointer<UInt8>) -> Int32 {
        let h = SearchByteTable.hash(stem)
        let (found, slot) = table.find(stem, hash: h)
        if let found { return found }
        let t = Int32(names.count)
        names.append(String(decoding: stem, as: UTF8.self))
        table.add(stem, hash: h, slot: slot, value: t)
        return t
    }
}
