import ArabicText
/// Agents, patients, participants and places of violent events, arrests, meetings, visits and movements.
extension SentenceEvents {
    /// Words that say who acted after a nominal trigger: "من قبل X", "من طرف X", "على يد X", "برصاص X".
    static let byWords: WordSet = WordSet(["قبل", "طرف", "يد", "رصاص"].map(EventLexicon.key))
    /// Verbs that bring an event about to its place or target ("تعرض مطار أربيل لهجوم", "شهدت المدينة").
    static let supportVerbs: WordSet = WordSet(["تعرض", "تعرضت", "تعرضوا", "شهد", "شهدت", "عرفت"].map(EventLexicon.key), bit: .supportVerbs)
    /// Nominal triggers whose following name is the agent ("هجوم داعش"), not the target ("استهداف القاعدة").
    static let agentGenitive: WordSet = WordSet(["هجوم", "هجوما", "هجمة", "هجمات", "اعتداء", "اعتداءات", "غارة", "غارات",
                                                "ضربة", "ضربات", "اغتيال", "قصف"].map(EventLexicon.key))

    /// A person or organization, or a country or capital standing for its government ("واشنطن"), that is
    /// no news medium.
    func canAct(_ m: Int) -> Bool {
        let t = mentions[m]
        if EventLexicon.isMedia(t.surface) || isCommonNoun(m) || isAddressee(m) { return false }
        // "بالقيروان" taken for a name: a preposition on a known place.
        if t.surface.hasPrefix("بال") || t.surface.hasPrefix("لل"), !t.surface.contains(" "),
           PlaceKinds.isKnownCity(String(t.surface.dropFirst(1))) || PlaceKinds.isCountry(String(t.surface.dropFirst(1))) { return false }
        return t.type != .place || PlaceKinds.isCountry(t.surface) || EventContextLexicon.capitals[EventLexicon.key(t.surface)] != nil
            || words.isAny(firstWord[m]!, ["دوله", "جمهوريه", "مملكه", "اماره", "سلطنه"])  // "دولة الجبل": a state
    }

    /// A place "name" that is a clitic on a known place or a common word ("بالكاف", "ورجل"), a force ("الحرس") or
    /// a compass word ("شمال"): not where anything happened.
    func isJunkPlace(_ m: Int) -> Bool {
        guard mentions[m].type == .place, let a = firstWord[m] else { return false }
        // "بمنطقة حي الرياض", "نهج القاهرة": a neighbourhood or a street named after a city is not that city.
        if mentions[m].span.start == words.words[a].start, words.isAny(a - 1, ["حي", "بحي", "نهج", "بنهج", "شارع", "بشارع", "زنقه"]),
           PlaceKinds.isKnownCity(mentions[m].surface) || PlaceKinds.isCountry(mentions[m].surface)
            || EventContextLexicon.capitals[EventLexicon.key(mentions[m].surface)] != nil { return true }
        // "أرتيميسا بشمال": a name the finder ran into a compass word with its ب ("بشمال غرب البلاد").
        if let z = lastWord[m], z > a, words.hasPrepositionClitic(z), words.isAny(z, Self.compassWords) { return true }
        guard a == lastWord[m] else { return false }
        let w = words.words[a]
        if words.has(a, in: EventContextLexicon.securityNouns) || words.isAny(a, Self.compassWords) { return true }
        guard mentions[m].span.start == w.start, let f = w.key.first, ["و", "ب", "ل", "ف"].contains(f), w.readings.count > 1 else { return false }
        let rest = String(w.key.dropFirst())
        return PlaceKinds.isCountry(rest) || PlaceKinds.kind(of: rest) == .region || words.has(a, in: EventContextLexicon.personNouns)
            || PlaceKinds.isKnownCity(rest)
    }

    static let compassWords = ["شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي"]

    /// An arrest's charge or cause ("بتهمة", "من أجل", "على خلفية", "إثر"), which its agent phrase (من طرف …)
    /// ends, or the warrant it was wanted on ("صادرة في حقه …"), whose من قبل is the warrant's.
    enum ChargePhrase { case charge, warrant }

    static let chargeWords: WordSet = WordSet(["تهمه", "تهم", "شبهه", "بسبب"].map(EventLexicon.key))
    static let warrantWords: WordSet = WordSet(["صادره", "صادر", "صادرتين", "الصادره", "الصادر"].map(EventLexicon.key))

