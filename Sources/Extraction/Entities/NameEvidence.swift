import ArabicText

/// Word-level evidence about names, for the stages after extraction (the entity confidence of the
/// resolution stage): what the lexicons and word shapes say about one word, given as a match key.
public enum NameEvidence {
    /// An ordinary word of the language (`DictionaryWords`), or a common or frequent word of the lexicon,
    /// as written or after one proclitic: "فرص", "الجهوي", "بأن", "وهو".
    public static func isOrdinaryWord(_ key: String) -> Bool {
        if Lexicon.dictionary.contains(key) || SplitSpelling.functionWords.contains(key) { return true }
        if let e = lexicon.lookup(key), !e.flags.isDisjoint(with: [.common, .frequent]),
           e.flags.isDisjoint(with: [.firstName, .place, .organization, .person]) { return true }
        // (a function word keeps two letters: "وهو", "فهي")
        guard let first = key.unicodeScalars.first, ["و", "ف", "ب", "ك", "ل"].contains(first),
              key.unicodeScalars.count >= 3 else { return false }
        let rest = String(key.unicodeScalars.dropFirst())
        return SplitSpelling.functionWords.contains(rest) || (key.unicodeScalars.count >= 4 && Lexicon.dictionary.contains(rest))
    }

    /// A word of the dictionary or the lexicon exactly as written, without removing a proclitic: "وزارة",
    /// "وكالة" (but not "والوزير").
    public static func isWordAsWritten(_ key: String) -> Bool {
        Lexicon.dictionary.contains(key) || SplitSpelling.functionWords.contains(key) || lexicon.lookup(key) != nil
    }

    /// A first name of the lexicon (ambiguous ones included).
    public static func isFirstName(_ key: String) -> Bool {
        guard let e = lexicon.lookup(key) else { return false }
        return e.flags.contains(.firstName) || e.flags.contains(.ambiguousFirstName)
    }

    /// A name of the place or organization lexicons.
    public static func isLexiconName(_ key: String) -> Bool {
        guard let e = lexicon.lookup(key) else { return false }
        return e.flags.contains(.place) || e.flags.contains(.organization)
    }

    /// A word that introduces or describes a name rather than being part of one: a title, role word,
    /// reporting verb, organization, facility or area head, or demonym of the lexicon, as written or after
    /// one proclitic ("بمحافظة", "والوزير", "قال").
    public static func isNameCue(_ key: String) -> Bool {
        cueFlags(key) != nil
    }

    /// An organization, facility or area head of the lexicon, as written or after one proclitic ("مدينة",
    /// "بمحافظة", "جامعة"): the name after it is a place or an institution.
    public static func isPlaceOrInstitutionHead(_ key: String) -> Bool {
        guard let f = cueFlags(key) else { return false }
        return !f.isDisjoint(with: [.orgHead, .facilityHead, .areaHead])
    }

    static let cueFlagSet: LexFlags = [.title, .roleWord, .reportingVerb, .orgHead, .facilityHead, .areaHead, .demonym]

    /// The cue flags of the word, as written or after one proclitic, or nil when it has none.
    static func cueFlags(_ key: String) -> LexFlags? {
        if let e = lexicon.lookup(key), !e.flags.isDisjoint(with: cueFlagSet) { return e.flags.intersection(cueFlagSet) }
        guard let first = key.unicodeScalars.first, ["و", "ف", "ب", "ك", "ل"].contains(first), key.unicodeScalars.count >= 4,
              let e = lexicon.lookup(String(key.unicodeScalars.dropFirst())), !e.flags.isDisjoint(with: cueFlagSet) else { return nil }
        return e.flags.intersection(cueFlagSet)
    }

    /// The spellings, as the place and organization lexicons write them, of the names with this match key
    /// (spaces removed): "فاس" for the key of "فأس".
    public static func lexiconSpellings(ofKey key: String) -> [String] {
        Lexicon.nameSpellings[key] ?? []
    }

    /// A head that names a news outlet or agency ("قناة", "صحيفة", "وكالة"): the name after it is the
    /// outlet's.
    public static func isMediaHead(_ key: String) -> Bool {
        if DiscoveryRules.mediaHeads.contains(key) || key == "وكاله" { return true }
        guard let first = key.unicodeScalars.first, ["و", "ف", "ب", "ك", "ل"].contains(first), key.unicodeScalars.count >= 4 else { return false }
        let rest = String(key.unicodeScalars.dropFirst())
        return DiscoveryRules.mediaHeads.contains(rest) || rest == "وكاله"
    }

    /// A demonym or nationality adjective of the lexicon ("الأمريكي", "التونسية").
    public static func isDemonym(_ key: String) -> Bool {
        lexicon.lookup(key)?.flags.contains(.demonym) ?? false
    }

    /// Verbal-noun, participle-verb and plural shapes that are not names (see `DiscoveryRules.isVerbalNoun`).
    public static func hasVerbalNounShape(_ key: String) -> Bool { DiscoveryRules.isVerbalNoun(key) }

    /// An organization head word ("وزارة", "إدارة", "تنظيم") of the lexicon.
    public static func isOrganizationHead(_ key: String) -> Bool {
        lexicon.lookup(key)?.flags.contains(.orgHead) ?? false
    }

    static var lexicon: Gazetteer<LexEntry> { Lexicon.builtIn }
}
