/// Clauses that tell background — earlier deeds the article recalls — not the day's news: they take no day the
/// text does not state for them (the lead's, the article's).
enum BackgroundClauses {
    /// True when the sentence opens with a background word ("وكان … قد", "ويذكر أن …").
    static func opens(_ w: SentenceWords) -> Bool {
        w.has(0, in: EventContextLexicon.background) || w.has(1, in: EventContextLexicon.background)
    }

    /// Forms of «كان» that, with a «قد» after them, make a past perfect ("كانت الوحدات قد أوقفت"): a deed before the news.
    static let perfectAuxiliaries = WordSet(["كان", "كانت", "كانوا", "وكان", "وكانت", "وكانوا", "فكان", "فكانت"].map(EventLexicon.key),
                                            bit: .perfectAuxiliaries)
    /// Words that bring in a reminder ("يذكر أن", "يشار إلى أن", "وللتذكير") or an earlier deed ("سبق أن").
    static let reminderWords = WordSet(["يذكر", "ويذكر", "يشار", "ويشار", "للتذكير", "وللتذكير", "سبق", "وسبق", "سبقت", "وسبقت"]
        .map(EventLexicon.key), bit: .reminderWords)
    /// Words after "في وقت سابق" that keep it on the same day ("في وقت سابق اليوم", "من هذا اليوم").
    static let sameDayWords = WordSet(["اليوم", "الليلة", "من", "هذا", "هذه", "صباح", "مساء"].map(EventLexicon.key), bit: .sameDayWords)
    /// «وقت», «سابق» ("في وقت سابق") and «قد», «وقد» after a «كان», as written (the lists were compared by their bytes).
    static let timeWord = WordSet(["وقت"], bit: .timeWord)
    static let earlierWord = WordSet(["سابق"], bit: .earlierWord)
    static let perfectParticles = WordSet(["قد", "وقد"], bit: .perfectParticles)
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
            if w.has(i, in: reminderWords) { return true }
            if w.has(i, in: timeWord), w.has(i + 1, in: earlierWord), !w.has(i + 2, in: sameDayWords),
               anaphoric || !((i + 2)..<max(i + 2, end)).contains(where: { w.has($0, in: EventLexicon.complementizer) }) { return true }
            if w.has(i, in: perfectAuxiliaries),
               ((i + 1)..<min(end, i + 1 + perfectReach)).contains(where: { w.has($0, in: perfectParticles) }) { return true }
        }
        return false
    }
}
