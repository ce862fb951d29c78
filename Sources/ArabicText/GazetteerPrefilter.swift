/// The first three letters the names of a gazetteer start with, to turn away at a glance a token no reading of which
/// can start one (`Gazetteer.match` reads the token with its proclitics off and walks the trie from each stem): a
/// rule that asks a small gazetteer at every word (the notable persons) spent most of its time on words that start
/// no name. A token it keeps may still match nothing; a token it refuses matches nothing.
public struct GazetteerPrefilter: Sendable {
    /// One bit per sketch (`bit`) of the first three scalars of a path of the trie (a key's, spaces removed).
    private var triples = [UInt64](repeating: 0, count: 1024)

    public init<Value>(_ g: Gazetteer<Value>) {
        let t = g.trie
        var firsts = t.edges(of: 0)
        for (k, c) in t.rootArabic.enumerated() where c >= 0 { firsts.append((0x0600 + UInt32(k), Int(c))) }
        for (s0, n0) in firsts {
            for (s1, n1) in t.edges(of: n0) {
                for (s2, _) in t.edges(of: n1) {
                    let b = Self.bit(s0, s1, s2)
                    triples[b >> 6] |= 1 << UInt64(b & 63)
                }
            }
        }
    }

    /// A number below 65,536 made of three scalars.
    @inline(__always)
    static func bit(_ a: UInt32, _ b: UInt32, _ c: UInt32) -> Int {
        let x = a &* 0x9E37_79B1 ^ b &* 0x85EB_CA77 ^ c &* 0xC2B2_AE3D
        return Int((x ^ (x >> 16)) & 0xFFFF)
    }

    @inline(__always)
    private func has(_ a: UInt32, _ b: UInt32, _ c: UInt32) -> Bool {
        let x = Self.bit(a, b, c)
        return triples[x >> 6] & (1 << UInt64(x & 63)) != 0
    }

    /// False when no clitic reading of the token whose match key is `key` (`Clitics.forEachReading`: the token, after
    /// و/ف, after ب/ك/ل, after both, and ل + ال with its alef restored) starts with three scalars a path of the trie
    /// starts with; true otherwise, and whenever a reading's stem has fewer than three scalars (a name may go on in
    /// the next token).
    public func mayMatch(_ key: String) -> Bool {
        if let kept = key.utf8.withContiguousStorageIfAvailable({ mayMatch(utf8: $0) }) { return kept }
        var k = key
        return k.withUTF8 { mayMatch(utf8: $0) }
    }

    /// `mayMatch` of the key whose UTF-8 bytes are `b`: its first five scalars decoded in place (the `utf8` view's
    /// iterator cost ~140 instructions a scalar here, more than the match it was to spare).
    @inline(__always)
    func mayMatch(utf8 b: UnsafeBufferPointer<UInt8>) -> Bool {
        var s: (UInt32, UInt32, UInt32, UInt32, UInt32) = (0, 0, 0, 0, 0)
        var n = 0, i = 0
        while n < 5 && i < b.count {
            let b0 = b[i]
            var v: UInt32
            if b0 < 0x80 { v = UInt32(b0); i += 1 } else if b0 < 0xE0 {
                v = UInt32(b0 & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F); i += 2
            } else if b0 < 0xF0 {
                v = UInt32(b0 & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F); i += 3
            } else {
                v = UInt32(b0 & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F)
                i += 4
            }
            switch n {
            case 0: s.0 = v
            case 1: s.1 = v
            case 2: s.2 = v
            case 3: s.3 = v
            default: s.4 = v
            }
            n += 1
        }
        @inline(__always) func at(_ k: Int) -> UInt32 { k == 0 ? s.0 : k == 1 ? s.1 : k == 2 ? s.2 : k == 3 ? s.3 : s.4 }
        // the stem from scalar `d` (after an alef when `alef`): kept when shorter than three scalars
        @inline(__always) func stemMay(_ d: Int, alef: Bool) -> Bool {
            if alef { return n < d + 2 || has(Clitics.alef, at(d), at(d + 1)) }
            return n < d + 3 || has(at(d), at(d + 1), at(d + 2))
        }
        if stemMay(0, alef: false) { return true }
        var p = 0
        if s.0 == Clitics.waw || s.0 == Clitics.fa {
            if stemMay(1, alef: false) { return true }
            p = 1
        }
        let cp = at(p)
        guard n > p, cp == Clitics.ba || cp == Clitics.kaf || cp == Clitics.lam else { return false }
        if cp == Clitics.lam, n > p + 1, at(p + 1) == Clitics.lam, stemMay(p + 1, alef: true) { return true }
        return stemMay(p + 1, alef: false)
    }
}
