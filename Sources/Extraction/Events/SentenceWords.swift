import ArabicText
import Foundation

/// The words of one sentence with their bare forms (no proclitic, no article) for lexicon look-ups.
struct SentenceWords {
    struct Word {
        /// Scalar offsets in the block.
        var start: Int
        var end: Int
        var text: String
        /// matchKey of the word as written.
        var key: String
        /// Readings without proclitics (و ف ب ل ك, لل → ال), longest first, the word itself included.
        var readings: [String]
        var isNumber: Bool
        var isPunct: Bool
        /// The bits of the event rules' lists that hold one of `readings` (`EventWordLists`), with the trigger bit.
        var lists: UInt64

        init(start: Int, end: Int, text: String, key: String, readings: [String], isNumber: Bool, isPunct: Bool) {
            self.init(start: start, end: end, text: text, key: key, readings: readings,
                      lists: EventWordLists.lists(ofReadings: readings), isNumber: isNumber, isPunct: isPunct)
        }

        /// A word whose `lists` are known (`EventWordLists.lists(ofReadings: readings)`).
        init(start: Int, end: Int, text: String, key: String, readings: [String], lists: UInt64, isNumber: Bool, isPunct: Bool) {
            self.start = start
            self.end = end
            self.text = text
            self.key = key
            self.readings = readings
            self.lists = lists
            self.isNumber = isNumber
            self.isPunct = isPunct
        }

        /// `key == String(c)` for an ASCII scalar `c`, on the bytes: no other string is canonically equivalent to one
        /// ASCII scalar, and `String`'s `==` of an Arabic key and ":" went through its normalizing comparison.
        @inline(__always)
        func isKey(_ c: Unicode.Scalar) -> Bool {
            key.utf8.count == 1 && key.utf8.first == UInt8(truncatingIfNeeded: c.value)
        }
    }

    var words: [Word] = []

    init(block: [Unicode.Scalar], span: TextSpan) {
        let slice = Array(block[max(0, span.start)..<min(block.count, span.end)])
        let memo = ThreadWordMemo.current()
        for t in Tokenizer.keyedTokens(scalars: slice) {
            words.append(Self.word(start: t.start + span.start, end: t.end + span.start, text: t.text, key: t.key, kind: t.kind, memo: memo))
        }
    }

    /// A word of a token at its block offsets, with its readings (from the shared memo) for a word, its key for the rest.
    /// (the readings and their list bits kept together in the memo: a word met before has both at once)
    static func word(start: Int, end: Int, text: String, key: String, kind: TokenKind) -> Word {
        let known = readingsAndLists(ofKey: key, isWord: kind == .word)
        return Word(start: start, end: end, text: text, key: key, readings: known.readings, lists: known.lists,
                    isNumber: kind == .number, isPunct: kind == .punct)
    }

    /// `word(start:end:text:key:kind:)` with the readings and list bits kept in the thread's `memo` when it has one.
    @inline(__always)
    static func word(start: Int, end: Int, text: String, key: String, kind: TokenKind, memo: ThreadWordMemo?) -> Word {
        guard let memo else { return word(start: start, end: end, text: text, key: key, kind: kind) }
        let known = memo.readingsAndLists(of: key, isWord: kind == .word)
        return Word(start: start, end: end, text: text, key: key, readings: known.readings, lists: known.lists,
                    isNumber: kind == .number, isPunct: kind == .punct)
    }

    /// The readings of a token's key and their list bits: from the shared memo for a word whose readings are more than
    /// its key, else `[key]` and the key's bits (a number or a symbol is read as its key).
    static func readingsAndLists(ofKey key: String, isWord: Bool) -> ReadingsAndLists {
        if isWord && !readingsAreTheKey(key) { return cachedReadingsAndLists(of: key) }
        // (one array for the readings and their look-up: two were made, one freed at once)
        let readings = [key]
        return ReadingsAndLists(readings: readings, lists: EventWordLists.lists(ofReadings: readings))
    }

    /// Whether `readings(of: key)` is `[key]`, told from the key's bytes: a key of three scalars or fewer
    /// (`hasAtMostThreeScalars`), or one that starts with none of و ف ب ل ك, not with «ال», and does not end in «ا»
    /// (a proclitic is split off a first و ف ب ل ك only, the article off a first «ال», the accusative alif off a last
    /// «ا»; each is a letter no other scalars are canonically equivalent to, so the `Character` path of
    /// `characterReadings` finds no more). Such words skip the shared memo, its lock and its look-up (في، من، على،
    /// قال، حكومه: about half of a text's words).
    static func readingsAreTheKey(_ key: String) -> Bool {
        // (on the bytes the string lends: `withUTF8` on a copy, and the `utf8` view's iterator, cost more than the test)
        if let answer = key.utf8.withContiguousStorageIfAvailable({ readingsAreTheKey(utf8: $0) }) { return answer }
        var key = key
        return key.withUTF8 { readingsAreTheKey(utf8: $0) }
    }

