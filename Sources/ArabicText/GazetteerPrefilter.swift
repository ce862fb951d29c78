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

    /// `mayMatch` of the key whose UTF-8 bytes are `b`: its first six scalars decoded in place into a row on the stack
    /// (the `utf8` view's iterator cost ~140 instructions a scalar here, more than the match it was to spare; closures
    /// reading the scalars from a tuple boxed it on the heap).
    @inline(__always)
    func mayMatch(utf8 b: UnsafeBufferPointer<UInt8>) -> Bool {
        var row: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) = (0, 0, 0, 0, 0, 0)
        return withUnsafeMutablePointer(to: &row) { tuple in
            tuple.withMemoryRebound(to: UInt32.self, capacity: 6) { s in
                var n = 0, i = 0
                while n < 6 && i < b.count {
                    let b0 = b[i]
                    if b0 < 0x80 { s[n] = UInt32(b0); i += 1 } else if b0 < 0xE0 {
                        s[n] = UInt32(b0 & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F); i += 2
                    } else if b0 < 0xF0 {
                        s[n] = UInt32(b0 & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F); i += 3
                    } else {
                        s[n] = UInt32(b0 & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6
                            | UInt32(b[i + 3] & 0x3F)
                        i += 4
                    }
                    n += 1
                }
                return mayMatch(scalars: s, count: n)
            }
        }
    }

    /// `mayMatch` of a key whose first `n` scalars (at most six) are `s[0..<n]`: the readings `GazetteerTrie.matchReadings`
    /// walks (`minStem` 2), under the same conditions, each stem's beginning looked up (`stemMay`).
    @inline(__always)
    func mayMatch(scalars s: UnsafeMutablePointer<UInt32>, count n: Int) -> Bool {
        if stemMay(s, n, 0, alef: false) { return true }
        guard n > 2 else { return false }
        var p = 0
        if s[0] == Clitics.waw || s[0] == Clitics.fa {
            if n - 1 >= 2, stemMay(s, n, 1, alef: false) { return true }
            p = 1
        }
        let cp = s[p]
        guard p < n, cp == Clitics.ba || cp == Clitics.kaf || cp == Clitics.lam else { return false }
        if cp == Clitics.lam, p + 1 < n, s[p + 1] == Clitics.lam, n - p - 1 >= 3, stemMay(s, n, p + 1, alef: true) { return true }
        return n - (p + 1) >= 2 && stemMay(s, n, p + 1, alef: false)
    }

    /// Whether the stem from scalar `d` of `s[0..<n]` (after an alef when `alef`) may start a path: its first four
    /// scalars a path's first four, or the whole stem of three or two scalars a path's first three or two; a stem of
    /// one scalar is kept. (`n` stops at six and `d` is at most two, so a stem's count is exact below four.)
    @inline(__always)
    func stemMay(_ s: UnsafeMutablePointer<UInt32>, _ n: Int, _ d: Int, alef: Bool) -> Bool {
        let count = n - d + (alef ? 1 : 0)
        let c0 = alef ? Clitics.alef : s[d], e = alef ? d : d + 1
        if count >= 4 { return Self.has(quads, Self.bit(c0, s[e], s[e + 1], s[e + 2])) }
        if count == 3 { return Self.has(triples, Self.bit(c0, s[e], s[e + 1])) }
        if count == 2 { return Self.has(pairs, Self.bit(c0, s[e])) }
        return true
    }
}
