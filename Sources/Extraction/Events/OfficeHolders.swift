import ArabicText
/// The person an office phrase names after its institution ("مدير المركز العربي للدراسات بجنيف رياض X", "الوزير
/// المكلف بالعلاقة مع مجلس نواب الشعب والناطق باسم الحكومة، إياد X،"), and verbs whose subject is their own ending.
extension SentenceEvents {
    /// The person named at the end of an office phrase that goes on from word `k`: past the institutions and places
    /// it names, its prepositions before them («مع مجلس …», «عن ولاية …», «باسم الحكومة»), clitic and definite words
    /// and offices joined by و («والناطق»); the person right after a comma or after a name of the phrase. Nil at
    /// anything else: an indefinite noun («في تصريح»), a new office without و («مع الرئيس الفرنسي، …»: his
    /// counterpart), a date, a complementizer, a trigger, a news medium.
    func officeHolder(from k: Int, in range: Range<Int>) -> Int? {
        let w = words.words
        var n = k
        var afterName = false
        while n < range.upperBound, n - k <= 16 {
            if let m = startingAt[n] {
                let t = mentions[m].type
                if t == .person {
                    let bare = mentions[m].span.start == w[n].start
                    return bare && (afterName || (n > k && w[n - 1].isKey(","))) ? m : nil
                }
                if EventLexicon.isMedia(mentions[m].surface) { return nil }
                n = lastWord[m]! + 1
                afterName = true
                continue
            }
            if covering[n] != nil || dateWords.contains(n) || words.has(n, in: Self.weekdays) || lookup(n) != nil
                || words.has(n, in: EventLexicon.complementizer) || words.has(n, in: EventContextLexicon.relatives) { return nil }
            let word = w[n]
            if word.isPunct {
                guard word.isKey(",") || word.isKey("\"") else { return nil }
                if word.isKey(",") { afterName = false }
                n += 1
                continue
            }
            afterName = false
            if words.isAny(n, ["في", "من", "عن", "مع", "لدي"]) {
                // a preposition of the office goes on with an institution or a place («عن ولاية سوسة», «سفير فرنسا لدى
                // تونس»), nothing else
                let next = pastQuoteMarks(from: n + 1, in: range)
                if startingAt[next] != nil { n = next; continue }
                guard words.has(next, in: EventLexicon.placeNouns), startingAt[next + 1] != nil else { return nil }
                n = next + 1
                continue
            } else if words.isAny(n, ["باسم"]) || words.hasPrepositionClitic(n) {
            } else if word.key.hasPrefix("و") {
                // "والناطق", "ومدير", "والاجتماعية": another office of the same person, or a word of the name
                guard word.key.hasPrefix("وال") || words.has(n, in: EventContextLexicon.roleNouns) else { return nil }
            } else {
                guard word.key.hasPrefix("ال"), !words.has(n, in: EventContextLexicon.roleNouns),
                      !words.has(n, in: EventContextLexicon.personNouns), !words.has(n, in: EventContextLexicon.phraseStops) else { return nil }
            }
            n += 1
        }
        return nil
    }

    /// A past verb in the plural («اختطفوا», «استهدفوا», «قتلوا»): its subject is its own ending, and the noun
    /// after it is its object («اختطفوا مدير الإدارة فلان»: the man taken, not who took him).
    func hasPluralSubjectEnding(_ v: Int) -> Bool {
        guard v >= 0, v < words.words.count else { return false }
        let key = words.words[v].key
        return key.count >= 5 && UTF8Key.hasSuffix(key, "وا")
    }
}

extension SentenceEvents {
    /// The person named after an office of up to three words that starts at word `k` («مدير إدارة الميزانية
    /// فلان»): a person or role noun, then definite words or a construct noun before a definite one; nil at a verb,
    /// a preposition, a mark or another name («شاب ضرب فلان»: whom he hit).
    func officeNamed(after k: Int, in range: Range<Int>) -> Int? {
        let w = words.words
        guard k < range.upperBound, startingAt[k] == nil, covering[k] == nil,
              words.has(k, in: EventContextLexicon.personNouns) || words.has(k, in: EventContextLexicon.roleNouns) else { return nil }
        func plain(_ i: Int) -> Bool {
            i < range.upperBound && covering[i] == nil && !w[i].isPunct && !dateWords.contains(i) && lookup(i) == nil
                && !words.hasPrepositionClitic(i) && !words.has(i, in: EventContextLexicon.phraseStops)
                && !words.has(i, in: EventLexicon.complementizer) && !words.has(i, in: EventContextLexicon.relatives)
        }
        var n = k + 1
        while n < min(range.upperBound, k + 3), startingAt[n] == nil {
            guard plain(n), w[n].key.hasPrefix("ال") || (plain(n + 1) && w[n + 1].key.hasPrefix("ال")) else { return nil }
            n += 1
        }
        guard let m = startingAt[n], mentions[m].span.start == w[n].start else { return nil }
        return m
    }
}