    /// The charge or warrant phrase word `j` opens, if any: its places are the charge's, not the arrest's.
    func chargePhrase(at j: Int) -> ChargePhrase? {
        if words.has(j, in: Self.warrantWords) { return .warrant }
        if words.has(j, in: Self.chargeWords) || (words.isAny(j, ["اجل"]) && words.isAny(j - 1, ["من"]))
            || (words.isAny(j, ["خلفيه", "اثر"]) && (words.isAny(j - 1, ["علي"]) || words.words[j].key.hasPrefix("ا"))) { return .charge }
        return nil
    }

    /// Words after which a place is where someone comes from ("أصيل", "قادما من").
    static let originWords: WordSet = WordSet(["اصيل", "اصيلي", "اصيله", "اصيلو", "قادم", "قادما", "قادمه", "قادمين", "قادمون", "القادم",
                                               "القادمه", "القادمين", "المنحدر", "ينحدر", "تنحدر"].map(EventLexicon.key))
    /// Words after which a place is where something is based ("شركة مقرها في روما").
    static let seatWords: WordSet = WordSet(["مقره", "مقرها", "مقرهم", "مقرهما"].map(EventLexicon.key))

    /// Whether the place at word `j` sits in a phrase that says where someone comes from or something is
    /// based: a seat word right before it or before its في; an origin word at most seven words before it, in
    /// a phrase of names, place nouns and من (a punctuation mark, a trigger, في, على, قرب or a ب/ل preposition
    /// starts another phrase); or "من" right before it or before its place noun, after people.
    func isOriginOrSeat(before j: Int, after trigger: Int) -> Bool {
        // "مقرها في روما", "مقره بولاية نابل", "مقرها في مدينة نابل"
        let seat = { (k: Int) in words.has(k, in: Self.seatWords) || (words.isAny(k, ["في"]) && words.has(k - 1, in: Self.seatWords)) }
        if seat(j - 1) || (words.has(j - 1, in: EventLexicon.placeNouns) && seat(j - 2)) { return true }
        var k = j - 1
        while k > trigger, j - k <= 7 {
            if words.has(k, in: Self.originWords) { return true }
            if words.words[k].isPunct || lookup(k) != nil || words.isAny(k, ["في", "علي", "قرب"])
                || (covering[k] == nil && words.hasPrepositionClitic(k)) { break }
            k -= 1
        }
        // "رجل وزوجته من نابولي", "3 شبان من ولاية القصرين" (not "بمنطقة بوعرقوب من ولاية نابل": a place in its region).
        let from = words.isAny(j - 1, ["من"]) ? j - 1 : (words.has(j - 1, in: EventLexicon.placeNouns) && words.isAny(j - 2, ["من"]) ? j - 2 : nil)
        guard let f = from, f - 1 > trigger else { return false }
        let who = f - 1
        return words.has(who, in: EventContextLexicon.personNouns) || words.has(who, in: EventContextLexicon.roleNouns)
            || words.words[who].isNumber || covering[who].map { mentions[$0].type == .person } ?? false
    }

    /// A name a report was given to: "لمراسل الجوهرة أف أم", "لـ«عربي بوست»".
    func isAddressee(_ m: Int) -> Bool {
        guard let a = firstWord[m] else { return false }
        let w = words.words[a]
        var p = a - 1
        while p >= 0, words.words[p].isPunct, words.words[p].isKey("\"") { p -= 1 }
        return (mentions[m].span.start > w.start && w.key.hasPrefix("ل"))
            || words.isAny(p, ["مراسل", "لمراسل", "مراسله", "لمراسله", "ل"]) || (p >= 0 && words.words[p].key == "ل")
    }

    /// A one-word "name" that is a common noun of people ("ومقاتلين", "المكنى"): no one in particular.
    func isCommonNoun(_ m: Int) -> Bool {
        guard let a = firstWord[m], a == lastWord[m] else { return false }
        return words.has(a, in: EventContextLexicon.personNouns) || words.has(a, in: EventContextLexicon.roleNouns)
    }

