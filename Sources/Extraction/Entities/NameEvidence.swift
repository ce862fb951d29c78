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
              UTF8Key.scalarCount(key) >= 3 else { return false }
        let rest = String(key.unicodeScalars.dropFirst())
        return SplitSpelling.functionWords.contains(rest) || (UTF8Key.scalarCount(key) >= 4 && Lexicon.dictionary.contains(rest))
    }

    /// A written word that is an ordinary word in an inflected or cliticized form the dictionary words
    /// (`isOrdinaryWord`) miss, and no name word: a word the dictionary accepts (`DictionaryWords.inflected`)
    /// with the shape of a verb or a cliticized word (an imperfect ي, a proclitic on five letters or more,
    /// an enclitic pronoun written with ه, not ة): "يغير", "بكثرة", "شقيقته"; or a word whose stem is a
    /// dictionary word once a proclitic (و ف, ب ل ك, س with an imperfect prefix, then ال) and an enclitic
    /// pronoun or a dual, plural or feminine ending (ها هم هما كم كما نا ين تين تان ات, ه after a proclitic)
    /// are taken off: "وابتعاده", "نائبتين", "سيجمعه". A first name or a lexicon name, as written or after its
    /// proclitics, is none ("سليم", "منصور", "وسليم"); nor are short foreign-looking words the dictionary
    /// happens to accept ("تراب", "بارو"), nor a word in ان or ون (the shape of family names: "قرصان").
    public static func isInflectedOrdinaryWord(_ word: String) -> Bool {
        inflectedOrdinaryMemo.value(of: word, inflectedOrdinaryWord)
    }

    /// `isInflectedOrdinaryWord` of the words met so far (it reads only the built-in lists, so a word's answer never
    /// changes): the rules ask it of the same unknown words again and again, at ~10,000 instructions a word.
    private static let inflectedOrdinaryMemo = WordMemo<Bool>(limit: 20_000)

    /// `isInflectedOrdinaryWord`, worked out.
    static func inflectedOrdinaryWord(_ word: String) -> Bool {
        let key = ArabicNormalizer.matchKey(word)
        if isFirstName(key) || isLexiconName(key) || isKnownPersonWord(key) || isOrdinaryWord(key) { return false }
        let u = Array(key.unicodeScalars)
        for p in proclitics(u) where p > 0 {
            let rest = ScalarString.make(u[p...])
            if isFirstName(rest) || isLexiconName(rest) || isKnownPersonWord(rest) { return false }
        }
        if Lexicon.inflectedWords.contains(key) {
            let written = word.unicodeScalars.filter { !(0x064B...0x065F).contains($0.value) && $0.value != 0x0640 }
            if writtenEnclitics.contains(where: { written.count >= $0.count + 3 && written.suffix($0.count).elementsEqual($0) }) { return true }
            if u.count >= 4, u[0] == "ي" { return true }
            if u.count >= 5, ["و", "ف", "ب", "ل", "ك", "س"].contains(u[0]) { return true }
        }
        for p in proclitics(u) {
            let afterProclitics = Array(u[p...])
            let cliticized = p > 0 && !(p == 2 && u[0] == "ا")
            var cuts = cliticized ? [0] : []
            for e in inflectionEndings where afterProclitics.count - e.count >= 3 && afterProclitics.suffix(e.count).elementsEqual(e) {
                if e == ["ه"] && !cliticized { continue }
                cuts.append(e.count)
            }
            for c in cuts {
                let stem = ScalarString.make(afterProclitics.dropLast(c))
                // an ending alone on a stem of three letters is too often a name's own ("بايات")
                guard UTF8Key.scalarCount(stem) >= (cliticized ? 3 : 4), !isFirstName(stem), !isLexiconName(stem) else { continue }
                if Lexicon.dictionary.contains(stem) || (c > 0 && Lexicon.dictionary.contains(stem + "ه")) { return true }
            }
        }
        return isFeminineNounWithPronoun(word)
    }

    /// A feminine dictionary noun with an enclitic pronoun, its ة written ت («مهمتها» is مهمة + ها, «وفترتهم»):
    /// a possessed noun, which no name word is (a family name takes no pronoun).
    public static func isFeminineNounWithPronoun(_ word: String) -> Bool {
        let u = Array(ArabicNormalizer.matchKey(word).unicodeScalars)
        for p in proclitics(u) {
            let rest = Array(u[p...])
            for e in writtenEnclitics where rest.count - e.count >= 4 && rest.suffix(e.count).elementsEqual(e) {
                let stem = rest.dropLast(e.count)
                guard stem.last == "ت" else { continue }
                let noun = ScalarString.make(stem.dropLast()) + "ه"
                if !isFirstName(noun), !isLexiconName(noun), Lexicon.dictionary.contains(noun) { return true }
            }
        }
        return false
    }

    /// A written word that is an ordinary word in some form and no name word: a dictionary or function word,
    /// an inflected form the dictionary accepts («مخاطبا», «يغير»), or a proclitic (و ف ب ك ل) before a word or
    /// a name the lexicons know («وعين», «بأسطنبول»), an adverbial accusative in ا («خلفا»), or ل or ب before a
    /// verbal noun («لتولي», «لاستلام»). First names, lexicon names, demonyms and the names of known persons are
    /// none, nor a word of two letters.
    public static func isWordOutsideNames(_ word: String) -> Bool {
        let key = ArabicNormalizer.matchKey(word)
        let u = Array(key.unicodeScalars)
        guard u.count >= 3, !isFirstName(key), !isLexiconName(key), !isKnownPersonWord(key), !isDemonym(key) else { return false }
        if isOrdinaryWord(key) || Lexicon.inflectedWords.contains(key) || isInflectedOrdinaryWord(word) { return true }
        if isAdverbOrPurposeForm(word) { return true }
        guard ["و", "ف", "ب", "ك", "ل"].contains(u[0]), u.count >= 4 else { return false }
        let rest = ScalarString.make(u.dropFirst())
        return isLexiconName(rest) || isWordAsWritten(rest) || Lexicon.inflectedWords.contains(rest)
    }

    /// A proclitic (و ف ب ل ك) before an ordinary word: the rest is a dictionary word, with or without the
    /// article («بامتياز»: «الامتياز»), or a cliticized form the dictionary accepts that starts with no second
    /// conjunction («وبالتحديد»: «بالتحديد»; not «بوسليم», ب + و + a first name). First names and lexicon
    /// names, as written or after the proclitic, are none («بنزرت», «وسليم»), nor are foreign names that
    /// start with one of these letters («بانكوك», «واغادوغو»: no word after the letter).
    public static func isProcliticBeforeWord(_ key: String) -> Bool {
        let u = Array(key.unicodeScalars)
        guard u.count >= 4, ["و", "ف", "ب", "ل", "ك"].contains(u[0]), !isFirstName(key), !isLexiconName(key) else { return false }
        let rest = ScalarString.make(u.dropFirst())
        guard !isFirstName(rest), !isLexiconName(rest), !isKnownPersonWord(rest) else { return false }
        if Lexicon.dictionary.contains(rest) || Lexicon.dictionary.contains("ال" + rest) { return true }
        return Lexicon.inflectedWords.contains(rest) && u[1] != "و" && u[1] != "ف"
    }

    /// A written word in a form no family name takes: an adverbial accusative, a dictionary word with the
    /// ending ا («خلفا», «تحديدا»), or ل or ب before a verbal noun, a purpose or a means («لتولي», «لاستلام»,
    /// «بتنفيذ»). First names, lexicon names and the names of known persons are none.
    static func isAdverbOrPurposeForm(_ word: String) -> Bool {
        let key = ArabicNormalizer.matchKey(word)
        let u = Array(key.unicodeScalars)
        guard u.count >= 4, !isFirstName(key), !isLexiconName(key), !isKnownPersonWord(key), !isDemonym(key) else { return false }
        if u.last == "ا", Lexicon.dictionary.contains(ScalarString.make(u.dropLast())) { return true }
        guard u[0] == "ل" || u[0] == "ب" else { return false }
        let rest = ScalarString.make(u.dropFirst())
        guard !isFirstName(rest), !isKnownPersonWord(rest) else { return false }
        return DiscoveryRules.isVerbalNoun(rest) || isDefectiveVerbalNoun(rest)
    }

    /// The Hijri months that are also first names, as match keys.
    public static let monthFirstNames: Set<String> = ["رمضان", "شعبان", "رجب", "محرم", "صفر"]

    /// A written word that, after a month name, makes a phrase and not a person's name: an ordinary word in
    /// some form (`isWordOutsideNames`), an imperfect verb («يكثر», «يجمعنا»), or a masculine adjective whose
    /// feminine is a dictionary word («المنقضي»: المنقضية). First names and the lexicon's names are none.
    public static func isMonthPhraseWord(_ word: String) -> Bool {
        let key = ArabicNormalizer.matchKey(word)
        let u = Array(key.unicodeScalars)
        guard u.count >= 3, !isFirstName(key), !isLexiconName(key), !isKnownPersonWord(key), !isDemonym(key) else { return false }
        if isWordOutsideNames(word) { return true }
        if u.count >= 4, u[0] == "ي" { return true }
        return u.last == "ي" && (Lexicon.dictionary.contains(key + "ه") || Lexicon.inflectedWords.contains(key + "ه"))
    }

    /// The verbal noun تفعّي of a defective verb, four letters: «تولي», «تبني», «تحدي», «تلقي».
    static func isDefectiveVerbalNoun(_ key: String) -> Bool {
        let s = Array(key.unicodeScalars)
        return s.count == 4 && s[0] == "ت" && s[3] == "ي"
    }

    /// Enclitic pronouns as written (with ه, which the match key folds with ة).
    static let writtenEnclitics: [[Unicode.Scalar]] = ["ه", "ها", "هم", "هما", "كم", "كما", "نا"].map { Array($0.unicodeScalars) }

    /// A person name of the lexicon ("منصور" as a family name of a known person).
    static func isKnownPersonWord(_ key: String) -> Bool {
        guard let e = lexicon.lookup(key) else { return false }
        return e.flags.contains(.person)
    }

    /// Enclitic pronouns and plural, dual and feminine endings, as match keys (ة is folded to ه).
    static let inflectionEndings: [[Unicode.Scalar]] = ["ه", "ها", "هم", "هما", "كم", "كما", "نا", "ين", "تين", "ات", "تان"]
        .map { Array($0.unicodeScalars) }

    /// The offsets where the word may start after its proclitics: 0, then after و or ف, then after ب ل ك
    /// (or س with an imperfect prefix ي ت ن: "سيجمعه"), then after ال.
    static func proclitics(_ u: [Unicode.Scalar]) -> [Int] {
        var out = [0], i = 0
        if u.count > i + 3, u[i] == "و" || u[i] == "ف" { i += 1; out.append(i) }
        if u.count > i + 3, ["ب", "ل", "ك"].contains(u[i]) { i += 1; out.append(i) }
        else if u.count > i + 4, u[i] == "س", ["ي", "ت", "ن"].contains(u[i + 1]) { out.append(i + 2) }
        if u.count > i + 4, u[i] == "ا", u[i + 1] == "ل" { out.append(i + 2) }
        else if i > 0, u[i - 1] == "ل", u.count > i + 3, u[i] == "ل" { out.append(i + 1) }
        return out
    }

    /// A word of the dictionary exactly as written (`DictionaryWords.words`), no proclitic removed.
    public static func isWordAsWrittenInDictionary(_ key: String) -> Bool { Lexicon.dictionary.contains(key) }

    /// An imperfect verb as written: ي or ت and three letters or more, a form the dictionary accepts
    /// (`DictionaryWords.inflected`), or with ت one whose ي form it accepts («تبعد», «يبعد»). No first name or lexicon name.
    public static func isImperfectVerb(_ key: String) -> Bool {
        let u = key.unicodeScalars
        guard u.count >= 4, let first = u.first, first == "ي" || first == "ت", !isFirstName(key), !isLexiconName(key) else { return false }
        if Lexicon.inflectedWords.contains(key) { return true }
        return first == "ت" && Lexicon.inflectedWords.contains("ي" + ScalarString.make(u.dropFirst()))
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

    /// A first name that is also an ordinary word of the language (`DictionaryWords.firstNames`): «آمنة»
    /// ('safe'), «جميلة» ('beautiful'), «خيري» ('charitable'), «مسلم» ('a Muslim').
    public static func isOrdinaryFirstName(_ key: String) -> Bool { Lexicon.ordinaryFirstNames.contains(key) }

    /// A name of the place or organization lexicons.
    public static func isLexiconName(_ key: String) -> Bool {
        guard let e = lexicon.lookup(key) else { return false }
        return e.flags.contains(.place) || e.flags.contains(.organization)
    }

    /// A place name of the lexicon.
    public static func isLexiconPlace(_ key: String) -> Bool {
        lexicon.lookup(key)?.flags.contains(.place) ?? false
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

    /// A word that makes a place name of its own with the name after it («وادي دجلة», «جبل لبنان», «باب تونس»):
    /// the name after it is not the lexicon's referent. The connectors of person names (بن، أبو، أم) are not such words.
    /// Returns the word without its proclitic («بجبل» → «جبل»), or nil for any other word.
    public static func placeConstructWord(_ key: String) -> String? {
        func isConstruct(_ k: String) -> Bool { DiscoveryRules.placeConstruct.contains(k) && !DiscoveryRules.connectors.contains(k) }
        if isConstruct(key) { return key }
        // not «ك»: «كبير» is the adjective, not «ك» + «بير»
        guard let first = key.unicodeScalars.first, ["و", "ف", "ب", "ل"].contains(first), UTF8Key.scalarCount(key) >= 4 else { return nil }
        let rest = String(key.unicodeScalars.dropFirst())
        return isConstruct(rest) ? rest : nil
    }

    /// A word that joins the parts of a person's name (بن، ابن، أبو، أم، عبد، آل، ولد).
    public static func isNameConnector(_ key: String) -> Bool { DiscoveryRules.connectors.contains(key) }

    static let cueFlagSet: LexFlags = [.title, .roleWord, .reportingVerb, .orgHead, .facilityHead, .areaHead, .demonym]

    /// A title or role word of the lexicon, as written or after one proclitic («الرئيس», «والوزير»).
    public static func isTitleOrRole(_ key: String) -> Bool {
        guard let f = cueFlags(key) else { return false }
        return !f.isDisjoint(with: [.title, .roleWord])
    }

    /// The cue flags of the word, as written or after one proclitic, or nil when it has none.
    static func cueFlags(_ key: String) -> LexFlags? {
        if let e = lexicon.lookup(key), !e.flags.isDisjoint(with: cueFlagSet) { return e.flags.intersection(cueFlagSet) }
        guard let first = key.unicodeScalars.first, ["و", "ف", "ب", "ك", "ل"].contains(first), UTF8Key.scalarCount(key) >= 4,
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
        if DiscoveryRules.mediaHeads.contains(key) || UTF8Key.sameBytes(key, "وكاله") { return true }
        guard let first = key.unicodeScalars.first, ["و", "ف", "ب", "ك", "ل"].contains(first), UTF8Key.scalarCount(key) >= 4 else { return false }
        let rest = String(key.unicodeScalars.dropFirst())
        return DiscoveryRules.mediaHeads.contains(rest) || rest == "وكاله"
    }

    /// A demonym or nationality adjective of the lexicon ("الأمريكي", "التونسية").
    public static func isDemonym(_ key: String) -> Bool {
        lexicon.lookup(key)?.flags.contains(.demonym) ?? false
    }

    /// Verbal-noun, participle-verb and plural shapes that are not names (see `DiscoveryRules.isVerbalNoun`).
    public static func hasVerbalNounShape(_ key: String) -> Bool { DiscoveryRules.isVerbalNoun(key) }

    /// An organization or facility head word of the lexicon as written («الهيئة» without its article:
    /// «هيئة», «مؤسسة», «مستشفى»); no area head («دولة», «جمهورية» make names of their own).
    public static func isOrganizationOrFacilityHead(_ key: String) -> Bool {
        guard let e = lexicon.lookup(key) else { return false }
        return !e.flags.isDisjoint(with: [.orgHead, .facilityHead])
    }

    /// An organization head word ("وزارة", "إدارة", "تنظيم") of the lexicon.
    public static func isOrganizationHead(_ key: String) -> Bool {
        lexicon.lookup(key)?.flags.contains(.orgHead) ?? false
    }

    /// `isOrganizationHead` of `key` without its first `n` scalars (its article), with no string made for the rest.
    static func isOrganizationHead(_ key: String, droppingScalars n: Int) -> Bool {
        lexicon.lookup(key, droppingScalars: n)?.flags.contains(.orgHead) ?? false
    }

    static var lexicon: Gazetteer<LexEntry> { Lexicon.builtIn }
}
