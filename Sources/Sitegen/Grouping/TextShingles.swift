import ArabicText

/// A text as the republished-article grouping compares it: its words, normalized as extraction
/// normalizes them (hamza and alef forms, ى/ي, ة/ه, diacritics and tatweel, Arabic-Indic digits,
/// case), hashed; and its five-word sequences ("shingles"), hashed.
struct TextShingles {
    /// Hash of each word, in order.
    let words: [UInt64]

    /// The words of `text`: runs of letters and digits; Markdown punctuation and escapes are not words.
    ///
    /// UTF-8 decoded by hand (a String's bytes are valid UTF-8, and this is the hot loop): a scalar of one or two bytes
    /// (ASCII, Latin, Arabic) is looked up in `lowScalars` through a buffer pointer, with no bounds check (its value is
    /// below U+0800 by its length); longer ones are folded (`folded(_:)`). The former loop went through a scanner struct
    /// that tested the table's bounds for every scalar.
    init(_ text: String) {
        var words: [UInt64] = []
        var text = text
        text.withUTF8 { bytes in
            Self.lowScalars.withUnsafeBufferPointer { table in
                var h = Self.offset
                var inWord = false
                var i = 0
                while i < bytes.count {
                    let b0 = UInt32(bytes[i])
                    let folded: UInt32  // the folded letter, `separator`, or `dropped`
                    if b0 < 0x80 {
                        folded = table[Int(b0)]; i += 1
                    } else if b0 < 0xE0 {
                        folded = table[Int((b0 & 0x1F) << 6 | UInt32(bytes[i + 1]) & 0x3F)]; i += 2
                    } else if b0 < 0xF0 {
                        folded = Self.folded((b0 & 0x0F) << 12 | (UInt32(bytes[i + 1]) & 0x3F) << 6 | UInt32(bytes[i + 2]) & 0x3F)
                        i += 3
                    } else {
                        folded = Self.folded((b0 & 0x07) << 18 | (UInt32(bytes[i + 1]) & 0x3F) << 12
                                             | (UInt32(bytes[i + 2]) & 0x3F) << 6 | UInt32(bytes[i + 3]) & 0x3F)
                        i += 4
                    }
                    if folded == Self.dropped { continue }  // diacritics, tatweel, invisible controls
                    if folded != Self.separator {
                        h = (h ^ UInt64(folded)) &* Self.prime
                        inWord = true
                    } else if inWord {
                        words.append(h)
                        h = Self.offset
                        inWord = false
                    }
                }
                if inWord { words.append(h) }
            }
        }
        self.words = words
    }

    /// What a scalar of U+0800 or above becomes in a word: its folded form, `separator` or `dropped` (`lowScalars` for those
    /// below).
    private static func folded(_ v: UInt32) -> UInt32 {
        guard let f = ArabicNormalizer.foldScalar(v, matchForm: true) else { return dropped }
        return isWordScalar(f) ? f : separator
    }

    static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01B3
    static let separator = UInt32.max, dropped = UInt32.max - 1

    /// What each scalar below U+0800 (ASCII, Latin, Arabic) becomes, looked up instead of computed:
    /// its folded form when it is part of a word, `separator` or `dropped`.
    static let lowScalars: [UInt32] = (0..<0x0800).map { v in
        guard let f = ArabicNormalizer.foldScalar(UInt32(v), matchForm: true) else { return dropped }
        return isWordScalar(f) ? f : separator
    }

    static func isWordScalar(_ v: UInt32) -> Bool {
        switch v {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x0621...0x064A, 0x0660...0x0669, 0x0671...0x06D3: return true
        case 0...0x7F: return false
        default: return Unicode.Scalar(v)?.properties.isAlphabetic ?? false
        }
    }

    /// One hash of the whole word sequence (equal texts, up to normalization, have equal keys).
    var sequenceKey: UInt64 {
        var h: UInt64 = Self.offset ^ UInt64(words.count)
        for w in words { h = Self.mix(h ^ w) }
        return h
    }

    /// The hashes of the text's `size`-word sequences, in text order (repeats included).
    /// (written through buffer pointers: the loop over an array slice per sequence cost a third of this)
    func shingles(size: Int) -> [UInt64] {
        guard words.count >= size else { return words.isEmpty ? [] : [sequenceKey] }
        let count = words.count - size + 1
        return words.withUnsafeBufferPointer { w in
            [UInt64](unsafeUninitializedCapacity: count) { out, initialized in
                for start in 0..<count {
                    var h: UInt64 = 0
                    for k in start..<(start + size) { h = Self.mix(h &+ w[k]) }
                    out.initializeElement(at: start, to: h)
                }
                initialized = count
            }
        }
    }

