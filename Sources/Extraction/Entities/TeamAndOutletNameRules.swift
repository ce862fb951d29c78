import ArabicText

/// Clubs and racing teams named right after «فريق» (a team): «فريق أسيك», «لفريق وليامز», «فريقي X وY».
extension DiscoveryRules {
    /// «فريق» as written, alone or after a proclitic, and its dual in construct («فريقي X وY»); not the definite
    /// «الفريق» (a military rank as well as the team).
    static let teamHeads: WordSet = Keys.of(["فريق", "لفريق", "بفريق", "وفريق", "فريقي"])

    /// The club or team named right after a team head (unit `u`), without the head: one to three words no list
    /// knows (`isUnknownNameWord`: no ordinary word in any form, no verb or predicate shape), the first of which
    /// scores as a name's letters (`NameShapeScore`) and the others not below zero. «فريق» with an ordinary
    /// word, a verbal noun, a plural or an adjective is a working group, a research team or the like («فريق
    /// عمل», «فريق البحث», «فريق طبي»), no name. Unless a nationality, a word of the dictionary or a function
    /// word or punctuation follows, the name may go on (a place, a connector, another name word, frequent as it
    /// may be: «أتليتيكو مدريد», «مانشستير يونايتد») and the phrase is left to no rule; a lexicon place after
    /// the head («فريق برشلونة») is left to the place (the resolver types a key by its majority). The club stays
    /// local to its document: a one-word club name is not pooled (on ANT the same word also named a town:
    /// «بمدينة نيوكاسل»).
    func teamName(at u: Int) -> Range<Int>? {
        guard a.units[u].tokens.count == 1, Self.teamHeads.contains(a.key(u)) else { return nil }
        let w = u + 1
        guard w < a.units.count, a.isWord(w), a.units[w].prefix == 0, isUnknownNameWord(w),
              NameShapeScore.looksLikeName(a.token(w).text) else { return nil }
        var end = w + 1
        while end < a.units.count, end - w < 3, a.isWord(end), a.units[end].prefix == 0, isUnknownNameWord(end),
              a.key(end).unicodeScalars.first != "و", NameShapeScore.score(a.token(end).text) >= 0 {
            end += 1
        }
        // the name may go on: a place or another name word («أتليتيكو مدريد», «ديبورتيفو الافيس», «سبورتينغ بن
        // عروس»); only a nationality, an ordinary or function word or the end of the clause closes it
        if end < a.units.count, a.isWord(end), !isNationalityAdjective(end),
           !(a.isDictionaryWord(end) || SplitSpelling.functionWords.contains(a.key(end)))
            || Self.connectors.contains(a.key(end))
            || !flags(end).isDisjoint(with: [.place, .organization, .person, .firstName]) {
            return nil
        }
        return w..<end
    }
}

/// Outlets described in ordinary words and named in quotes.
extension DiscoveryRules {
    /// The quoted name right after an outlet head and ordinary words that only describe it («وكالة الأنباء الرسمية
    /// "سونا"»): one to three Latin words or words no list knows whose letters score not below zero as a name's,
    /// or one organization of the lexicon.
    func quotedOutletName(head: Int, _ r: Range<Int>) -> Range<Int>? {
        guard NameEvidence.isMediaHead(a.key(head)), r.count >= 2, !a.isQuote(head + 1),
              ((head + 1)..<r.upperBound).allSatisfy({ isOrdinaryNameWord($0) || flags($0).contains(.demonym) }),
              let q = quoteEnd(from: r.upperBound, maxWords: 4) else { return nil }
        let inner = (r.upperBound + 1)..<q
        guard inner.count <= 3 else { return nil }
        if inner.count == 1, flags(inner.lowerBound).contains(.organization) { return inner }
        // a quoted word no list knows, its letters not an ordinary word's («سونا»)
        return inner.allSatisfy({ a.isLatin($0) || a.isUnknownWord($0) && a.units[$0].prefix == 0 && !a.isDictionaryWord($0)
            && NameShapeScore.score(a.token($0).text) >= 0 }) ? inner : nil
    }
}
