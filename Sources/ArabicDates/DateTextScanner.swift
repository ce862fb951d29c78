import ArabicText

/// Splits a text into words for date parsing, on Unicode scalars, without Foundation.
///
/// Each word keeps its scalar offsets in the original text and a 64-bit hash of its *folded*
/// letters (alef variants → ا, ى → ي, ة → ه, Arabic-Indic digits → ASCII, tashkeel and tatweel
/// dropped), so lexicon look-ups are integer dictionary hits. This is the minimal private fold
/// the date parser needs; full normalization lives in ArabicText.
struct DateTextScanner {
    /// What separates a word from the one before it.
    enum Gap: UInt8 { case start, space, slash, comma, dash, dot, hard }

    struct Word {
        var start: Int
        var end: Int
        /// Range in `folded`.
        var foldedStart: Int
        var foldedEnd: Int
        var hash: UInt64
        /// Value when the word is all digits (at most 9 of them).
        var number: Int?
        var digitCount: Int
        var gapBefore: Gap
    }

    private(set) var words: [Word] = []
    /// Folded scalar values of all words, back to back.
    private(set) var folded: [UInt32] = []
    /// The original scalars (for cutting out matched text).
    private(set) var scalars: [Unicode.Scalar] = []

    init(_ text: String) {
        self.init(scalars: ScalarString.scalars(of: text))
    }

