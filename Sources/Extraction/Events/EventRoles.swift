import ArabicText
/// Who did what to whom: the roles of a trigger read from the words around it.
extension SentenceEvents {
    struct Roles {
        var actors: [Int] = []
        var targets: [Int] = []
        var places: [Int] = []
        var actorPhrase: String?
        var targetPhrase: String?
        /// Where, as written, when no name says it (`unnamedPlace`).
        var placePhrase: String?
    }

    /// The subject of a verb: a named person, organization or country, the role phrase around it
    /// ("قائد سابق في الحرس الثوري"), and where the phrase ends.
    struct Subject {
        var mention: Int?
        var phrase: Range<Int>?
        var media = false
        var end: Int
        /// The office phrase before the person it names («مدير المركز … بجنيف» before «رياض X»), when the person
        /// was found at its end (`officeHolder`).
        var office: Range<Int>? = nil
    }

    /// The last subject `subject(ofVerb:in:)` read, for the verb and clause it was read for.
    final class SubjectMemo {
        var last: (verb: Int, range: Range<Int>, subject: Subject)?
    }

    /// The roles of a trigger, or nil when the event lacks the ones its type needs (a statement without
    /// a speaker, a killing without a victim, a visit without a visitor or a destination…).
    func roles(of h: Hit, range: Range<Int>, inClause: [Int]) -> Roles? {
        switch h.type {
        case .statement where EventLexicon.warning.contains(h.reading):
            return threatRoles(h, range) ?? statementRoles(h, range)
        case .statement: return statementRoles(h, range)
        case .threat: return threatRoles(h, range)
        case .meeting: return meetingRoles(h, range)
        case .visit: return visitRoles(h, range)
        case .killing, .arrest, .other: return patientRoles(h, range)
        case .attack, .airstrike, .clash: return attackRoles(h, range)
        case .deployment, .withdrawal: return movementRoles(h, range)
        }
    }

    // MARK: - Subjects

    /// The subject of the verb at `v`: the noun phrase right after it (up to a complementizer, a
    /// preposition, a date word or punctuation), else a name that ends right before it at the start of
    /// its clause ("الخزعلي قال").
    func subject(ofVerb v: Int, in range: Range<Int>) -> Subject {
        // (a report's subject is read for its roles, then again for where its speaker ends: the last one kept)
        if let last = subjectMemo.last, last.verb == v, last.range == range { return last.subject }
        let s = readSubject(ofVerb: v, in: range)
        subjectMemo.last = (v, range, s)
        return s
    }