    /// `readingsAreTheKey` of the key whose UTF-8 bytes are `b`.
    @inline(__always)
    static func readingsAreTheKey(utf8 b: UnsafeBufferPointer<UInt8>) -> Bool {
        // three scalars or fewer (`hasAtMostThreeScalars`)
        if b.count <= 3 { return true }
        if b.count <= 12 {
            var scalars = 0
            for x in b where x & 0xC0 != 0x80 { scalars += 1 }
            if scalars <= 3 { return true }
        }
        // (four scalars or more: at least four bytes)
        let lead = UInt16(b[0]) << 8 | UInt16(b[1])
        switch lead {
        case 0xD988, 0xD981, 0xD8A8, 0xD984, 0xD983: return false   // و ف ب ل ك
        case 0xD8A7 where b[2] == 0xD9 && b[3] == 0x84: return false   // ال
        default: break
        }
        return !(b[b.count - 2] == 0xD8 && b[b.count - 1] == 0xA7)   // a final ا
    }

    /// Whether `key` has three scalars or fewer: then `readings(of:)` is `[key]` (a proclitic is split off a word of
    /// more than three `Character`s, the article off one of more than four, the accusative alif off one of four or
    /// more).
    @inline(__always)
    static func hasAtMostThreeScalars(_ key: String) -> Bool {
        let n = key.utf8.count
        if n <= 3 { return true }
        if n > 12 { return false }
        var scalars = 0
        for b in key.utf8 where b & 0xC0 != 0x80 {
            scalars += 1
            if scalars > 3 { return false }
        }
        return true
    }

    /// `init(block:span:)` from the tokens of the whole block (`Tokenizer.tokenize(scalars: block)`): the tokens
    /// inside the span are the ones tokenizing the span alone gives, as the tokenizer reads each token from its
    /// first scalar on, unless a token of the block runs across an edge of the span (then the span is tokenized).
    init(block: [Unicode.Scalar], span: TextSpan, blockTokens tokens: [Token]) {
        let lo = max(0, span.start), hi = min(block.count, span.end)
        guard lo <= hi else { self.init(block: block, span: span); return }
        // the first token that ends after `lo`
        var a = 0, b = tokens.count
        while a < b {
            let mid = (a + b) / 2
            if tokens[mid].end <= lo { a = mid + 1 } else { b = mid }
        }
        var end = a
        while end < tokens.count, tokens[end].end <= hi { end += 1 }
        if (a < tokens.count && tokens[a].start < lo) || (end < tokens.count && tokens[end].start < hi) {
            self.init(block: block, span: span)
            return
        }
        var words: [Word] = []
        words.reserveCapacity(end - a)
        let memo = ThreadWordMemo.current()
        for t in tokens[a..<end] {
            words.append(Self.word(start: t.start, end: t.end, text: t.text, key: t.key, kind: t.kind, memo: memo))
        }
        self.init(words: words)
    }

    private init(words: [Word]) { self.words = words }

    static let proclitics: Set<Character> = ["و", "ف", "ب", "ل", "ك"]

    /// `readings(of:)` of the words met, shared by the extraction threads: a few hundred words (في، من، على، أن…)
    /// are most of any text, and reading a word's clitics walks its bytes and makes a string of each reading. Kept in
    /// `SharedWords` (64 Ki slots, the last word met in each), found by the word's bytes: the `WordMemo` before it
    /// hashed every word with `Hasher` into a locked dictionary (~900 instructions a word met before).
    private static let readingsMemo = SharedWords<ReadingsAndLists>(slots: 1 << 16, longestKept: 48)

    /// A word's readings and their list bits (`Word.lists`).
    struct ReadingsAndLists {
        let readings: [String]
        let lists: UInt64
    }

    static func cachedReadingsAndLists(of key: String) -> ReadingsAndLists {
        readingsMemo.value(of: key) { k in
            let r = readings(of: k)
            return ReadingsAndLists(readings: r, lists: EventWordLists.lists(ofReadings: r))
        }
    }

    static func cachedReadings(of key: String) -> [String] { cachedReadingsAndLists(of: key).readings }

    static func readings(of key: String) -> [String] {
        plainReadings(of: key) ?? characterReadings(of: key)
    }

