import ArabicText

/// The clubs of `ClubLexicon` that the press names by their city or by a word of the language, by match key.
enum ClubForms {
    /// A form of a club's name as a token writes it: the club's display name and the proclitic glued on (0 for none).
    struct Form: Sendable {
        var name: String
        var clitic: Unicode.Scalar?
    }

    /// The note of a club so named: the reading holds in its paragraph only, so the name is not pooled (`poolVotes`).
    static let note = "club named by its city or a word"

    /// Each bare form of `ClubLexicon.byCity` (spaces removed), bare and with a proclitic → its club.
    static let byCity: WordMap<Form> = forms(ClubLexicon.byCity)
    /// Each form of `ClubLexicon.byWord`, bare and with a proclitic → its club.
    static let byWord: WordMap<Form> = forms(ClubLexicon.byWord)
    /// First words of the forms of two words («أم» of «أم صلال»).
    static let firstWords: WordSet = WordSet(Lexicon.lines(ClubLexicon.byCity).flatMap { l in
        l.dropFirst().compactMap { v in v.contains(" ") ? ArabicNormalizer.matchKey(String(v.split(separator: " ")[0])) : nil }
    })

    /// The keys of a word with a proclitic و ف ل ب (ل + ال written «لل»), as tokens write them: one look-up per token.
    static func withProclitics(_ key: String) -> [(String, Unicode.Scalar?)] {
        var out: [(String, Unicode.Scalar?)] = [(key, nil)]
        for c in ["و", "ف", "ب"] as [Unicode.Scalar] { out.append((String(c) + key, c)) }
        out.append((UTF8Key.hasPrefix(key, "ال") ? "ل" + key.dropFirst() : "ل" + key, "ل"))
        return out
    }

    /// (Keyed by bytes as it is built: a `[String: Form]`, hashed with normalization, cost ~5 M instructions, once per
    /// build and per edit; the keys are match keys, equal exactly when their bytes are.)
    static func forms(_ text: String) -> WordMap<Form> {
        var out: [WordKey: Form] = [:]
        for l in Lexicon.lines(text) {
            for v in l.dropFirst() {
                for (k, c) in withProclitics(ArabicNormalizer.matchKey(v)) {
                    let key = WordKey(k)
                    if out[key] == nil { out[key] = Form(name: l[0], clitic: c) }
                }
            }
        }
        return WordMap(keyed: out)
    }

    /// `words` as match keys, bare and with a proclitic.
    static func keysWithProclitics(_ words: [String]) -> WordSet {
        WordSet(words.flatMap { withProclitics(ArabicNormalizer.matchKey($0)).map(\.0) })
    }
}

/// Clubs named by their city alone («برشلونة», «بورتو») in a paragraph about football, or by a word of the language
/// («العربي», «الشمال») right after a club noun there.
extension DiscoveryRules {
    /// Words of football matches: a paragraph with one of them may name clubs by their city. Not the words of other
    /// senses too: «فريق» (a band, a working group), «نادي», «مهاجم» (an attacker), «حارس», «شباك», «تسلل», «هدف»,
    /// «الجولة», «بطولة» (a paragraph about an attack, a concert or a festival names its city).
    static let sportsWords: WordSet = Keys.of(["مباراة", "المباراة", "مباريات", "المباريات", "مباراته", "مباراتها",
        "الدوري", "دوري", "المرمى", "مرمى", "لاعب", "اللاعب", "لاعبي", "لاعبو", "اللاعبين", "لاعبين", "لاعبيه", "مدرب",
        "المدرب", "مدربه", "ملعب", "الملعب", "الملاعب", "ملاعب", "ديربي", "الديربي", "كلاسيكو", "الكلاسيكو", "منتخب",
        "المنتخب", "الشوط", "ركلة", "ركلات", "كرة", "تعادل", "التعادل", "تعادلا", "الكأس", "الليغا", "الليجا",
        "البريميرليغ", "الكالتشيو", "البوندسليغا", "هداف", "الهداف", "الأندية", "أندية"])

    /// Nouns of a club's people and things in construct before its name: «لاعب برشلونة», «مرمى العربي», «جماهير ليون».
    static let clubNouns: WordSet = ClubForms.keysWithProclitics(["فريق", "فريقي", "نادي", "لاعب", "لاعبو", "لاعبي", "مدرب", "مهاجم", "مدافع",
        "حارس", "مرمى", "شباك", "جماهير", "جمهور", "مشجعي", "مشجعو", "قميص", "صفوف", "نجم", "نجوم", "هداف"])

    /// Words before a city that speak of the city itself (its people, its streets, an attack in it), whatever the paragraph.
    static let cityNouns: WordSet = ClubForms.keysWithProclitics(["في", "داخل", "قرب", "بالقرب", "ضواحي", "شوارع", "سكان", "أهالي", "بلدية",
        "عمدة", "هجوم", "هجمات", "تفجير", "تفجيرات", "اعتداء", "انفجار", "وسط", "شمال", "جنوب", "شرق", "غرب", "شمالي",
        "جنوبي", "شرقي", "غربي", "مدينتي", "ولاية", "مقاطعة", "منطقة", "ميناء", "مطار", "جامعة", "حاكم", "محافظ", "بطولة",
        "دورة", "ماراثون", "ماراطون", "مهرجان", "معرض", "مؤتمر"])

