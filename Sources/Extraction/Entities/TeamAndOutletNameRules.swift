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
        guard a.units[u].tokens.count == 1, wordLists[u].key.contains(.teamHead) else { return nil }
        return clubWords(from: u + 1)
    }

    /// The club named by one to three words no list knows from unit `w` (`teamName`), or nil.
    func clubWords(from w: Int) -> Range<Int>? {
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

/// Clubs named by a word of their own and their city («أسيك أبيدجان», «هرتا برلين») in a paragraph about a match.
extension DiscoveryRules {
    /// Words of football matches (not «الفريق», also a rank, nor words of other senses: «هدف», «لقاء», «دور», «فوز»): a
    /// paragraph with one of them may name clubs by their city.
    static let matchWords: WordSet = Keys.of(["مباراة", "المباراة", "مباريات", "المباريات", "الدوري", "المرمى", "مرمى",
        "لاعب", "اللاعب", "لاعبي", "لاعبو", "مدرب", "المدرب", "الملعب", "ديربي", "منتخب", "المنتخب", "الشوط", "ركلة", "ركلات",
        "كرة", "نادي", "النادي", "فريق", "فريقي", "تعادل", "مهاجم"])

    /// A club named right before its city (unit `u` the first word): one or two words no list knows (`isUnknownNameWord`,
    /// letters not below zero as a name's) then a city of the lexicon (not a country, no proclitic, no side adjective
    /// after it) make one organization name, and the city is no mention of its own; only in a paragraph about a match
    /// (`matchWords`), where a word before a city is a club's name far more often than a person's or a thing's
    /// («ماراثون باريس», «كورنيش بيروت» stand elsewhere). Not after a first name, a title or a word no list knows (a
    /// longer name) or a head (the head's name: «ملعب X باريس»), not a word in و (a list's next item) or a dual in
    /// construct, not when a second word has a proclitic, not before a city written like a noun with a pronoun.
    func clubNamedWithItsCity(at u: Int) -> Range<Int>? {
        // (the city is the next word or the one after: checked first, since the rule asks at every word)
        guard flags(u + 1).contains(.place) || flags(u + 2).contains(.place) else { return nil }
        // (not «ودينامو»: the next item of a list, the conjunction glued on; not a dual in construct, «مينائي», «بلقائي»)
        guard isUnknownNameWord(u), !a.key(u).hasPrefix("و"), !a.key(u).hasSuffix("يي"),
              NameShapeScore.score(a.token(u).text) >= 0 else { return nil }
        if u > 0, a.isWord(u - 1), !flags(u - 1).isDisjoint(with: [.firstName, .ambiguousFirstName, .title, .person, .orgHead, .facilityHead, .areaHead])
            || isUnknownNameWord(u - 1) {
            return nil
        }
        var city = u + 1
        // a second word with a proclitic starts another phrase («غودوين لسبارتاك موسكو»: a player and his club)
        if city < a.units.count, a.isWord(city), isUnknownNameWord(city), !["و", "ل", "ب"].contains(a.key(city).unicodeScalars.first ?? " "),
           NameShapeScore.score(a.token(city).text) >= 0 { city += 1 }
        guard city < a.units.count, a.isWord(city), a.units[city].prefix == 0, flags(city).contains(.place),
              !flags(city).contains(.organization) else { return nil }
        let name = a.units[city].entry?.canonical ?? a.surface(city..<(city + 1))
        // a city written like a noun with its pronoun is no city here («رونالدو حديثه»: his talk, not حديثة)
        guard PlaceKinds.isKnownCity(name), !PlaceKinds.isCountry(name), !isNounWithPronoun(city),
              !Self.namesAnotherPlace(a, tokens: a.units[city].tokens, prefix: 0),
              isMatchParagraph else { return nil }
        return u..<(city + 1)
    }

    /// Whether the paragraph speaks of a match (`matchWords`).
    var isMatchParagraph: Bool { a.units.indices.contains(where: { stemKeyIs($0, in: Self.matchWords) }) }

    /// The host and the guest with the pronoun of the other side («مع مضيفه», «على ضيفه»).
    static let hostAndGuest: WordSet = Keys.of(["مضيفه", "ضيفه", "لمضيفه", "لضيفه", "بمضيفه", "بضيفه"])
    /// A draw, whose subject and whose «مع» are the two sides («تعادل X مع Y»).
    static let drawVerbs: WordSet = Keys.of(["تعادل", "وتعادل", "فتعادل"])

    /// Clubs a match report names with no head, in a paragraph about a match: the one after the host or the guest of
    /// the other side («تعادل مع مضيفه X», «فاز على ضيفه X») and both sides of a draw («تعادل X مع Y»), named by words
    /// no list knows as after «فريق» (`clubWords`). Persons stand there in other sports («تغلب على نادال»), so no
    /// other verb is a cue: tennis has neither hosts nor draws.
    func clubsOfAMatch(at u: Int) -> [Range<Int>] {
        guard a.units[u].tokens.count == 1 else { return [] }
        let key = wordLists[u].key
        if key.contains(.hostOrGuest), let r = clubWords(from: u + 1), isMatchParagraph { return [r] }
        guard key.contains(.drawVerb), let x = clubWords(from: u + 1), x.upperBound + 1 < a.units.count,
              a.key(x.upperBound) == "مع", isMatchParagraph else { return [] }
        if let y = clubWords(from: x.upperBound + 1) { return [x, y] }
        return [x]
    }

    /// A one-word name written with a final ه (not ة) after a noun of the dictionary: that noun with its pronoun
    /// («حديثه»: his talk; the town is written «حديثة»).
    func isNounWithPronoun(_ u: Int) -> Bool {
        guard a.units[u].tokens.count == 1, a.token(u).text.hasSuffix("ه") else { return false }
        let key = a.key(u)
        return Lexicon.dictionary.contains(String(key.unicodeScalars.dropLast()))
    }
}

/// Clubs named by a club word and the adjective of their city («النادي البنزرتي», «الشبيبة القيروانية», «المغرب
/// التطواني») in a paragraph about a match.
extension DiscoveryRules {
    /// Words that open the names of Arab clubs before the adjective of their city: the club, union, star, stadium,
    /// planet, youth, Olympic… as written in the club names of North Africa and the Middle East.
    static let clubNameWords: WordSet = Keys.of(["النادي", "الاتحاد", "الإتحاد", "النجم", "الملعب", "الترجي", "الكوكب",
        "المولودية", "مولودية", "الشبيبة", "شبيبة", "الأولمبي", "الأولمبيك", "الوداد", "الرجاء", "الفتح", "الهلال", "النصر",
        "الأهلي", "حسنية", "الحسنية", "الاتفاق"])

    /// A club named by a club word (`clubNameWords`) or a place of the lexicon (unit `u`, one token) and the definite
    /// adjective of a city of the lexicon (not a country's nationality: «الملعب التونسي» stays to the rules of
    /// nationalities) that is no ordinary adjective («الرياضي» is of sport, not of الرياض), in a paragraph about a
    /// match (`matchWords`): «الملعب القابسي», «الترجي الجرجيسي», «المغرب الفاسي». The city adjective is the city's name with the article and ي or ية («تطوان» → «التطواني», «وجدة» →
    /// «الوجدية», «القيروان» → «القيروانية»); adjectives of other forms («البيضاوي») are not read.
    func clubNamedWithItsCityAdjective(at u: Int) -> Range<Int>? {
        let next = u + 1
        // (the adjective's shape is checked first, since the rule asks at every word)
        // (`hasDefiniteNisbaShape` read once per unit with its lists: `RuleWordTable.unitLists`)
        guard next < a.units.count, a.isWord(next), a.units[next].prefix == 0, a.units[next].tokens.count == 1,
              wordLists[next].key.contains(.definiteNisbaShape) else { return nil }
        let key = a.key(next)
        guard a.units[u].tokens.count == 1,
              wordLists[u].stem.contains(.clubNameWord) || flags(u).contains(.place),
              !flags(next).contains(.demonym), !flags(next).contains(.place), !Lexicon.dictionary.contains(key),
              Self.cityOfAdjective(key) != nil,
              isMatchParagraph else { return nil }
        return u..<(next + 1)
    }

    /// A match key that starts with «ال» and ends in «ي» or «يه», read on its UTF-8 bytes (the rule asks at every word).
    static func hasDefiniteNisbaShape(_ key: String) -> Bool {
        let fast: Bool? = key.utf8.withContiguousStorageIfAvailable { hasDefiniteNisbaShape(bytes: $0) }
        if let fast { return fast }
        let bytes = key.utf8
        guard bytes.count >= 10, bytes.starts(with: [0xD8, 0xA7, 0xD9, 0x84]) else { return false }   // ال + 3 letters
        let last = bytes.suffix(4)
        let (b0, b1, b2, b3) = (last[last.startIndex], last[last.index(after: last.startIndex)],
                                last[last.index(last.startIndex, offsetBy: 2)], last[last.index(last.startIndex, offsetBy: 3)])
        return b2 == 0xD9 && b3 == 0x8A || b0 == 0xD9 && b1 == 0x8A && b2 == 0xD9 && b3 == 0x87   // …ي or …يه
    }

    /// `hasDefiniteNisbaShape` of the key whose UTF-8 bytes are `b`.
    @inline(__always)
    static func hasDefiniteNisbaShape(bytes b: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = b.count
        guard n >= 10, b[0] == 0xD8, b[1] == 0xA7, b[2] == 0xD9, b[3] == 0x84 else { return false }
        return b[n - 2] == 0xD9 && b[n - 1] == 0x8A || b[n - 4] == 0xD9 && b[n - 3] == 0x8A && b[n - 2] == 0xD9 && b[n - 1] == 0x87
    }

    /// The lexicon city a definite nisba adjective (a match key) is made from, or nil: the adjective without its
    /// article and ي/ية, as written, with ة, or with the article («الصفاقسي» → صفاقس, «الباجي» → باجة,
    /// «القيروانية» → القيروان); not a country.
    static func cityOfAdjective(_ key: String) -> String? {
        var s = Substring(key.dropFirst(2))
        if UTF8Key.hasSuffix(s, "يه") { s = s.dropLast(2) } else { s = s.dropLast() }
        guard UTF8Key.scalarCount(s) >= 3 else { return nil }
        let base = String(s)
        for name in [base, base + "ه", "ال" + base, "ال" + base + "ه"] where PlaceKinds.isKnownCity(name) && !PlaceKinds.isCountry(name) {
            return name
        }
        return nil
    }
}
