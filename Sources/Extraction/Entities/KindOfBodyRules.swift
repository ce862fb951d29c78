import ArabicText

/// A lexicon body named by its kind in common words («مجلس الأمن»: a security council) followed by an adjective that
/// says whose it is («القومي», «الوطني», a nationality: «مجلس الأمن القومي», «مجلس الأمن الروسي») is another body of
/// that kind, not the lexicon's (the UN Security Council): the phrase is named whole, as the head rule names
/// «وزارة الداخلية الفرنسية». A lexicon body of proper names («حزب الله») takes a nationality as a descriptor, and one
/// whose last word is already a nationality or a scope adjective («الاتحاد الأوروبي») takes none. A nationality after
/// the scope adjective is the body's country («مجلس الأمن القومي الأمريكي»).
extension DiscoveryRules {
    /// Adjectives that say which country's or region's body a body of some kind is, besides nationalities.
    static let scopeAdjectives: WordSet = Keys.of(["القومي", "الوطني", "الجهوي", "المحلي", "الإقليمي", "القومية", "الوطنية",
                                                     "الجهوية", "المحلية", "الإقليمية"])

    /// The range of another body named after the lexicon organization at unit `u` by the adjective after it, or nil.
    func bodyOfTheLexiconKind(at u: Int) -> Range<Int>? {
        let unit = a.units[u]
        guard unit.tokens.count >= 2, flags(u).contains(.organization), !flags(u).contains(.place), !a.isLatin(u) else { return nil }
        let words = unit.tokens.map { a.tokens[$0].key }
        // (the head as the lexicon writes it, its proclitic off: «بمجلس الأمن»)
        let head = String(words[0].unicodeScalars.dropFirst(unit.prefix))
        let stem = UTF8Key.hasPrefix(head, "ال") ? String(head.unicodeScalars.dropFirst(2)) : head
        guard Self.nationalHeads.contains(stem) || NameEvidence.isOrganizationHead(stem) else { return nil }
        // the other words are common words (a kind of body), the last one no adjective of a country or a scope
        for w in words.dropFirst() {
            let bare = UTF8Key.hasPrefix(w, "ال") && UTF8Key.scalarCount(w) >= 5 ? String(w.unicodeScalars.dropFirst(2)) : w
            guard NameEvidence.isOrdinaryWord(w) || NameEvidence.isOrdinaryWord(bare), !NameEvidence.isDemonym(w),
                  !Self.scopeAdjectives.contains(w) else { return nil }
        }
        let k = u + 1
        guard k < a.units.count, a.isWord(k), a.units[k].tokens.count == 1, a.units[k].prefix == 0 else { return nil }
        let adjective = a.key(k)
        guard isNationalityAdjective(k) || Self.scopeAdjectives.contains(adjective) else { return nil }
        // the adjective agrees with the head («حزب الله اللبنانية» describes another noun: no body of its own)
        guard UTF8Key.hasSuffix(stem, "ه") == UTF8Key.hasSuffix(adjective, "يه") else { return nil }
        // a country's after its scope («مجلس الأمن القومي السعودي»), or a second country («… التونسي الصيني»)
        let scopeThenCountry = Self.scopeAdjectives.contains(adjective) && k + 1 < a.units.count && isNationalityAdjective(k + 1)
            && a.key(k + 1).hasSuffix("يه") == UTF8Key.hasSuffix(adjective, "يه")
        return u..<(isSecondNationality(k + 1) || scopeThenCountry ? k + 2 : k + 1)
    }
}

extension DiscoveryRules {
    /// Whether place phrase `r` is one indefinite plural in ات followed by an indefinite adjective in ة of the language
    /// («منطقة منحنيات خطرة», «منطقة مرتفعات وعرة»: a thing's plural takes a feminine singular adjective): a description
    /// of the area, no name of it (a place name is definite; an adjective after it takes ال).
    func isPluralBeforeItsAdjective(_ r: Range<Int>) -> Bool {
        let u = r.lowerBound, next = r.upperBound
        guard r.count == 1, a.isWord(u), a.units[u].tokens.count == 1, a.units[u].prefix == 0, flags(u).isDisjoint(with: LexFlags.names),
              next < a.units.count, a.isWord(next), a.units[next].tokens.count == 1, a.units[next].prefix == 0 else { return false }
        let noun = a.key(u), adjective = a.key(next)
        guard !UTF8Key.hasPrefix(noun, "ال"), UTF8Key.hasSuffix(noun, "ات"), UTF8Key.scalarCount(noun) >= 5,
              !UTF8Key.hasPrefix(adjective, "ال"), UTF8Key.hasSuffix(adjective, "ه"), UTF8Key.scalarCount(adjective) >= 4,
              flags(next).isDisjoint(with: LexFlags.names.union([.firstName, .demonym])),
              a.isDictionaryWord(next) || Lexicon.inflectedWords.contains(adjective) else { return false }
        // «مرة», «ليلة» in construct with a definite word are no adjectives: «منطقة عرفات ليلة الأحد»
        return !(next + 1 < a.units.count && a.isWord(next + 1) && a.key(next + 1).hasPrefix("ال"))
    }
}