    /// `readings(of:)` read `Character` by `Character`: for any key.
    static func characterReadings(of key: String) -> [String] {
        var out = [key]
        var current = [key]
        for _ in 0..<2 {
            var next: [String] = []
            for c in current where c.count > 3 {
                guard let f = c.first, proclitics.contains(f) else { continue }
                let rest = String(c.dropFirst())
                next.append(rest)
                if f == "ل", UTF8Key.hasPrefix(rest, "ل") { next.append("ا" + rest) }
            }
            out += next
            current = next
        }
        // Without the article.
        for r in out where UTF8Key.hasPrefix(r, "ال") && r.count > 4 { out.append(String(r.dropFirst(2))) }
        // Without the accusative alif of an indefinite noun ("شخصا" → شخص, "مسجدا" → مسجد).
        if !UTF8Key.hasPrefix(key, "ال"), key.count >= 4, UTF8Key.hasSuffix(key, "ا"), !UTF8Key.hasSuffix(key, "ءا") {
            out.append(String(key.dropLast()))
        }
        return out
    }

    /// `characterReadings(of:)` on the key's UTF-8 bytes, for a key of Arabic letters without canonical decomposition
    /// (not آ أ ؤ إ ئ) and printable ASCII: there each scalar is one `Character` and compares as its bytes, so the
    /// `Character` steps come to the same strings (nil for any other key). Every reading is the key's bytes from a
    /// scalar on (an alef put back before «ل» for «لل», the accusative alif dropped), made into a string once.
    static func plainReadings(of key: String) -> [String]? {
        if let r = key.utf8.withContiguousStorageIfAvailable({ plainReadings(key, $0) }) { return r }
        var k = key
        k.makeContiguousUTF8()
        return k.utf8.withContiguousStorageIfAvailable { plainReadings(k, $0) } ?? nil
    }

    /// A reading: the key's bytes `start..<end` (`count` scalars), an alef before them when `alef`.
    private struct ByteReading {
        var alef: Bool
        var start: Int
        var end: Int
        var count: Int
    }

    private static func plainReadings(_ key: String, _ b: UnsafeBufferPointer<UInt8>) -> [String]? {
        // every scalar allowed is one byte (ASCII) or two (U+0621, U+0627…U+064A)
        var count = 0, i = 0
        while i < b.count {
            let c = b[i]
            if c < 0x80 {
                guard c >= 0x21, c <= 0x7E else { return nil }
                i += 1
            } else {
                guard c & 0xE0 == 0xC0, i + 1 < b.count else { return nil }
                let v = UInt32(c & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F)
                guard v == 0x0621 || (v >= 0x0627 && v <= 0x064A) else { return nil }
                i += 2
            }
            count += 1
        }
        func scalar(at p: Int) -> UInt32 { b[p] < 0x80 ? UInt32(b[p]) : UInt32(b[p] & 0x1F) << 6 | UInt32(b[p + 1] & 0x3F) }
        func width(at p: Int) -> Int { b[p] < 0x80 ? 1 : 2 }
        let waw: UInt32 = 0x0648, fa: UInt32 = 0x0641, ba: UInt32 = 0x0628, lam: UInt32 = 0x0644, kaf: UInt32 = 0x0643
        let alef: UInt32 = 0x0627
        func first(_ r: ByteReading) -> UInt32 { r.alef ? alef : scalar(at: r.start) }
        func second(_ r: ByteReading) -> UInt32 { r.alef ? scalar(at: r.start) : scalar(at: r.start + width(at: r.start)) }
        func droppingFirst(_ r: ByteReading) -> ByteReading {
            r.alef ? ByteReading(alef: false, start: r.start, end: r.end, count: r.count - 1)
                : ByteReading(alef: false, start: r.start + width(at: r.start), end: r.end, count: r.count - 1)
        }
        let whole = ByteReading(alef: false, start: 0, end: b.count, count: count)
        // (the readings in a buffer on the stack, the readings of each round a range of it: the arrays of readings
        // appended to, copied and released round by round cost more than the strings made of them. At most 11: the
        // word, 2 readings in the first round (a proclitic off, and an alef before «ل» for «لل»), 2 in the second
        // (only the reading without the proclitic can lose another), one without the article for each of those 5,
        // and one without the accusative alif.)
        return withUnsafeTemporaryAllocation(of: ByteReading.self, capacity: 16) { out -> [String] in
            out[0] = whole
            var n = 1
            var lo = 0, hi = 1
            for _ in 0..<2 {
                for k in lo..<hi where out[k].count > 3 {
                    let c = out[k]
                    let f = first(c)
                    guard f == waw || f == fa || f == ba || f == lam || f == kaf else { continue }
                    let rest = droppingFirst(c)
                    out[n] = rest
                    n += 1
                    if f == lam, first(rest) == lam {
                        out[n] = ByteReading(alef: true, start: rest.start, end: rest.end, count: rest.count + 1)
                        n += 1
                    }
                }
                lo = hi
                hi = n
            }
            // without the article
            for k in 0..<n where out[k].count > 4 && first(out[k]) == alef && second(out[k]) == lam {
                out[n] = droppingFirst(droppingFirst(out[k]))
                n += 1
            }
            // without the accusative alif of an indefinite noun
            let definite = count >= 2 && scalar(at: 0) == alef && second(whole) == lam
            // (the scalar before the final alef is a hamza when its two bytes are D8 A1: A1 is no byte of its own)
            let hamzaBefore = b.count >= 4 && b[b.count - 4] == 0xD8 && b[b.count - 3] == 0xA1
            if !definite, count >= 4, b[b.count - 1] == 0xA7, b[b.count - 2] == 0xD8, !hamzaBefore {
                out[n] = ByteReading(alef: false, start: 0, end: b.count - 2, count: count - 1)
                n += 1
            }
            var readings: [String] = []
            readings.reserveCapacity(n)
            readings.append(key)
            let small = SmallUTF8.isAvailable
            for k in 1..<n {
                let r = out[k]
                let size = r.end - r.start + (r.alef ? 2 : 0)
                // (a reading of 15 bytes or fewer gathered as a small string's words, `SmallUTF8`: its bytes are whole
                // scalars of the key's, valid UTF-8, which `String(unsafeUninitializedCapacity:)` validated again)
                if small, size <= SmallUTF8.capacity {
                    var made = SmallUTF8()
                    if r.alef {
                        _ = made.append(scalar: 0x0627)
                    }
                    var q = r.start
                    while q < r.end {
                        _ = made.append(scalar: scalar(at: q))
                        q += width(at: q)
                    }
                    readings.append(made.string)
                    continue
                }
                readings.append(String(unsafeUninitializedCapacity: size) { buffer in
                    var w = 0
                    if r.alef { buffer[0] = 0xD8; buffer[1] = 0xA7; w = 2 }
                    for q in r.start..<r.end { buffer[w] = b[q]; w += 1 }
                    return w
                })
            }
            return readings
        }
    }