    /// `subject(ofVerb:in:)`, read.
    private func readSubject(ofVerb v: Int, in range: Range<Int>) -> Subject {
        let w = words.words
        var k = v + 1
        if words.isAny(k, ["به", "بها", "بهم", "فيه"]) { k += 1 }
        // "التقى عشية اليوم الأربعاء رئيس الحكومة …": the time first, then the subject (not after a relative
        // pronoun, whose antecedent is the subject: "الاعتداءات التي استهدفت يوم 7 جوان مجلس الشورى").
        let afterRelative = words.has(v - 1, in: EventContextLexicon.relatives)
        while !afterRelative, k < range.upperBound, k - v <= 5, dateWords.contains(k) || words.has(k, in: Self.weekdays)
                || words.has(k, in: Self.dayTimeWords) { k += 1 }
        if k < range.upperBound, words.words[k].isKey(","), k > v + 1 { k += 1 }
        let start = k
        let roleHead = words.has(k, in: EventContextLexicon.roleNouns)
        var found: Int?
        // ("اختطفوا مدير الإدارة فلان": a plural verb's subject is its ending; the noun after it is its object)
        let ownSubject = hasPluralSubjectEnding(v)
        while !ownSubject, k < range.upperBound, k - start < 12 {
            if let m = startingAt[k] {
                let t = mentions[m].type
                // After plain words a name is the verb's object ("دعت الحكومة العراقية الولايات المتحدة"), unless
                // they are the head of the name ("حركة «عصائب أهل الحق»").
                if !roleHead, (start..<k).contains(where: { !w[$0].isPunct && !words.has($0, in: EventContextLexicon.collectiveHeads) }) { break }
                if EventLexicon.isMedia(mentions[m].surface) { return Subject(mention: m, phrase: nil, media: true, end: lastWord[m]! + 1) }
                if t == .place && !canAct(m) && found == nil && !roleHead { break }
                // "رئيس بلدية لينييفيل …", "رئيس النيابة الخصوصية بالمنستير علي مزالي": a city in an office is where the
                // office is; the speaker is the person named after it, or the office.
                if t == .place && !canAct(m) && found == nil && roleHead {
                    k = lastWord[m]! + 1
                    var n = k
                    while n < range.upperBound, w[n].isPunct, w[n].isKey("\"") || w[n].isKey(",") { n += 1 }
                    if let p = startingAt[n], mentions[p].type == .person { found = p; k = lastWord[p]! + 1 }
                    break
                }
                found = m
                k = lastWord[m]! + 1
                // "الحرس الثوري الإسلامي": adjectives after the name belong to it.
                while k < range.upperBound, k - lastWord[m]! <= 2, startingAt[k] == nil, Self.isNisba(w[k].key) { k += 1 }
                // A role phrase names the institution, then the person: "رئيسة الاتحاد … وداد بوشماوي".
                if t != .person, roleHead {
                    var n = k
                    var plain = 0
                    while n < range.upperBound, startingAt[n] == nil, plain < 2,
                          (w[n].isPunct && (w[n].isKey("\"") || w[n].isKey(","))) || (!w[n].isPunct && !words.has(n, in: EventContextLexicon.phraseStops)
                            && !dateWords.contains(n) && lookup(n) == nil) {
                        if !w[n].isPunct { plain += 1 }
                        n += 1
                    }
                    if let p = startingAt[n], mentions[p].type == .person { found = p; k = lastWord[p]! + 1 }
                }
                break
            }
            let word = w[k]
            if word.isPunct {
                if word.isKey("\"") { k += 1; continue }
                // "أعلن وزير التربية، ناجي جلول، …": the office, then the person in apposition.
                if roleHead, word.isKey(","), k > start, let p = startingAt[k + 1], mentions[p].type == .person {
                    found = p
                    k = lastWord[p]! + 1
                }
                break
            }
            if words.has(k, in: EventLexicon.complementizer) { break }
            if words.has(k, in: EventContextLexicon.phraseStops) || words.hasPrepositionClitic(k) {
                // "مسؤول في وزارة الفلاحة", "الناطق باسم الكتائب", "قياديا بالحرس الثوري"
                if roleHead, words.isAny(k, ["في", "من", "باسم"]) || words.hasPrepositionClitic(k) {
                    if let m = startingAt[k], mentions[m].type == .organization { continue }
                    if let m = startingAt[k + 1], mentions[m].type == .organization, !words.hasPrepositionClitic(k) { k += 1; continue }
                    if words.isAny(k, ["باسم"]) { k += 1; continue }
                    // "المكلف بالنقابات", "الجهوي للمجمع": the office goes on, unless it turns to an outlet.
                    if words.hasPrepositionClitic(k), startingAt[k] == nil, !words.has(k, in: EventLexicon.mediaHeads),
                       !words.has(k, in: EventLexicon.attribution) { k += 1; continue }
                }
                break
            }
            if lookup(k) != nil && !words.has(k, in: EventLexicon.communique) { break }
            if words.has(k, in: Self.weekdays) { break }
            k += 1
        }
        // "مدير المركز العربي للدراسات بجنيف رياض X", "الوزير المكلف بالعلاقة مع مجلس نواب الشعب والناطق باسم
        // الحكومة، إياد X،": the person at the end of the office phrase, not its institution.
        var office: Range<Int>?
        if !ownSubject, roleHead, found.map({ mentions[$0].type != .person }) ?? true, let p = officeHolder(from: k, in: range) {
            // (as the phrase read before the office went on, "السفير الفرنسي [في تونس]", when it says an office)
            var e = k - start >= 2 ? k : firstWord[p]!
            while e > start, w[e - 1].isPunct { e -= 1 }
            office = start..<e
            found = p
            k = lastWord[p]! + 1
        }
        var subject = Subject(mention: found, phrase: roleHead && k > start ? start..<k : nil, end: k, office: office)
        if found == nil {
            // "الخزعلي قال:": a name right before the verb, at the start of the clause.
            var j = v - 1
            while j >= range.lowerBound, (w[j].isPunct && w[j].isKey("\"")) || words.isAny(j, ["قد", "لقد", "فقد"]) { j -= 1 }
            // at the start of its clause or right after a complementizer ("… أن الحرس الوطني هدد").
            // ("وكان رئيس الوزراء العراقي مصطفى الكاظمي قد اعتبر"): or after a role phrase that opens the clause.
            let opensWithRole = { (a: Int) -> Bool in
                a - range.lowerBound <= 6 && (range.lowerBound..<a).contains { words.has($0, in: EventContextLexicon.roleNouns) }
                    && (range.lowerBound..<a).allSatisfy { !w[$0].isPunct && covering[$0] == nil && lookup($0) == nil }
            }
            if j >= range.lowerBound, let m = covering[j], lastWord[m] == j, canAct(m),
               firstWord[m]! <= range.lowerBound + 1 || words.has(firstWord[m]! - 1, in: EventLexicon.complementizer) || opensWithRole(firstWord[m]!) {
                subject.mention = m
            }
        }
        return subject
    }

