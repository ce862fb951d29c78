/// A word the date parser knows.
enum DateWord: Equatable, Sendable {
    /// A one-word month name; `weak` names are also common words (مارس "practised", آب "father")
    /// and only count next to a day, a year or a paired month name.
    case month(Int, weak: Bool)
    /// كانون / تشرين: a month once followed by الأول or الثاني.
    case monthHead(kanun: Bool)
    /// الأول … العاشر, العشرين, الثلاثين (masculine and feminine); `compoundOnly` for الحادي.
    case ordinal(Int, compoundOnly: Bool)
    /// عشر / عشرة after an ordinal unit (الحادي عشر).
    case ordinalTeen
    /// والعشرين / والثلاثين after an ordinal unit.
    case ordinalTens(Int)
    case weekday(Int)
    /// أمس (-1), البارحة (-1), غدا (+1), اليوم (0).
    case dayOffset(Int)
    /// نفسه / ذاته (after اليوم: the day last mentioned).
    case same
    /// نفس / ذات (before اليوم: the day last mentioned, "في نفس اليوم", "ظهر ذات اليوم").
    case sameBefore
    /// التالي (after اليوم: the day after the one last mentioned).
    case following
    case qualifier(TemporalQualifier)
    case period(PeriodUnit, definite: Bool)
    /// هذا / هذه
    case demonstrative
    /// من
    case of
    /// فجر، صباح، مساء، ليلة، ظهر، عصر
    case partOfDay
    /// مطلع، بداية، أوائل، أواخر، نهاية، منتصف، أواسط
    case edge
    /// Words that announce a bare year: في، منذ، خلال، حتى، قبل، بعد، بدء, and the seasons
    case yearCue
    /// يوم
    case dayWord
    /// أول (in أول أمس)
    case first
    /// الليلة (tonight; الليلة الماضية: last night)
    case night
    /// قليل / لحظات (in منذ قليل: a moment ago)
    case moment
}

/// A qualifier after a month, weekday or period: الماضي, الجاري, المقبل.
public enum TemporalQualifier: String, Sendable, Hashable, Codable {
    case past, current, next, new
}

/// The unit of a relative period expression.
public enum PeriodUnit: String, Sendable, Hashable, Codable {
    case week, month, year
}

/// The word tables of the date parser, folded and hashed once.
enum DateLexicon {
    /// `entries` in a table looked up by the word hash alone (`DateWordTable`): every word of every block is looked
    /// up here, up to three times with its proclitics, and a `Dictionary` hashed each 64-bit key again with `Hasher`.
    static let words = DateWordTable(entries)

