import ArabicText

/// Words that end a person name: the conjunction or preposition that opens the next item of a list, and a verb
/// written right after a name («سيرين وتمكنتا», «سلمان أودع», «جابر فازت»). Asked by `personName`.
extension DiscoveryRules {
    /// An unknown word in و (or ف ب ل ك) whose rest is a first name, an ordinary word or a function word: و +
    /// the next item of a list ("هادي العامري ومقتدى", "لطيفة القفصي وعيسى"), a preposition + noun ("مسلم
    /// بأداء"), not a family name in و or ب ("مفتاح وناسي", "بلحاج").
    func coordinatedWord(_ u: Int) -> Bool {
        let key = a.key(u)
        guard let c = key.unicodeScalars.first, ["و", "ف", "ب", "ل", "ك"].contains(c), UTF8Key.scalarCount(key) >= 3 else { return false }
        let rest = String(key.unicodeScalars.dropFirst())
        if SplitSpelling.functionWords.contains(rest) || Lexicon.dictionary.contains(rest) { return true }
        // any word the lexicon knows, or knows with the article ("ومقدم": المقدم is a title)
        if let e = a.lexicon.lookup(rest), !e.flags.isEmpty { return true }
        if let e = a.lexicon.lookup("ال" + rest), !e.flags.isEmpty { return true }
        return false
    }

    /// An unknown word in و whose rest is a word in some form (`NameEvidence.isWordOutsideNames`: "وابتعاده",
    /// "وصفعه", "وشركاه"), a first name or a lexicon name ("ونذير", "وكنساس"), or a past verb in the dual or plural
    /// ("وتمكنتا", "وتحدثا", "وقالوا"), or a word written with a hamza on its alef ("وأسرته", "وأنصاره": `startsWithHamzaAlef`):
    /// the conjunction and the next clause or item, never a family name in و
    /// ("واتسون", "ويلز", "وجسيكي": their rest is no word). A word of three letters in و is a verb itself when
    /// the dictionary knows it in this form ("الهادي نويرة وقف ضد…").
    func isConjunctionBeforeWord(_ u: Int) -> Bool {
        guard a.isUnknownWord(u), a.units[u].prefix == 0 else { return false }
        let s = Array(a.key(u).unicodeScalars)
        guard s.count >= 3, s[0] == "و" else { return false }
        // a verb of three letters in و that the dictionary knows ("وقف", "وصل"), not the connector ولد
        if s.count == 3 { return !Self.connectors.contains(a.key(u)) && Lexicon.inflectedWords.contains(a.key(u)) }
        let rest = ScalarString.make(s.dropFirst())
        if NameEvidence.isFirstName(rest) || NameEvidence.isLexiconName(rest) { return true }
        let written = a.token(u).text.unicodeScalars.drop { $0 != "و" }.dropFirst()
        if Self.startsWithHamzaAlef(written) { return true }
        if NameEvidence.isWordOutsideNames(ScalarString.make(written)) { return true }
        return Self.isPastVerbDualOrPlural(rest)
    }

    /// A word no list knows written ل، ب، ك or ف + an alef with a hamza («لأوباما», «بأمريكا»): a preposition or a
    /// conjunction before a word or a name, never a family name (no name starts so), so no word of the name before it.
    func isProcliticBeforeHamzaWord(_ u: Int) -> Bool {
        guard a.isUnknownWord(u), a.units[u].prefix == 0, UTF8Key.scalarCount(a.key(u)) >= 4 else { return false }
        let written = a.token(u).text.unicodeScalars.drop { (0x064B...0x065F).contains($0.value) }
        guard let first = written.first, ["ل", "ب", "ك", "ف"].contains(first) else { return false }
        return Self.startsWithHamzaAlef(written.dropFirst())
    }

    /// A word written with a hamza on its first alef (أ إ آ, diacritics aside): after و, the conjunction
    /// before a word or a name ("وأسرته", "وأعوانها", "وأوباما"), never a foreign name in W, which Arabic writes وا، وي، وو.
    static func startsWithHamzaAlef(_ written: Substring.UnicodeScalarView) -> Bool {
        guard let first = written.first(where: { !(0x064B...0x065F).contains($0.value) }) else { return false }
        return first == "أ" || first == "إ" || first == "آ"
    }

    /// A past verb in the dual or the plural: ending تا (feminine dual), وا (plural), or تفعّلا / تفاعلا
    /// ("تمكنتا", "قالوا", "تحدثا").
    static func isPastVerbDualOrPlural(_ key: String) -> Bool {
        let s = Array(key.unicodeScalars)
        guard s.count >= 4 else { return false }
        if UTF8Key.hasSuffix(key, "تا") || UTF8Key.hasSuffix(key, "وا") { return true }
        return s.count == 5 && s[0] == "ت" && s[4] == "ا"
    }

