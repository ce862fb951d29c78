import ArabicText
import Extraction

/// Names that are ordinary phrases of the language, whatever cue found them: a determiner before a noun
/// («أية علاقة», «كل الأطراف»), a place head before an indefinite ordinary word («شارع مزدحم», «سد فراغات»),
/// a preposition («جسر على»), a first name before an imperfect verb («وجدي تقطع»), a one-word place that is a
/// dictionary word as written, an imperfect verb («تبعد») or a proclitic before a word («بامتياز»), a capital's epithet or adjective («عاصمة الاسفنج», «العاصمة المقدسة»).
/// Curated names and names found through the lexicon are not judged here (the builder keeps them).
/// A definite word whose stem is a dictionary word typed a place («الأحلام», «الهبوط») is no rule: on ANT 10k
/// most such one-article places are real localities named after «منطقة» or «قرية» («الرحمات», «البرجين», «القصور»).
enum PhraseNames {
    /// Determiners as written: «كل», «بعض» never start a name; «أي», «أية» start one only as the first name
    /// آية written with a hamza, before a name word, never before an ordinary word («أية علاقة»).
    static let determiners: Set<String> = ["كل", "كلّ", "بعض"]
    static let anyDeterminers: Set<String> = ["أي", "أيّ", "أية", "أيّة", "اية"]

    /// The name is a determiner phrase: «كل» or «بعض» first, or «أي»/«أية» before an indefinite word that is
    /// no name word (a first name, a connector, a lexicon name): «أية خروقات», «أية برمجية»; a family name
    /// after the first name آية is definite or a name word («أية الحمامي», «أية بن سالم»).
    static func startsWithDeterminer(_ name: NameWords) -> Bool {
        let words = name.words
        guard words.count >= 2 else { return false }
        if determiners.contains(words[0].text) { return true }
        guard anyDeterminers.contains(words[0].text) else { return false }
        let next = words[1].key
        return !next.hasPrefix("ال") && !NameEvidence.isFirstName(next) && !NameEvidence.isNameConnector(next)
            && !NameEvidence.isLexiconName(next)
    }

    /// A place of two words: a place or institution head and an indefinite word of the language that is no
    /// name word and ends no other name of the corpus («شارع مزدحم», «سجن مستهلكي», «سدّ فراغات»): a
    /// description, not a name. A word of the language is a dictionary word in any form or a participle
    /// shape (م + four letters or more: «مزدحم»). A town after a head is named on its own elsewhere
    /// («سد سجنان»: سجنان is also a dual); a definite word («ساحة الحكومة») is left to the confidence model.
    /// `otherNameMentions` gives, for a word's key, the mentions of other names that are it or end with it.
    static func isHeadThenIndefiniteWord(_ name: NameWords, _ type: EntityType, otherNameMentions: (String) -> Int) -> Bool {
        guard type == .place else { return false }
        let words = name.words
        guard words.count == 2, NameEvidence.isPlaceOrInstitutionHead(words[0].key) else { return false }
        let second = words[1]
        // «جسر على»: a preposition as written (ى, not the first name «علي») after the head
        if prepositionsAsWritten.contains(second.text) { return true }
        guard !second.key.hasPrefix("ال"), !NameEvidence.isFirstName(second.key), !NameEvidence.isLexiconName(second.key),
              !NameEvidence.isNameConnector(second.key), otherNameMentions(second.key) == 0 else { return false }
        return isOrdinaryNotName(second) || hasParticipleShape(second.key)
    }

