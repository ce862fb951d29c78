import ArabicText

/// Words a name goes on after, read by the later stages: a person's connector («بن», «أبو», «عبد») or a
/// place's construct head («سيدي», «عين», «منزل»); a name that ends on one was cut.
public enum NameConnectors {
    /// Whether the match key `key` is such a word.
    public static func contains(_ key: String) -> Bool {
        DiscoveryRules.connectors.contains(key) || DiscoveryRules.placeConstruct.contains(key)
    }
}

/// The rules that find names in one analysed block (see `EntityExtractor` for the list).
struct DiscoveryRules {
    let a: BlockAnalysis
    var out: [EntityCandidate] = []
    /// Units already inside a candidate.
    var covered: UnitSet
    /// Longer spellings of organization names that go on with و ("وزارة الشؤون المحلية والبيئة"): not
    /// mentions here, but names of the corpus gazetteer when several documents write them (`pool`).
    var extensions: [EntityCandidate] = []
    /// Ambiguous towns (display names) this block names after a place head (`townAfterPlaceHead`): the town at
    /// their other mentions in the article too (`EntityExtractor.townsOfDiscourse`).
    var licensedTowns: Set<String> = []
    /// The rule lists (`RuleLists`) that hold each unit's key and stem key, looked up once per unit.
    let wordLists: [UnitLists]

    static let connectors: WordSet = Keys.of(["بن", "ابن", "بنت", "ابو", "ابي", "ام", "عبد", "ال", "اال", "اَل", "ولد"])
    static let orgConstruct: WordSet = Keys.of(["اهل", "انصار", "ابناء", "ال", "سيد", "جند", "حماه", "شباب", "لواء"])
    static let placeConstruct: WordSet = Keys.of(["عين", "بير", "بئر", "تل", "جبل", "راس", "دير", "بيت", "كفر", "ام", "ابو",
                                              "سيدي", "بني", "بن", "ابن", "خان", "وادي", "باب", "سوق", "مرج", "اولاد", "اولد", "حاسي", "برج", "منزل", "قصر"])
    static let nameTails: WordSet = Keys.of(["الدين", "الله", "الرحمن", "العابدين"])
    /// Organization heads that only wrap a known name: "تنظيم داعش", "قوات الحشد الشعبي", "حركة «النهضة»" name
    /// the organization itself, so the mention is the name without the head.
    static let wrapperHeads: WordSet = Keys.of(["قوات", "هيئه", "حركه", "تنظيم", "جماعه", "فصيل", "مليشيا", "ميليشيا",
                                            "ميليشيات", "مليشيات", "عناصر", "مقاتلو", "مقاتلي", "مسلحو", "مسلحي"])
    static let genericOrgs: WordSet = Keys.of(["قواتالامن", "قواتالاحتلال", "قواتالجيش", "قواتالشرطه", "قواتالتحالف",
                                           "قواتالنظام", "قواتالمعارضه"])

    /// Words that follow the speaker of a reporting verb ("قال X إن", "صرح X أمس", "أضاف X مثلما").
    static let afterReportedSpeaker: WordSet = Keys.of(["ان", "انه", "انها", "في", "خلال", "امام", "لـ", "امس", "اليوم",
                                                            "ايضا", "مثلما", "كما", "عقب", "بعد", "قبل", "الي", "عن", "من", "انهم"])

    /// Definite adjectives of side that, after a place, name another place ("كوريا الجنوبية", "سوسة الشمالية");
    /// not العليا (supreme: "مصلحة تونس العليا" is the head's).
    static let sidePlaceAdjectives: WordSet = Keys.of(["الشمالية", "الجنوبية", "الشرقية", "الغربية", "الوسطى",
                                                          "الشمالي", "الجنوبي", "الشرقي", "الغربي"])
    /// Compass directions before a name: a part of a region («جنوب الأناضول»), never of an organization.
    static let compassDirections: WordSet = Keys.of(["شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي"])
    /// "الجديدة" after a place: a new place ("إيرلندا الجديدة") or a slogan ("ليبيا الجديدة"), no mention of it.
    static let newPlaceAdjectives: WordSet = Keys.of(["الجديدة", "الجديد"])
    /// Words after which a place heads its phrase (no noun before it in construct): "سفير الولايات المتحدة
    /// الجديد", "حكومة تونس الجديدة" give the adjective to the head, "ثم إيرلندا الجديدة" to the place.
    static let beforeUnheadedPlace: WordSet = Keys.of(["في", "من", "إلى", "الى", "على", "عن", "مع", "بين", "ثم", "أو", "و", "نحو"])
    /// Masculine side adjectives: after a noun heading the place, or a name of several words that starts with
    /// one («إقليم كردستان»), they are mostly the noun's, since place names are mostly feminine ("ساحل أستراليا
    /// الغربي", "بإقليم كردستان الشمالي").
    static let masculineSideAdjectives: WordSet = Keys.of(["الشمالي", "الجنوبي", "الشرقي", "الغربي"])

