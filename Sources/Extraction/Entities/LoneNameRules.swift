import ArabicText

/// One-word person names that a name position and the word's letters vouch for together.
extension DiscoveryRules {
    /// Nouns of a kind of organization or thing that a nationality describes before its name ("النادي الإسباني
    /// X", "العملاق الأمريكي X", "الفريق الإنجليزي X"): the word after the nationality is then no person.
    static let kindNounsBeforeNationality: WordSet = Keys.of(["نادي", "النادي", "فريق", "الفريق", "شركه", "الشركه",
        "عملاق", "العملاق", "مجموعه", "المجموعه", "موقع", "الموقع", "مجله", "المجله", "صحيفه", "الصحيفه", "بنك", "البنك",
        "مصرف", "المصرف", "وكاله", "الوكاله", "قناه", "القناه", "جيش", "الجيش", "حزب", "الحزب", "مدينه", "المدينه",
        "جامعه", "الجامعه", "صانع", "الصانع", "مصنع", "المصنع", "عمالقه", "ماركه", "علامه", "سياره", "السياره"])

    /// The person named right after a definite singular masculine nationality adjective (unit `u`) when the
    /// stricter `namedAfterNationality` found no name there: "الألماني X وزميله", "الروسي X Y". The first word
    /// is no word of any list (no lexicon word, no ordinary word in any form, no article, no proclitic before a
    /// known word, no verb or predicate shape) and its letters score as a name's (`NameShapeScore`, fitted on
    /// ANT). A second word joins when it is a definite word no list knows ("المصري X الفايد") or another word
    /// no list knows that scores as a name's; a third such word leaves the name to no rule. Not when the word
    /// before the nationality is a name or a word no list knows (the nationality then describes it: a list of
    /// clubs, "فيورنتينا الإيطالي X الروسي"), another nationality, or a head or kind noun of an organization
    /// or place ("النادي الإسباني X"), nor when a nationality follows the name (the next item of such a list),
    /// the word starts with و (the next item of a list, "X السوداني وY") or a first name follows it.
    func namedAloneAfterNationality(_ u: Int) -> Range<Int>? {
        let stem = a.stemKey(u)
        guard a.units[u].tokens.count == 1, UTF8Key.hasPrefix(stem, "ال"), UTF8Key.hasSuffix(stem, "ي"), !UTF8Key.hasSuffix(stem, "يي"),
              let r = scoredName(at: u + 1) else { return nil }
        if u > 0, a.isWord(u - 1) {
            let before = flags(u - 1)
            if !before.isDisjoint(with: [.orgHead, .facilityHead, .areaHead, .organization, .place, .person, .demonym]) { return nil }
            if before.isEmpty && !a.isDictionaryWord(u - 1) && !NameEvidence.isInflectedOrdinaryWord(a.token(u - 1).text) { return nil }
            if Self.kindNounsBeforeNationality.contains(a.stemKey(u - 1)) || Self.kindNounsBeforeNationality.contains(a.key(u - 1)) { return nil }
        }
        let end = r.upperBound
        if end < a.units.count, a.isWord(end), flags(end).contains(.demonym), a.key(end).hasPrefix("ال") { return nil }
        return plausiblePerson(r) ? r : nil
    }

    /// An ordinary word, a function word or a cue, which ends a name: no part of one. A word the lists know
    /// only after a proclitic or in the list of other forms (`DictionaryWords.inflected`, which holds
    /// foreign names too: "سيزار", "باول" = ب + "اول") is one only when its letters score below zero, more an
    /// ordinary word's than a name's.
    func isPlainWord(_ u: Int) -> Bool {
        let key = a.key(u)
        if UTF8Key.scalarCount(key) < 2 || SplitSpelling.functionWords.contains(key) || Lexicon.dictionary.contains(key) { return true }
        let cue = !flags(u).isDisjoint(with: [.common, .frequent, .title, .roleWord, .reportingVerb, .orgHead, .facilityHead, .areaHead])
        if cue && a.units[u].prefix == 0 { return true }
        let word = a.token(u).text
        return (cue || a.isDictionaryWord(u) || NameEvidence.isInflectedOrdinaryWord(word) || Lexicon.inflectedWords.contains(key))
            && NameShapeScore.score(word) < 0
    }

    /// A word of one token that no list knows as written or after a proclitic, without the article, with no
    /// shape of a verb (an imperfect, a future in س), a predicate or a derived noun: the makings of a name.
    func isUnknownNameWord(_ w: Int) -> Bool {
        guard a.units[w].tokens.count == 1, a.isUnknownWord(w), !a.isLatin(w), !a.isDictionaryWord(w) else { return false }
        let key = a.key(w), word = a.token(w).text
        let s = Array(key.unicodeScalars)
        guard s.count >= 3, !UTF8Key.hasPrefix(key, "ال"), !Self.isPredicateOfKnownWord(key),
              !NameEvidence.isInflectedOrdinaryWord(word), !Lexicon.inflectedWords.contains(key),
              !looksLikeVerb(w) || EntityExtractor.hasTransliterationShape(word),
              Self.surnameShapeOK(key: key, text: word) else { return false }
        if s[0] == "س", ["ي", "ت", "ن"].contains(s[1]) { return false }
        if Self.complementizerWithPronoun.contains(key) { return false }   // "أنني", "لأنه": no name
        // a proclitic before an ordinary word or a name is no name of its own ("ويميز": و + a verb)
        if ["و", "ف", "ب", "ل", "ك"].contains(s[0]) {
            let rest = ScalarString.make(s.dropFirst())
            if Lexicon.dictionary.contains(rest) || Lexicon.inflectedWords.contains(rest) || Lexicon.builtIn.lookup(rest) != nil { return false }
        }
        return true
    }

    /// «أن», «إن», «لأن», «بأن» with an attached pronoun (match keys).
    static let complementizerWithPronoun: WordSet = Keys.of(["انني", "انه", "انها", "انهم", "انك", "اننا", "انهما", "لانه",
        "لانها", "لانهم", "لانني", "بانه", "بانها", "بانهم", "بانني", "وانه", "وانها"])

    /// A predicate shape (`isPredicateShape`) that is an inflection of a word the lists know: an accusative in ا or
    /// a sound plural in ون/ين whose base is a known word or nationality ("مشغولا", "دبلوماسيون"), or a plural of a
    /// participle (فاعلون, مفعولون: "ناجون", "ساخرون", "مفروزون"), a dual imperfect or a broken plural فواعل. A name may
    /// end the same way when the rest is no word ("أينشتاين", "أندرسون", "أوكولاجا").
    static func isPredicateOfKnownWord(_ key: String) -> Bool {
        guard isPredicateShape(key) else { return false }
        let s = Array(key.unicodeScalars)
        func known(_ n: Int) -> Bool {
            let k = ScalarString.make(s.dropLast(n))
            return UTF8Key.scalarCount(k) >= 2 && (Lexicon.dictionary.contains(k) || Lexicon.inflectedWords.contains(k) || Lexicon.builtIn.lookup(k) != nil)
        }
        if s.last == "ا" { return known(1) }
        if UTF8Key.hasSuffix(key, "ون") || UTF8Key.hasSuffix(key, "ين") { return known(2) || s[0] == "م" || s.count >= 5 && s[1] == "ا" }
        return true
    }
}
