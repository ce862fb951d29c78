/// "منذ يومين", "قبل ثلاثة أيام", "منذ قرابة أسبوعين", "منذ سنوات": a time counted back from the article's date.
///
/// Each duration is read as a range of days back (`TemporalAnchor.elapsed`), wider when the text says it roughly
/// («قرابة», «حوالي», «نحو», «زهاء», «أكثر من») or gives no number («منذ أيام»); the date it names is what that range
/// shares: a day when it is one day, the month or the year when the whole range falls in one, else nothing («منذ
/// سنوات» names no date). «منذ 2011», «منذ شهر جانفي», «منذ سنة 2014» are starts of a period, not durations.
enum ElapsedTime {
    enum Unit { case hour, day, week, month, year }

    /// Duration words: unit, how many (nil: a plural with no number), the form.
    static let durations: [UInt64: (Unit, Int?)] = {
        var t: [UInt64: (Unit, Int?)] = [:]
        func add(_ list: [String], _ u: Unit, _ n: Int?) { for s in list { t[foldedHash(s)] = (u, n) } }
        add(["ساعة"], .hour, 1); add(["ساعتين"], .hour, 2); add(["ساعات"], .hour, nil)
        add(["يوم"], .day, 1); add(["يومين"], .day, 2); add(["أيام", "ايام"], .day, nil)
        add(["أسبوع", "اسبوع"], .week, 1); add(["أسبوعين", "اسبوعين"], .week, 2); add(["أسابيع", "اسابيع"], .week, nil)
        add(["شهر"], .month, 1); add(["شهرين"], .month, 2); add(["أشهر", "اشهر", "شهور"], .month, nil)
        add(["سنة", "عام"], .year, 1); add(["سنتين", "عامين"], .year, 2); add(["سنوات", "أعوام", "اعوام", "سنين"], .year, nil)
        return t
    }()

    /// Number words before a plural unit ("ثلاثة أيام", "عشر سنوات").
    static let numberWords: [UInt64: Int] = {
        var t: [UInt64: Int] = [:]
        let names: [(Int, [String])] = [(3, ["ثلاثة", "ثلاث"]), (4, ["أربعة", "اربعة", "أربع", "اربع"]), (5, ["خمسة", "خمس"]),
                                        (6, ["ستة", "ست"]), (7, ["سبعة", "سبع"]), (8, ["ثمانية", "ثماني", "ثمان"]),
                                        (9, ["تسعة", "تسع"]), (10, ["عشرة", "عشر"])]
        for (n, list) in names { for s in list { t[foldedHash(s)] = n } }
        return t
    }()

    /// Words that make the duration rough ("منذ قرابة أسبوعين", "قبل نحو شهر"); «أكثر من» only lengthens it.
    static let roughWords: Set<UInt64> = Set(["قرابة", "حوالي", "حوالى", "نحو", "زهاء", "قرابه", "تقريبا", "يقارب"].map(foldedHash))
    static let moreHashes: Set<UInt64> = Set(["أكثر", "اكثر"].map(foldedHash))
    static let ofHashes: Set<UInt64> = Set(["من"].map(foldedHash))
    static let whatHash = foldedHash("ما")
    /// Words after a plural duration that say how few ("قبل أيام قليلة", "منذ أسابيع معدودة").
    static let fewWords: Set<UInt64> = Set(["قليلة", "قليل", "قلائل", "معدودة", "معدودات"].map(foldedHash))
    static let openers: Set<UInt64> = Set(["منذ", "قبل"].map(foldedHash))

    /// The range of days back a duration covers: `count` units (nil: some), rough or not, or more than that.
    static func daysBack(_ unit: Unit, count: Int?, rough: Bool, more: Bool) -> ClosedRange<Int> {
        let size: Int
        switch unit {
        case .hour: return 0...0  // "منذ ساعات": today, as "منذ قليل"
        case .day: size = 1
        case .week: size = 7
        case .month: size = 30
        case .year: size = 365
        }
        guard let n = count else {
            // A plural with no number: a few units, from two.
            switch unit {
            case .day: return 2...10
            case .week: return 14...45
            case .month: return 60...365
            default: return 730...3650
            }
        }
        let mid = n * size
        if more { return mid...(mid * 2) }
        // Slack around the stated count: none for a plain count of days, more for longer units and rough counts.
        let slack: Int
        switch unit {
        case .day: slack = rough ? max(1, n / 3) : 0
        case .week: slack = rough ? 4 : 2
        case .month: slack = rough ? 15 : 7
        default: slack = rough ? 183 : 90
        }
        return max(0, mid - slack)...(mid + slack)
    }
}

extension Cursor {
    /// "منذ [قرابة|حوالي|نحو|أكثر من|ما يقارب] [N|ثلاثة] أيام/يومين/أسبوع…" at word `i` (منذ or قبل): the range of days
    /// back and the last word; nil when the words after the duration make it the start of a period ("منذ سنة 2011",
    /// "منذ شهر جانفي") or, after «قبل», a time before something else ("قبل يومين من الانتخابات").
    func elapsed(at i: Int) -> (ClosedRange<Int>, Int)? {
        guard ElapsedTime.openers.contains(scanner.words[i].hash) else { return nil }
        var k = i + 1
        var rough = false, more = false
        if linked(k), ElapsedTime.roughWords.contains(scanner.words[k].hash) { rough = true; k += 1 }
        else if linked(k), scanner.words[k].hash == ElapsedTime.whatHash, linked(k + 1),
                ElapsedTime.roughWords.contains(scanner.words[k + 1].hash) { rough = true; k += 2 }  // ما يقارب
        else if linked(k), ElapsedTime.moreHashes.contains(scanner.words[k].hash), linked(k + 1),
                ElapsedTime.ofHashes.contains(scanner.words[k + 1].hash) { more = true; k += 2 }
        var count: Int?
        if linked(k), let n = number(k), scanner.words[k].digitCount <= 2, n > 0 { count = n; k += 1 }
        else if linked(k), let n = ElapsedTime.numberWords[scanner.words[k].hash] { count = n; k += 1 }
        guard linked(k), let (unit, stated) = ElapsedTime.durations[scanner.words[k].hash] else { return nil }
        // A number goes with a plural unit ("3 أيام"); a singular or dual unit carries its own count.
        if count != nil, stated != nil { return nil }
        if count == nil { count = stated }
        // "قبل أيام قليلة": a word that says how few.
        if count == nil, linked(k + 1), ElapsedTime.fewWords.contains(scanner.words[k + 1].hash) { k += 1 }
        // "منذ سنة 2011", "منذ شهر جانفي", "منذ يوم الجمعة": the unit names a period, not a duration.
        if linked(k + 1), number(k + 1) != nil || {
            switch kind(k + 1) { case .month?, .monthHead?, .qualifier?, .weekday?, .dayOffset?, .ordinal?: return true; default: return false }
        }() { return nil }
        // "قبل يومين من الانتخابات": before another event, not before the report.
        if scanner.words[i].hash != DateLexicon.sinceHash, linked(k + 1), kind(k + 1) == .of { return nil }
        return (ElapsedTime.daysBack(unit, count: count, rough: rough, more: more), k)
    }
}
