import Foundation
import ArabicText

/// Where a title's dateline («المهدية : إيقاف 4 مهربين») or headline puts a local report's news, for the arrests and
/// killings whose clause names no place.
extension EventExtractor {
    /// The place a title's dateline names ("المهدية : إيقاف 4 مهربين", "الجزائر: …"): the words before its
    /// colon (three at most), when the article names that place in its text (its first mention there), or names it
    /// after a known city or country it qualifies ("العاصمة : …" and "بتونس العاصمة").
    static func datelinePlace(_ title: String?, _ mentions: [Mention]) -> Int? {
        guard let title, let colon = title.firstIndex(of: ":") else { return nil }
        let head = title[..<colon].split(whereSeparator: \.isWhitespace)
        guard !head.isEmpty, head.count <= 3 else { return nil }
        let key = ArabicNormalizer.matchKey(head.joined(separator: " "))
        if let m = mentions.firstIndex(where: { $0.type == .place && ArabicNormalizer.matchKey($0.surface) == key }) { return m }
        // "العاصمة : …" over a text that names "تونس العاصمة": a known city or country the dateline's words qualify.
        let keys = head.map { ArabicNormalizer.matchKey(String($0)) }
        return mentions.firstIndex { m in
            let w = m.surface.split(whereSeparator: \.isWhitespace).map { ArabicNormalizer.matchKey(String($0)) }
            guard m.type == .place, w.count > keys.count, Array(w.suffix(keys.count)) == keys else { return false }
            let named = w.prefix(w.count - keys.count).joined(separator: " ")
            return PlaceKinds.isKnownCity(named) || PlaceKinds.isCountry(named)
        }
    }

    /// The title's dateline as written ("سليانة : مصرع شخص …") when the text names it only in the name of a
    /// part of it, with a side adjective ("مدخل سليانة الجنوبية"): the place is the dateline's.
    static func datelineOfSidePlace(_ title: String?, _ mentions: [Mention]) -> String? {
        guard let title, let colon = title.firstIndex(of: ":") else { return nil }
        let head = title[..<colon].split(whereSeparator: \.isWhitespace)
        guard !head.isEmpty, head.count <= 2 else { return nil }
        let keys = head.map { ArabicNormalizer.matchKey(String($0)) }
        let named = mentions.contains { m in
            let w = m.surface.split(whereSeparator: \.isWhitespace)
            return m.type == .place && w.count == keys.count + 1 && PlaceKinds.isSideAdjective(String(w[keys.count]))
                && zip(w, keys).allSatisfy { ArabicNormalizer.matchKey(String($0)) == $1 }
        }
        return named ? head.joined(separator: " ") : nil
    }

    /// The place a sentence opens with before a colon ("زغوان : إيقاف عنصر …"), a headline's dateline run into
    /// the text (a digest of the day's news).
    static func sentenceDateline(_ words: SentenceWords, _ indexes: [Int], _ mentions: [Mention]) -> Int? {
        guard let first = words.words.first else { return nil }
        for m in indexes where mentions[m].type == .place && mentions[m].span.start == first.start {
            let next = words.index(at: mentions[m].span.end)
            if next < words.words.count, words.words[next].isPunct, words.words[next].isKey(":") { return m }
        }
        return nil
    }

    /// The title's dateline as written ("كاليفورنيا : لص يتسلل …", one or two words) when the text names it
    /// after an area noun ("في ولاية كاليفورنيا الأمريكية") and so says it is a place, though no name was found.
    static func datelineNamedByAreaNoun(_ title: String?, _ sentences: [SentenceWords]) -> String? {
        guard let title, let colon = title.firstIndex(of: ":") else { return nil }
        let head = title[..<colon].split(whereSeparator: \.isWhitespace).map(String.init)
        guard !head.isEmpty, head.count <= 2 else { return nil }
        let keys = head.map(ArabicNormalizer.matchKey)
        for words in sentences {
            let w = words.words
            for k in w.indices where k + keys.count < w.count && words.has(k, in: SentenceEvents.areaNouns)
                && (0..<keys.count).allSatisfy({ w[k + 1 + $0].key == keys[$0] }) {
                return head.joined(separator: " ")
            }
        }
        return nil
    }

