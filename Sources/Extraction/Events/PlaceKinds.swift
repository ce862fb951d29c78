import ArabicText

/// How specific a place name is, for event titles and merging: facility (قاعدة، مطار…) > city >
/// governorate or region > country. Read from the built-in place, facility-head and demonym lexicons.
public enum PlaceKinds {
    public enum Kind: Int, Comparable, Sendable {
        case country = 1, region = 2, city = 3, facility = 4
        public static func < (a: Kind, b: Kind) -> Bool { a.rawValue < b.rawValue }
    }

    static func keys(_ text: String) -> [String: String] {
        var t: [String: String] = [:]
        for parts in Lexicon.lines(text) { for p in parts { t[ArabicNormalizer.matchKey(p)] = parts[0] } }
        return t
    }

    static let countries = keys(PlaceLexicon.countries)
    static let regions = keys(PlaceLexicon.regions).merging(keys(PlaceLexicon.provinces)) { a, _ in a }
    static let cities = [PlaceLexicon.worldCities, PlaceLexicon.arabCities, PlaceLexicon.tunisianTowns, PlaceLexicon.algerianTowns,
                         PlaceLexicon.northAfricanTowns, PlaceLexicon.mashriqTowns, PlaceLexicon.moreWorldCities]
        .reduce(into: [String: String]()) { t, list in t.merge(keys(list)) { a, _ in a } }
    static let facilityHeads: WordSet = WordSet(Lexicon.lines(OrganizationLexicon.facilityHeads).map { ArabicNormalizer.matchKey($0[0]) }
        + ["قاعدتي", "سفارة", "السفارة", "القنصلية", "قنصلية", "مركز", "موقع", "مقر", "منشأة", "معسكرات", "مواقع"].map(ArabicNormalizer.matchKey))
    static let areaHeads: WordSet = WordSet(["محافظة", "إقليم", "ولاية", "منطقة", "قضاء", "ناحية"].map(ArabicNormalizer.matchKey))
    /// Governorates/provinces listed among the cities (names that are not also city names).
    static let provinceWords: WordSet = WordSet(["الأنبار", "ديالى", "نينوى", "صلاح الدين", "ذي قار", "ميسان", "واسط",
        "المثنى", "القادسية", "دهوك", "دير الزور", "الحسكة", "إدلب", "كردستان"].map(ArabicNormalizer.matchKey))

    /// A definite adjective of side that, after a place, names another place ("سوسة الجنوبية", `DiscoveryRules`).
    public static func isSideAdjective(_ word: String) -> Bool { DiscoveryRules.sidePlaceAdjectives.contains(ArabicNormalizer.matchKey(word)) }

    /// The kind of a place name (unknown one-word names count as cities).
    public static func kind(of name: String) -> Kind {
        let key = ArabicNormalizer.matchKey(name)
        let first = Gazetteer<Int>.keyParts(name).first ?? key
        if facilityHeads.contains(first) || facilityHeads.contains(strip(first)) { return .facility }
        if countries[key] != nil { return .country }
        if areaHeads.contains(first) || regions[key] != nil || provinceWords.contains(key) { return .region }
        return .city
    }

    /// A city of the lexicon.
    public static func isKnownCity(_ name: String) -> Bool {
        let k = ArabicNormalizer.matchKey(name)
        return cities[k] != nil || (UTF8Key.hasPrefix(k, "ال") && cities[String(k.dropFirst(2))] != nil)
    }

    /// A known country or region name (of the lexicon).
    public static func isCountry(_ name: String) -> Bool { countries[ArabicNormalizer.matchKey(name)] != nil }

    /// The lexicon's display name of the country a demonym adjective points to ("الأمريكية" → الولايات
    /// المتحدة), or nil.
    public static func country(ofDemonym word: String) -> String? { demonyms[ArabicNormalizer.matchKey(word)] }

