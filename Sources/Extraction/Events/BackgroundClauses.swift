/// Clauses that tell background — earlier deeds the article recalls — not the day's news: they take no day the
/// text does not state for them (the lead's, the article's).
enum BackgroundClauses {
    /// True when the sentence opens with a background word ("وكان … قد", "ويذكر أن …").
    static func opens(_ w: SentenceWords) -> Bool {
        w.words.prefix(2).contains { $0.readings.contains { EventContextLexicon.background.contains($0) } }
    }

    /// Forms of «كان» that, with a «قد» after them, make a past perfect ("كانت الوحدات قد أوقفت"): a deed before the news.
    static let perfectAuxiliaries = ["كان", "كانت", "كانوا", "وكان", "وكانت", "وكانوا", "فكان", "فكانت"].map(EventLexicon.key)
    /// Words that bring in a reminder ("يذكر أن", "يشار إلى أن", "وللتذكير") or an earlier deed ("سبق أن").
    static let reminderWords = ["يذكر", "ويذكر", "يشار", "ويشار", "للتذكير", "وللتذكير", "سبق", "وسبق", "سبقت", "وسبقت"].map(EventLexicon.key)
    /// Words after "في وقت سابق" that keep it on the same day ("في وقت سابق اليوم", "من هذا اليوم").
    static let sameDayWords = ["اليوم", "الليلة", "من", "هذا", "هذه", "صباح", "مساء"].map(EventLexicon.key)
    /// How many words a «كان» may stand before its «قد».
    static let perfectReach = 6

    /// True when a background cue stands before the trigger at `trigger` in its sentence: a past perfect «كان … قد» ("ذكر
    /// المصدر أن الوحدات كانت قد أوقفت"), a reminder ("سبق أن", "يذكر أن"), or "في وقت سابق" (earlier, not
    /// "في وقت سابق اليوم": earlier the same day). "Earlier" dates only its own clause: a deed told in full in what was
    /// said earlier ("وقال الحاكم في وقت سابق إن انتحارية فجرت نفسها") is the news itself, unless the event is one
    /// referred back to (`anaphoric`: "رجحت السلطات في وقت سابق أن يكون التنظيم وراء الهجوم").
    static func before(_ trigger: Int, in w: SentenceWords, anaphoric: Bool = false) -> Bool {
        let end = min(trigger, w.words.count)
        for i in 0..<end {
            if w.isAny(i, reminderWords) { return true }
            if w.isAny(i, ["وقت"]), w.isAny(i + 1, ["سابق"]), !w.isAny(i + 2, sameDayWords),
               anaphoric || !((i + 2)..<max(i + 2, end)).contains(where: { w.has($0, in: EventLexicon.complementizer) }) { return true }
            if w.isAny(i, perfectAuxiliaries),
               ((i + 1)..<min(end, i + 1 + perfectReach)).contains(where: { w.isAny($0, ["قد", "وقد"]) }) { return true }
        }
        return false
    }
}
