import ArabicText

/// Look-ups of a unit's stem key (`BlockAnalysis.stemKey`: its first token's key without the proclitics the lexicon
/// split off) on the key's bytes, with no string made for the stem: the rules that ask at every word whether it is
/// a head («مدينة», «حي» after «ب» or «و») made one string per word with a proclitic.
extension DiscoveryRules {
    /// `words.contains(a.stemKey(u))`.
    func stemKeyIs(_ u: Int, in words: WordSet) -> Bool {
        let unit = a.units[u]
        if unit.prefix == 0 { return words.contains(a.tokens[unit.tokens.lowerBound].key) }
        if unit.restoredAlef { return words.contains(a.stemKey(u)) }
        return words.contains(a.tokens[unit.tokens.lowerBound].key, droppingScalars: unit.prefix)
    }

    /// `UTF8Key.sameBytes(a.stemKey(u), word)`.
    func stemKeyIs(_ u: Int, _ word: String) -> Bool {
        let unit = a.units[u]
        let key = a.tokens[unit.tokens.lowerBound].key
        if unit.prefix == 0 { return UTF8Key.sameBytes(key, word) }
        if unit.restoredAlef { return UTF8Key.sameBytes(a.stemKey(u), word) }
        let same: Bool?? = key.utf8.withContiguousStorageIfAvailable { k in
            word.utf8.withContiguousStorageIfAvailable { w in
                let start = UTF8Scalars.offset(ofScalar: unit.prefix, in: k) ?? k.count
                guard k.count - start == w.count else { return false }
                for j in 0..<w.count where k[start + j] != w[j] { return false }
                return true
            }
        }
        if let same = same ?? nil { return same }
        return UTF8Key.sameBytes(a.stemKey(u), word)
    }
}
