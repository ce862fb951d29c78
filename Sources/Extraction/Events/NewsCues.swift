import ArabicText
import ArabicDates

/// Cues of the language that say whether an event is the news its report gives or history, and when history is.
extension EventExtractor {
    /// Words that open a complement clause («أكد أن», «قال إن», «أفاد بأن»).
    static let complementizers = ["ان", "بان"].map(EventLexicon.key)

    /// True when the violent event noun at `trigger` is the indefinite subject right after «أن/إن», marked so by the
    /// accusative's alif on it or on its adjective ("أكد مصدر، الاثنين، أن هجوما انتحاريا أسفر عن …", "أن اعتداء إرهابيا
    /// استهدف"): the clause reports it as news, as a verb would — not "أن الهجوم", one told before, nor a noun in construct
    /// ("أن استهداف المدنيين يعد انتهاكا", "أن إقالة أحد الوزراء"), a topic.
    static func complementSubject(_ words: SentenceWords, trigger: Int, type: EventType) -> Bool {
        guard newsTypes.contains(type), trigger > 0, words.isAny(trigger - 1, complementizers) else { return false }
        let key = words.words[trigger].key
        guard !UTF8Key.hasPrefix(key, "ال") else { return false }
        if UTF8Key.hasSuffix(key, "ا") { return true }
        guard UTF8Key.hasSuffix(key, "ء"), trigger + 1 < words.words.count else { return false }
        let next = words.words[trigger + 1]
        return !next.isPunct && !next.key.hasPrefix("ال") && next.key.hasSuffix("ا")
    }

    /// Verbs that announce news with «بـ» or «عن» ("أفادت الوكالة باستشهاد فلان", "أعلنت الوزارة عن مقتل فلان").
    static let newsAnnouncing = WordSet(["أفاد", "أفادت", "أعلن", "أعلنت"].map(EventLexicon.key))
    /// How many words (quotes around an agency's name included) before its noun an announcing verb may stand.
    static let announcingReach = 8

    /// True when the killing noun at `trigger` is the «بـ» or «عن» complement of a verb announcing news in its clause ("وأفادت
    /// وكالة الأنباء "وفا" باستشهاد فلان"), with no other event word between: a named victim's killing told as the news
    /// of the day, not as history.
    static func announcedKilling(_ words: SentenceWords, trigger: Int, from lower: Int, triggers: [Int]) -> Bool {
        let marked = words.words[trigger].key.hasPrefix("ب") || words.isAny(trigger - 1, ["عن"])
        guard marked, let v = (max(lower, trigger - announcingReach)..<trigger).last(where: { words.has($0, in: newsAnnouncing) })
        else { return false }
        return !((v + 1)..<trigger).contains { triggers.contains($0) }
    }

    /// Feminine ordinals of an anniversary («الذكرى الأولى», «الخامسة», «الأربعين», «الخامسة والعشرين»).
    static let anniversaryUnits: [String: Int] = {
        var m: [String: Int] = [:]
        let units = ["الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة", "التاسعة", "العاشرة"]
        for (i, w) in units.enumerated() { m[EventLexicon.key(w)] = i + 1 }
        m[EventLexicon.key("الحادية")] = 1
        return m
    }()
    static let anniversaryTens: [String: Int] = {
        var m: [String: Int] = [:]
        let tens = ["العشرين", "الثلاثين", "الأربعين", "الخمسين", "الستين", "السبعين", "الثمانين", "التسعين"]
        for (i, w) in tens.enumerated() {
            m[EventLexicon.key(w)] = (i + 2) * 10
            m[EventLexicon.key("و" + w)] = (i + 2) * 10
        }
        m[EventLexicon.key("المئوية")] = 100
        m[EventLexicon.key("المائة")] = 100
        m[EventLexicon.key("المئة")] = 100
        return m
    }()

    /// The year of the event an anniversary of the article's year marks ("الذكرى الأربعين لمقتل شقيقه" in 2016: 1976),
    /// as a mention of the anniversary's words (inferred): «الذكرى» and an ordinal in words right before the trigger (not
    /// a number, «الذكرى 22 جانفي 1952», a date). The anniversary is marked in the article's year.
    static func anniversaryDate(_ words: SentenceWords, trigger: Int, reference: PartialDate?, block: Int, sentence: Int) -> DateMention? {
        guard let reference, trigger > 1,
              let a = (max(0, trigger - EventDating.anniversaryReach)..<trigger).last(where: { words.has($0, in: EventDating.anniversaryNouns) }),
              a + 1 < trigger else { return nil }
        var n = 0
        for k in (a + 1)..<trigger {
            let key = words.words[k].key
            if key == EventLexicon.key("السنوية") { continue }
            if let u = anniversaryUnits[key], n == 0 { n = u }
            else if key == EventLexicon.key("عشرة"), n > 0, n < 10 { n += 10 }
            else if let t = anniversaryTens[key], n < 10 { n += t }
            else { return nil }
        }
        guard n > 0, n < reference.year else { return nil }
        return DateMention(span: TextSpan(block: block, start: words.words[a].start, end: words.words[trigger - 1].end), sentence: sentence,
                           text: words.text(a..<trigger), date: PartialDate(year: reference.year - n), inferred: true)
    }
}

extension EventExtractor {
    /// True when the sentence opens with «جاء ذلك» / «جاء هذا»: it dates what the sentence before it told.
    func opensWithJaaDhalik(_ w: SentenceWords) -> Bool {
        let keys = w.words.prefix(3).map(\.readings)
        guard keys.count >= 2 else { return false }
        return (keys[0].contains("جاء") || keys[0].contains("جاءت")) && (keys[1].contains("ذلك") || keys[1].contains("هذا"))
    }

    /// "مؤخراً", "خلال الأيام (الأربعة) الأخيرة": the event is recent.
    func recencyCue(_ w: SentenceWords, outside foreign: [Range<Int>], before end: Int = .max) -> SentenceWords.Word? {
        // (the words asked by their bit, `EventListBit.recency`, and copied out only when one is a cue)
        for i in w.words.indices where i < end && w.has(i, in: EventLexicon.recency) {
            let word = w.words[i]
            if foreign.contains(where: { $0.contains(i) }) { continue }
            if word.readings.contains(EventLexicon.key("مؤخرا")) { return word }
            if (max(0, i - 2)..<i).contains(where: { w.has($0, in: EventLexicon.recentTimeNouns) }) { return word }
        }
        return nil
    }
}

extension EventDating {
    /// True when date mention `d` follows «منذ» more than `elapsedReach` words after the trigger and is long before the
    /// article (`longBefore`: "القبض على منحرف فار من السجن منذ سنة 2011"): when a state of someone the clause names
    /// began, not a time of the event.
    func sinceBeyond(_ d: DateMention, trigger: Int) -> Bool {
        let first = words.index(at: d.span.start)
        return first > trigger + Self.elapsedReach && (max(0, first - 2)..<first).contains { words.isAny($0, ["منذ"]) }
            && Self.longBefore(d.date, reference)
    }

    /// True when `date` is a year or a month, or a day over a month before `reference`: "منذ 2011" is a state of long
    /// standing; "حملة تواصلت منذ يوم الاثنين", "تم ايقافها منذ يوم السبت" are of the days of the news.
    static func longBefore(_ date: PartialDate?, _ reference: PartialDate?) -> Bool {
        guard let date, let reference else { return false }
        guard date.day != nil else { return true }
        return CalendarMath.adding(days: -31, to: reference).map { date < $0 } ?? false
    }
}
