/// Who did an attack told in a relative clause on them, and who set off the incident a killing resulted from.
extension SentenceEvents {
    /// Relative pronouns whose antecedent is a man or men («الذي», «الذين», «اللذين», «اللذان»).
    static let personRelatives = WordSet(["الذي", "الذين", "اللذين", "اللذان"].map(EventLexicon.key))

    /// "لوكا X (29 عاما)، الذي أطلق النار على فلان", "هوية الإرهابي، الذي استهدف نقطة التفتيش": the antecedent of a
    /// masculine relative pronoun right before an active attack verb did the attack — a person or organization named
    /// (`named`), or people described (`phrase`: a person noun, with the noun it qualifies when it is a nisba
    /// adjective, «عنصر إرهابي»). The antecedent stands right before the pronoun, past a comma and an aside in
    /// parentheses of up to six words; an event noun («الهجوم الذي استهدف») or anything else there is no one.
    func relativeAntecedent(of h: Hit, in range: Range<Int>) -> (named: Int?, phrase: Range<Int>?)? {
        let w = words.words
        guard !h.trigger.nominal, h.index - 2 >= range.lowerBound, words.has(h.index - 1, in: Self.personRelatives) else { return nil }
        var e = h.index - 2
        if w[e].isKey(",") { e -= 1 }
        if e >= range.lowerBound, w[e].isKey(")") {
            guard let open = (max(range.lowerBound, e - 7)..<e).last(where: { w[$0].isKey("(") }) else { return nil }
            e = open - 1
        }
        guard e >= range.lowerBound, !w[e].isPunct, !dateWords.contains(e) else { return nil }
        if let m = covering[e] {
            guard lastWord[m] == e, mentions[m].type == .person || mentions[m].type == .organization, canAct(m) else { return nil }
            return (m, nil)
        }
        guard lookup(e) == nil, words.has(e, in: EventContextLexicon.personNouns) || words.has(e, in: DescribedRoles.attackerNouns),
              !words.hasPrepositionClitic(e) || w[e].key.hasPrefix("ال") else { return nil }
        var b = e
        // ("الهجوم الإرهابي الذي استهدف", "التفجير المسلح الذي …": the adjective of an event noun is no one)
        if Self.hasAdjectiveEnding(w[e].key) || w[e].key.hasPrefix("المسلح") || w[e].key.hasPrefix("مسلح"), b - 1 >= range.lowerBound,
           !w[b - 1].isPunct {
            if lookup(b - 1) != nil || covering[b - 1] != nil { return nil }
            if words.has(b - 1, in: EventContextLexicon.personNouns) { b -= 1 }
        }
        return (nil, b..<(e + 1))
    }

    /// Verbs of an attack that sets off an incident («فجر انتحاري شاحنة …», «هاجم مسلحون …», «دهس سائق …»).
    static let strikingVerbs = WordSet(["فجر", "فجرت", "هاجم", "هاجمت", "هاجموا", "دهس", "دهست"].map(EventLexicon.key))

    /// "فجر انتحاري شاحنة ملغومة في حي X … مما أسفر عن مقتل 15 شخصا": who struck — the subject right after the striking
    /// verb, named or described — killed the people the result verb (أسفر، أدى، خلف) joins to the killing. Only when
    /// the striking verb comes before the result verb in the clause and nothing but a plain clause stands between.
    func incidentAgent(of h: Hit, in range: Range<Int>) -> (named: Int?, phrase: Range<Int>?)? {
        guard h.trigger.nominal, let result = (max(range.lowerBound, h.index - 4)..<h.index).last(where: { words.has($0, in: Self.resultVerbs) }),
              let v = (max(range.lowerBound, result - 16)..<result).last(where: { words.has($0, in: Self.strikingVerbs) && covering[$0] == nil }),
              !((v + 1)..<result).contains(where: { words.has($0, in: EventLexicon.complementizer) || (words.words[$0].isPunct && !words.words[$0].isKey(","))
                  || words.has($0, in: Self.strikingVerbs) })
        else { return nil }
        var s = v + 1
        while s < result, dateWords.contains(s) || words.words[s].isPunct { s += 1 }
        if let m = startingAt[s], mentions[m].type == .person || mentions[m].type == .organization, canAct(m) { return (m, nil) }
        guard let p = personPhrase(after: s - 1, in: s..<result), p.lowerBound == s else { return nil }
        return (nil, p)
    }
}
