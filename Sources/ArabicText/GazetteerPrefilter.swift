/// The first two, three and four letters the names of a gazetteer start with, to turn away at a glance a token no
/// reading of which can start one (`Gazetteer.match` reads the token with its proclitics off and walks the trie from
/// each stem, the whole stem before the next token): a rule that asks a small gazetteer at every word (the notable
/// persons) spent most of its time on words that start no name. A token it keeps may still match nothing; a token it
/// refuses matches nothing.
public struct GazetteerPrefilter: Sendable {
    /// One bit per sketch (`bit`) of the first three scalars of a path of the trie (a key's, spaces removed).
    private var triples = [UInt64](repeating: 0, count: 1024)
    /// Alike, of the first two scalars (`bit(_:_:)`) and of the first four (`bit(_:_:_:_:)`): a stem of two scalars
    /// must be a path's first two, a stem of four or more must start with a path's first four. (With three alone,
    /// every word «ال» + a letter some «ال…» name starts with was kept: four in ten words asked.)
    private var pairs = [UInt64](repeating: 0, count: 1024)
    private var quads = [UInt64](repeating: 0, count: 1024)

    public init<Value>(_ g: Gazetteer<Value>) {
        let t = g.trie
        var firsts = t.edges(of: 0)
        for (k, c) in t.rootArabic.enumerated() where c >= 0 { firsts.append((0x0600 + UInt32(k), Int(c))) }
        func set(_ table: inout [UInt64], _ b: Int) { table[b >> 6] |= 1 << UInt64(b & 63) }
        for (s0, n0) in firsts {
            for (s1, n1) in t.edges(of: n0) {
                set(&pairs, Self.bit(s0, s1))
                for (s2, n2) in t.edges(of: n1) {
                    set(&triples, Self.bit(s0, s1, s2))
                    for (s3, _) in t.edges(of: n2) { set(&quads, Self.bit(s0, s1, s2, s3)) }
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

    /// A number below 65,536 made of two scalars.
    @inline(__always)
    static func bit(_ a: UInt32, _ b: UInt32) -> Int {
        let x = a &* 0x27D4_EB2F ^ b &* 0x1656_67B1
        return Int((x ^ (x >> 16)) & 0xFFFF)
    }

    /// A number below 65,536 made of four scalars.
    @inline(__always)
    static func bit(_ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: UInt32) -> Int {
        let x = a &* 0x9E37_79B1 ^ b &* 0x85EB_CA77 ^ c &* 0xC2B2_AE3D ^ d &* 0x27D4_EB2F
        return Int((x ^ (x >> 15) ^ (x >> 26)) & 0xFFFF)
    }

    @inline(__always)
    private static func has(_ table: [UInt64], _ x: Int) -> Bool { table[x >> 6] & (1 << UInt64(x & 63)) != 0 }

    /// False when no clitic reading of the token whose match key is `key` (`Clitics.forEachReading`: the token, after
    /// و/ف, after ب/ك/ل, after both, and ل + ال with its alef restored) starts as a path of the trie does: its stem's
    /// first four scalars a path's first four, or the whole stem of three or two scalars a path's first three or two;
    /// true otherwise, and whenever a reading's stem is one scalar. (A match walks the whole stem of its first token
    /// from the root before it goes on to the next token.)
    public func mayMatch(_ key: String) -> Bool {
        if let kept = key.utf8.withContiguousStorageIfAvailable({ mayMatch(utf8: $0) }) { return kept }
        var k = key
        return k.withUTF8 { mayMatch(utf8: $0) }
    }

    /// `mayMatch` of the key whose UTF-8 bytes are `b`: its first six scalars decoded in place (the `utf8` view's
    /// iterator cost ~140 instructions a scalar here, more than the match it was to spare).
    @inline(__always)
    func mayMatch(utf8 b: UnsafeBufferPointer<UInt8>) -> Bool {
        var s: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) = (0, 0, 0, 0, 0, 0)
        var n = 0, i = 0
        while n < 6 && i < b.count {
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
            case 4: s.4 = v
            default: s.5 = v
            }
            n += 1
        }
        @inline(__always) func at(_ k: Int) -> UInt32 {
            k == 0 ? s.0 : k == 1 ? s.1 : k == 2 ? s.2 : k == 3 ? s.3 : k == 4 ? s.4 : s.5
        }
        // the stem from scalar `d` (after an alef when `alef`), of `count` scalars (four or more: `n` stops at six and
        // `d` is at most two, so `count` is exact below four)
        @inline(__always) func stemMay(_ d: Int, alef: Bool) -> Bool {
            let count = n - d + (alef ? 1 : 0)
            let c0 = alef ? Clitics.alef : at(d), e = alef ? d : d + 1
            if count >= 4 { return Self.has(quads, Self.bit(c0, at(e), at(e + 1), at(e + 2))) }
            if count == 3 { return Self.has(triples, Self.bit(c0, at(e), at(e + 1))) }
            if count == 2 { return Self.has(pairs, Self.bit(c0, at(e))) }
            return true
        }
        // the readings `GazetteerTrie.matchReadings` walks (`minStem` 2), under the same conditions
        if stemMay(0, alef: false) { return true }
        guard n > 2 else { return false }
        var p = 0
        if s.0 == Clitics.waw || s.0 == Clitics.fa {
            if n - 1 >= 2, stemMay(1, alef: false) { return true }
            p = 1
        }
        let cp = at(p)
        guard p < n, cp == Clitics.ba || cp == Clitics.kaf || cp == Clitics.lam else { return false }
        if cp == Clitics.lam, p + 1 < n, at(p + 1) == Clitics.lam, n - p - 1 >= 3, stemMay(p + 1, alef: true) { return true }
        return n - (p + 1) >= 2 && stemMay(p + 1, alef: false)
    }
}
