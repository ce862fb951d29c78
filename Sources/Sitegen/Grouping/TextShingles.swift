import ArabicText

/// A text as the republished-article grouping compares it: its words, normalized as extraction
/// normalizes them (hamza and alef forms, ى/ي, ة/ه, diacritics and tatweel, Arabic-Indic digits,
/// case), hashed; and its five-word sequences ("shingles"), hashed.
struct TextShingles {
    /// Hash of each word, in order.
    let words: [UInt64]

    /// The words of `text`: runs of letters and digits; Markdown punctuation and escapes are not words.
    init(_ text: String) {
        var words: [UInt64] = []
        var h: UInt64 = Self.offset
        var inWord = false
        for scalar in text.unicodeScalars {
            guard let v = ArabicNormalizer.foldScalar(scalar.value, matchForm: true) else { continue }  // diacritics, tatweel
            if Self.isWordScalar(v) {
                h = (h ^ UInt64(v)) &* Self.prime
                inWord = true
            } else if inWord {
                words.append(h)
                h = Self.offset
                inWord = false
            }
        }
        if inWord { words.append(h) }
        self.words = words
    }

    private static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01B3

    @inline(__always)
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

    /// The hashes of the text's `size`-word sequences, sorted, without repeats.
    func shingles(size: Int) -> [UInt64] {
        guard words.count >= size else { return words.isEmpty ? [] : [sequenceKey] }
        var out: [UInt64] = []
        out.reserveCapacity(words.count - size + 1)
        for start in 0...(words.count - size) {
            var h: UInt64 = 0
            for w in words[start..<(start + size)] { h = Self.mix(h &+ w) }
            out.append(h)
        }
        out.sort()
        return Self.unique(out)
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

    /// MinHash signature of a shingle set: for each of `count` hash functions (multiply-shift on the
    /// shingle hash), the smallest value over the set. Two sets agree on a position with probability
    /// equal to their Jaccard similarity.
    static func signature(of shingles: [UInt64], count: Int) -> [UInt32] {
        var mins = [UInt32](repeating: .max, count: count)
        for s in shingles {
            for i in 0..<count {
                let v = UInt32(truncatingIfNeeded: (s &* multipliers[i] &+ addends[i]) >> 32)
                if v < mins[i] { mins[i] = v }
            }
        }
        return mins
    }

    /// Fixed odd multipliers and addends of the hash functions (from a SplitMix64 sequence).
    static let (multipliers, addends): ([UInt64], [UInt64]) = {
        var state: UInt64 = 0x5EED_0F_5174_6E00
        var m: [UInt64] = [], a: [UInt64] = []
        for _ in 0..<128 {
            state &+= 0x9E37_79B9_7F4A_7C15
            m.append(mix(state) | 1)
            state &+= 0x9E37_79B9_7F4A_7C15
            a.append(mix(state))
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
