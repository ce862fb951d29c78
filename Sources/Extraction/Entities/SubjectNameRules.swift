import ArabicText

/// One-word (or two-word) person names in a speaker or relation slot, vouched for by the slot and the name's letters
/// together (`NameShapeScore`), as `namedAloneAfterNationality` does after a nationality.
extension DiscoveryRules {
    /// Nouns of a relation with the possessive pronoun that name a person right after them: "زميله X", "شقيقه X",
    /// "قائده X", "زوجته X". (Not "ابنة"/"مواطنة" read as their match keys' other words: only pronoun forms.)
    static let relationNouns: WordSet = Keys.of(["زميله", "زميلها", "زميلهم", "زميلته", "شقيقه", "شقيقها", "شقيقته",
        "شقيقتها", "شقيقهم", "قائده", "قائدها", "ابنه", "ابنها", "ابنته", "ابنتها", "نجله", "نجلها", "زوجته", "زوجها",
        "صديقه", "صديقها", "صديقته", "صديقتها", "مدربه", "مدربها", "منافسه", "منافسها", "غريمه", "والده", "والدها",
        "والدته", "والدتها", "شريكه", "شريكها", "مساعده", "مساعدها", "خليفته", "سلفه", "مواطنه"])

    /// A verb in the masculine singular that takes its subject right after it: كان and its sisters, or a reporting
    /// verb of the lexicon, with و or ف before it. Not a feminine reporting verb ("قالت", "أعلنت", "تقول"): after one
    /// the name is as often a company's, a club's or a country's as a woman's. Other verbs were measured and left
    /// out: on ANT their subject is as often a club ("وفاز X"), their object a product or a drug ("يتناول X"), and
    /// a verbal noun in construct is spelled like a past verb ("جريمة قتل X", "من أجل نيل X").
    func isSpeakerVerb(_ u: Int) -> Bool {
        guard a.isWord(u), a.units[u].tokens.count == 1 else { return false }
        if isKanaVerb(u) { return true }
        guard flags(u).contains(.reportingVerb) else { return false }
        var s = Array(a.key(u).unicodeScalars)
        if s.count >= 4, s[0] == "و" || s[0] == "ف" { s.removeFirst() }
        return s.last != "ت" && s.first != "ت"
    }

    /// The person named right after a masculine reporting verb or كان (`isSpeakerVerb`: the verb's subject,
    /// "وأضاف X الهدف", "وكان X قد") or a relation noun with a pronoun (`relationNouns`: "زميله X"), read as after a
    /// nationality (`scoredName`): words no list knows whose letters score as a name's. After كان not a predicate
    /// shape (an accusative in ا: "كان بروفسورا"), and never when a lexicon place or organization follows the name
    /// (a construct or an object: "كان مواطني البلد").
    func namedAloneAfterVerbOrRelation(_ u: Int) -> Range<Int>? {
        guard a.units[u].tokens.count == 1, isSpeakerVerb(u) || (a.units[u].prefix == 0 && wordLists[u].key.contains(.relationNoun)),
              let r = scoredName(at: u + 1) else { return nil }
        if isKanaVerb(u), Self.isPredicateShape(a.key(r.lowerBound)) { return nil }
        let next = r.upperBound
        if next < a.units.count, a.isWord(next), !flags(next).isDisjoint(with: [.place, .organization]) { return nil }
        return plausiblePerson(r) ? r : nil
    }

    /// One or two words from unit `w` that a name position vouches for: a word no list knows (`isUnknownNameWord`)
    /// whose letters score as a name's, not in و (the next item of a list); then a definite word no list knows
    /// (the family name: "المصري X الفايد") or another unknown word that scores as a name's. Nil when the name
    /// goes on past that with another word that is no plain word (a longer name the other rules did not take).
    /// With `listItem`, the conjunction before the next item of a list ends the name too: «و» apart or a lexicon
    /// word written with it ("X Y ومارك …").
    func scoredName(at w: Int, listItem: Bool = false) -> Range<Int>? {
        // (the key's tests before `isUnknownNameWord`, which costs ~4,700 instructions a word)
        guard w < a.units.count, a.isWord(w), a.units[w].prefix == 0, a.key(w).unicodeScalars.first != "و",
              !Self.connectors.contains(a.key(w)), isUnknownNameWord(w), NameShapeScore.looksLikeName(a.token(w).text) else { return nil }
        guard let end = scoredNameEnd(after: w, listItem: listItem) else { return nil }
        return w..<end
    }

    /// Where a name goes on after its first word `w` (`scoredName`): past a definite word no list knows or another
    /// unknown word that scores as a name's, or nowhere; nil when a word that is no plain word follows (a longer
    /// name). With `listItem`, «و» apart or glued to a lexicon word ends the name (the next item of a list).
    func scoredNameEnd(after w: Int, listItem: Bool) -> Int? {
        func nextItem(_ u: Int) -> Bool {
            listItem && (a.key(u) == "و" || a.units[u].prefix == 1 && a.key(u).unicodeScalars.first == "و")
        }
        var end = w + 1
        // (a word in tanween or an accusative of a known word ends the name: "كان X إصلاحياً")
        if end < a.units.count, a.isWord(end), !isPlainWord(end), !isNeverNamePart(end), !nextItem(end) {
            if a.units[end].prefix == 0, a.isUnknownWord(end), a.key(end).hasPrefix("ال"), !Lexicon.inflectedWords.contains(a.key(end)) {
                end += 1
            } else if a.units[end].prefix == 0, isUnknownNameWord(end), NameShapeScore.looksLikeName(a.token(end).text) {
                end += 1
                if end < a.units.count, a.isWord(end), !isPlainWord(end), !isNeverNamePart(end), !nextItem(end) { return nil }
            } else {
                return nil
            }
        }
        return end
    }
}