    /// Whether a clause names a place by a place noun and a name ("في ولاية البويرة"), known or not.
    /// ("بالجهة", "بالمنطقة": a definite area noun refers back to the place the report is from, and names none)
    static func namesAPlace(_ words: SentenceWords, _ range: Range<Int>) -> Bool {
        range.contains { k in
            k + 1 < words.words.count && words.has(k, in: EventLexicon.placeNouns) && !words.words[k + 1].isPunct
                && !words.words[k + 1].isNumber && !refersBack(words.words[k])
        }
    }

    /// A definite area noun ("بالجهة", "المنطقة", "بالولاية"), which refers to a place already named.
    static func refersBack(_ word: SentenceWords.Word) -> Bool {
        word.readings.contains { $0.hasPrefix("ال") && SentenceEvents.areaNouns.contains(String($0.dropFirst(2))) }
    }

    /// The place a headline puts its news in ("هجوم مسلح على مطعم في اسطنبول", "تفجير في محطة القطارات
    /// ببروكسيل"): a place the text names, after في or قرب or with a ب clitic, when the headline names no
    /// other place of the text ("سرقوا سيارة في سيدي بوزيد واستعملوها في سوسة": which one is unsure).
    static func headlinePlace(_ title: String, _ mentions: [Mention]) -> Int? {
        onlyHeadlinePlace(title, mentions) { headline, at, clitic, _ in
            clitic || (at > 0 && ["في", "قرب"].contains(headline[at - 1]))
        }
    }

    /// The place of the text a headline names when it names exactly one (each place counted at its first match,
    /// written alone or with a ب clitic), if `fits` accepts where the headline writes it; nil when it names none
    /// that fits or several places.
    private static func onlyHeadlinePlace(_ title: String, _ mentions: [Mention],
                                          fits: (_ headline: [String], _ at: Int, _ clitic: Bool, _ place: Mention) -> Bool) -> Int? {
        let words = { (t: String) in ArabicNormalizer.searchKey(t).split { !$0.isLetter }.map(String.init) }
        let headline = words(title)
        var found: Int?
        var named = Set<String>()
        for (i, m) in mentions.enumerated() where m.type == .place {
            let name = words(m.surface)
            let key = name.joined(separator: " ")
            guard let first = name.first, !named.contains(key), headline.count >= name.count else { continue }
            for at in 0...(headline.count - name.count) {
                let clitic = headline[at] == "ب" + first
                guard clitic || headline[at] == first, Array(headline[(at + 1)..<(at + name.count)]) == Array(name.dropFirst()) else { continue }
                named.insert(key)
                if fits(headline, at, clitic, m) { found = found ?? i }
                break
            }
        }
        return named.count == 1 ? found : nil
    }

    /// Attack nouns a headline puts in construct with the attack's place ("هجوم قبلي", "اعتداء باردو"), as search keys.
    static let headlineAttackNouns: Set<String> = Set(["هجوم", "الهجوم", "هجمات", "اعتداء", "اعتداءات", "تفجير", "تفجيرات", "انفجار"]
        .map { ArabicNormalizer.searchKey($0) })

    /// The place of the attack a headline names by it ("هجوم قبلي : …", "القضاء على منفذ هجوم "سانت كاترين""): a place
    /// of the text below a country right after an attack noun, when the headline names no other place of the text. The
    /// place of the article's attack and of the killings in it that name none.
    static func headlineAttackPlace(_ title: String, _ mentions: [Mention]) -> Int? {
        // ("هجوم كندا": a country says less than the city the text names the attack by, and would keep its reports apart)
        onlyHeadlinePlace(title, mentions) { headline, at, _, place in
            at > 0 && headlineAttackNouns.contains(headline[at - 1]) && PlaceKinds.kind(of: place.surface) != .country
        }
    }