    /// Whether unit `u` is a word whose key, or its stem after one proclitic, is one of `words`.
    func stemIs(_ u: Int, in words: WordSet) -> Bool {
        guard a.isWord(u) else { return false }
        if words.contains(a.key(u)) { return true }
        let s = a.key(u).unicodeScalars
        guard let first = s.first, ["و", "ف", "ل", "ب"].contains(first), s.count >= 4 else { return false }
        let rest = ScalarString.make(s.dropFirst())
        return words.contains(first == "ل" && UTF8Key.hasPrefix(rest, "ل") ? "ا" + rest : rest)
    }

    /// Whether unit `u` is a word whose key is one of `words`, a set that holds its words with their proclitics
    /// already (`ClubForms.keysWithProclitics`): one look-up, no stem cut out (`stemIs` makes a string of it).
    func keyIs(_ u: Int, in words: WordSet) -> Bool {
        u < a.units.count && a.isWord(u) && words.contains(a.key(u))
    }

    /// Whether the paragraph speaks of football: a word of a match (`sportsWords`) or a score («2 - صفر»).
    var isSportsParagraph: Bool {
        if a.units.indices.contains(where: { stemIs($0, in: Self.sportsWords) }) { return true }
        func side(_ t: Int) -> Bool {
            guard t < a.tokens.count else { return false }
            let tok = a.tokens[t]
            if tok.kind == .word { return tok.key == "صفر" }
            guard tok.kind == .number, let v = Int(tok.key), v <= 30 else { return false }
            return true
        }
        for t in a.tokens.indices where t + 2 < a.tokens.count && a.tokens[t + 1].kind == .punct && side(t) && side(t + 2) {
            if a.tokens[t + 1].key == "-" { return true }
        }
        return false
    }

    /// A club named by its city or its own word alone (`ClubLexicon.byCity`, one or two words from unit `u`) and
    /// the club's display name: after a club noun («لاعب برشلونة», «فريق بورتو», «نادي تشارلتون», the noun only the
    /// cue), before a masculine nationality adjective («ليون الفرنسي»: a city takes the feminine), or anywhere in a
    /// paragraph about football. Not after a word of the city itself («في», «سكان», «هجوم»: `cityNouns`) or with
    /// «ب» (in), not before a feminine nationality adjective or a side adjective (the city: «برشلونة الإسبانية»),
    /// nor before a word no list knows (a longer name: «مانشستر يوناتيد»).
    func clubNamedByItsCity(at u: Int) -> (Range<Int>, String)? {
        guard a.isWord(u), a.units[u].tokens.count == 1, !wordLists[u].key.isDisjoint(with: [.clubByCity, .clubFirstWord]) else { return nil }
        var form = wordLists[u].key.contains(.clubByCity) ? ClubForms.byCity[a.key(u)] : nil
        var end = u + 1
        if form == nil, wordLists[u].key.contains(.clubFirstWord), u + 1 < a.units.count, a.isWord(u + 1), a.units[u + 1].prefix == 0 {
            form = ClubForms.byCity[a.key(u) + a.key(u + 1)]
            end = u + 2
        }
        guard let club = form, club.clitic != "ب", flags(u).isDisjoint(with: [.organization, .person]) else { return nil }
        // a club noun before it, alone or ending a title («حارس مرمى»), is its cue; else not after a word of the city,
        // nor inside a person's name («سيرجيو ليون», «عمر ونيس»; «علي» typed for «على» is no name)
        let cue = u > 0 && a.isWord(u - 1) && (keyIs(u - 1, .clubNoun)
            || Self.clubNouns.contains(a.tokens[a.units[u - 1].tokens.upperBound - 1].key))
        if u > 0, a.isWord(u - 1), !cue, keyIs(u - 1, .cityNoun) || flags(u - 1).contains(.areaHead)
            || !flags(u - 1).isDisjoint(with: [.firstName, .ambiguousFirstName, .title, .person]) && a.key(u - 1) != "علي"
            || a.isUnknownWord(u - 1) && !a.isDictionaryWord(u - 1) && a.units[u - 1].tokens.count == 1
                && NameShapeScore.score(a.token(u - 1).text) >= 0 { return nil }
        // «بالقرب من تورينو»: near the city
        if u > 1, a.isWord(u - 1), a.key(u - 1) == "من", keyIs(u - 2, .cityNoun) { return nil }
        // a lexicon word read with a proclitic is another word as written («لانس»: ل + أنس)
        if club.clitic == nil, a.units[u].prefix > 0 { return nil }
        // (a word no list knows with «لل» glued on: its article's alef would have to be restored, so not read)
        if club.clitic != nil, a.units[u].prefix == 0, a.key(u).hasPrefix("لل") { return nil }
        if end < a.units.count, a.isWord(end) {
            if isNationalityAdjective(end) { return a.key(end).hasSuffix("يه") ? nil : (u..<end, club.name) }
            // (a word no list knows goes on with the name, unless a proclitic opens another phrase: «صفوف مانشستر لينضم»)
            if isUnknownNameWord(end) && !["و", "ل", "ب", "ف"].contains(a.key(end).unicodeScalars.first ?? " ")
                || flags(end).contains(.place) && !flags(end).contains(.demonym) { return nil }
            if Self.sidePlaceAdjectives.contains(a.key(end)) || Self.newPlaceAdjectives.contains(a.key(end)) { return nil }
        }
        return cue || isSportsParagraph ? (u..<end, club.name) : nil
    }