    /// The words, keyed by `foldedHash` of their folded letters.
    static let entries: [UInt64: DateWord] = {
        var t: [UInt64: DateWord] = [:]
        func add(_ list: [String], _ w: DateWord) { for s in list { t[foldedHash(s)] = w } }
        // Months: Egyptian/Gulf, Maghreb, Moroccan, Levantine one-word names.
        let monthNames: [(Int, [String])] = [
            (1, ["يناير", "جانفي", "جانفييه"]),
            (2, ["فبراير", "فيفري", "شباط", "فبرایر"]),
            (3, ["آذار", "اذار"]),
            (4, ["أبريل", "ابريل", "إبريل", "أفريل", "افريل", "نيسان", "ابريل"]),
            (5, ["مايو", "أيار", "ايار", "مايس"]),
            (6, ["يونيو", "يونيه", "جوان", "حزيران"]),
            (7, ["يوليو", "يوليه", "جويلية", "جويليه", "يوليوز", "تموز"]),
            (8, ["أغسطس", "اغسطس", "غشت"]),
            (9, ["سبتمبر", "أيلول", "ايلول", "شتنبر"]),
            (10, ["أكتوبر", "اكتوبر"]),
            (11, ["نوفمبر", "نونبر"]),
            (12, ["ديسمبر", "دجنبر", "دیسمبر"]),
        ]
        for (m, names) in monthNames { add(names, .month(m, weak: false)) }
        add(["مارس"], .month(3, weak: true))
        add(["ماي"], .month(5, weak: true))
        add(["آب", "اب"], .month(8, weak: true))
        add(["أوت", "اوت"], .month(8, weak: true))
        add(["كانون"], .monthHead(kanun: true))
        add(["تشرين"], .monthHead(kanun: false))
        // Ordinals (day of month).
        let units = [
            (1, ["الأول", "الأولى"]), (2, ["الثاني", "الثانية"]), (3, ["الثالث", "الثالثة"]),
            (4, ["الرابع", "الرابعة"]), (5, ["الخامس", "الخامسة"]), (6, ["السادس", "السادسة"]),
            (7, ["السابع", "السابعة"]), (8, ["الثامن", "الثامنة"]), (9, ["التاسع", "التاسعة"]),
            (10, ["العاشر", "العاشرة"]), (20, ["العشرين"]), (30, ["الثلاثين"]),
        ]
        for (v, names) in units { add(names, .ordinal(v, compoundOnly: false)) }
        add(["الحادي", "الحادية"], .ordinal(1, compoundOnly: true))
        add(["عشر", "عشرة"], .ordinalTeen)
        add(["والعشرين"], .ordinalTens(20))
        add(["والثلاثين"], .ordinalTens(30))
        // Weekdays, 0 = Sunday.
        let days = [["الأحد"], ["الاثنين", "الإثنين"], ["الثلاثاء", "الثلثاء"], ["الأربعاء", "الاربعاء"],
                    ["الخميس"], ["الجمعة"], ["السبت"]]
        for (i, names) in days.enumerated() { add(names, .weekday(i)) }
        add(["أمس", "البارحة"], .dayOffset(-1))
        add(["غدا", "غداً"], .dayOffset(1))
        add(["اليوم"], .dayOffset(0))
        add(["نفسه", "ذاته"], .same)
        add(["نفس", "ذات"], .sameBefore)
        add(["التالي", "الموالي", "الموالية", "اللاحق"], .following)
        add(["الماضي", "الماضية", "الفائت", "الفائتة", "المنصرم", "المنصرمة", "السابق", "السابقة", "المنقضي", "المنقضية",
             "الفارط", "الفارطة"], .qualifier(.past))
        add(["الجاري", "الجارية", "الحالي", "الحالية"], .qualifier(.current))
        add(["المقبل", "المقبلة", "القادم", "القادمة"], .qualifier(.next))
        add(["الجديد", "الجديدة"], .qualifier(.new))
        add(["الأسبوع"], .period(.week, definite: true))
        add(["أسبوع"], .period(.week, definite: false))
        add(["الشهر"], .period(.month, definite: true))
        add(["شهر"], .period(.month, definite: false))
        add(["العام", "السنة"], .period(.year, definite: true))
        add(["عام", "سنة"], .period(.year, definite: false))
        add(["هذا", "هذه"], .demonstrative)
        add(["من"], .of)
        add(["فجر", "صباح", "مساء", "ليلة", "ليل", "ظهر", "عصر", "فجرا", "صباحا", "مساء"], .partOfDay)
        add(["مطلع", "بداية", "أوائل", "أواخر", "نهاية", "منتصف", "أواسط", "بدء", "مستهل", "ختام"], .edge)
        add(["في", "منذ", "خلال", "حتى", "قبل", "بعد", "لعام", "بحلول"], .yearCue)
        // a season names its year ("صيف 2015", "خريف عام 2014")
        add(["صيف", "صائفة", "شتاء", "ربيع", "خريف"], .yearCue)
        add(["يوم"], .dayWord)
        add(["أول"], .first)
        add(["الليلة"], .night)
        add(["قليل", "لحظات"], .moment)
        return t
    }()

