import ArabicText

/// Where a facility's name ends (its adjective, a regnal ordinal), and a place of the lexicon that is also a
/// compound first name before a family name.
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
}