    /// Nouns of a club's players and coaches, whose name may follow the club's.
    static let playerNouns: WordSet = Keys.of(["لاعب", "مدرب", "مهاجم", "مدافع", "حارس"])

    /// Club nouns that also speak of other ranks and teams before a word of the language («صفوف الجيش», «نجم الشمال»).
    static let clubNounsOfOtherSenses: WordSet = ClubForms.keysWithProclitics(["صفوف", "نجم", "نجوم", "قميص"])

    /// A club named by a word of the language (`ClubLexicon.byWord`: «العربي», «الشمال») right after a club noun
    /// («فريق العربي», «مرمى العربي») in a paragraph about football, and its display name; not before a word that
    /// goes on with it («الهلال الأحمر») or a feminine nationality (the country's body, not its club).
    func clubNamedByAWord(at u: Int) -> (Range<Int>, String)? {
        guard u > 0, a.isWord(u), a.units[u].tokens.count == 1, wordLists[u].key.contains(.clubByWord),
              let club = ClubForms.byWord[a.key(u)], club.clitic == nil,
              keyIs(u - 1, .clubNoun), !keyIs(u - 1, .clubNounOfOtherSenses) else { return nil }
        // (a definite adjective after it goes on with a longer name, «فريق الاتحاد الرياضي ببن قردان», unless a masculine
        // nationality names the club's country; a player's name may follow a player's noun and his club: «لاعب العربي X Y»)
        if u + 1 < a.units.count, a.isWord(u + 1), Self.hasDefiniteNisbaShape(a.key(u + 1)),
           !(isNationalityAdjective(u + 1) && !a.key(u + 1).hasSuffix("يه")) { return nil }
        let next = u + 1
        if next < a.units.count, a.isWord(next), !(isNationalityAdjective(next) && !a.key(next).hasSuffix("يه")),
           !(a.isDictionaryWord(next) || SplitSpelling.functionWords.contains(a.key(next)) || flags(next).contains(.frequent)),
           !(Self.playerNouns.contains(a.stemKey(u - 1)) && (isUnknownNameWord(next) || !flags(next).isDisjoint(with: [.firstName, .ambiguousFirstName]))) {
            return nil
        }
        return isSportsParagraph ? (u..<(u + 1), club.name) : nil
    }

    /// Adds the club named at `r` with its display name, the lexicon its rule; a proclitic the lexicon did not split
    /// off a word no list knows («لبورتو») is left out of the mention.
    mutating func addClub(_ r: Range<Int>, _ name: String) {
        let before = out.count
        add(r, .organization, .lexicon)
        guard out.count > before else { return }
        out[before].canonical = name
        out[before].note = ClubForms.note
        let u = r.lowerBound
        if a.units[u].prefix == 0, let form = ClubForms.byCity[a.key(u)] ?? ClubForms.byWord[a.key(u)], form.clitic != nil {
            let t = a.token(u)
            let start = t.start + t.originalOffset(ofFolded: 1)
            out[before].start = start
            out[before].surface = a.text(start, out[before].end, restoredAlef: false)
            out[before].key = ArabicNormalizer.matchKey(out[before].surface)
        }
    }
}

/// What the resolution stage needs to know of the clubs named by their city or a word (`ClubLexicon.byCity`, `.byWord`).
public enum ClubNames {
    static let displayNames: Set<String> = Set((Lexicon.lines(ClubLexicon.byCity) + Lexicon.lines(ClubLexicon.byWord)).map { $0[0] })
    static let heads: Set<String> = Keys.strings(["نادي", "النادي", "فريق", "الفريق"])

    /// Whether `name` is the display name of a club the press names by its city or a word («نادي ليفربول»): such a
    /// club is only the organization a club head names («نادي ليفربول»), not a university or a society of the city.
    public static func isNamedByItsCityOrAWord(_ name: String) -> Bool { displayNames.contains(name) }

    /// Whether the match key `key` is a club head («نادي», «فريق»).
    public static func isClubHead(_ key: String) -> Bool { heads.contains(key) }
}
