/// Who did an attack the sentence names by its perpetrator noun: «فلان، منفذ هجوم X», «أن فلان أحد منفذي الهجوم»,
/// «لمنفذ هجوم X فلان».
extension SentenceEvents {
    /// The perpetrator noun in construct before an attack noun («منفذ هجوم», «منفذي العملية», «منفذو الاعتداء»).
    static let perpetratorNouns = WordSet(["منفذ", "منفذي", "منفذو", "منفذة"].map(EventLexicon.key))

    /// Words that make the perpetrator a suspect, a claim, a question or a denial («المشتبه في أنه منفذ», «يزعم أنه»,
    /// «هل فلان منفذ», «نفت أن يكون فلان»): the sentence then names no one who did it.
    static let perpetratorHedges = WordSet((EventLexicon.suspicionsAndDenials + [
        "المشتبه", "مشتبه", "مشتبها", "مشتبهين", "المتهم", "متهم", "المتهمين", "متهمين", "المزعوم", "المفترض", "المحتمل",
        "المرجح", "هل", "زعم", "يزعم", "تزعم", "ادعى", "ادعت", "ينفون",
    ]).map(EventLexicon.key))

    /// Words right before the name that deny it or leave it open («ليس فلان», «أن يكون فلان»).
    static let perpetratorNegations = WordSet(["ليس", "ليست", "ليسوا", "لم", "لا", "غير", "يكون", "تكون", "يكن", "يكونوا"].map(EventLexicon.key))

    /// Kin and counsel of the perpetrator («والد منفذ هجوم X، فلان»): the name after the phrase may be theirs.
    static let perpetratorRelations = WordSet(["والد", "والدة", "اب", "ابو", "ام", "شقيق", "شقيقة", "اخ", "اخت", "زوج", "زوجة",
        "ابن", "ابنة", "عائلة", "اسرة", "محامي", "محامية", "صديق", "جار", "عم", "خال", "اقارب", "رفيق", "والدي"].map(EventLexicon.key))

    /// The person the perpetrator noun before a nominal attack trigger names in apposition: the name right before it
    /// (past «أحد»/«إحدى», «هو», and a comma or an aside in parentheses), or the name right after the trigger and the places
    /// and adjectives that complete it (up to four words, past a comma). Nothing when the sentence hedges, asks or
    /// denies (`perpetratorHedges`), when a negation or «يكون» stands right before the name, or — for a name before the
    /// noun with neither a comma nor «أحد» between — when the name does not open its phrase (after punctuation, a
    /// complementizer, a person noun, or with a preposition on it): «وصف فلان منفذ الهجوم» has him speak of the perpetrator.
    /// A person named with «لـ» is no addressee here («لا علاقة لفلان، منفذ الهجوم»), so `canAct` is not asked.
    /// The clause `range` may stop at the comma of the apposition: the whole sentence is read.
    func namedPerpetrator(of h: Hit, in clause: Range<Int>) -> Int? {
        let w = words.words
        let range = 0..<w.count
        guard h.trigger.nominal, h.type == .attack, clause.contains(h.index) else { return nil }
        if let m = perpetrator(at: h, in: range) { return m }
        // "عقب هجوم نيس … لفلان، منفذ هجوم نيس": the same attack noun on the same place later in the sentence names
        // the same attack (one attack is kept per clause).
        guard h.index + 1 < w.count, let place = startingAt[h.index + 1], mentions[place].type == .place else { return nil }
        for j in range where j != h.index && j + 1 < w.count && w[j].key == w[h.index].key {
            guard let other = startingAt[j + 1], mentions[other].type == .place, mentions[other].key == mentions[place].key else { continue }
            var same = h
            same.index = j
            if let m = perpetrator(at: same, in: range) { return m }
        }
        return nil
    }

    private func perpetrator(at h: Hit, in range: Range<Int>) -> Int? {
        let w = words.words
        var p = h.index - 1
        if p > range.lowerBound, words.isAny(p, ["عمليه"]) { p -= 1 }  // "منفذ عملية الدهس"
        guard p >= range.lowerBound, words.has(p, in: Self.perpetratorNouns), covering[p] == nil,
              !range.contains(where: { words.has($0, in: Self.perpetratorHedges) || w[$0].key == "؟" || w[$0].isKey("?") })
        else { return nil }
        return perpetratorBefore(p, in: range) ?? perpetratorAfter(h, noun: p, in: range)
    }

    private func perpetratorBefore(_ p: Int, in range: Range<Int>) -> Int? {
        let w = words.words
        var e = p - 1
        let oneOf = words.isAny(e, ["احد", "احدي"])
        if oneOf { e -= 1 }
        // "فلان (22 عاما) هو منفذ التفجير": the pronoun of a nominal sentence joins the name to the noun.
        let copula = words.isAny(e, ["هو", "هي", "هم", "هما"])
        if copula { e -= 1 }
        var comma = copula
        if e >= range.lowerBound, w[e].isKey(",") { e -= 1; comma = true }
        if e >= range.lowerBound, w[e].isKey(")") {
            guard let open = (max(range.lowerBound, e - 7)..<e).last(where: { w[$0].isKey("(") }) else { return nil }
            e = open - 1
            if e >= range.lowerBound, w[e].isKey(",") { e -= 1 }
            comma = true
        }
        guard e >= range.lowerBound, let m = covering[e], lastWord[m] == e, mentions[m].type == .person, !isCommonNoun(m),
              let f = firstWord[m], !words.has(f - 1, in: Self.perpetratorNegations) else { return nil }
        let opens = f <= range.lowerBound || w[f - 1].isPunct || words.has(f - 1, in: EventLexicon.complementizer)
            || mentions[m].span.start > w[f].start || words.has(f - 1, in: EventContextLexicon.personNouns)
            || (w[f - 1].key.hasPrefix("ال") && Self.hasAdjectiveEnding(w[f - 1].key))  // "مع التونسي فلان منفذ هجوم X"
        return comma || oneOf || opens ? m : nil
    }

    private func perpetratorAfter(_ h: Hit, noun p: Int, in range: Range<Int>) -> Int? {
        let w = words.words
        guard !words.has(p - 1, in: Self.perpetratorRelations) else { return nil }
        var k = h.index + 1
        var steps = 0
        while k < range.upperBound, steps < 4 {
            if let m = startingAt[k], mentions[m].type == .place, let l = lastWord[m] { k = l + 1; steps += 1; continue }
            guard startingAt[k] == nil, covering[k] == nil, !w[k].isPunct, !dateWords.contains(k), lookup(k) == nil,
                  Self.isAdjective(w[k].key) || Self.hasAdjectiveEnding(w[k].key) else { break }
            k += 1
            steps += 1
        }
        if k < range.upperBound, w[k].isKey(",") { k += 1 }
        guard k < range.upperBound, let m = startingAt[k], mentions[m].type == .person, !isCommonNoun(m),
              mentions[m].span.start == w[k].start else { return nil }
        return m
    }
}
