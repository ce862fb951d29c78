import ArabicText

/// Place names after a place head, where a facility's name ends (its adjective, a regnal ordinal), and a place
/// of the lexicon that is also a compound first name before a family name.
extension DiscoveryRules {
    /// Adjectives that name a kind of facility and belong to its name: «مطار روما الدولي», «الملعب الأولمبي»,
    /// «المستشفى الجامعي», «قاعدة حميميم الجوية». (A nationality after the name describes it: not one of them.)
    static let facilityAdjectives: Set<String> = Keys.strings([
        "الدولي", "الدولية", "الأولمبي", "الأولمبية", "الجامعي", "الجامعية", "البلدي", "البلدية", "الجهوي", "الجهوية",
        "العسكري", "العسكرية", "المدني", "المدنية", "المركزي", "المركزية", "الرياضي", "الرياضية", "الجوية", "البحرية",
        "الجوي", "البحري"])
    /// Regnal ordinals, which follow the name of a king or a pope («فيليب الثاني», «محمد الخامس»).
    static let regnalOrdinals: WordSet = Keys.of([
        "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر",
        "الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة", "التاسعة", "العاشرة"])

    /// Where a facility's name ends, given the name words `r` after its head: one more word when it is an
    /// adjective that names the kind of facility («مطار روما الدولي») or a regnal ordinal after a name that is no
    /// ordinary word («ملعب فيليب الثاني»; not «الملعب البلدي الثاني»).
    func facilityNameEnd(_ r: Range<Int>) -> Int {
        let k = r.upperBound
        guard k < a.units.count, a.isWord(k), a.units[k].prefix == 0, a.units[k].tokens.count == 1 else { return k }
        let key = a.key(k)
        if Self.facilityAdjectives.contains(key) { return k + 1 }
        if Self.regnalOrdinals.contains(key), !isOrdinaryNameWord(k - 1) { return k + 1 }
        return k
    }

    /// A titled name that is one first name of the lexicon keeps the regnal ordinal right after it («الملك فيصل
    /// الثاني», «البابا بولس السادس»); a name of two words or more does not take it.
    func withRegnalOrdinal(_ r: Range<Int>) -> Range<Int> {
        let k = r.upperBound
        guard r.count == 1, k < a.units.count, a.isWord(k), a.units[k].prefix == 0, a.units[k].tokens.count == 1,
              Self.regnalOrdinals.contains(a.key(k)), isLexiconFirstName(r.lowerBound) else { return r }
        return r.lowerBound..<(k + 1)
    }

    /// A place of the lexicon written like a compound first name («صلاح الدين», a governorate and a first name)
    /// followed by a family name («صلاح الدين الجورشي», «صلاح الدين بن أحمد»): a person, not the place.
    /// The family name is one unknown word of the shape of a name, a nisba, or a name after its particle.
    func personNamedLikePlace(_ i: Int) -> Range<Int>? {
        let unit = a.units[i]
        guard unit.flags.contains(.place), !unit.flags.contains(.organization), unit.prefix == 0, unit.tokens.count == 2,
              NameEvidence.isFirstName(a.tokens[unit.tokens.lowerBound].key),
              Self.nameTails.contains(a.tokens[unit.tokens.upperBound - 1].key),
              i + 1 < a.units.count, a.isWord(i + 1), a.units[i + 1].prefix == 0 else { return nil }
        let next = i + 1
        // one family name: a first name after it starts the next name of a list («صلاح الدين الزحاف شيماء …»)
        if Self.connectors.contains(a.key(next)), next + 1 < a.units.count, a.isWord(next + 1), a.units[next + 1].prefix == 0,
           a.isUnknownWord(next + 1) || flags(next + 1).contains(.firstName) {
            return i..<(next + 2)
        }
        let f = flags(next)
        let surname = a.isNisba(next) || isNameWord(next) && !a.isDictionaryWord(next) && !looksLikeVerb(next)
            || f.contains(.person) || f.contains(.firstName) && f.isDisjoint(with: [.common, .frequent, .place, .demonym])
        return surname ? i..<(next + 1) : nil
    }