    /// "الإسلامي", "الإيرانية": a definite relative adjective.
    static func isNisba(_ key: String) -> Bool {
        UTF8Key.hasPrefix(key, "ال") && key.count >= 6 && (UTF8Key.hasSuffix(key, "ي") || UTF8Key.hasSuffix(key, "يه"))
    }

    /// Where a report's speaker phrase ends, past an apposition ("، المنضوية أيضًا تحت لواء الحشد الشعبي،").
    func speakerEnd(ofVerb v: Int, in range: Range<Int>) -> Int {
        let s = subject(ofVerb: v, in: range)
        var e = s.end
        while e < range.upperBound, words.words[e].isKey("\"") { e += 1 }
        guard s.mention != nil, e < range.upperBound, words.words[e].isKey(",") else { return s.end }
        return ((e + 1)..<min(range.upperBound, e + 10)).first { words.words[$0].isKey(",") }.map { $0 + 1 } ?? s.end
    }

    /// A demonym of the lexicon ("الإسبانية", "اللبناني").
    static func isDemonym(_ key: String) -> Bool {
        [key, UTF8Key.hasPrefix(key, "ال") ? String(key.dropFirst(2)) : key].contains { Lexicon.builtIn.lookup($0)?.flags.contains(.demonym) ?? false }
    }

    /// What a sports federation is "of" ("لكرة القدم", "للتنس").
    static let sportsComplements = ["لكره", "للتنس", "لالعاب", "للسباحه", "للملاكمه", "للمصارعه", "للدراجات", "للجودو", "للرياضه"]

    static let weekdays = WordSet(["الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت"], bit: .weekdays)
    /// Times of day that may stand between a verb and its subject ("التقى عشية اليوم …"), as written (compared by bytes).
    static let dayTimeWords = WordSet(["عشيه", "صباح", "مساء", "ظهر", "فجر", "ليله", "اليوم", "امس"], bit: .dayTimeWords)

    /// A role phrase says who without a name when its head is a specific office ("وزير الفلاحة",
    /// "الناطق باسم الحرس الوطني"), not a vague one ("مسؤول كبير", "مصدر أمني").
    func isSpecificRole(_ r: Range<Int>) -> Bool {
        guard r.count >= 2, r.count <= 7 else { return false }
        return !words.isAny(r.lowerBound, ["مسوول", "المسوول", "قائد", "القائد", "قيادي", "القيادي", "عضو", "العضو",
                                            "خبير", "الخبير", "مصدر", "ممثل", "نائب", "النائب"])
    }

    /// Whom a report was given to, after its speaker's office («قال المتحدث للصحفيين», «أكد الوزير لوسائل الإعلام»).
    static let addresseeWords = WordSet(["للصحفيين", "للصحافيين", "للصحافه", "للصحافة", "لوسائل", "للاعلام", "للإعلام", "لوكاله",
                                         "لوكالة", "لقناه", "لقناة", "لاذاعه", "لإذاعة", "لصحيفه", "لصحيفة", "للتلفزيون"].map(EventLexicon.key))