    /// Who acted: the subject of a verbal trigger, the name after a launch verb ("شنته الولايات المتحدة"),
    /// after من قبل / على يد / برصاص, or a name right after a nominal trigger followed by its لـ object
    /// ("اغتيال الولايات المتحدة لسلف غني").
    func agents(of h: Hit, range: Range<Int>) -> [Int] {
        let w = words.words
        let seg = segment(of: h, in: range)
        var out: [Int] = []
        func actor(_ m: Int) -> Bool { canAct(m) }
        for k in seg where k > h.index {
            // "قصف شنته …", "الهجوم الذي نفذه …": right after the trigger (or its relative pronoun).
            let launch = words.has(k, in: EventLexicon.launchVerbs)
                && (k <= h.index + 2 || ((h.index + 1)..<k).contains { words.has($0, in: EventContextLexicon.relatives) } && k <= h.index + 4)
            guard launch || isByPhrase(at: k) else { continue }
            let n = pastQuoteMarks(from: k + 1, in: range)
            if let m = startingAt[n], actor(m), !out.contains(m) { out.append(m) }
        }
        // "شن الجيش المصري سلسلة غارات": the subject of a launch verb before a nominal trigger.
        if h.trigger.nominal, let v = (max(range.lowerBound, h.index - 5)..<h.index).last(where: { words.has($0, in: EventLexicon.launchVerbs) }) {
            let s = subject(ofVerb: v, in: range)
            if let m = s.mention, !s.media, actor(m), !out.contains(m) { out.insert(m, at: 0) }
        }
        if h.trigger.nominal, let m = startingAt[h.index + 1], actor(m), mentions[m].type != .person,
           let last = lastWord[m], last + 1 < seg.upperBound, w[last + 1].key.hasPrefix("ل"), w[last + 1].key.count > 3, !out.contains(m) {
            out.append(m)
        }
        if !h.trigger.nominal {
            let s = subject(ofVerb: h.index, in: range)
            if let m = s.mention, !s.media, actor(m), !out.contains(m) { out.insert(m, at: 0) }
        }
        return out
    }

    /// Word `k` is the noun of "من قبل", "من طرف", "على يد", "برصاص" (who acted).
    func isByPhrase(at k: Int) -> Bool {
        words.has(k, in: Self.byWords) && (words.isAny(k - 1, ["من", "علي"]) || words.hasPrepositionClitic(k))
    }

    /// "مقتل شاب على يد أعوان الأمن", "برصاص الشرطة": the security force the clause describes, not names, as
    /// the one who acted; nil when no by-phrase after the trigger starts with a security noun.
    func describedForce(by h: Hit, segment seg: Range<Int>, in range: Range<Int>) -> String? {
        guard let by = ((h.index + 1)..<seg.upperBound).first(where: { isByPhrase(at: $0) }),
              words.has(by + 1, in: EventContextLexicon.securityNouns), covering[by + 1] == nil else { return nil }
        let np = nounPhrase(from: by + 1, in: range, max: 4)
        return np.isEmpty ? nil : words.text(np)
    }

    /// The first word from `n` on that is no quote mark («من قبل "شاب"»).
    func pastQuoteMarks(from n: Int, in range: Range<Int>) -> Int {
        var n = n
        while n < range.upperBound, words.words[n].isPunct, words.words[n].isKey("\"") { n += 1 }
        return n
    }

    /// A key with the ending of a nisba adjective or of its plural ("إرهابي", "الإرهابية", "تونسيين").
    static func hasAdjectiveEnding(_ key: String) -> Bool {
        ["ي", "يه", "يين", "يون"].contains(where: key.hasSuffix)
    }

    /// An attacker the clause describes without a name: "من طرف شاب", "من قبل أحد المواطنين" after the
    /// trigger; the noun after a nominal trigger that goes on with its على-target ("اعتداء زوج الأستاذة على
    /// المدير"); the subject of a verbal trigger followed by its على-target ("اعتدى مواطن بالعنف على عون").
    func describedAttacker(of h: Hit, range: Range<Int>) -> Range<Int>? {
        let w = words.words
        let seg = segment(of: h, in: range)
        let by = firstByPhrase(of: h, segment: seg, in: range)
        if by.found { return by.described }
        // The noun right after the trigger is its agent only when an على-target follows it closely.
        guard h.trigger.nominal ? Self.agentGenitive.contains(h.reading) : true, !words.isAny(h.index + 1, ["علي", "عن", "ضد"]),
              startingAt[h.index + 1] == nil, let p = personPhrase(after: h.index, in: range), p.lowerBound == h.index + 1 else { return nil }
        // "هجوم إرهابي", "هجوم مسلح على": an adjective of the event, not who did it.
        let head = w[p.lowerBound].key
        if h.trigger.nominal, Self.hasAdjectiveEnding(head) || UTF8Key.hasPrefix(head, "مسلح") { return nil }
        var k = p.upperBound
        while k < min(seg.upperBound, p.upperBound + 3), !w[k].isPunct, !words.isAny(k, ["علي", "ضد"]),
              !words.has(k, in: EventContextLexicon.phraseStops), startingAt[k] == nil, lookup(k) == nil { k += 1 }
        return k < seg.upperBound && words.isAny(k, ["علي", "ضد"]) ? p : nil
    }