    /// Place name words after a place head (not including the head). A quoted name is returned without
    /// its quotes; otherwise one unknown word, a place of the lexicon, a construct ("سيدي بوزيد", "أولاد
    /// حفوز") or a foreign name of up to three words ("جيوسيبي مياتزا").
    func placeName(after head: Int) -> Range<Int>? {
        let k = head + 1
        if let q = quoteEnd(from: k, maxWords: 4) { return (k + 1)..<q }
        if k < a.units.count, a.units[k].prefix == 0, flags(k).contains(.place) { return k..<(k + 1) }
        if let r = placeBeforeCompassDirection(head: head) { return r }   // «منطقة خزاعة جنوب قطاع غزة»
        let firstName = k < a.units.count && a.units[k].prefix == 0 && flags(k).contains(.firstName) && !flags(k).contains(.frequent)
        guard a.isUnknownWord(k) && a.units[k].prefix == 0 || firstName else { return nil }
        let key = a.key(k)
        // "مدينة للفنون": a preposition; "دولة أكدوا", "منطقة يعرضون": a verb; "عطلهم": a pronoun
        if Self.prepositionArticle.contains(where: { UTF8Key.hasPrefix(key, $0) }) || isNeverNamePart(k) || looksLikeVerb(k)
            || Self.hasPronounSuffix(key) { return nil }
        // "العاصمة الكينية": after a definite head a definite word is its adjective, not its name
        if a.key(head).hasPrefix("ال"), UTF8Key.hasPrefix(key, "ال"), !firstName { return nil }
        // "ملعب الهادي النيفر", "شارع الحبيب بورقيبة", "ملعب البشير بن كوسة": a person's name
        if firstName, let r = personName(from: k), r.lowerBound == k, r.count >= 2 { return r }
        if !UTF8Key.hasPrefix(key, "ال") && UTF8Key.hasSuffix(key, "ه") && !firstName { return nil }   // قاعدة عسكرية: an adjective
        // "إقليم سني", "إقليم شيعي": an indefinite nisba the dictionary knows with the article is an adjective
        if !firstName, isIndefiniteNisbaAdjective(k) { return nil }
        if Self.placeConstruct.contains(key), k + 1 < a.units.count, a.isWord(k + 1), a.units[k + 1].prefix == 0,
           a.isUnknownWord(k + 1) || flags(k + 1).contains(.place) || flags(k + 1).contains(.firstName) {
            return k..<(k + 2)
        }
        // "ملعب جيوسيبي مياتزا", "مستشفى الحبيب بورقيبة": name words after an indefinite or first-name word
        var end = k + 1
        if !UTF8Key.hasPrefix(key, "ال") || firstName {
            while end < a.units.count && end - k < 3 && a.units[end].prefix == 0
                    && (isNameWord(end) && !a.key(end).hasPrefix("ال") || firstName && a.isNisba(end)) { end += 1 }
        }
        return k..<end
    }

    /// An indefinite word in ي, alone before the next word, whose definite form the dictionary knows
    /// («سني» of «السني», «شيعي» of «الشيعي»/«الشيعية»): a nisba adjective after its noun, not a name. Places
    /// of the lexicon are flagged before this is asked («مالي»).
    func isIndefiniteNisbaAdjective(_ u: Int) -> Bool {
        let key = a.key(u)
        guard a.units[u].prefix == 0, !UTF8Key.hasPrefix(key, "ال"), UTF8Key.hasSuffix(key, "ي"), UTF8Key.scalarCount(key) >= 3,
              flags(u).isDisjoint(with: [.place, .firstName, .ambiguousFirstName, .person, .organization]) else { return false }
        if u + 1 < a.units.count, a.isWord(u + 1), a.units[u + 1].prefix == 0, isNameWord(u + 1) { return false }
        return Lexicon.dictionary.contains("ال" + key) || Lexicon.dictionary.contains("ال" + key + "ه")
    }
}
