/// The first two letters the names of a gazetteer start with, to turn away at a glance a token no reading of which
/// can start one (`Gazetteer.match` reads the token with its proclitics off and walks the trie from each stem): a
/// rule that asks a small gazetteer at every word (the notable persons) spends most of its time on words that start
/// no name. A token it keeps may still match nothing; a token it refuses matches nothing.
public struct GazetteerPrefilter: Sendable {
    /// One bit per pair of scalars of the Arabic block (U+0600–U+06FF) that starts a key of the trie.
    private var pairs = [UInt64](repeating: 0, count: 1024)

    public init<Value>(_ g: Gazetteer<Value>) {
        let t = g.trie
        for (k, c0) in t.rootArabic.enumerated() where c0 >= 0 {
            for (s1, _) in t.edges(of: Int(c0)) where s1 >= 0x0600 && s1 < 0x0700 {
                let bit = k << 8 | Int(s1 - 0x0600)
                pairs[bit >> 6] |= 1 << UInt64(bit & 63)
            }
        }
    }

    @inline(__always)
    private func has(_ s0: UInt32, _ s1: UInt32) -> Bool {
        // (a pair outside the Arabic block is not sketched: kept)
        guard s0 >= 0x0600, s0 < 0x0700, s1 >= 0x0600, s1 < 0x0700 else { return true }
        let bit = Int(s0 - 0x0600) << 8 | Int(s1 - 0x0600)
        return pairs[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    /// False when no clitic reading of the token whose match key is `key` (`Clitics.forEachReading`: the token, after
    /// و/ف, after ب/ك/ل, after both, and ل + ال with its alef restored) starts with a pair of the trie; true otherwise,
    /// and whenever a reading's stem has fewer than two scalars (a name may go on in the next token).
    public func mayMatch(_ key: String) -> Bool {
        var s: (UInt32, UInt32, UInt32, UInt32) = (0, 0, 0, 0)
        var n = 0
        for u in key.unicodeScalars.prefix(4) {
            switch n {
            case 0: s.0 = u.value
            case 1: s.1 = u.value
            case 2: s.2 = u.value
            default: s.3 = u.value
            }
            n += 1
        }
        if n < 2 || has(s.0, s.1) { return true }
        func isConjunction(_ v: UInt32) -> Bool { v == Clitics.waw || v == Clitics.fa }
        func isPreposition(_ v: UInt32) -> Bool { v == Clitics.ba || v == Clitics.kaf || v == Clitics.lam }
        var p = 0
        if isConjunction(s.0) {
            if n < 3 || has(s.1, s.2) { return true }
            p = 1
        }
        let cp = p == 0 ? s.0 : s.1, cq = p == 0 ? s.1 : s.2, cr = p == 0 ? s.2 : s.3
        guard isPreposition(cp) else { return false }
        // the stem after the preposition, and ل + ال: an alef before the second ل
        if n < p + 3 || has(cq, cr) { return true }
        if cp == Clitics.lam, cq == Clitics.lam, has(Clitics.alef, cq) { return true }
        return false
    }
}