    /// People the clause describes as the subject of the trigger's verb: "قام مجموعة من المسلحين بالهجوم" (after
    /// قام, before its ب-trigger), "إن عناصر إرهابية قامت باختطاف", "إن مسلحين استهدفوا" (at the start of the clause
    /// or right after its complementizer, up to the verb); nil when a name stands there.
    func describedSubject(of h: Hit, in range: Range<Int>) -> Range<Int>? {
        var verb = h.index
        if let p = ventureSubject(of: h, in: range) { return p }
        if h.trigger.nominal {
            guard words.words[h.index].key.hasPrefix("ب"),
                  let q = (max(range.lowerBound, h.index - 6)..<h.index).last(where: { words.isAny($0, Self.doVerbs) }) else { return nil }
            // ("قام مجموعة من المسلحين يستخدمون السكاكين بالهجوم": past a clause of a present verb about them)
            if q + 1 < h.index, let p = personPhrase(after: q, in: range), p.lowerBound == q + 1,
               p.upperBound == h.index || presentVerbClause(p.upperBound..<h.index) { return p }
            verb = q
        }
        let from = (range.lowerBound..<verb).last { words.has($0, in: EventLexicon.complementizer) }.map { $0 + 1 } ?? range.lowerBound
        guard from < verb, (from..<verb).allSatisfy({ covering[$0] == nil && !words.words[$0].isPunct }),
              let p = personPhrase(after: from - 1, in: range), p.lowerBound == from, p.upperBound == verb else { return nil }
        return p
    }

    static let doVerbs = ["قام", "قامت", "قاموا", "وقام", "وقامت", "وقاموا"]

    /// Two or three words that open with a present verb ("يستخدمون السكاكين"), no name, mark or event among them.
    func presentVerbClause(_ r: Range<Int>) -> Bool {
        guard (2...3).contains(r.count), let first = r.first else { return false }
        let key = words.words[first].key
        return key.count >= 4 && (UTF8Key.hasPrefix(key, "ي") || UTF8Key.hasPrefix(key, "ت")) && !Self.hasAdjectiveEnding(key)
            && r.allSatisfy { covering[$0] == nil && !words.words[$0].isPunct && lookup($0) == nil }
    }

    /// The first by-phrase after the trigger ("من قبل", "على يد", up to another event or clause: "… مؤكدا أنه لا
    /// يقبل أي اعتداء من قبل أمني"), and the people it describes without a name ("من طرف شاب"), if it does.
    func firstByPhrase(of h: Hit, segment seg: Range<Int>, in range: Range<Int>) -> (found: Bool, described: Range<Int>?) {
        for k in seg where k > h.index {
            if lookup(k) != nil || words.has(k, in: EventLexicon.complementizer) { break }
            guard isByPhrase(at: k) else { continue }
            let n = pastQuoteMarks(from: k + 1, in: range)
            guard startingAt[n] == nil, let p = personPhrase(after: n - 1, in: range), p.lowerBound == n else { return (true, nil) }
            return (true, p)
        }
        return (false, nil)
    }