    /// م and four consonants or more, without a long vowel after the م (a final ي of a construct plural
    /// aside): the participles «مزدحم», «مستهلكي», «منتظر»; or the passive participle مفعول, م and three
    /// consonants with و before the last («مهجور», «مكسور»; first names of that shape, «منصور», «محمود», are
    /// ruled out by the caller). Foreign names that start with م have their vowels written («مونيخ»,
    /// «ماهربورغ», «ميستايا», «موسكو»).
    static func hasParticipleShape(_ key: String) -> Bool {
        var u = Array(key.unicodeScalars)
        guard u.first == "م" else { return false }
        func isLong(_ c: Unicode.Scalar) -> Bool { c == "ا" || c == "و" || c == "ي" || c == "ى" }
        if u.count == 5, u[3] == "و", !isLong(u[1]), !isLong(u[2]), !isLong(u[4]) { return true }
        if u.last == "ي" { u.removeLast() }
        return u.count >= 5 && !u.dropFirst().contains(where: isLong)
    }

    /// A person of two words named in one article whose last word is an imperfect verb with ت that ends no
    /// other name of the corpus: the same word with ي is an ordinary word in some form («تقطع» as «يقطع»).
    /// A first name before a verb is a phrase or a cut sentence («وجدي تقطع»), not a family name.
    static func endsOnImperfectVerb(_ name: NameWords, _ type: EntityType, _ features: [Double],
                                    otherNameMentions: (String) -> Int) -> Bool {
        guard type == .person, features[EntityConfidence.Feature.oneArticle.rawValue] == 1 else { return false }
        let words = name.words
        guard words.count == 2, let last = words.last, last.text.hasPrefix("ت"), last.text.unicodeScalars.count >= 4,
              otherNameMentions(last.key) == 0 else { return false }
        return NameEvidence.isInflectedOrdinaryWord("ي" + String(last.text.unicodeScalars.dropFirst()))
    }

    /// A place of one word named in one article that is an ordinary word as written, or a proclitic before an
    /// ordinary word (`NameEvidence.isProcliticBeforeWord`): «بامتياز» (ب + امتياز, «دولة بامتياز»), «وبالتحديد».
    /// A place name after an area head or a preposition carries no proclitic of its own. (A definite word whose
    /// stem is a dictionary word is not enough: «الرحمات», «البرجين», «القصور» are localities.)
    static func isOrdinaryWordPlace(_ name: NameWords, _ type: EntityType, _ features: [Double]) -> Bool {
        guard let key = oneWordPlaceOfOneArticle(name, type, features) else { return false }
        // «منطقة تبعد»: an imperfect verb after an area head is the next clause, no place; «مُنتحلا»: a participle,
        // in the accusative too
        let bare = key.hasSuffix("ا") ? String(key.unicodeScalars.dropLast()) : key
        return NameEvidence.isWordAsWrittenInDictionary(key) || NameEvidence.isProcliticBeforeWord(key)
            || NameEvidence.isImperfectVerb(key) || hasParticipleShape(bare)
    }

    /// Prepositions as written: «على» and «إلى» with ى (their match keys are those of the first names «علي»).
    static let prepositionsAsWritten: Set<String> = ["على", "إلى", "الى", "في", "من", "عن", "مع", "حتى", "منذ", "عند", "لدى"]

    /// The key of a place name of one word, named in one article, that is no first name and no lexicon name.
    static func oneWordPlaceOfOneArticle(_ name: NameWords, _ type: EntityType, _ features: [Double]) -> String? {
        guard type == .place, features[EntityConfidence.Feature.oneArticle.rawValue] == 1 else { return nil }
        let words = name.words
        guard words.count == 1, let key = words.first?.key, !NameEvidence.isFirstName(key),
              !NameEvidence.isLexiconName(key) else { return nil }
        return key
    }

    /// The keys of «عاصمة» with a proclitic or the article: the word before a capital's epithet.
    static let capitalKeys: Set<String> = Set(["عاصمة", "بعاصمة", "لعاصمة", "وعاصمة", "العاصمة", "بالعاصمة", "للعاصمة",
                                               "والعاصمة", "وبالعاصمة"].map(ArabicNormalizer.matchKey))