    /// The title's dateline as written when no mention of the text is that name but it surely names a place: a
    /// place of the built-in lexicon (`known`: "نابل : …" over a text that names only a delegation of it), or
    /// words the text writes where a place stands — a security unit's seat ("الوحدات الأمنية بالمكنين", "مركز الأمن
    /// الوطني بقصيبة سوسة"), a town in its governorate ("في المكنين من ولاية المنستير"), after an area or coast noun
    /// ("بسواحل الهوارية"). Not a name the text gives another type, nor one that starts with a first name or title.
    static func datelineAsWritten(_ title: String?, _ sentences: [SentenceWords], _ mentions: [Mention]) -> (name: String, known: Bool)? {
        guard let title, let colon = title.firstIndex(of: ":") else { return nil }
        let head = title[..<colon].split(whereSeparator: \.isWhitespace).map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"«»“”")) }
            .filter { !$0.isEmpty }
        guard !head.isEmpty, head.count <= 2 else { return nil }
        let keys = head.map(ArabicNormalizer.matchKey)
        let key = keys.joined(separator: " ")
        guard !mentions.contains(where: { ArabicNormalizer.matchKey($0.surface) == key }) else { return nil }
        let name = head.joined(separator: " ")
        if PlaceKinds.countries[key] != nil || PlaceKinds.cities[key] != nil || PlaceKinds.regions[key] != nil
            || PlaceKinds.provinceWords.contains(key) { return (name, true) }
        let notPlace: LexFlags = [.person, .firstName, .ambiguousFirstName, .organization, .orgHead, .title, .roleWord, .reportingVerb]
        guard keys.allSatisfy({ Lexicon.builtIn.lookup($0).map { $0.flags.isDisjoint(with: notPlace) } ?? true }),
              !EventLexicon.placeNouns.contains(keys[0]) else { return nil }
        for words in sentences {
            let w = words.words
            for k in w.indices where k + keys.count <= w.count {
                let first = w[k].key
                let clitic = first == "ب" + keys[0] || first == "وب" + keys[0]
                guard clitic || first == keys[0], (1..<keys.count).allSatisfy({ w[k + $0].key == keys[$0] }) else { continue }
                let after = k + keys.count
                if clitic && isUnitSeat(words, k) { return (name, false) }
                // "في المكنين من ولاية المنستير", "بالمكنين التابعة لولاية المنستير"
                let inGovernorate = words.has(after, in: SentenceEvents.areaNouns) || (words.isAny(after, ["من", "التابعه", "التابع"])
                    && words.has(after + 1, in: SentenceEvents.areaNouns))
                if (clitic || words.isAny(k - 1, ["في"])) && inGovernorate { return (name, false) }
                if !clitic, words.has(k - 1, in: SentenceEvents.areaNouns) || words.has(k - 1, in: coastNouns) { return (name, false) }
            }
        }
        return nil
    }

    /// Nouns of a coast or shore whose next word is its town ("سواحل الهوارية", "شاطئ قليبية").
    static let coastNouns = WordSet(["سواحل", "ساحل", "شاطئ", "شواطئ", "ميناء"].map(EventLexicon.key))

    /// Whether word `k`, with its ب, follows a security unit's name ("الوحدات الأمنية ب…", "مركز الأمن الوطني ب…",
    /// "الحرس البحري ب…"): the unit's seat. Only the words of the name come between; not a national unit's.
    static func isUnitSeat(_ words: SentenceWords, _ k: Int) -> Bool {
        var j = k - 1
        while j >= max(0, k - 5) {
            if words.has(j, in: EventContextLexicon.securityNouns) || words.has(j, in: SentenceEvents.unitHeads) {
                return !words.has(j + 1, in: SentenceEvents.nationalWords)
            }
            let key = words.words[j].key
            guard !words.words[j].isPunct, UTF8Key.hasPrefix(key, "ال") || UTF8Key.hasPrefix(key, "لل") else { return false }
            j -= 1
        }
        return false
    }
}