extension SentenceEvents {
    /// The security force that «تمكن … من» or «قام … بـ» governs before a nominal trigger: "تمكنت الوحدات العسكرية
    /// اليوم من القضاء على …", "وقامت الشرطة بقتل …" (after the verb), "أن وحدات الحرس الوطني، تمكنت أمس من القضاء"
    /// (before it, opening its clause); the force's name when it has one ("تمكن الجيش الجزائري"), else its words.
    func enablingForce(of h: Hit, in range: Range<Int>) -> (named: Int?, phrase: String)? {
        // (the verbal noun after «من» or with its «بـ» may read as the verb it is written like: «بقتل»)
        let managed = words.isAny(h.index - 1, ["من"])
            ? (max(range.lowerBound, h.index - 10)..<(h.index - 1)).last(where: { words.has($0, in: Self.enablingVerbs) }) : nil
        let did = words.words[h.index].key.hasPrefix("ب")
            ? (max(range.lowerBound, h.index - 6)..<h.index).last(where: { words.isAny($0, Self.doVerbs) }) : nil
        guard let v = managed ?? did else { return nil }
        func force(at j: Int) -> (named: Int?, phrase: String)? {
            // "تمكنت إحدى التشكيلات العسكرية …": one unit of a force, as written.
            if words.isAny(j, ["احد", "احدي"]), let f = securityForce(at: j + 1, in: range), f.named == nil {
                return (nil, words.words[j].text + " " + f.phrase)
            }
            return securityForce(at: j, in: range)
        }
        // (the subject right after the verb, past its time words; or one that opens the clause before it)
        var j = v + 1
        while j < h.index, dateWords.contains(j) || words.words[j].isPunct { j += 1 }
        if let f = force(at: j) { return f }
        var from = (range.lowerBound..<v).last { words.has($0, in: EventLexicon.complementizer) }.map { $0 + 1 } ?? range.lowerBound
        while from < v, words.isAny(from, ["كان", "كانت", "وكان", "وكانت"]) { from += 1 }
        guard v - from <= 6 else { return nil }
        return force(at: from)
    }

    /// The security force whose phrase opens at word `j`: its name when it has one ("الجيش الجزائري"), else its words
    /// up to four ("قوات الجيش الوطني [المتمركزة بالمنطقة]": without a participle's complement).
    func securityForce(at j: Int, in range: Range<Int>) -> (named: Int?, phrase: String)? {
        if let m = startingAt[j], mentions[m].type == .organization, canAct(m), words.has(j, in: EventContextLexicon.securityNouns) {
            return (m, mentions[m].surface)
        }
        guard covering[j] == nil, words.has(j, in: EventContextLexicon.securityNouns) else { return nil }
        var np = nounPhrase(from: j, in: range, max: 4)
        if let last = np.last, last > j, Self.isParticiple(words.words[last].key),
           words.hasPrepositionClitic(last + 1) || words.isAny(last + 1, ["في", "ب", "علي", "قرب"]) { np = np.lowerBound..<last }
        return np.isEmpty ? nil : (nil, words.text(np))
    }

    /// Whether the force word `j` is in construct with the noun before it, an office or a seat ("وآمر الحرس الرئاسي",
    /// "بمنطقة أمن صفاقس", "إقليم الحرس الوطني"): that word, without a و، بـ or لـ, a role noun or an area's head.
    func governedForce(at j: Int, in range: Range<Int>) -> Bool {
        guard j > range.lowerBound, !words.words[j - 1].isPunct else { return false }
        var key = words.words[j - 1].key
        for c in ["و", "ب", "ل"] where key.hasPrefix(c) && key.count > 3 { key = String(key.dropFirst()) }
        return EventContextLexicon.roleNouns.contains(key) || PlaceKinds.areaHeads.contains(key)
            || ["امر", "مركز", "فرقه", "اقليم", "اسم"].contains(key)
    }

    /// "أطلقت الشرطة الفرنسية النار على …": the force that is the firing verb's subject, between the verb (past its
    /// time words) and «النار» or «الرصاص».
    func firingForce(of h: Hit, in range: Range<Int>) -> (named: Int?, phrase: String)? {
        guard !h.trigger.nominal, h.reading.hasPrefix(EventLexicon.key("أطلق")) else { return nil }
        var j = h.index + 1
        while j < min(range.upperBound, h.index + 5), dateWords.contains(j) || words.words[j].isPunct { j += 1 }
        guard j < range.upperBound,
              let fire = ((j + 1)..<min(range.upperBound, j + 6)).first(where: { words.isAny($0, ["النار", "الرصاص"]) }) else { return nil }
        return securityForce(at: j, in: j..<fire)
    }
}