    func has(_ i: Int, in set: Set<String>) -> Bool {
        guard i >= 0, i < words.count else { return false }
        return words[i].readings.contains { set.contains($0) }
    }

    /// (a list with a bit, `EventListBit`: the word's bit, read when it was made)
    func has(_ i: Int, in set: WordSet) -> Bool {
        guard i >= 0, i < words.count else { return false }
        let mask = set.listMask
        if mask != 0 { return words[i].lists & mask != 0 }
        return words[i].readings.contains { set.contains($0) }
    }

    /// Index of the word containing (or first after) a scalar offset.
    func index(at offset: Int) -> Int {
        var lo = 0, hi = words.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if words[mid].end > offset { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }

    /// True when word `i` exists and is the bare or clitic form of one of `list` (matchKeys, compared by
    /// their bytes: `UTF8Key.sameBytes`).
    func isAny(_ i: Int, _ list: [String]) -> Bool {
        guard i >= 0, i < words.count else { return false }
        return words[i].readings.contains { r in list.contains { UTF8Key.sameBytes($0, r) } }
    }

    /// True when word `i` carries a proclitic ب, ل or ك before a word of at least three letters ("بسياسيين").
    func hasPrepositionClitic(_ i: Int) -> Bool {
        guard i >= 0, i < words.count, let f = words[i].key.first, f == "ب" || f == "ل" || f == "ك" else { return false }
        return words[i].readings.count > 1
    }

    /// The words of `range` as written, without punctuation, joined by single spaces.
    func text(_ range: Range<Int>) -> String {
        range.filter { $0 >= 0 && $0 < words.count && !words[$0].isPunct }.map { words[$0].text }.joined(separator: " ")
    }

    /// A number stated by word `i`, as digits or as a number word.
    func number(_ i: Int) -> Int? {
        guard i >= 0, i < words.count else { return nil }
        if words[i].isNumber { return Int(words[i].key.filter { $0.isASCII && $0.isNumber }) }
        // (a word none of whose readings is a number word, told by its bit: most words)
        guard words[i].lists & EventWordLists.numberWordMask != 0 else { return nil }
        for r in words[i].readings { if let v = EventLexicon.numberWords[r] { return v } }
        return nil
    }
}
