import ArabicText

/// How much the letters of a word look like a person's name rather than an ordinary word: the sum of the
/// log-odds of its letter 1- to 3-grams (match key between ^ and $), fitted by `scripts/lexicon/fit-name-shape`
/// on silver labels of the ANT corpus (`NameShapeWeights`). Evidence for a word no list knows, read only where
/// the context already says a name may stand (`DiscoveryRules.namedAloneAfterNationality`,
/// `DiscoveryRules.namedAloneAfterVerbOrRelation`, `DiscoveryRules.teamName`, and the clause and list positions of
/// `ClauseAndListNameRules.swift`).
enum NameShapeScore {
    static let weights: [String: Double] = {
        var out: [String: Double] = [:]
        for item in NameShapeWeights.weights.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            guard let colon = item.lastIndex(of: ":"), let w = Double(item[item.index(after: colon)...]) else { continue }
            out[String(item[..<colon])] = w
        }
        return out
    }()

    /// The score of a written word (its match key's n-grams).
    static func score(_ word: String) -> Double {
        let s: [Unicode.Scalar] = ["^"] + Array(ArabicNormalizer.matchKey(word).unicodeScalars) + ["$"]
        var total = 0.0
        for n in 1...3 where s.count >= n {
            for i in 0...(s.count - n) {
                total += weights[String(String.UnicodeScalarView(s[i..<(i + n)]))] ?? 0
            }
        }
        return total
    }

    /// Whether the word's score reaches the fitted threshold.
    static func looksLikeName(_ word: String) -> Bool {
        score(word) >= NameShapeWeights.threshold
    }
}
