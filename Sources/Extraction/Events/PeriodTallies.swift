extension SentenceEvents {
    /// Whether the clause reports a tally over a period, not one event: a tally noun before a period or a kind
    /// ("في حصيلة أمنية", "حصيلة شهر أكتوبر") or "خلال" before a plural period of the past ("خلال الأيام الماضية",
    /// "خلال الأشهر الأخيرة"). "حصيلة ضحايا الهجوم" (the toll of one attack) is none.
    /// Only words within 15 of the trigger count: a long clause may go on to another time ("اعتقال رجل … فقد اعترف بأنه
    /// قام خلال السنوات الماضية").
    func reportsPeriodTally(near trigger: Int, in clause: Range<Int>) -> Bool {
        let w = words
        for i in max(clause.lowerBound, trigger - 15)..<min(clause.upperBound, trigger + 16) where covering[i] == nil {
            if w.has(i, in: EventContextLexicon.tallyNouns), w.has(i + 1, in: EventContextLexicon.tallyKinds) { return true }
            if w.isAny(i, ["خلال"]), w.has(i + 1, in: EventContextLexicon.periodPlurals), w.has(i + 2, in: EventContextLexicon.pastWords) {
                return true
            }
        }
        return false
    }
}