    static let sinceHash = foldedHash("منذ")
    /// "الليلة الفاصلة بين …": the words of a night between two days.
    static let nightDividerHashes: Set<UInt64> = Set(["الفاصلة", "الفاصل", "الواقعة"].map(foldedHash))
    static let betweenHash = foldedHash("بين")
    /// Words after «الاثنين» that make it "the two" («الاثنين الآخرين», «الاثنين اللذين», «الاثنين معا»).
    static let twoCompanionHashes: Set<UInt64> = Set(["الآخرين", "الآخران", "الآخرون", "الأخرين", "اللذين", "اللذان",
                                                       "اللتين", "اللتان", "معا", "معاً", "كليهما", "كلاهما"].map(foldedHash))
    static let andHash = foldedHash("و")
    /// "بين يومي الجمعة والسبت".
    static let dayPairHashes: Set<UInt64> = Set(["يومي", "يومَي"].map(foldedHash))
    /// Edge words of an end ("نهاية الأسبوع", "أواخر الشهر").
    static let endEdgeHashes: Set<UInt64> = Set(["نهاية", "أواخر", "ختام"].map(foldedHash))
    /// Nouns an "end of the week" completes as a name of the weekend, not a time ("عطلة نهاية الأسبوع").
    static let holidayHashes: Set<UInt64> = Set(["عطلة", "عطل", "عطلات", "إجازة", "اجازة", "راحة"].map(foldedHash))

    /// Head nouns of places and facilities: a date right after one is the place's name ("ملعب 4 جانفي",
    /// "شارع 14 جانفي", "ساحة 7 نوفمبر", "جامعة 9 أفريل", "مدينة 6 أكتوبر"), not a time.
    static let namedPlaceHeads: Set<UInt64> = Set(["ملعب", "شارع", "نهج", "ساحة", "ميدان", "جامعة", "معهد", "مدرسة",
        "معاهد", "كلية", "مستشفى", "ثكنة", "مطار", "ميناء", "جسر", "حي", "مدينة", "قاعة", "مركب", "حديقة", "نزل",
        "فندق", "مصحة", "محطة", "طريق", "ملاعب", "مسجد", "جامع", "دار", "مجمع", "شوارع", "ساحات"].map(foldedHash))

    /// True when word `w` (with up to two proclitics) is a place or facility head noun.
    static func isNamedPlaceHead(_ w: DateTextScanner.Word, in scanner: DateTextScanner) -> Bool {
        if namedPlaceHeads.contains(w.hash) { return true }
        let len = scanner.length(w)
        var skip = 0
        while skip < 2, len - skip > 2, let c = scanner.letter(w, skip), isProclitic(c) {
            skip += 1
            if namedPlaceHeads.contains(scanner.hash(of: w, skipping: skip)) { return true }
        }
        return false
    }

    static let proclitics: Set<UInt32> = [0x0648, 0x0641, 0x0628, 0x0644, 0x0643]  // و ف ب ل ك

    /// `proclitics.contains(c)` without hashing.
    @inline(__always)
    static func isProclitic(_ c: UInt32) -> Bool { c == 0x0648 || c == 0x0641 || c == 0x0628 || c == 0x0644 || c == 0x0643 }

    /// Looks a word up, stripping up to two proclitics (و ف ب ل ك) and restoring "لل" → "ال".
    static func lookup(_ w: DateTextScanner.Word, in scanner: DateTextScanner) -> DateWord? {
        if let hit = words[w.hash] { return hit }
        let len = scanner.length(w)
        var skip = 0
        while skip < 2, len - skip > 2, let c = scanner.letter(w, skip), isProclitic(c) {
            skip += 1
            if c == 0x0644, scanner.letter(w, skip) == 0x0644,
               let hit = words[scanner.hash(of: w, skipping: skip + 1, prefixAl: true)], accepts(hit) {
                return hit  // للعام → ل + العام
            }
            if let hit = words[scanner.hash(of: w, skipping: skip)], accepts(hit) { return hit }
        }
        return nil
    }

    /// Words that may not carry a proclitic (too short or too ambiguous once stripped).
    private static func accepts(_ w: DateWord) -> Bool {
        switch w {
        case .month(_, let weak): return !weak
        case .of, .demonstrative, .first, .moment: return false
        default: return true
        }
    }
}