    /// A place of one word written with the article or a conjunction that the corpus names only right after
    /// «عاصمة»: «عاصمة الاسفنج», «عاصمة الجلاء» (an epithet, "the capital of sponges"), «بالعاصمة المقدسة» (an
    /// adjective of the capital), «العاصمة وبالتحديد». A capital named after «العاصمة» stands in apposition, an
    /// indefinite name («العاصمة كمبالا»), and the lands a capital heads are places of the lexicon («عاصمة
    /// النيجر»). `wordsBefore` gives the match key of the word before each mention (nil after punctuation).
    static func isCapitalEpithet(_ name: NameWords, _ type: EntityType, _ features: [Double], wordsBefore: () -> [String?]) -> Bool {
        guard let key = oneWordPlaceOfOneArticle(name, type, features),
              key.hasPrefix("ال") || key.hasPrefix("و") && NameEvidence.isProcliticBeforeWord(key) else { return false }
        let before = wordsBefore()
        return !before.isEmpty && before.allSatisfy { $0.map(capitalKeys.contains) ?? false }
    }

    /// Complements that refer back to what the article is about rather than name a body: «بلدية الجهة» (the
    /// region's municipality), «وزارة الإشراف» (the supervising ministry, a different one in each article).
    static let anaphoricComplements: Set<String> = Set(["الجهة", "الإشراف", "الاشراف"].map(ArabicNormalizer.matchKey))

    /// An organization or place of two words: a head and, with the article, another organization or facility
    /// head or a word that refers back to the article's subject: «مجلس الهيئة» (the council of whichever
    /// commission the article is about), «مجلس المؤسسة», «مجلس الإدارة», «بلدية الجهة». A body's own name
    /// says what it is for or whose it is («مجلس النواب», «وزارة الداخلية»), not that it belongs to a body.
    static func isHeadOfGenericBody(_ name: NameWords, _ type: EntityType) -> Bool {
        guard type != .person else { return false }
        let words = name.words
        guard words.count == 2, NameEvidence.isPlaceOrInstitutionHead(words[0].key) else { return false }
        let second = words[1].key
        guard second.hasPrefix("ال") else { return false }
        return anaphoricComplements.contains(second) || NameEvidence.isOrganizationOrFacilityHead(String(second.dropFirst(2)))
    }

    /// A place of one indefinite word, named in one article and only after a place head, that is a first name
    /// the language also uses as an adjective (`NameEvidence.isOrdinaryFirstName`): «منطقة آمنة» (a safe area),
    /// «مدينة جميلة» (a beautiful town). A town of that name is in the lexicon or named in other articles.
    static func isAdjectiveAfterPlaceHead(_ name: NameWords, _ type: EntityType, _ features: [Double]) -> Bool {
        guard type == .place, features[EntityConfidence.Feature.oneArticle.rawValue] == 1,
              features[EntityConfidence.Feature.rulePlaceHead.rawValue] >= 1 else { return false }
        let words = name.words
        guard words.count == 1, let key = words.first?.key, !key.hasPrefix("ال"), !NameEvidence.isLexiconName(key) else { return false }
        return NameEvidence.isOrdinaryFirstName(key)
    }

    /// A person of two words named in one article: a first name that is also an ordinary word («مسلم», «آمنة»)
    /// and an indefinite word no name ends with that reads as a second adjective or a verb: joined by و
    /// («مسلم ومسيحي», «آمنة ومطمئنة»), a participle shape («مسلم متطرف», «أياد مرتعشة»), or a past verb or
    /// an elative أفعل written with its hamza («آمنة أخفق»). Family names after such a first name are names
    /// the corpus writes after other first names too, or words of no such shape.
    static func isOrdinaryFirstNameThenWord(_ name: NameWords, _ type: EntityType, _ features: [Double],
                                            otherNameMentions: (String) -> Int) -> Bool {
        guard type == .person, features[EntityConfidence.Feature.oneArticle.rawValue] == 1 else { return false }
        let words = name.words
        guard words.count == 2, NameEvidence.isOrdinaryFirstName(words[0].key) else { return false }
        let second = words[1], key = second.key
        guard !key.hasPrefix("ال"), !NameEvidence.isFirstName(key), !NameEvidence.isLexiconName(key),
              !NameEvidence.isNameConnector(key), otherNameMentions(key) == 0 else { return false }
        let letters = MarklessScalars.of(second.text)
        if letters.first == "و", letters.count >= 4 {
            let rest = String(String.UnicodeScalarView(letters.dropFirst()))
            return !NameEvidence.isFirstName(ArabicNormalizer.matchKey(rest))
        }
        if hasParticipleShape(key) { return true }
        // أفعل: the hamza as written, three letters, no long vowel
        return letters.count == 4 && letters[0] == "أ" && !letters.dropFirst().contains { "اويى".unicodeScalars.contains($0) }
    }