    /// A speaker's role phrase up to whom the report was given: "المتحدث للصحفيين" is "المتحدث".
    func withoutAddressee(_ p: Range<Int>) -> Range<Int> {
        guard let a = p.first(where: { $0 > p.lowerBound && words.has($0, in: Self.addresseeWords) }) else { return p }
        return p.lowerBound..<a
    }

    // MARK: - Reports and threats

    private func statementRoles(_ h: Hit, _ range: Range<Int>) -> Roles? {
        if h.trigger.nominal {
            // "في بيان لوزارة الداخلية", "بلاغ وزارة الصحة"; "تصريح لـ«الجوهرة»" names whom it was given to.
            guard let m = startingAt[h.index + 1], mentions[m].type != .place, !EventLexicon.isMedia(mentions[m].surface) else { return nil }
            if !EventLexicon.communique.contains(h.reading), mentions[m].span.start > words.words[h.index + 1].start { return nil }
            return Roles(actors: [m])
        }
        let s = subject(ofVerb: h.index, in: range)
        guard !s.media else { return nil }
        var r = Roles()
        if let m = s.mention {
            r.actors = [m]
            // (the office the person holds, as written: what the event shows if no page names him)
            if let o = s.office { r.actorPhrase = words.text(o) }
            // "وزارة الدفاع الاسبانية" as written says more than the entity's name may.
            if let p = s.phrase, p.count <= 7, mentions[m].type != .person { r.actorPhrase = words.text(p) }
            else if mentions[m].type == .organization {
                r.actorPhrase = mentions[m].surface
                let tail = (lastWord[m]! + 1)..<max(lastWord[m]! + 1, s.end)
                // "وزارة الدفاع الاسبانية": the adjectives after the name say whose it is.
                if !tail.isEmpty, tail.count <= 2, tail.allSatisfy({ Self.isNisba(words.words[$0].key) && Self.isDemonym(words.words[$0].key) }) {
                    r.actorPhrase = mentions[m].surface + " " + words.text(tail)
                }
                // "الاتحاد الأوروبي لكرة القدم": a sports body is another body than the name it starts with.
                if words.isAny(s.end, Self.sportsComplements), s.end + 1 < range.upperBound {
                    let more = words.isAny(s.end, ["لكره"]) && !words.words[s.end + 1].isPunct ? 2 : 1
                    r.actorPhrase = words.text(firstWord[m]!..<(s.end + more))
                    r.actors = []
                }
            }
        } else if let p = s.phrase.map(withoutAddressee), isSpecificRole(p) {
            r.actorPhrase = words.text(p)
        } else {
            return nil
        }
        return r
    }

    /// A threat (توعد، هدد, or a warning that names whom it warns): the speaker, and whom it threatens —
    /// the name right after the speaker ("حذر … الولايات المتحدة") or the object of its ب-phrase ("توعد …
    /// بقتل الجنود الأمريكيين"), past the appositions about the speaker ("، زعيم عصائب أهل الحق،").
    private func threatRoles(_ h: Hit, _ range: Range<Int>) -> Roles? {
        let s = subject(ofVerb: h.index, in: range)
        guard !s.media, let speaker = s.mention else { return nil }
        let w = words.words
        var r = Roles(actors: [speaker])
        if let p = s.phrase, mentions[speaker].type != .person { r.actorPhrase = words.text(p) }
        var k = s.end
        while k < range.upperBound, w[k].isKey(",") {
            let next = k + 1
            let role = words.has(next, in: EventContextLexicon.roleNouns)
            guard role || words.isAny(next, ["احد", "احدي"]) else { k = next; break }
            var e = next
            while e < range.upperBound, !w[e].isKey(",") { e += 1 }
            // "زعيم عصائب أهل الحق": the speaker's organization acts with him.
            if role, let org = (next..<e).compactMap({ startingAt[$0] }).first(where: { mentions[$0].type == .organization }) {
                r.actors.append(org)
            }
            k = e
        }
        if let m = startingAt[k] {
            r.targets = [m]
        } else if k < range.upperBound, words.hasPrepositionClitic(k), k + 1 < range.upperBound {
            let np = nounPhrase(from: k + 1, in: range, max: 3)
            r.targets = np.compactMap { startingAt[$0] }
            if !np.isEmpty { r.targetPhrase = words.text(np) }
        }
        if EventLexicon.warning.contains(h.reading), r.targets.isEmpty { return nil }
        return r
    }