    /// (keyed by the keys' bytes, `WordMap`: a `[String: String]` hashed and compared each Arabic key under canonical
    /// equivalence, ~3,500 instructions an insertion, when the table was made and at every look-up)
    static let demonyms = WordMap<String>(keyed: demonymEntries())

    /// Each form of each demonym of the lexicon (`Lexicon.demonymForms`) with its place, a later line's place replacing an
    /// earlier one's for the same key.
    static func demonymEntries() -> [WordKey: String] {
        var t: [WordKey: String] = [:]
        for parts in Lexicon.lines(DemonymLexicon.demonyms) where parts.count == 2 {
            for f in Lexicon.demonymForms(parts[0]) { t[WordKey(ArabicNormalizer.matchKey(f))] = parts[1] }
        }
        return t
    }

    /// A word naming a weapon ("بصواريخ", "باليستية", "بطائرة", "مسيرة", "بضربة") that may stand between a
    /// trigger and the demonym of who used it.
    public static func isWeaponWord(_ word: String) -> Bool {
        let readings = SentenceWords.readings(of: ArabicNormalizer.matchKey(word))
        return readings.contains { EventLexicon.instruments[$0] != nil || weaponNouns.contains($0) }
    }

    static let weaponNouns: WordSet = WordSet(["ضربة", "طائرة", "طائرات", "صواريخ", "غارة"].map(ArabicNormalizer.matchKey))

    /// The country a capital stands for as an actor ("واشنطن" → الولايات المتحدة), if it is one.
    public static func country(ofCapital name: String) -> String? { EventContextLexicon.capitals[ArabicNormalizer.matchKey(name)] }

    /// Adjective (feminine singular) for a country's name, for titles ("غارة جوية أمريكية").
    public static func adjective(forCountry name: String) -> String? {
        let key = ArabicNormalizer.matchKey(name)
        let canonical = countries[key].map(ArabicNormalizer.matchKey) ?? key
        for parts in Lexicon.lines(DemonymLexicon.demonyms) where parts.count == 2 {
            let c = ArabicNormalizer.matchKey(parts[1])
            if c == canonical || countries[c].map(ArabicNormalizer.matchKey) == canonical { return parts[0] + "ة" }
        }
        return nil
    }

    /// The words of a place name without its facility head or articles.
    public static func coreWords(_ name: String) -> [String] {
        var ws = Gazetteer<Int>.keyParts(name).map { strip($0) }
        if let f = ws.first, facilityHeads.contains(f) || facilityHeads.contains("ال" + f) { ws.removeFirst() }
        return ws
    }

    static func strip(_ w: String) -> String { UTF8Key.hasPrefix(w, "ال") && w.count > 4 ? String(w.dropFirst(2)) : w }

    /// Two place names that name the same place, one inside the other: "قاعدة الاسد" / "قاعدة عين
    /// الأسد", "عين الأسد" / "قاعدة عين الأسد". Same facility head (or one without a head of at least
    /// two words, or of a word that is no known city), and the shorter's words all in the longer.
    public static func contained(_ a: String, _ b: String) -> Bool {
        func split(_ n: String) -> (head: String?, words: Set<String>, count: Int) {
            var ws = Gazetteer<Int>.keyParts(n).map { strip($0) }
            var head: String?
            if let f = ws.first, facilityHeads.contains(f) || facilityHeads.contains("ال" + f) { head = f; ws.removeFirst() }
            return (head, Set(ws), ws.count)
        }
        let x = split(a), y = split(b)
        guard !x.words.isEmpty, !y.words.isEmpty else { return false }
        let (short, long, shortName) = x.count <= y.count ? (x, y, a) : (y, x, b)
        guard short.words.isSubset(of: long.words) else { return false }
        if short.head == long.head { return true }
        if short.head != nil && long.head != nil { return false }
        let bare = short.head == nil ? short : long
        let bareName = short.head == nil ? shortName : (x.count <= y.count ? b : a)
        return bare.count >= 2 || kind(of: bareName) == .city && cities[ArabicNormalizer.matchKey(bareName)] == nil
    }
}