    /// Whether the place written in tokens `r` (proclitics of `prefix` scalars on the first) is followed by an
    /// adjective that makes another place's name: a feminine side adjective, or a masculine one or "الجديدة" when
    /// no noun heads the place.
    static func namesAnotherPlace(_ a: BlockAnalysis, tokens r: Range<Int>, prefix: Int) -> Bool {
        guard r.upperBound < a.tokens.count, a.tokens[r.upperBound].kind == .word else { return false }
        let next = a.tokens[r.upperBound].key
        if sidePlaceAdjectives.contains(next), !masculineSideAdjectives.contains(next) { return true }
        let masculine = masculineSideAdjectives.contains(next)
        guard newPlaceAdjectives.contains(next) || (masculine && r.count == 1) else { return false }
        let before = r.lowerBound - 1
        return before < 0 || a.tokens[before].kind == .punct || prefix > 0 || beforeUnheadedPlace.contains(a.tokens[before].key)
    }

    init(_ a: BlockAnalysis) {
        self.a = a
        covered = UnitSet(count: a.units.count)
        wordLists = RuleWordTable.shared.unitLists(a)
    }

    /// A word in ل or ب + article or + ordinary word: a prepositional phrase after a speaker ("للصحفيين",
    /// "لصحيفة", "بالقول"), not part of the name.
    func isPrepositionalPhrase(_ u: Int) -> Bool {
        guard a.isWord(u) else { return false }
        let key = a.key(u)
        guard let c = key.unicodeScalars.first, c == "ل" || c == "ب", UTF8Key.scalarCount(key) >= 4 else { return false }
        let rest = String(key.unicodeScalars.dropFirst())
        return UTF8Key.hasPrefix(key, "لل") || UTF8Key.hasPrefix(rest, "ال") || Lexicon.dictionary.contains(rest) || flags(u).contains(.orgHead)
    }

    /// Adds a candidate for units `r`. Quote marks and brackets are never part of a name: they are trimmed
    /// from the ends, and a name with one inside is not taken.
    mutating func add(_ range: Range<Int>, _ type: EntityType, _ rule: DiscoveryRule, cue: String? = nil) {
        var r = range
        while !r.isEmpty, a.isPunct(r.lowerBound) { r = (r.lowerBound + 1)..<r.upperBound }
        while !r.isEmpty, a.isPunct(r.upperBound - 1) { r = r.lowerBound..<(r.upperBound - 1) }
        guard !r.isEmpty, !r.contains(where: { covered.contains($0) || a.isQuote($0) || a.isBracket($0) }) else { return }
        let (s, e) = a.span(r)
        let key = a.key(r)
        guard UTF8Key.scalarCount(key) >= 2 else { return }
        if type == .organization && Self.genericOrgs.contains(key) { return }
        var canonical: String? = nil
        if r.count == 1, let entry = a.units[r.lowerBound].entry { canonical = entry.canonical }
        // (`a.surface(r)` from the span already made)
        let surface = a.text(s, e, restoredAlef: a.units[r.lowerBound].restoredAlef && a.namePrefix(r) > 0)
        out.append(EntityCandidate(block: a.block, start: s, end: e, surface: surface, key: key, type: type,
                                   cue: cue, rule: rule, canonical: canonical))
        for u in r { covered.insert(u) }
    }

    func flags(_ u: Int) -> LexFlags { u < a.units.count ? a.units[u].flags : [] }
    func text(_ r: Range<Int>) -> String { a.surface(r) }

