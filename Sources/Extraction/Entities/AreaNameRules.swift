import ArabicText

/// Places named after an area head where the name's letters alone would not be trusted: a word that a compass
/// direction locates («منطقة كالاماتا جنوب اليونان»), and a word after a definite head and its nationality
/// («العاصمة الإريترية أسمرا»).
extension DiscoveryRules {
    /// Definite heads of a town or capital that a nationality adjective may follow before the town's name
    /// («العاصمة الإريترية أسمرا», «البلدة اللبنانية عيترون», «بالمدينة الألمانية فرايبورغ»).
    static let definiteTownHeads: WordSet = Keys.of(["العاصمة", "المدينة", "البلدة", "القرية"])

    /// The place named by the one word after area head `head` when a compass direction follows it and another word
    /// follows the direction («منطقة خزاعة جنوب قطاع غزة», «مخيم بلاطة شرق المدينة», «بمنطقة كالاماتا جنوب
    /// اليونان»): the phrase locates a place, so the word is its name even when its letters also read as a verb
    /// (ت, ي, س + letters) or an adjective in ة, which `placeName(after:)` otherwise refuses. The word is still no
    /// ordinary word in any form, no nisba (…ية: «منطقة حدودية شمال»), no participle in م…ة («منطقة محاصرة
    /// جنوب»), no adjective in ة whose masculine is a word («منطقة آمنة») or of the shape فاعلة or فعيلة («عازلة», «قريبة»), no word with a pronoun or
    /// tanween, and no short verb («منطقة تقع شمال»).
    func placeBeforeCompassDirection(head: Int) -> Range<Int>? {
        let k = head + 1
        guard flags(head).contains(.areaHead), k + 2 < a.units.count, a.isWord(k), a.units[k].prefix == 0,
              a.units[k].tokens.count == 1, a.isUnknownWord(k), !a.isLatin(k), a.isWord(k + 2),
              a.units[k + 1].prefix == 0, Self.compassDirections.contains(a.key(k + 1)) else { return nil }
        let key = a.key(k), word = a.token(k).text
        let s = Array(key.unicodeScalars)
        guard s.count >= 3, !UTF8Key.hasPrefix(key, "ال"), !UTF8Key.hasPrefix(key, "لل"), !UTF8Key.hasPrefix(key, "بال"), !UTF8Key.hasPrefix(key, "وال"),
              !a.isDictionaryWord(k), !isNeverNamePart(k, continuation: false), !NameEvidence.isInflectedOrdinaryWord(word),
              !Lexicon.inflectedWords.contains(key), !UTF8Key.hasSuffix(key, "يه"), !UTF8Key.hasSuffix(key, "يا") || s.count >= 5 else { return nil }
        // a proclitic before an ordinary word («وقريبة»)
        if ["و", "ف", "ب", "ل", "ك"].contains(s[0]), s.count >= 4 {
            let rest = ScalarString.make(s.dropFirst())
            if Lexicon.dictionary.contains(rest) || Lexicon.inflectedWords.contains(rest) { return nil }
        }
        let feminine = UTF8Key.hasSuffix(word, "ة")
        if !feminine && Self.hasPronounSuffix(key) { return nil }
        if UTF8Key.hasSuffix(key, "ه") {
            let stem = ScalarString.make(s.dropLast())
            if Lexicon.dictionary.contains(stem) || Lexicon.dictionary.contains("ال" + stem) || s[0] == "م" { return nil }
            // the adjective patterns فاعلة and فعيلة («عازلة», «واقعة», «قريبة»)
            if s.count == 5 && (s[1] == "ا" || s[3] == "ي") { return nil }
        }
        // a verb: ت/ي/ن + letters, unless the word has a foreign name's shape («تشوانتشو»)
        if ["ت", "ي", "ن"].contains(s[0]) && !EntityExtractor.hasTransliterationShape(word) { return nil }
        if s[0] == "س", ["ي", "ت", "ن"].contains(s[1]), !EntityExtractor.hasTransliterationShape(word) { return nil }
        return k..<(k + 1)
    }

    /// The town named after a definite town head and a feminine nationality adjective («العاصمة الإريترية أسمرا»,
    /// «في البلدة اللبنانية عيترون»): one or two words no list knows (`isUnknownNameWord`), not definite. The
    /// nationality says the head is a place of that country, so the word after it is that place's name.
    func townAfterHeadAndNationality(_ head: Int) -> Range<Int>? {
        let adj = head + 1, k = head + 2
        guard k < a.units.count, flags(adj).contains(.demonym), a.units[head].tokens.count == 1,
              Self.definiteTownHeads.contains(a.stemKey(head)), isNationalityAdjective(adj), a.key(adj).hasSuffix("يه"), a.isWord(k), a.units[k].prefix == 0,
              isUnknownNameWord(k), !NameEvidence.isInflectedOrdinaryWord(a.token(k).text) else { return nil }
        var end = k + 1
        if end < a.units.count, a.isWord(end), a.units[end].prefix == 0, isUnknownNameWord(end),
           a.key(end).unicodeScalars.first != "و" { end += 1 }
        return k..<end
    }
}
