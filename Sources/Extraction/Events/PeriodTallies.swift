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

    /// "لم تشر إلى أي دليل يفيد بأن أي أجنبي … قد ارتكب هجوما", "لم يسجل أي اعتداء": an event of anyone or of any
    /// kind («أي» up to twelve words before the trigger, no mark between) under a negation before it — none in
    /// particular. Not «، أي» ("that is") after a mark.
    func quantifiedUnderNegation(_ i: Int) -> Bool {
        let w = words.words
        guard let q = (max(0, i - 12)..<i).last(where: { words.isAny($0, ["اي"]) }), q > 0, !w[q - 1].isPunct,
              !((q + 1)..<i).contains(where: { w[$0].isPunct && !w[$0].isKey("\"") }) else { return false }
        return (0..<q).contains { words.has($0, in: EventLexicon.negation) }
    }

    /// "أطلق النار على نفسه": a suicide, no attack.
    func firesOnSelf(_ i: Int, in range: Range<Int>) -> Bool {
        guard let on = ((i + 1)..<min(range.upperBound, i + 4)).first(where: { words.isAny($0, ["علي"]) }) else { return false }
        return words.isAny(on + 1, ["نفسه", "نفسها", "انفسهم", "نفسيهما"])
    }
}
