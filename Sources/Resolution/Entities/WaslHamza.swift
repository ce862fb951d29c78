import ArabicText

/// A hamza written on the alef of a verbal noun of the seventh, eighth or tenth form (انفعال، افتعال، استفعال) or of
/// its nisba or plural («الإتحاد», «الإنتخابات», «الإجتماعي»): that alef is a hamzat al-wasl, never written with a hamza.
/// A page's display name is its most frequent complete variant (`EntityBuilder.displayName`); when one outlet's
/// habit makes a variant so misspelt the most frequent («الإتحاد الإفريقي لكرة القدم»), the page shows the most
/// frequent variant of the same letters without the misspelling («الاتحاد الإفريقي لكرة القدم»). Other hamzas
/// («إيناس» or «ايناس») are left as the counts choose: a name's first alef may or may not carry one.
enum WaslHamza {
    /// Words of `text` whose first alef (after a proclitic and ال) carries a hamza where the word is such a verbal noun.
    static func misspeltWords(_ text: String) -> Int {
        text.split(separator: " ").reduce(0) { $0 + (isMisspelt($1) ? 1 : 0) }
    }

    static func isMisspelt(_ word: Substring) -> Bool {
        var s = MarklessScalars.of(word)
        // a proclitic and the article: و، ف، ب، ك، ل; ال (ل + ل: «للإنتخابات»)
        if s.count > 3, ["و", "ف"].contains(s[0]) { s.removeFirst() }
        if s.count > 3, ["ب", "ك"].contains(s[0]), s[1] == "ا", s[2] == "ل" { s.removeFirst() }
        if s.count > 3, s[0] == "ل", s[1] == "ل" { s.removeFirst(2) } else if s.count > 3, s[0] == "ا", s[1] == "ل" { s.removeFirst(2) }
        guard let first = s.first, first == "أ" || first == "إ" else { return false }
        s[0] = "ا"
        let key = ArabicNormalizer.matchKey(String(String.UnicodeScalarView(s)))
        var k = Array(key.unicodeScalars)
        // the nisba, the feminine and the plural of the noun: «الإجتماعية», «الإنتخابات»
        for end in ["يه", "ات", "ي", "ه"] where k.count >= 7 && key.hasSuffix(end) { k.removeLast(end.unicodeScalars.count); break }
        let n = k.count
        if n == 5, k[0] == "ا", k[1] == "ت", k[3] == "ا" { return true }                     // اتّعال: اتحاد، اتفاق
        if n == 6, k[0] == "ا", ["ت", "ط", "د"].contains(k[2]), k[4] == "ا" { return true }   // افتعال: اجتماع، انتخاب
        if n == 6, k[0] == "ا", k[1] == "ن", k[4] == "ا" { return true }                     // انفعال: انسحاب، انفجار
        if n == 7, k[0] == "ا", k[1] == "س", k[2] == "ت", k[5] == "ا" { return true }          // استفعال: استقلال
        return false
    }

    /// Whether `text` has the scalar أ or إ (a word `isMisspelt` has one).
    static func hasHamzaAlef(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0 == "أ" || $0 == "إ" }
    }

    /// `name` with a plain alef for each such hamza.
    static func corrected(_ name: String) -> String {
        name.split(separator: " ", omittingEmptySubsequences: false).map { w -> String in
            guard isMisspelt(w) else { return String(w) }
            var done = false
            return String(String.UnicodeScalarView(w.unicodeScalars.map { c in
                if !done, c == "أ" || c == "إ" { done = true; return "ا" }
                return c
            }))
        }.joined(separator: " ")
    }

    /// `name`; else, when it has such misspelt words, the variant among `variants` (most frequent first) that writes
    /// them right and nothing else differently («الإتحاد الإفريقي» → «الاتحاد الإفريقي»), or the most frequent variant of
    /// its letters with fewer misspelt words.
    static func bestSpelt(_ name: String, among variants: [String]) -> String {
        // (no word is misspelt without an alef with a hamza: most names are answered without splitting them)
        guard hasHamzaAlef(name) else { return name }
        let wrong = misspeltWords(name)
        guard wrong > 0 else { return name }
        let right = corrected(name)
        if variants.contains(right) { return right }
        let key = ArabicNormalizer.matchKey(name)
        var best = name, fewest = wrong
        for v in variants where v != name && ArabicNormalizer.matchKey(v) == key {
            let w = misspeltWords(v)
            if w < fewest { best = v; fewest = w }
        }
        return best
    }
}
