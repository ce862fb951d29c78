import ArabicText

/// The letter counts and articles of the surnames a document's persons end in (`EntityExtractor.extractKeepingBlocks`):
/// a bare word is read as another spelling of a surname only when it has the surname's article («ال» or none) and a
/// letter count at most one away from it, so a word that fits no surname this way needs neither its skeleton
/// (`NameSkeleton.of`) nor the dictionary look-up (`BlockAnalysis.isDictionaryWord`): most unknown words.
struct SurnameShapes {
    /// Per article (0: none, 1: «ال»), bit n: a surname of n − 1, n or n + 1 letters.
    private var counts: (UInt64, UInt64) = (0, 0)

    init(_ surnames: some Sequence<String>) {
        for last in surnames {
            let n = UTF8Key.scalarCount(last)
            let bits: UInt64 = n >= 62 ? .max : (7 << UInt64(n)) >> 1   // n − 1, n, n + 1
            if UTF8Key.hasPrefix(last, "ال") { counts.1 |= bits } else { counts.0 |= bits }
        }
    }

    /// Whether a surname of either article has a letter count at most one away from `letters` (asked first: it needs
    /// no look at the word's article).
    func fit(letters: Int) -> Bool {
        letters >= 63 || ((counts.0 | counts.1) >> UInt64(letters)) & 1 != 0
    }

    /// Whether a surname has the article `article` says and a letter count at most one away from `letters` (true for
    /// a word of 63 letters or more, not told apart).
    func fit(letters: Int, article: Bool) -> Bool {
        let bits = article ? counts.1 : counts.0
        return letters >= 63 || (bits >> UInt64(letters)) & 1 != 0
    }
}
