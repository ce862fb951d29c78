import ArabicText

/// Word-level evidence about names, for the stages after extraction (the entity confidence of the
/// resolution stage): what the lexicons and word shapes say about one word, given as a match key.
public enum NameEvidence {
    /// An ordinary word of the language (`DictionaryWords`), or a common or frequent word of the lexicon,
    /// as written or after one proclitic: "فرص", "الجهوي", "بأن".
    public static func isOrdinaryWord(_ key: String) -> Bool {
        if Lexicon.dictionary.contains(key) || SplitSpelling.functionWords.contains(key) { return true }
        if let e = lexicon.lookup(key), !e.flags.isDisjoint(with: [.common, .frequent]),
           e.flags.isDisjoint(with: [.firstName, .place, .organization, .person]) { return true }
        guard let first = key.unicodeScalars.first, ["و", "ف", "ب", "ك", "ل"].contains(first),
              key.unicodeScalars.count >= 4 else { return false }
        let rest = String(key.unicodeScalars.dropFirst())
        return Lexicon.dictionary.contains(rest) || SplitSpelling.functionWords.contains(rest)
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