extension SentenceEvents {
    /// A definite participle of a derived verb («المتمركزة», «المرابطة»), not a relative adjective («الوطني»).
    static func isParticiple(_ key: String) -> Bool {
        UTF8Key.hasPrefix(key, "الم") && key.count >= 7 && !hasAdjectiveEnding(key)
    }

    /// A described subject as a title quotes it after a preposition («على يد مفجرين انتحاريين»): the sound
    /// masculine plural's nominative ending «ون» in its oblique form «ين».
    static func obliquePlural(_ phrase: String) -> String {
        phrase.split(separator: " ").map { w in
            w.count >= 5 && UTF8Key.hasSuffix(w, "ون") ? String(w.dropLast(2)) + "ين" : String(w)
        }.joined(separator: " ")
    }
}

extension SentenceEvents {
    /// The people described before an earlier plural verb that a killing or kidnapping verb in the plural is joined
    /// to by و: «أن مسلحين مجهولين اقتحموا المقر و اختطفوا …» — the ones who broke in took him. Only when the earlier
    /// verb opens its clause after its subject (at the sentence's start or after a complementizer), and no
    /// complementizer, relative pronoun, mark but quotes or parentheses, or other name of a person stands between.
    func coordinatedSubject(of h: Hit, in range: Range<Int>) -> Range<Int>? {
        let w = words.words
        guard !h.trigger.nominal, hasPluralSubjectEnding(h.index),
              words.isAny(h.index - 1, ["و"]) || w[h.index].key.hasPrefix("و") else { return nil }
        let conjunction = words.isAny(h.index - 1, ["و"]) ? h.index - 1 : h.index
        guard let v = (max(range.lowerBound, conjunction - 20)..<conjunction).last(where: hasPluralSubjectEnding) else { return nil }
        let between = (v + 1)..<conjunction
        guard !between.contains(where: { i in
            words.has(i, in: EventLexicon.complementizer) || words.has(i, in: EventContextLexicon.relatives)
                || (w[i].isPunct && !["\"", "(", ")"].contains(w[i].key)) || lookup(i) != nil
                || (startingAt[i].map { mentions[$0].type == .person } ?? false)
        }) else { return nil }
        let from = (range.lowerBound..<v).last { words.has($0, in: EventLexicon.complementizer) }.map { $0 + 1 } ?? range.lowerBound
        guard let p = personPhrase(after: from - 1, in: from..<v), p.lowerBound == from, p.upperBound == v else { return nil }
        return p
    }
}

extension SentenceEvents {
    /// Verbs of venturing on a deed, whose subject did the deed their «على» / «إلى» names ("أقدم شاب على طعن …",
    /// "عمد 5 أشخاص إلى الاعتداء على …").
    static let ventureVerbs = ["اقدم", "اقدمت", "اقدموا", "واقدم", "واقدمت", "واقدموا", "عمد", "عمدت", "عمدوا", "وعمد",
                               "وعمدت", "وعمدوا"]

    /// The people described right after a verb of venturing that governs the trigger's verbal noun with «على» / «إلى»: "أقدمت
    /// مجموعة مسلحة، تتكون من أربعة عناصر، ليلة أمس، على مهاجمة …", "عمد 5 أشخاص، بينهم فتاة، أمس إلى الاعتداء على
    /// رجل". Between the phrase and the preposition only marks, date words and an aside of plain words (no name,
    /// trigger, complementizer or relative pronoun), ten words at most besides the dates.
    func ventureSubject(of h: Hit, in range: Range<Int>) -> Range<Int>? {
        // (the word after the preposition is a verbal noun, though it may read as a verb: «على قتل»)
        guard h.index >= 2, words.isAny(h.index - 1, ["علي", "الي"]),
              let q = (max(range.lowerBound, h.index - 24)..<(h.index - 1)).last(where: { words.isAny($0, Self.ventureVerbs) }),
              let p = personPhrase(after: q, in: range), p.lowerBound == q + 1, p.upperBound <= h.index - 1 else { return nil }
        let aside = p.upperBound..<(h.index - 1)
        guard aside.count <= 20, aside.filter({ !words.words[$0].isPunct && !dateWords.contains($0) }).count <= 10, !aside.contains(where: { i in
            lookup(i) != nil || startingAt[i] != nil || words.has(i, in: EventLexicon.complementizer)
                || words.has(i, in: EventContextLexicon.relatives)
        }) else { return nil }
        return p
    }
}