    /// The words of the text whose scalars are `scalars` (`ScalarString.scalars(of:)`: a caller that has them
    /// already saves making them again).
    ///
    /// (the loop reads the scalars and writes the folded letters through buffer pointers, into locals stored at the
    /// end: an `append` to the stored `folded` checked its uniqueness and capacity at every letter; the tests check
    /// it against the loop as it was, `DateScannerBufferTests`)
    init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
        let n = scalars.count
        var words: [Word] = []
        words.reserveCapacity(n / 4 + 1)
        let folded = [UInt32](unsafeUninitializedCapacity: n) { out, written in
            written = scalars.withUnsafeBufferPointer { src in
                DateTextScanner.scan(src, into: out, words: &words)
            }
        }
        self.words = words
        self.folded = folded
    }

    /// The scanner's loop: the words of `src` appended to `words`, their folded letters written to `out` (room for
    /// one a scalar: a scalar folds to one letter or none); returns how many letters were written.
    private static func scan(_ src: UnsafeBufferPointer<Unicode.Scalar>, into out: UnsafeMutableBufferPointer<UInt32>,
                             words: inout [Word]) -> Int {
        var count = 0
        var gap = Gap.start
        var i = 0
        let n = src.count
        while i < n {
            let v = src[i].value
            let plain = isPlainLetter(v)
            let f = plain ? v : fold(v)
            let cls: UInt8 = plain ? 1 : wordClass(f)
            if cls == 0 {
                if f != 0 { gap = stronger(gap, gapKind(v)) }
                i += 1
                continue
            }
            // A word: a run of letters (class 1) or of digits (class 2); ignorable marks stay inside.
            let start = i
            let fStart = count
            var hash: UInt64 = 0xcbf29ce484222325
            var number = 0
            var digits = 0
            if cls == 1 {
                // a run of letters: a letter that folds to itself (most) told by one bit and taken in a loop of its own
                // (the digits' test and the overflow checks of the shared loop were half of the scanner's instructions)
                while i < n {
                    let sv = src[i].value
                    if isPlainLetter(sv) {
                        out[count] = sv
                        count &+= 1
                        hash = (hash ^ UInt64(sv)) &* 0x100000001b3
                        i &+= 1
                        continue
                    }
                    let fv = fold(sv)
                    if fv == 0 { i &+= 1; continue }
                    guard wordClass(fv) == 1 else { break }
                    out[count] = fv
                    count &+= 1
                    hash = (hash ^ UInt64(fv)) &* 0x100000001b3
                    i &+= 1
                }
            } else {
                while i < n {
                    let fv = fold(src[i].value)
                    if fv == 0 { i += 1; continue }
                    guard wordClass(fv) == cls else { break }
                    out[count] = fv
                    count += 1
                    hash = (hash ^ UInt64(fv)) &* 0x100000001b3
                    digits += 1
                    if digits <= 9 { number = number * 10 + Int(fv - 0x30) }
                    i += 1
                }
            }
            let gapBefore: Gap = gap == .start && !words.isEmpty ? .space : gap
            gap = .space
            // "ديسمبرالماضي", "شهرماي": two date words run together by a missing space, read as the two.
            // (the length `gluedCut` needs first: the look-up was made for every word)
            if cls == 1, count - fStart >= 6, count - fStart <= 16, DateLexicon.words[hash] == nil,
               let cut = gluedCut(UnsafeBufferPointer(rebasing: out[fStart..<count])) {
                var at = start, letters = 0
                while letters < cut { if fold(src[at].value) != 0 { letters += 1 }; at += 1 }
                words.append(Word(start: start, end: at, foldedStart: fStart, foldedEnd: fStart + cut,
                                  hash: Self.hash(out[fStart..<(fStart + cut)]), number: nil, digitCount: 0,
                                  gapBefore: gapBefore))
                words.append(Word(start: at, end: i, foldedStart: fStart + cut, foldedEnd: count,
                                  hash: Self.hash(out[(fStart + cut)..<count]), number: nil, digitCount: 0, gapBefore: .space))
                continue
            }
            words.append(Word(start: start, end: i, foldedStart: fStart, foldedEnd: count, hash: hash,
                              number: cls == 2 && digits <= 9 ? number : nil, digitCount: digits, gapBefore: gapBefore))
        }
        return count
    }

    /// Where an unknown word of folded letters `w` splits into two date words a space should have parted: a
    /// month name and a qualifier ("ديسمبرالماضي", "سبتمبرالجاري"), or «شهر» and a month name ("شهرماي").
    private static func gluedCut(_ w: UnsafeBufferPointer<UInt32>) -> Int? {
        let n = w.count
        guard n >= 6, n <= 16 else { return nil }
        // «شهر» + a month
        if w[0] == 0x0634, w[1] == 0x0647, w[2] == 0x0631, case .month? = DateLexicon.words[hash(w[3..<n])] {
            return 3
        }
        // a month + a qualifier that starts with «ال»
        for k in 3..<(n - 3) where w[k] == 0x0627 && w[k + 1] == 0x0644 {
            guard case .month(_, let weak)? = DateLexicon.words[hash(w[0..<k])], !weak,
                  case .qualifier? = DateLexicon.words[hash(w[k..<n])] else { continue }
            return k
        }
        return nil
    }

    /// FNV-1a hash of folded letters in a buffer, as words are hashed.
    @inline(__always)
    static func hash<C: Collection<UInt32>>(_ letters: C) -> UInt64 {
        var hash: UInt64 = 0xcbf29ce484222325
        for f in letters { hash = (hash ^ UInt64(f)) &* 0x100000001b3 }
        return hash
    }

    /// True when word `i` ends in «ين» or «ان» after at least two more letters: a dual or plural noun or adjective
    /// («المتهمين», «البلدان»); also a few names and nouns («فلسطين», «البرلمان»), which only makes a reading more cautious.
    func endsInDualOrPlural(_ i: Int) -> Bool {
        let w = words[i]
        guard w.foldedEnd - w.foldedStart >= 4, folded[w.foldedEnd - 1] == 0x0646 else { return false }
        let before = folded[w.foldedEnd - 2]
        return before == 0x064A || before == 0x0627
    }

    /// The original text between two scalar offsets.
    func text(from start: Int, to end: Int) -> String {
        ScalarString.make(scalars[start..<end])
    }

    /// Hash of the folded letters of word `w` from letter `skip` on, optionally with "ال" put in front.
    func hash(of w: Word, skipping skip: Int, prefixAl: Bool = false) -> UInt64 {
        var hash: UInt64 = 0xcbf29ce484222325
        if prefixAl {
            hash = (hash ^ 0x0627) &* 0x100000001b3
            hash = (hash ^ 0x0644) &* 0x100000001b3
        }
        var k = w.foldedStart + skip
        while k < w.foldedEnd {
            hash = (hash ^ UInt64(folded[k])) &* 0x100000001b3
            k += 1
        }
        return hash
    }

    func letter(_ w: Word, _ k: Int) -> UInt32? {
        let p = w.foldedStart + k
        return p < w.foldedEnd ? folded[p] : nil
    }

    func length(_ w: Word) -> Int { w.foldedEnd - w.foldedStart }

    /// The folded form of a word as a String (for lexicons keyed by text).
    func foldedString(_ w: Word) -> String {
        var s = String.UnicodeScalarView()
        for k in w.foldedStart..<w.foldedEnd { s.append(Unicode.Scalar(folded[k])!) }
        return String(s)
    }

    // MARK: - Folding

    /// The Arabic letters U+0621…U+064A that `fold` leaves as they are and `wordClass` reads as letters (class 1), one
    /// bit each from U+0621 up: all but آ أ إ ة (folded), U+063B…U+063F (class 0), tatweel (dropped) and ى (folded).
    static let plainLetterBits: UInt64 = 0x2FF_03FF_FEE9

    /// `fold(v) == v && wordClass(v) == 1` for an Arabic letter, told by one bit (false for any other scalar).
    @inline(__always)
    static func isPlainLetter(_ v: UInt32) -> Bool {
        let d = v &- 0x0621
        return d < 42 && (plainLetterBits &>> UInt64(d)) & 1 != 0
    }

    /// 0 means "ignore this scalar" (tashkeel, tatweel, invisible marks).
    @inline(__always)
    static func fold(_ v: UInt32) -> UInt32 {
        // (the Arabic letters ء … ي first, most of a text's scalars, most of which fold to themselves)
        if v >= 0x0621, v <= 0x064A {
            switch v {
            case 0x0622, 0x0623, 0x0625: return 0x0627
            case 0x0649: return 0x064A
            case 0x0629: return 0x0647
            case 0x0640: return 0
            default: return v
            }
        }
        return foldAny(v)
    }

    /// `fold` by the whole table, for any scalar value (`fold` answers the Arabic letters before it, with the same
    /// answers).
    @inline(__always)
    static func foldAny(_ v: UInt32) -> UInt32 {
        switch v {
        case 0x0622, 0x0623, 0x0625, 0x0671: return 0x0627
        case 0x0649, 0x06CC: return 0x064A
        case 0x0629: return 0x0647
        case 0x06A9: return 0x0643
        case 0x0660...0x0669: return v - 0x0660 + 0x30
        case 0x06F0...0x06F9: return v - 0x06F0 + 0x30
        case 0x064B...0x065F, 0x0670, 0x0640, 0x200B...0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C, 0xFEFF:
            return 0
        default: return v
        }
    }

    /// 1 letter, 2 digit, 0 neither.
    @inline(__always)
    static func wordClass(_ f: UInt32) -> UInt8 {
        switch f {
        case 0x30...0x39: return 2
        case 0x0621...0x063A, 0x0641...0x064A, 0x0672...0x06D3, 0x41...0x5A, 0x61...0x7A: return 1
        default: return 0
        }
    }

    @inline(__always)
    static func gapKind(_ v: UInt32) -> Gap {
        switch v {
        case 0x2F, 0x5C, 0x2215: return .slash
        case 0x2C, 0x060C: return .comma
        case 0x2D, 0x2010...0x2013: return .dash
        case 0x2E: return .dot
        case 0x0A, 0x0D, 0x3A, 0x3B, 0x061B, 0x061F, 0x21, 0x3F, 0x2014, 0x06D4: return .hard
        default: return .space
        }
    }

    static func stronger(_ a: Gap, _ b: Gap) -> Gap {
        if a == .start { return b == .space ? .start : b }
        return a.rawValue >= b.rawValue ? a : b
    }
}

/// FNV-1a hash of a folded Arabic word, the same way `DateTextScanner` hashes words.
func foldedHash(_ word: String) -> UInt64 {
    var hash: UInt64 = 0xcbf29ce484222325
    for s in word.unicodeScalars {
        let f = DateTextScanner.fold(s.value)
        if f == 0 { continue }
        hash = (hash ^ UInt64(f)) &* 0x100000001b3
    }
    return hash
}