    /// A place of two words: a proper name and the adjective «الدولي» of a facility, without the facility's head
    /// («مطار "فنوكوفو الدولي"»): a facility keeps its head («مطار قرطاج الدولي»), so the name is cut.
    static func isFacilityAdjectiveWithoutHead(_ name: NameWords, _ type: EntityType) -> Bool {
        guard type == .place else { return false }
        let words = name.words
        guard words.count == 2, internationalKeys.contains(words[1].key), !words[0].key.hasPrefix("ال"),
              !NameEvidence.isPlaceOrInstitutionHead(words[0].key) else { return false }
        return true
    }
    static let internationalKeys: Set<String> = Set(["الدولي", "الدولية", "الدولى"].map(ArabicNormalizer.matchKey))

    /// A person of two words named in one article: a first name and و + a verbal noun of the forms تفعيل or
    /// استفعال, or its adjective in ي («خيري وتحسيسي», 'charitable and awareness-raising'): two coordinated
    /// words of the language, since no family name has those shapes (foreign names in و have no Arabic pattern:
    /// «ويلز», «واتسون»).
    static func isFirstNameThenCoordinatedVerbalNoun(_ name: NameWords, _ type: EntityType, _ features: [Double]) -> Bool {
        guard type == .person, features[EntityConfidence.Feature.oneArticle.rawValue] == 1 else { return false }
        let words = name.words
        guard words.count == 2, NameEvidence.isFirstName(words[0].key), !NameEvidence.isFirstName(words[1].key) else { return false }
        var s = Array(words[1].key.unicodeScalars)
        guard s.first == "و", s.count >= 6 else { return false }
        s.removeFirst()
        if s.last == "ه", s.count >= 7, s[s.count - 2] == "ي" { s.removeLast() }
        if s.last == "ي", s.count >= 6 { s.removeLast() }
        let tafil = s.count == 5 && s[0] == "ت" && s[3] == "ي"
        let istifal = s.count == 7 && s[0] == "ا" && s[1] == "س" && s[2] == "ت" && s[5] == "ا"
        return tafil || istifal
    }

    static func isOrdinaryNotName(_ word: Token) -> Bool {
        guard !NameEvidence.isFirstName(word.key), !NameEvidence.isLexiconName(word.key) else { return false }
        return NameEvidence.isOrdinaryWord(word.key) || NameEvidence.isInflectedOrdinaryWord(word.text)
    }

    /// The name is one of these phrases and gets no page.
    static func isPhrase(_ name: NameWords, _ type: EntityType, _ features: [Double], otherNameMentions: (String) -> Int,
                         wordsBefore: () -> [String?]) -> Bool {
        startsWithDeterminer(name) || isHeadThenIndefiniteWord(name, type, otherNameMentions: otherNameMentions)
            || endsOnImperfectVerb(name, type, features, otherNameMentions: otherNameMentions)
            || isOrdinaryWordPlace(name, type, features) || isCapitalEpithet(name, type, features, wordsBefore: wordsBefore)
            || isHeadOfGenericBody(name, type) || isAdjectiveAfterPlaceHead(name, type, features)
            || isFacilityAdjectiveWithoutHead(name, type)
            || isOrdinaryFirstNameThenWord(name, type, features, otherNameMentions: otherNameMentions)
            || isFirstNameThenCoordinatedVerbalNoun(name, type, features)
    }
}