    /// Up to `max` words from `k` that are no preposition, complementizer, date word, trigger or punctuation.
    func nounPhrase(from k: Int, in range: Range<Int>, max: Int) -> Range<Int> {
        var e = k
        var counted = 0
        while e < range.upperBound, counted < max {
            let word = words.words[e]
            // Quote marks around a name stay inside the phrase ("نجمة «تلفزيون الواقع»").
            if word.isPunct, word.isKey("\""), e > k { e += 1; continue }
            if dateWords.contains(e) { break }
            counted += 1
            // A definite event noun after the first word is its complement ("منفذي الهجمات").
            let triggerStops = lookup(e).map { e == k || !$0.definite } ?? false
            // A present-tense verb ("تدرّس", "يبلغ") ends a noun phrase.
            let key = word.key
            // A past verb with its object pronoun ("سلبوهم", "قتلوه") too.
            // (not a verbal noun of the تفعيل pattern: "نقطة تفتيش")
            let verb = e > k && key.count >= 4 && (UTF8Key.hasPrefix(key, "ي") || (UTF8Key.hasPrefix(key, "ت") && !["ه", "ي", "ين", "ون", "ات", "يه"].contains { key.hasSuffix($0) }
                    && !DescribedRoles.isVerbalNounOfFormTwo(key))
                || (key.count >= 5 && ["وهم", "وها", "وهما"].contains { key.hasSuffix($0) }))
            if word.isPunct || verb || words.has(e, in: EventContextLexicon.phraseStops) || words.has(e, in: EventLexicon.complementizer)
                || triggerStops || (e > k && words.hasPrepositionClitic(e)) || words.has(e, in: Self.weekdays)
                || words.has(e, in: EventContextLexicon.relatives) { break }
            if let m = startingAt[e], e > k { e = min(range.upperBound, lastWord[m]! + 1); break }
            e += 1
        }
        return k..<e
    }

    /// A described target with the لـ complement that says whose it is ("مواقع لتنظيم داعش", "نقطتي تفتيش للجيش
    /// الليبي", "مركز للشرطة"): after an indefinite last word, a word of ل with the article, then up to two definite
    /// adjectives, or ل before a named organization; not a time ("ليلة"), a verb ("ليسقط") or a particle ("لأن", "لم").
    func withPossessor(_ np: Range<Int>, in seg: Range<Int>) -> Range<Int> {
        let w = words.words
        let e = np.upperBound
        guard !np.isEmpty, e < seg.upperBound, !w[e - 1].isPunct, !w[e - 1].key.hasPrefix("ال"), startingAt[e - 1] == nil,
              covering[e - 1] == nil, !w[e].isPunct, words.hasPrepositionClitic(e), w[e].key.hasPrefix("ل"), !dateWords.contains(e) else { return np }
        if let m = startingAt[e] ?? startingAt[e + 1], mentions[m].type == .organization, firstWord[m]! <= e + 1,
           (firstWord[m]! == e || w[e].key.count >= 4) {
            return np.lowerBound..<min(seg.upperBound, lastWord[m]! + 1)
        }
        guard w[e].key.hasPrefix("لل"), w[e].key.count >= 5, !words.has(e, in: Self.purposeOrTime) else { return np }
        // ("للشرطة" found as a name: the name, whole)
        if let m = covering[e] {
            guard startingAt[e] == m, mentions[m].type != .place, mentions[m].type != .person else { return np }
            return np.lowerBound..<min(seg.upperBound, lastWord[m]! + 1)
        }
        var end = e + 1
        while end < min(seg.upperBound, e + 3), covering[end] == nil, w[end].key.hasPrefix("ال"), Self.hasAdjectiveEnding(w[end].key) { end += 1 }
        return np.lowerBound..<end
    }

    /// Words of ل with the article that say when or what for, not whose ("للمرة الثانية", "للاحتجاج").
    static let purposeOrTime = WordSet(["للمرة", "لليوم", "لليلة", "للحظة", "للساعة", "للتو", "للاحتجاج", "للمطالبة",
                                        "للتعبير", "للاشتباه", "للتحقيق"].map(EventLexicon.key))
}
