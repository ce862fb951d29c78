/// A clause that spreads its news over a span of time ("في عمليتين منفصلتين خلال اليومين الماضيين", "خلال حملة
/// امتدت على مدى أسبوع", "على مدار الأيام الماضية"): the news is of no one day, so no day is inferred for it
/// (not the article's, not its report's, not the lead's). A date the clause states still dates it.
extension SentenceWords {
    /// Words that open a span before a duration word and a word of the past ("خلال اليومين الماضيين").
    static let spanOpeners = EventContextLexicon.keys(["خلال", "طيلة", "طوال"], bit: .spanOpeners)
    /// Nouns that open a span after «على» before a duration word alone ("على مدى أسبوع", "على مدار ثلاثة أيام").
    static let extentNouns = EventContextLexicon.keys(["مدى", "مدار", "امتداد"])
    /// Durations longer than the day an event is dated to (duals, plurals, a week, a month).
    static let durations = EventContextLexicon.keys(["يومين", "اليومين", "أيام", "الأيام", "أسبوع", "الأسبوع", "أسبوعين",
        "الأسبوعين", "أسابيع", "الأسابيع", "شهر", "الشهر", "شهرين", "الشهرين", "أشهر", "الأشهر", "شهور", "الشهور",
        "ساعات", "الساعات", "ليلتين", "الليلتين", "ليال", "الليالي", "الفترة", "الفترات"], bit: .durations)
    /// Words of the past after a duration, with the duals ("الماضيين", and the common slip "الماضين").
    static let spanPastWords = EventContextLexicon.keys(["الماضية", "الماضي", "الماضيين", "الماضين", "الأخيرة", "الأخيرين",
        "الفارطة", "الفارط", "الفارطين", "المنقضية", "المنقضي", "المنصرمة", "المنصرم"], bit: .spanPastWords)

    /// How many words either side of the trigger a span may stand (a long clause may go on to another time).
    static let spanReach = 12

    /// True when the words of `clause` within `spanReach` of `trigger` spread the news over a span: «خلال»,
    /// «طيلة» or «طوال» before a duration (one number may stand between) and a word of the past, or «على مدى»,
    /// «على مدار» before a duration.
    func spreadsOverPeriod(near trigger: Int, in clause: Range<Int>) -> Bool {
        let lo = max(clause.lowerBound, trigger - Self.spanReach), hi = min(clause.upperBound, trigger + Self.spanReach + 1)
        guard lo < hi else { return false }
        for i in lo..<hi {
            var d = i + 1
            if d < words.count, words[d].isNumber || number(d) != nil, !has(d, in: Self.durations) { d += 1 }
            guard has(d, in: Self.durations) else { continue }
            if has(i, in: Self.spanOpeners), has(d + 1, in: Self.spanPastWords) { return true }
            if has(i, in: Self.extentNouns), isAny(i - 1, ["علي"]) { return true }
        }
        return false
    }
}