    /// The named persons a killing is about: the first person within nine words after the trigger (not
    /// one named as someone's relative or successor, "سلف غني", nor one after a verb of saying), then each person
    /// coordinated with it.
    func killingVictims(_ h: Hit, range: Range<Int>) -> [Int] {
        let w = words.words
        let seg = segment(of: h, in: range)
        var out: [Int] = []
        var lastEnd = h.index
        for j in (h.index + 1)..<max(h.index + 1, seg.upperBound) {
            // ("مقتل شاب على يد فلان": who killed him is no victim)
            if isByPhrase(at: j) { break }
            // ("مقتل 5 من المخابرات وقال فلان إن …": a verb of saying opens another clause; who speaks is no victim)
            if out.isEmpty, covering[j] == nil, let (t, _) = lookup(j), t.type == .statement, !t.nominal { break }
            guard let m = startingAt[j], mentions[m].type == .person else { continue }
            if words.has(j - 1, in: EventLexicon.relationNouns) { continue }
            if out.isEmpty {
                guard j - h.index <= 9 else { break }
            } else {
                let gap = (lastEnd + 1)..<j
                let coordinated = gap.contains { w[$0].key.hasPrefix("و") } || (gap.count == 1 && w[gap.lowerBound].isPunct)
                let broken = gap.contains { k in
                    (w[k].isPunct && gap.count != 1) || words.has(k, in: EventLexicon.phraseBreaks) || dateWords.contains(k)
                        || (w[k].key.hasPrefix("ب") && w[k].readings.count > 1)  // بضربة: how, not who
                }
                guard coordinated, !broken, gap.count <= 8 else { break }
            }
            out.append(m)
            lastEnd = lastWord[m]!
        }
        return out
    }

    /// "شاب", "6 عناصر تكفيرية", "عدد من منفذي الهجمات الأخيرة", "أحد المحامين": people named by a noun after
    /// word `i` — a number, the head noun, a definite complement, and at most two adjectives.
    func personPhrase(after i: Int, in range: Range<Int>) -> Range<Int>? {
        var k = i + 1
        if words.isAny(k, ["علي", "عن"]) { k += 1 }
        // "عدد 4 عناصر": the counted noun, not "عدد", heads the phrase.
        if words.isAny(k, ["عدد"]), words.number(k + 1) != nil { k += 1 }
        let start = k
        if words.isAny(k, ["عدد", "مجموعه"]), words.isAny(k + 1, ["من"]) { k += 2 }
        if words.number(k) != nil { k += 1 }
        guard k < range.upperBound, startingAt[k] == nil, words.has(k, in: EventContextLexicon.personNouns) else { return nil }
        k += 1
        if words.isAny(k, Self.pronounPrepositions) { k += 1 }
        // "أحد أفراد المجموعة", "إحدى زوجات زعيم تنظيم الدولة": one of — the nouns after it are the head.
        let oneOf = words.isAny(k - 1, ["احد", "احدي"])
        if oneOf, k < range.upperBound, startingAt[k] == nil, !words.words[k].isPunct {
            k += 1
            if k < range.upperBound, words.has(k, in: EventContextLexicon.roleNouns), startingAt[k] == nil { k += 1 }
            if let m = startingAt[k], mentions[m].type != .place { k = lastWord[m]! + 1 }
        }
        // "أحد المحامين", "منفذي الهجمات الأخيرة": a definite noun completes the head.
        // (after "أحد الأشخاص" the head is complete: "الصادرة في حقه" is a clause about him).
        // ("إلى" reads like a definite word: a preposition ends the phrase.)
        // (not the object of a shooting verb: "أطلق مجهولون النار")
        if !(oneOf && words.words[k - 1].key.hasPrefix("ال")), k < range.upperBound, startingAt[k] == nil, words.words[k].key.hasPrefix("ال"), !words.words[k].isPunct,
           !words.isAny(k, ["النار", "الرصاص"]),
           !words.has(k, in: EventContextLexicon.relatives), !dateWords.contains(k), !words.has(k, in: EventContextLexicon.phraseStops),
           !Self.isAdjective(words.words[k].key) || words.isAny(k - 1, ["احد", "احدي"]) {
            k += 1
        } else if words.isAny(k - 1, ["افراد", "عناصر", "اعضاء", "منفذي", "منتسبي"]) || constructComplement(at: k),
                  k < range.upperBound, startingAt[k] == nil, !words.has(k, in: Self.warrantWords),  // "عناصر صادرة في شأنهم"
                  !words.words[k].isPunct, !words.has(k, in: EventContextLexicon.phraseStops), !Self.isAdjective(words.words[k].key),
                  !dateWords.contains(k), !words.hasPrepositionClitic(k), !words.has(k, in: EventContextLexicon.relatives),
                  !(words.words[k].key.hasPrefix("ي") && words.words[k].key.count >= 4) {  // "عناصر يشتبه في …": a verb
            k += 1  // "أفراد عصابة"
        }
        var adjectives = 0
        while k < range.upperBound, adjectives < 2, startingAt[k] == nil, !words.words[k].isPunct, !dateWords.contains(k),
              !words.has(k, in: EventContextLexicon.phraseStops), !words.hasPrepositionClitic(k), Self.isAdjective(words.words[k].key) {
            k += 1
            adjectives += 1
            // "مصنف خطير", «مصنف "خطير"»: a classification goes with its class (past quote marks), or stays out.
            if words.isAny(k - 1, ["مصنف", "المصنف", "مصنفه", "مصنفين"]) {
                let n = pastQuoteMarks(from: k, in: range)
                if n < range.upperBound, startingAt[n] == nil, !words.words[n].isPunct, Self.isAdjective(words.words[n].key) {
                    k = n + 1
                    if words.isAny(k, ["جدا"]) { k += 1 }
                } else { k -= 1 }
                break
            }
            // "مفتش عنهم", "المشتبه به": the participle's pronoun goes with it; "مصنف خطير جدا" its degree.
            if words.isAny(k, Self.pronounPrepositions) || words.isAny(k, ["جدا"]) { k += 1 }
            // "مشتبه في انتمائهم": a suspicion without its complement says nothing; it stays out.
            else if words.isAny(k - 1, ["مشتبه", "المشتبه"]) { k -= 1; break }
        }
        // "3 عناصر من الجيش الوطني", "عون من الحرس الوطني": the force they belong to.
        if words.isAny(k, ["من"]), k + 1 < range.upperBound {
            if let m = startingAt[k + 1], mentions[m].type == .organization {
                k = lastWord[m]! + 1
            } else if startingAt[k + 1] == nil, words.has(k + 1, in: EventContextLexicon.securityNouns), words.words[k + 1].key.hasPrefix("ال") {
                k += 2
                if k < range.upperBound, startingAt[k] == nil, Self.isNisba(words.words[k].key) { k += 1 }
            } else if startingAt[k + 1] == nil, words.has(k + 1, in: EventContextLexicon.securityNouns), k + 2 < range.upperBound,
                      startingAt[k + 2] == nil, words.words[k + 2].key.hasPrefix("ال"), !words.words[k + 2].isPunct {
                k += 3  // "عناصر من قوات الأمن": a force in construct
            }
        }
        return start..<k
    }