    /// An unknown word that is a verb the dictionary knows in this form (`Lexicon.inflectedWords`): an
    /// imperfect in ي or ت ("تسند", "يمتلك"), a past in ت ("انسحبت", "فازت"; not a plural in ات). The shape
    /// alone is no evidence here: foreign family names take it ("سيساكو", "تيرشتيغن").
    func isVerbAfterName(_ u: Int) -> Bool {
        guard a.isUnknownWord(u), a.units[u].prefix == 0 else { return false }
        let key = a.key(u)
        let s = Array(key.unicodeScalars)
        guard s.count >= 4, !UTF8Key.hasPrefix(key, "ال"), Lexicon.inflectedWords.contains(key) else { return false }
        if s[0] == "ي" || s[0] == "ت" { return true }
        return s.last == "ت" && !UTF8Key.hasSuffix(key, "ات")
    }

    /// A first name of the lexicon (not a connector): the start of "سلمان أودع".
    func isLexiconFirstName(_ u: Int) -> Bool {
        a.units[u].tokens.count == 1 && !flags(u).isDisjoint(with: [.firstName, .ambiguousFirstName]) && !Self.connectors.contains(a.key(u))
    }

    /// An unknown word written أفعل that the dictionary knows in this form or with the past ending ت: a past
    /// verb of form IV ("أودع" of "أودعت", "أعلن"), not a lexicon name ("أحمد" is a first name, flagged before
    /// this is asked). The feminine form is the evidence when the word itself was left out of the dictionary
    /// list because the corpus glues it onto a name.
    func isPastVerbAfala(_ u: Int) -> Bool {
        guard a.isUnknownWord(u), a.units[u].prefix == 0 else { return false }
        let text = Array(a.token(u).text.unicodeScalars), key = a.key(u)
        guard text.count == 4, text[0] == "أ",
              Lexicon.inflectedWords.contains(key) || Lexicon.inflectedWords.contains(key + "ت") else { return false }
        return !NameEvidence.isFirstName(key) && !NameEvidence.isLexiconName(key)
    }
    /// An unknown word after a name's first word that opens the next clause or phrase, by its shape and the
    /// dictionary's forms: an imperfect in ي or ت that the dictionary knows, with an attached pronoun or «لا»
    /// glued before it ("يطالب", "تنتجه", "لايؤمن"), or ب / ل before a word it knows ("بتمزق"); and whose letters
    /// score as an ordinary word's, not a name's (`NameShapeScore` below zero). Not a foreign family name of that
    /// shape: four letters with ا third ("كيفن تراب", "مارغريت تشان"), ب / ل before و or ل ("بوستة", "بلعيد", "لوبان").
    func isClauseWordAfterName(_ u: Int) -> Bool {
        guard a.isUnknownWord(u), a.units[u].prefix == 0, a.units[u].tokens.count == 1 else { return false }
        let s = Array(a.key(u).unicodeScalars)
        guard s.count >= 4, s[0] != "ا" else { return false }
        let shaped: Bool
        if s[0] == "ي" || s[0] == "ت" {
            shaped = Self.isKnownImperfect(s[...])
        } else if s.count >= 6, s[0] == "ل", s[1] == "ا" {
            shaped = Self.isKnownImperfect(s[2...])
        } else if s.count >= 5, s[0] == "ب" || s[0] == "ل", s[1] != "و", s[1] != "ل" {
            let rest = ScalarString.make(s.dropFirst())
            shaped = Lexicon.inflectedWords.contains(rest) || Lexicon.dictionary.contains(rest) || Lexicon.dictionary.contains("ال" + rest)
        } else {
            shaped = false
        }
        return shaped && NameShapeScore.score(a.token(u).text) < 0
    }

    /// An imperfect in ي or ت that the dictionary knows as written or once an attached pronoun is taken off
    /// (match-key letters), not four letters with ا third (the shape of foreign family names: "تراب").
    static func isKnownImperfect(_ s: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = s.first, first == "ي" || first == "ت" else { return false }
        for ending in Self.imperfectEnclitics {
            guard s.count - ending.count >= 4, s.suffix(ending.count).elementsEqual(ending) else { continue }
            let base = s.dropLast(ending.count)
            if base.count == 4 && base[base.startIndex + 2] == "ا" { continue }
            if Lexicon.inflectedWords.contains(ScalarString.make(base)) { return true }
        }
        return false
    }

    /// Attached object pronouns of a verb (match keys), and none.
    static let imperfectEnclitics: [[Unicode.Scalar]] = ["", "ه", "ها", "هم", "هما", "نا"].map { Array($0.unicodeScalars) }
}