    /// A sorted array without its repeats.
    static func unique<T: Equatable>(_ sorted: [T]) -> [T] {
        var out = sorted
        var count = 0
        for i in out.indices where i == 0 || out[i] != out[i - 1] {
            out[count] = out[i]
            count += 1
        }
        out.removeLast(out.count - count)
        return out
    }

    /// Number of values in a MinHash signature.
    static let signatureLength = 48

    /// MinHash signature of a shingle set: for each of 48 hash functions (`a·x + b` on 32 bits of the
    /// shingle hash, a permutation of the 32-bit values for odd `a`), the smallest value over the set.
    /// Two sets agree on a position with a probability close to their Jaccard similarity. Computed
    /// 16 functions at a time (SIMD).
    ///
    /// The hashes are compared with their top bit flipped, as signed numbers: baseline x86-64 (SSE2) compares 32-bit
    /// lanes as signed only, and an unsigned compare flipped both sides of every lane for every shingle; adding 2^31
    /// to the addends flips the top bit of each hash instead, and the minima are flipped back at the end.
    static func signature(of shingles: [UInt64]) -> [UInt32] {
        var m0 = SIMD16<Int32>(repeating: .max), m1 = m0, m2 = m0  // UInt32.max flipped
        let (a0, a1, a2) = (multipliers[0], multipliers[1], multipliers[2])
        let (b0, b1, b2) = (flippedAddends[0], flippedAddends[1], flippedAddends[2])
        for s in shingles {
            let x = SIMD16<UInt32>(repeating: UInt32(truncatingIfNeeded: s ^ (s >> 32)))
            let h0 = unsafeBitCast(x &* a0 &+ b0, to: SIMD16<Int32>.self)
            let h1 = unsafeBitCast(x &* a1 &+ b1, to: SIMD16<Int32>.self)
            let h2 = unsafeBitCast(x &* a2 &+ b2, to: SIMD16<Int32>.self)
            m0.replace(with: h0, where: h0 .< m0)
            m1.replace(with: h1, where: h1 .< m1)
            m2.replace(with: h2, where: h2 .< m2)
        }
        var out: [UInt32] = []
        out.reserveCapacity(signatureLength)
        for v in [m0, m1, m2] { for i in 0..<16 { out.append(UInt32(bitPattern: v[i]) ^ 0x8000_0000) } }
        return out
    }

    /// `addends` plus 2^31 (each hash's top bit flipped; see `signature(of:)`).
    static let flippedAddends: [SIMD16<UInt32>] = addends.map { $0 &+ SIMD16(repeating: 0x8000_0000) }

    /// Fixed odd multipliers and addends of the 48 hash functions, 16 per vector (from a SplitMix64 sequence).
    static let (multipliers, addends): ([SIMD16<UInt32>], [SIMD16<UInt32>]) = {
        var state: UInt64 = 0x5EED_0F_5174_6E00
        func next() -> UInt32 {
            state &+= 0x9E37_79B9_7F4A_7C15
            return UInt32(truncatingIfNeeded: mix(state) >> 32)
        }
        var m: [SIMD16<UInt32>] = [], a: [SIMD16<UInt32>] = []
        for _ in 0..<3 {
            var mv = SIMD16<UInt32>(), av = SIMD16<UInt32>()
            for i in 0..<16 {
                mv[i] = next() | 1
                av[i] = next()
            }
            m.append(mv)
            a.append(av)
        }
        return (m, a)
    }()

    /// SplitMix64's finalizer: a well-spread 64-bit hash of a 64-bit value.
    @inline(__always)
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Share of the smaller set found in the larger one, or 0 when the smaller is less than
    /// `minimumLengthRatio` of the larger (both sorted, without repeats).
    static func containment<T: Comparable>(_ a: [T], _ b: [T], minimumLengthRatio: Double) -> Double {
        let (small, large) = a.count <= b.count ? (a, b) : (b, a)
        guard !small.isEmpty, Double(small.count) >= minimumLengthRatio * Double(large.count) else { return 0 }
        var i = 0, j = 0, common = 0
        while i < small.count && j < large.count {
            if small[i] == large[j] { common += 1; i += 1; j += 1 } else if small[i] < large[j] { i += 1 } else { j += 1 }
        }
        return Double(common) / Double(small.count)
    }
}