    /// Heads that say whose in the noun after them ("زوج أستاذة", "ولي تلميذ"), or of what ("بائع خمر").
    static let relationHeads = WordSet(["زوج", "زوجة", "ولي", "والد", "والدة", "ابن", "ابنة", "شقيق", "شقيقة", "سائق",
                                                 "حارس"].map(EventLexicon.key))
    static let tradeHeads = WordSet(["بائع", "تاجر", "تجار", "مروج", "صاحب"].map(EventLexicon.key))

    /// Whether word `k` completes the head before it as its genitive: a person or a feminine noun after a
    /// relation ("زوج أستاذة", not "زوجه وهدده" nor "ولي هاجمها"), any plain noun after a trade ("بائع خمر").
    func constructComplement(at k: Int) -> Bool {
        guard k > 0, k < words.words.count else { return false }
        let head = words.words[k - 1], next = words.words[k]
        // "زوجه" (his wife) already has its owner: a pronoun ends the head.
        guard !head.text.hasSuffix("ه"), !next.key.hasPrefix("و"), !next.isPunct else { return false }
        if Self.tradeHeads.contains(head.key) { return true }
        return Self.relationHeads.contains(head.key)
            && (words.has(k, in: EventContextLexicon.personNouns) || next.text.hasSuffix("ة") || next.text.hasSuffix("ات"))
    }

    static let pronounPrepositions = ["عنهم", "عنه", "عنها", "عنهما", "به", "بها", "بهم", "بهما", "فيهم", "فيه", "فيها", "فيهما"]