    mutating func run() {
        let n = a.units.count
        var i = 0
        while i < n {
            let f = flags(i)
            if covered.contains(i) { i += 1; continue }
            let notable = notableMatch(at: i)
            if let p = notablePerson(at: i, match: notable), p.units.count > 1 {
                addNotablePerson(p)   // «الباجي قايد السبسي»: a notable person's full name as the lexicon spells it
                i = p.units.upperBound; continue
            }
            if a.isBracket(i), let cue = bracketedAcronymCue(i) {
                add((i + 1)..<(i + 2), .organization, .orgHead, cue: cue)
                i += 3; continue
            }
            if let r = bodyOfTheLexiconKind(at: i) {
                add(r, .organization, .orgHead, cue: a.tokens[a.units[i].tokens.lowerBound].text)   // «مجلس الأمن القومي»
                i = r.upperBound; continue
            }
            if let (r, town) = townAfterPlaceHead(i) {
                // «معتمدية الشابة», «بولاية المسيلة»: a town whose name is also a word, named as a town
                let before = out.count
                add(r, .place, .placeHead, cue: text(i..<(i + 1)))
                if out.count > before {
                    out[before].canonical = town
                    out[before].note = AmbiguousTowns.note
                    licensedTowns.insert(town)
                }
                i = r.upperBound; continue
            }
            if let r = townAfterHeadAndNationality(i) {
                // «العاصمة الإريترية أسمرا»: a definite town head, its nationality, the town's name
                add(r, .place, .placeHead, cue: text(i..<(i + 2)))
                i = r.upperBound; continue
            }
            if let r = quarterName(after: i) {
                add(r, .place, .placeHead, cue: text(i..<(i + 1)))
                i = r.upperBound; continue
            }
            if let r = clubNamedWithItsCityAdjective(at: i) {
                // "الملعب القابسي", "المغرب التطواني": a club word or a place and its city's adjective, in a match report
                add(r, .organization, .orgHead, cue: text((r.upperBound - 1)..<r.upperBound))
                i = r.upperBound; continue
            }
            if let entry = a.units[i].entry, let t = entry.knownType {
                add(i..<(i + 1), t, .known); i += 1; continue
            }
            if let (r, club) = clubNamedByItsCity(at: i) ?? clubNamedByAWord(at: i) {
                // "لاعب برشلونة", "فريق العربي", "بورتو" in a match report: a club named by its city or a word
                addClub(r, club); i = r.upperBound; continue
            }
            if keyIs(i, .clubNoun),
               (clubNamedByItsCity(at: i + 1) ?? clubNamedByAWord(at: i + 1)) != nil {
                i += 1; continue   // "نادي تشارلتون": the club without the head, at the next word
            }
            if f.contains(.place), !f.contains(.organization), a.isAdjectivalNisba(unit: i) {
                // "الفيروس التاجي": a place-like nisba right after a definite noun is its adjective
                i += 1; continue
            }
            if let r = personNamedLikePlace(i) {
                add(r, .person, .firstName); i = r.upperBound; continue
            }
            if f.contains(.place), !f.contains(.organization),
               Self.namesAnotherPlace(a, tokens: a.units[i].tokens, prefix: a.units[i].prefix) {
                // a place followed by a definite place adjective is another place's name, not a mention of this
                // one: "إيرلندا الشمالية", "سوسة الجنوبية" are named whole; "X الجديدة" is a new place or a slogan
                // ("ليبيا الجديدة"), named by neither
                if Self.sidePlaceAdjectives.contains(a.key(i + 1)) {
                    add(i..<(i + 2), .place, .placeHead, cue: text((i + 1)..<(i + 2)))
                }
                i += 2; continue
            }
            if let r = bodyNamedAfterLexiconBody(at: i) {
                recordExtension(r, head: i)   // "الاتحاد الإفريقي لكرة القدم": not the African Union
                i = r.upperBound; continue
            }
            if f.contains(.place), !f.contains(.organization), a.units[i].tokens.count == 1,
               Self.isOrdinaryAfterKaf(a.key(i), prefix: a.units[i].prefix) {
                i += 1; continue   // «كنيس» (synagogue) is no ك + «نيس»
            }
            if f.contains(.organization), !f.contains(.place), i > 0, a.units[i].prefix == 0, a.isWord(i - 1),
               Self.compassDirections.contains(a.stemKey(i - 1)) {
                i += 1; continue   // «جنوب الأناضول»: a region, not the agency of its name; no body has a south
            }
            if f.contains(.place), Self.opensIdiom(a, token: a.units[i].tokens.lowerBound, prefix: a.units[i].prefix) {
                i += 2; continue   // «مسقط رأسه»: his birthplace, not Muscat
            }
            if f.contains(.organization) || f.contains(.place) {
                // "حزب الله" after a head is part of a longer name: let the head rule see it first
                add(i..<(i + 1), f.contains(.organization) ? .organization : .place, .lexicon)
                i += 1; continue
            }
            if f.contains(.orgHead), a.units[i].tokens.count == 1, let next = addOrganization(head: i) {
                i = next; continue
            }
            if let r = clubNamedWithItsCity(at: i) {
                // "أسيك أبيدجان", "هرتا برلين": a club's own word and its city, in a paragraph about a match
                add(r, .organization, .orgHead, cue: text((r.upperBound - 1)..<r.upperBound))
                i = r.upperBound; continue
            }
            let sides = clubsOfAMatch(at: i)
            if let last = sides.last {
                // "تعادل X مع Y", "مع مضيفه X": the clubs of a match report
                for r in sides { add(r, .organization, .orgHead, cue: text(i..<(i + 1))) }
                i = last.upperBound; continue
            }
            if let r = teamName(at: i) {
                // "فريق أسيك", "سائق فريق وليامز": a club or team named by a word no list knows
                add(r, .organization, .orgHead, cue: text(i..<(i + 1)))
                i = r.upperBound; continue
            }
            if f.isDisjoint(with: [.title, .reportingVerb, .orgHead]), isDefiniteOrganizationHead(i) {
                if let r = nationalBody(at: i) {
                    recordExtension(r, head: i)   // "الجامعة التونسية لكرة القدم": a name when two documents write it
                }
                if let r = definiteOrganization(at: i) {
                    add(r, .organization, .orgHead, cue: text(i..<(i + 1)))
                    noteExtension(of: r, head: i)   // "الهيئة الوطنية للمياه والغابات", pooled when the corpus writes it
                    i = r.upperBound; continue
                }
            }
            if f.contains(.facilityHead), let r = placeName(after: i),
               !(Self.ambiguousFacilityHeads.contains(a.stemKey(i)) && !a.isQuote(i + 1) && r.allSatisfy { isOrdinaryNameWord($0) }) {
                // a quoted name is the facility's name alone: ملعب “رادس” → رادس
                let quoted = a.isQuote(i + 1)
                let end = quoted ? r.upperBound : facilityNameEnd(r)
                add(quoted ? r : i..<end, .place, .placeHead, cue: text(i..<(i + 1)))
                i = quoted ? r.upperBound + 1 : end; continue
            }
            if f.contains(.areaHead), let r = placeName(after: i), !isPluralBeforeItsAdjective(r),
               // "العاصمة البلجيكية", "دولة القانون": an adjective or an ordinary word is no place name
               a.isQuote(i + 1) || r.count > 1 || flags(r.lowerBound).contains(.place)
                || !(flags(r.lowerBound).contains(.demonym) || isOrdinaryNameWord(r.lowerBound)) {
                add(r, .place, .placeHead, cue: text(i..<(i + 1)))
                i = a.isQuote(i + 1) ? r.upperBound + 1 : r.upperBound; continue
            }
            if f.contains(.title) {
                var j = roleComplement(from: i + 1)
                let cue = text(i..<max(i + 1, j))
                if a.isComma(j) && j > i + 1 { j += 1 }
                if let p = notablePerson(at: j), p.units.count > 1 {
                    addNotablePerson(p, cue: cue)   // «الرئيس الباجي قايد السبسي»: «قايد» is no title here
                    i = p.units.upperBound; continue
                }
                if let name = personName(from: j, afterTitle: true), plausiblePerson(name) {
                    let r = withRegnalOrdinal(name)
                    add(r, .person, .title, cue: cue)
                    i = r.upperBound; continue
                }
                if a.isQuote(j), let r = scoredName(at: j + 1), a.isQuote(r.upperBound), plausiblePerson(r),
                   r.count == 2 || !covered.contains(j - 1) {
                    // (one quoted word after an organization the role names is its short form: "رئيس الاتحاد … "فيفا"")
                    // «الإمبراطور " X Y "»: a quoted name the title announces, whose letters score as a name's
                    add(r, .person, .title, cue: cue)
                    i = r.upperBound + 1; continue
                }
                i = max(i + 1, j); continue
            }
            if f.contains(.reportingVerb) {
                // (a Latin word is no speaker's name: "أعلنت شركتا IBM وLenovo")
                if !flags(i + 1).contains(.title), let r = personName(from: i + 1, strictFirst: true), plausiblePerson(r),
                   !r.contains(where: { a.isLatin($0) }) {
                    let next = r.upperBound
                    let after = next < n ? a.key(next) : ""
                    if next >= n || a.isPunct(next) || Self.afterReportedSpeaker.contains(after) || isPrepositionalPhrase(next) {
                        add(r, .person, .reportingVerb, cue: text(i..<(i + 1)))
                        i = next; continue
                    }
                }
                if let r = namedAloneAfterVerbOrRelation(i) {
                    // "وقال X :" with a word whose letters score as a name's (pooled like a first-name find: not bare)
                    add(r, .person, .firstName, cue: text(i..<(i + 1)))
                    i = r.upperBound; continue
                }
                i += 1; continue
            }
            if f.isEmpty, a.isWord(i), a.units[i].prefix == 0, UTF8Key.sameBytes(a.key(i), "ابو") || UTF8Key.sameBytes(a.key(i), "ام"),
               let r = personName(from: i), r.count >= 2 {
                add(r, .person, .kunya); i = r.upperBound; continue
            }
            if isKunyaOpening(i), let r = personName(from: i + 1), r.lowerBound == i + 1 {
                // «كتاب أبي زيد»: the kunya «أبي» (after a preposition or in construct) before a name
                let end = kunyaLaqabEnd(after: r.upperBound)
                add(i..<end, .person, .kunya); i = end; continue
            }
            if f.contains(.demonym), let r = namedAfterNationality(i) {
                // "الروسي نيكولاي دافيدنكو", "والبريطانية دوريس ليسينغ": a nationality before a full name (the
                // name's own words are the evidence, as for a first name: no title vouches for its surname)
                add(r, .person, .firstName, cue: text(i..<(i + 1)))
                i = r.upperBound; continue
            }
            if f.contains(.demonym), let r = namedAloneAfterNationality(i) {
                // "الألماني X": one word whose letters score as a name's, the nationality its cue
                add(r, .person, .firstName, cue: text(i..<(i + 1)))
                i = r.upperBound; continue
            }
            if f.contains(.firstName) || f.contains(.ambiguousFirstName), let r = personName(from: i, procliticFirst: true), r.count >= 2 {
                let second = r.lowerBound + 1
                let unambiguous = f.contains(.firstName) && !f.contains(.common) && !f.contains(.frequent) && !f.contains(.ambiguousFirstName)
                if unambiguous || a.isNisba(second) || flags(second).contains(.firstName) {
                    add(r, .person, .firstName); i = r.upperBound; continue
                }
            }
            if let r = namedAfterComplementizer(i) {
                // "أن X كان …": the subject of أن / إن that a verb follows, whose letters score as a name's
                add(r, .person, .firstName, cue: text(i..<(i + 1)))
                i = r.upperBound; continue
            }
            if f.isEmpty, let r = namedBeforeConstructTitle(i) {
                // "X Y حارس تشيفس": a name whose role follows it in construct
                add(r, .person, .firstName, cue: text(r.upperBound..<(r.upperBound + 2)))
                i = r.upperBound; continue
            }
            if f.isEmpty, let r = namedBeforeCoordinatedPerson(i) {
                // "X وفؤاد السنيورة": the item of a list of persons before «و» + a first name
                add(r, .person, .firstName, cue: text(r.upperBound..<(r.upperBound + 1)))
                if out.last?.start == a.span(r).start { out[out.count - 1].note = Self.listItemNote }
                i = r.upperBound; continue
            }
            if f.isDisjoint(with: [.title, .orgHead, .facilityHead, .areaHead, .place, .organization]), let r = subjectNameAfterVerb(i) {
                // a foreign one-word name as the subject of كان ("وكان تيفيز أعلن"); the verb is its cue
                add(r, .person, .reportingVerb, cue: text(i..<(i + 1)))
                i = r.upperBound; continue
            }
            if f.isDisjoint(with: [.title, .orgHead, .facilityHead, .areaHead, .place, .organization]), let r = namedAloneAfterVerbOrRelation(i) {
                // the subject of a masculine verb or a relation's name ("وسجل X", "زميله X") whose letters score
                // as a name's; the verb or noun is its cue (not pooled bare: a misread word stays in its document)
                add(r, .person, .firstName, cue: text(i..<(i + 1)))
                i = r.upperBound; continue
            }
            if let p = notablePerson(at: i, match: notable) {
                addNotablePerson(p)   // «بوتين», «أينشتاين»: a person the news names by the surname alone
                i = p.units.upperBound; continue
            }
            if a.isComma(i), i > 0, flags(i + 1).contains(.title) {
                // apposition: "قيس الخزعلي، زعيم …"
                var s = i
                while s > 0 && i - s < 3 && !covered.contains(s - 1) && a.isWord(s - 1)
                        && (a.isUnknownWord(s - 1) || flags(s - 1).contains(.firstName)) { s -= 1 }
                if s < i, let r = personName(from: s), r.upperBound == i, plausiblePerson(r) {
                    let end = roleComplement(from: i + 2)
                    add(r, .person, .apposition, cue: text((i + 1)..<max(i + 2, end)))
                }
            }
            i += 1
        }
        addCoordinatedPersons()
    }
}