    /// The words of a phrase as a title quotes them: an indefinite accusative ending ("مشتبها به", "شابا") is
    /// dropped unless a number governs it ("24 شخصا"), a pronoun's alif stays ("عنهما"); a word in «يا» after another
    /// loses its alif only as the adjective of an accusative word before it ("عنصرا إرهابيا"), not as an adverb after a
    /// word with no such ending ("متشدد دينيا", "متشددين دينيا") nor as a verb ("توليا"); members named by a pronoun
    /// name their group (`withPossessorNamed`).
    func phraseText(_ range: Range<Int>) -> String {
        let r = withoutDanglingParticiple(range)
        let counted = r.contains { words.number($0) != nil && words.number($0)! > 10 }
        var previousLostAlif = true  // (the first word has none before it)
        let text = r.filter { $0 < words.words.count && !words.words[$0].isPunct }.map { i -> String in
            var t = Self.withoutMarks(words.words[i].text)
            let key = words.words[i].key
            let agreeing = !UTF8Key.hasSuffix(t, "يا") || previousLostAlif
            previousLostAlif = false
            if !counted, !UTF8Key.hasPrefix(key, "ال"), key.count >= 4, UTF8Key.hasSuffix(t, "ا"), !UTF8Key.hasSuffix(t, "ءا"), words.number(i) == nil,
               !Self.endsInPronoun(t), agreeing {
                t.removeLast()
                previousLostAlif = true
            }
            return t
        }.joined(separator: " ")
        return withPossessorNamed(text, at: r.lowerBound)
    }

    /// The phrase without a last participle whose complement follows it outside the phrase («5 عناصر مشتبه
    /// [بهم]», «شخص متورط [في]», «المجموعة المتكونة [من]»): cut there, the phrase reads wrong; without it,
    /// the head noun stands. A one-word phrase stays.
    func withoutDanglingParticiple(_ r: Range<Int>) -> Range<Int> {
        var end = r.upperBound
        while end > 0, end - 1 > r.lowerBound, end - 1 < words.words.count, words.words[end - 1].isPunct { end -= 1 }
        let last = end - 1, next = end
        guard last > r.lowerBound, last < words.words.count, next < words.words.count else { return r }
        let complementFollows = words.isAny(next, ["في", "من", "عن", "علي", "الي", "فيه", "فيها", "فيهم", "منه", "منها", "منهم"])
            || (words.hasPrepositionClitic(next) && words.words[next].key.count <= 4)
        // an adjective agrees with the noun before it: both definite («الأشخاص الصادرة») or both not («عناصر
        // مشتبه»); after «أحد» or a number the word is the head itself («أحد المواطنين»)
        let key = words.words[last].key, prev = words.words[last - 1]
        guard complementFollows, !prev.isPunct, words.number(last) == nil, words.number(last - 1) == nil,
              !words.isAny(last - 1, ["احد", "احدي", "عدد", "بعض", "كل", "غير"]) else { return r }
        let definite = UTF8Key.hasPrefix(key, "ال"), prevDefinite = prev.key.hasPrefix("ال")
        guard definite == prevDefinite else { return r }
        // a participle (م…: «متورط», «المتكونة», «مطلوب»), not a relative adjective («إرهابي», «تونسية»),
        // which takes no complement and says who the person is
        let bare = definite ? String(key.dropFirst(2)) : key
        let relative = ["ي", "يه", "يين", "يون", "يا", "ييه"].contains { bare.hasSuffix($0) }
        return UTF8Key.hasPrefix(bare, "م") && bare.count >= 4 && !relative ? r.lowerBound..<last : r
    }

    /// A word that reads as an adjective: a relative adjective ("تكفيرية", "الأخيرة"? no: "تونسي") or a
    /// participle ("متشدد", "مفتش", "المعتصمين").
    static func isAdjective(_ key: String) -> Bool {
        // "والتعدي": a noun joined by و is another thing, not an adjective of the phrase.
        if UTF8Key.hasPrefix(key, "وال") { return false }
        let bare = UTF8Key.hasPrefix(key, "ال") ? String(key.dropFirst(2)) : key
        guard bare.count >= 4, !["منهم", "منها", "منه", "معهم", "معها", "منهما", "مما", "ممن"].contains(bare) else { return false }
        if UTF8Key.hasPrefix(bare, "م") || ["خطير", "خطيره", "خطيرا", "خطيرين", "خطيرون"].contains(bare) { return true }
        // "سوري", "تونسي"; not the present verbs "تدعي", "يبني".
        guard bare.first != "ي", bare.count >= 5 || UTF8Key.hasPrefix(key, "ال") || !["ت", "ن", "ا"].contains(bare.first!) else { return false }
        return ["ي", "يه", "يين", "يون", "يا", "ييه"].contains { bare.hasSuffix($0) } || UTF8Key.hasSuffix(bare, "اخيره")
    }

}
