import ArabicText
/// Finds the event mentions of one sentence (see `EventExtractor` for the rules).
struct SentenceEvents {
    /// An event found in a sentence, before its date is chosen.
    struct Found {
        var type: EventType
        var subtype: String?
        var trigger: String
        var triggerStart: Int
        var triggerEnd: Int
        var clause: Int
        /// Scalar range of the clause in the block.
        var clauseRange: Range<Int>
        var quantities: [EventQuantity]
        var places: [Int]
        var actors: [Int]
        var targets: [Int]
        var actorPhrase: String?
        var targetPhrase: String?
        var placePhrase: String?
        var sentence = 0
        var date: Int?
        /// A definite or demonstrative noun ("الهجوم", "هذه الهجمات"): probably refers back.
        var anaphoric = false
        var plural = false
        var nominal = false
        /// Word index of the trigger.
        var triggerWord = 0
        /// Word range of the clause.
        var wordRange: Range<Int> = 0..<0
        /// For a report: the words that belong to the reporting clause (the verb up to its
        /// complementizer), where the report's own date stands.
        var reportWords: Range<Int>?
        /// Word ranges of the sentence whose dates belong to another predicate: relative clauses and
        /// cause phrases ("الذي … ،", "رداً على … ،") that do not contain the trigger.
        var foreignWords: [Range<Int>] = []
        /// The reporting verbs of the sentence and the words of their own clauses (see `reportWords`).
        var reportZones: [(verb: Int, zone: Range<Int>)] = []
        /// The trigger names an event something else is about ("منفذ هجوم مانشستر", "حول مقتل فلان"): only a
        /// date right after it is its own.
        var referenced = false
        /// The first modal or future word after the trigger in its clause, if any.
        var modalAfter: Int?
        /// For a report: the word after its speaker's phrase.
        var speakerEnd: Int?
        /// The relative clause or cause phrase the trigger stands in, if any.
        var ownWords: Range<Int>?
        /// Word indexes of every non-report trigger word of the sentence.
        var triggerWords: [Int] = []
        /// Those of another kind of event than this one ("القبض … بشأن هجوم الليلة الماضية").
        var otherTriggerWords: [Int] = []

        var mention: EventMention {
            EventMention(type: type, subtype: subtype, sentence: sentence, trigger: trigger, quantities: quantities,
                         date: date, places: places, actors: actors, targets: targets,
                         actorPhrase: actorPhrase, targetPhrase: targetPhrase, placePhrase: placePhrase, series: plural)
        }
    }

    struct Hit {
        var index: Int
        var trigger: EventTrigger
        var type: EventType
        var definite: Bool
        /// The lexicon key the word was read as.
        var reading: String
    }

    let words: SentenceWords
    let mentions: [Mention]
    let mentionIndexes: [Int]
    /// The article is about sport (most of its sentences are); asked only when a trigger needs it.
    let sportsDocument: () -> Bool
    /// Mention → its first and last word; word → the mention starting there / covering it.
    private(set) var firstWord = MentionWords()
    private(set) var lastWord = MentionWords()
    private(set) var startingAt = WordSlots<Int>()
    private(set) var covering = WordSlots<Int>()
    /// Words that belong to a date expression ("فجر اليوم", "يوم الأحد").
    let dateWords: Set<Int>
    /// Word → the trigger it reads as, looked up once per word.
    private(set) var triggerOf: [Int: (trigger: EventTrigger, definite: Bool)] = [:]
    /// `triggerOf` by word index, for `lookup`.
    private var triggerAt = WordSlots<(trigger: EventTrigger, definite: Bool)>()
    /// Relative clauses and cause phrases of the sentence (`foreignRanges`).
    private(set) var foreign: [Range<Int>] = []
    /// The last subject read (`subject(ofVerb:in:)`), shared by the copies of this value.
    let subjectMemo = SubjectMemo()

    /// Reads each word of the sentence as a trigger, or nil when none is one (most sentences).
    static func triggers(of words: SentenceWords) -> [Int: (trigger: EventTrigger, definite: Bool)]? {
        var out: [Int: (trigger: EventTrigger, definite: Bool)] = [:]
        for i in words.words.indices where !words.words[i].isPunct && words.words[i].lists & EventWordLists.triggerMask != 0 {
            if let t = readTrigger(readings: words.words[i].readings) { out[i] = t }
        }
        return out.isEmpty ? nil : out
    }

    init(words: SentenceWords, mentions: [Mention], mentionIndexes: [Int], sportsDocument: @escaping () -> Bool = { false },
         dateWords: Set<Int> = [], triggers: [Int: (trigger: EventTrigger, definite: Bool)]? = nil) {
        self.words = words
        self.dateWords = dateWords
        self.mentions = mentions
        self.mentionIndexes = mentionIndexes
        self.sportsDocument = sportsDocument
        firstWord = MentionWords(capacity: mentionIndexes.count)
        lastWord = MentionWords(capacity: mentionIndexes.count)
        startingAt = WordSlots(count: words.words.count + 1)
        covering = WordSlots(count: words.words.count + 1)
        for m in mentionIndexes {
            let a = words.index(at: mentions[m].span.start)
            let b = max(a, words.index(at: max(mentions[m].span.start, mentions[m].span.end - 1)))
            firstWord[m] = a
            lastWord[m] = b
            if startingAt[a] == nil { startingAt[a] = m }
            for k in a...b where covering[k] == nil { covering[k] = m }
        }
        triggerOf = triggers ?? Self.triggers(of: words) ?? [:]
        for k in Array(triggerOf.keys) where covering[k] != nil { triggerOf[k] = nil }
        triggerAt = WordSlots(count: words.words.count)
        for (k, t) in triggerOf { triggerAt[k] = t }
        foreign = foreignRanges()
    }

    func find() -> [Found] {
        let w = words.words
        // Most sentences name no event: one look-up per word before any other work.
        guard !triggerOf.isEmpty else { return [] }
        var clauses: [Range<Int>] = []
        var start = 0
        for i in w.indices where i > start && (w[i].isKey(":") || w[i].isKey(";") || words.has(i, in: EventLexicon.clauseBreak)) {
            clauses.append(start..<i)
            start = i
        }
        clauses.append(start..<w.count)
        var context: SentenceContext?
        let reportZones = clauses.flatMap { range in
            range.filter { i in covering[i] == nil && lookup(i).map { $0.trigger.type == .statement && !$0.trigger.nominal } ?? false }
                .map { (verb: $0, zone: reportZone(of: $0, in: range)) }
        }
        let triggerWords = w.indices.filter { i in covering[i] == nil && lookup(i).map { $0.trigger.type != .statement } ?? false }
        var out: [Found] = []
        var threatSeen = false
        for (c, range) in clauses.enumerated() {
            var hits: [Hit] = []
            var modalSeen = false
            guard range.contains(where: { covering[$0] == nil && lookup($0) != nil }) else {
                if range.contains(where: { words.has($0, in: EventLexicon.cause) }) { threatSeen = false }
                continue
            }
            for i in range {
                let inName = covering[i] != nil
                let found = inName ? nil : lookup(i)
                if words.has(i, in: EventLexicon.cause) { modalSeen = false; threatSeen = false }
                defer {
                    if !inName, words.has(i, in: EventLexicon.modal) || isFuture(i) {
                        modalSeen = true
                    }
                }
                guard let (trigger, definite) = found, let reading = reading(i) else { continue }
                if (max(range.lowerBound, i - 4)..<i).contains(where: { words.has($0, in: EventLexicon.negation) }) { continue }
                if (max(range.lowerBound, i - 2)..<i).contains(where: { words.has($0, in: EventLexicon.cancelled) }) { continue }
                if quantifiedUnderNegation(i) || (trigger.needsWeapon && firesOnSelf(i, in: range)) { continue }
                // "الأبحاث جارية لإيقاف الشخص الثاني", "استعدادا لزيارة …": لـ before a verbal noun says what for
                // (after تعرض it says what happened: "تعرض لهجوم").
                if trigger.nominal, trigger.type != .statement, trigger.type != .killing, w[i].key.hasPrefix("ل"),
                   w[i].readings.count > 1, !(range.lowerBound..<i).contains(where: { words.has($0, in: SentenceEvents.supportVerbs) }) { continue }
                // "معدات التفجير": the name of a thing.
                if trigger.nominal, words.has(i - 1, in: EventContextLexicon.objectNouns) { continue }
                // "الاعتداءات المتكررة على المقرات": repeated events over time, not one.
                if trigger.nominal, trigger.plural, ((i + 1)...(i + 2)).contains(where: { $0 < range.upperBound && words.has($0, in: EventContextLexicon.series) }) { continue }
                // "وفق بلاغ لوزارة …": an attribution, not a report of its own.
                if trigger.type == .statement, trigger.nominal,
                   (max(range.lowerBound, i - 2)..<i).contains(where: { words.has($0, in: EventContextLexicon.attribution) }) { continue }
                // "زيارة رئيس الحكومة المرتقبة": a planned event.
                if trigger.nominal, trigger.type != .statement,
                   ((i + 1)..<min(range.upperBound, i + 5)).contains(where: { words.has($0, in: EventContextLexicon.planned) }) { continue }
                // "بحسب ما أفاد به": an attribution, not a report of its own.
                if trigger.type == .statement, !trigger.nominal,
                   (max(range.lowerBound, i - 2)..<i).contains(where: { words.has($0, in: EventContextLexicon.attribution) }) { continue }
                if trigger.type == .threat || (trigger.type == .statement && EventLexicon.warning.contains(reading)) {
                    threatSeen = true
                }
                if trigger.type != .statement && trigger.type != .threat && (modalSeen || threatSeen) { continue }
                if EventExtractor.newsTypes.contains(trigger.type), reportsPeriodTally(near: i, in: range) { continue }  // "خلال الأيام الماضية": a tally
                let ahead = (i + 1)..<min(range.upperBound, i + 5)
                if trigger.needsMilitaryObject && !ahead.contains(where: { words.has($0, in: EventLexicon.militaryObjects) }) { continue }
                if trigger.needsWeapon && !ahead.contains(where: { j in w[j].readings.contains { r in
                    EventLexicon.instruments[r].map { $0 != "air" } ?? false } }) { continue }
                if context == nil, trigger.type != .statement { context = SentenceContext(self) }
                guard var type = trigger.type == .statement ? .statement : context!.sense(of: trigger.type, reading: reading, at: i, in: range) else { continue }
                // "تبادل لإطلاق النار": both sides fire.
                if type == .attack, words.isAny(i - 1, ["تبادل"]) { type = .clash }
                if type == .attack, (i + 1..<min(range.upperBound, i + 3)).contains(where: { j in
                    w[j].readings.contains { EventLexicon.instruments[$0] == "air" } }) {
                    type = .airstrike
                }
                hits.append(Hit(index: i, trigger: trigger, type: type, definite: definite, reading: reading))
            }
            guard !hits.isEmpty else { continue }
            let clauseRange = w[range.lowerBound].start..<w[range.upperBound - 1].end
            let inClause = mentionIndexes.filter { clauseRange.contains(mentions[$0].span.start) }
            for var f in events(from: hits, clause: c, range: range, clauseRange: clauseRange, inClause: inClause) {
                // "هجوم جسر لندن الذي وقع مساء أمس": a relative clause right after the trigger's phrase says when it was.
                let own = { (r: Range<Int>) in
                    r.contains(f.triggerWord) || (r.lowerBound > f.triggerWord && r.lowerBound - f.triggerWord <= 4
                        && words.has(r.lowerBound, in: EventContextLexicon.relatives)
                        && !((f.triggerWord + 1)..<r.lowerBound).contains { w[$0].isPunct })
                }
                f.foreignWords = foreign.filter { !own($0) }
                f.ownWords = foreign.first { $0.contains(f.triggerWord) }
                f.referenced = f.nominal && f.triggerWord > 0 && (words.has(f.triggerWord - 1, in: EventContextLexicon.referenceNouns)
                    || words.has(f.triggerWord - 1, in: EventContextLexicon.topicWords) || words.has(f.triggerWord - 2, in: EventContextLexicon.topicWords))
                f.modalAfter = ((f.triggerWord + 1)..<range.upperBound).first { i in
                    covering[i] == nil && (words.has(i, in: EventLexicon.modal) || isFuture(i))
                }
                f.reportZones = reportZones
                f.triggerWords = triggerWords
                let family: Set<EventType> = f.type == .attack || f.type == .airstrike ? [.attack, .airstrike] : [f.type]
                f.otherTriggerWords = triggerWords.filter { $0 != f.triggerWord && !(lookup($0).map { family.contains($0.trigger.type) } ?? true) }
                out.append(f)
            }
        }
        return out
    }

    /// "منذ اندلاع الاحتجاجات": since an event, a count over a period (not "منذ يومين", a moment ago).
    func isSince(_ i: Int) -> Bool {
        guard words.isAny(i, ["منذ"]), i + 1 < words.words.count else { return false }
        return !dateWords.contains(i + 1) && !words.has(i + 1, in: EventContextLexicon.timeNouns) && words.number(i + 1) == nil
    }

    func lookup(_ i: Int) -> (trigger: EventTrigger, definite: Bool)? { triggerAt[i] }

    /// (Given the word's readings, not the word: passing each word of the sentence copied it, its text, key and
    /// readings retained and released.)
    static func readTrigger(readings: [String]) -> (trigger: EventTrigger, definite: Bool)? {
        for r in readings {
            if let t = EventLexicon.triggers[r] {
                let definite = readings.contains { UTF8Key.hasPrefix($0, "ال") && String($0.dropFirst(2)) == r }
                // "الطالب" is a noun, never the verb طالب.
                if !t.nominal && definite { continue }
                return (t, definite)
            }
        }
        return nil
    }

    func reading(_ i: Int) -> String? {
        words.words[i].readings.first { r in
            guard let t = EventLexicon.triggers[r] else { return false }
            return t.nominal || !words.words[i].readings.contains { UTF8Key.hasPrefix($0, "ال") && String($0.dropFirst(2)) == r }
        }
    }

    /// Relative clauses ("الذي استهدف الأحد كنيسة") and cause phrases ("رداً على قصف … يوم الأحد"), each up
    /// to the next comma or clause break: a date inside one belongs to its own predicate.
    func foreignRanges() -> [Range<Int>] {
        let w = words.words
        var out: [Range<Int>] = []
        var i = 0
        while i < w.count {
            let relative = words.has(i, in: EventContextLexicon.relatives) && w[i].key != "ما"
            // "إثر" / "جراء" name an immediate cause, in the time of their clause: not a phrase apart; nor does
            // a time ("بعد منتصف نهار اليوم السبت") or a distance ("على بعد 500 متر").
            if relative || (words.has(i, in: EventLexicon.cause) && !words.isAny(i, ["اثر", "جراء"]) && !isTimeOrDistance(i)) {
                var j = i + 1
                var content = 0
                // A comma right after the relative clause's verb does not close it ("التي استهدفت، الإثنين الماضي، …");
                // an event word further on belongs to the main clause ("بعد كمين محكم من إلقاء القبض على …"), and
                // so does the verb that opens it ("على خلفية شكاية … وبالتحري تمكنت الوحدات أمس من إيقاف …").
                while j < w.count, !(w[j].isPunct && !w[j].isKey("\"") && content >= 2), !words.has(j, in: EventLexicon.clauseBreak) {
                    // (a relative pronoun right before that event word opens the clause it stands in: "على خلفية
                    // الحكم على العون الذي أطلق النار عليه" — the shooting is the relative clause's, not the main one's)
                    if j > i + 3, covering[j] == nil, lookup(j).map({ $0.trigger.type != .statement }) == true {
                        if !relative, j - 1 > i + 1, words.has(j - 1, in: EventContextLexicon.relatives), w[j - 1].key != "ما" { j -= 1 }
                        break
                    }
                    if !relative, j > i + 2, words.has(j, in: Self.enablingVerbs) { break }
                    if !w[j].isPunct { content += 1 }
                    j += 1
                }
                out.append(i..<j)
                i = j
            } else {
                i += 1
            }
        }
        return out
    }

    /// Verbs that open a security report's main clause ("تمكنت الوحدات … من إيقاف", "نجحت الوحدة … في القضاء على").
    static let enablingVerbs = WordSet(["تمكن", "تمكنت", "تمكنوا", "وتمكن", "وتمكنت", "وتمكنوا", "أمكن", "وأمكن",
                                        "نجح", "نجحت", "نجحوا", "ونجح", "ونجحت", "ونجحوا"].map(EventLexicon.key), bit: .enablingVerbs)

    /// Whether the preposition at `i` ("بعد", "قبل", "عقب") says when or how far, not after what: a date or a
    /// time of day follows it ("بعد منتصف نهار اليوم", "بعد ظهر اليوم الأحد"), it means later ("في ما بعد"), or
    /// it is a distance ("على بعد").
    func isTimeOrDistance(_ i: Int) -> Bool {
        guard words.isAny(i, ["بعد", "عقب"]) else { return false }
        if i > 0, words.isAny(i - 1, ["علي", "ما", "فيما"]) { return true }  // "على بعد", "في ما بعد"
        var k = i + 1
        while k < words.words.count, k <= i + 3, words.has(k, in: EventContextLexicon.dayParts) { k += 1 }
        return dateWords.contains(k)
    }

    private func events(from hits: [Hit], clause c: Int, range: Range<Int>, clauseRange: Range<Int>, inClause: [Int]) -> [Found] {
        var chosen: [Hit] = []
        let violent: Set<EventType> = [.attack, .airstrike, .killing]
        // A killing that names its victims wins; an attack named before it is its own event.
        if let k = hits.first(where: { $0.type == .killing && !killingVictims($0, range: range).isEmpty }) {
            chosen.append(k)
            if let h = hits.first(where: { ($0.type == .attack || $0.type == .airstrike) && $0.index < k.index }) { chosen.append(h) }
        } else {
            // The most specific attack word: an airstrike, else a singular one that does not refer back,
            // else a singular one, else the first.
            let attacks = hits.filter { $0.type == .attack || $0.type == .airstrike }
            if let h = attacks.first(where: { $0.type == .airstrike }) ?? attacks.first(where: { !$0.trigger.plural && !$0.definite })
                ?? attacks.first(where: { !$0.trigger.plural }) ?? attacks.first {
                chosen.append(h)
            } else if let k = hits.first(where: { $0.type == .killing }) {
                chosen.append(k)  // a killing of people described, not named ("مقتل 24 شخصا")
            }
        }
        var seen = Set(chosen.map(\.type))
        for h in hits where !violent.contains(h.type) && !seen.contains(h.type) {
            seen.insert(h.type)
            chosen.append(h)
        }
        return chosen.compactMap { h in
            guard let r = roles(of: h, range: range, inClause: inClause) else { return nil }
            var h = h
            // A warning that names whom it warns is a threat ("حذر … الولايات المتحدة من …").
            if h.type == .statement, EventLexicon.warning.contains(h.reading), !r.targets.isEmpty { h.type = .threat }
            let word = words.words[h.index]
            var trigger = word.text
            if h.index > range.lowerBound, words.has(h.index - 1, in: EventLexicon.demonstratives) {
                trigger = words.words[h.index - 1].text + " " + trigger
            }
            let seg = segment(of: h, in: range)
            let subtype = violent.contains(h.type)
                ? instrumentSubtype(h.type == .killing ? (h.index + 1)..<max(h.index + 1, seg.upperBound) : seg) : nil
            let counted: Set<EventType> = [.attack, .airstrike, .killing, .arrest, .deployment, .clash]
            return Found(type: h.type, subtype: subtype, trigger: trigger, triggerStart: word.start, triggerEnd: word.end,
                         clause: c, clauseRange: clauseRange,
                         quantities: counted.contains(h.type) ? quantities(range) : [],
                         places: r.places, actors: Array(r.actors.prefix(4)), targets: Array(r.targets.prefix(4)),
                         actorPhrase: r.actorPhrase, targetPhrase: r.targetPhrase, placePhrase: r.placePhrase,
                         // "القبض على", "تعرض إلى الاعتداء": definite by idiom, not a back-reference.
                         anaphoric: h.trigger.nominal && (h.definite || trigger != word.text) && h.reading != EventLexicon.key("قبض")
                            && !(range.lowerBound..<h.index).contains { words.has($0, in: SentenceEvents.supportVerbs) },
                         plural: h.trigger.plural || hits.contains { $0.trigger.plural && $0.type == h.type && $0.index < h.index && seg.contains($0.index) }
                            || ([.attack, .airstrike, .clash].contains(h.type) && range.contains { words.has($0, in: EventContextLexicon.series) || isSince($0) })
                            || (h.trigger.nominal && words.number(h.index - 1).map { $0 > 1 } == true)  // "27 اعتداء"
                            // "تمكنوا خلال نفس الفترة من إيقاف 587 شخصا": a count over a period.
                            || (h.type == .arrest && range.contains { words.isAny($0, ["خلال"]) && words.has($0 + 1, in: EventContextLexicon.periodNouns) }),
                         nominal: h.trigger.nominal, triggerWord: h.index, wordRange: range,
                         reportWords: h.type == .statement ? reportZone(of: h.index, in: range) : nil,
                         speakerEnd: h.type == .statement && !h.trigger.nominal ? speakerEnd(ofVerb: h.index, in: range) : nil)
        }
    }

    /// The words of a report's own clause: from the start of the clause to its complementizer (أن، إن) or
    /// the opening quote of what was said.
    func reportZone(of v: Int, in range: Range<Int>) -> Range<Int> {
        let w = words.words
        // "دعا … إلى": what a call asks for is not the call's clause.
        let call = words.isAny(v, ["دعا", "دعت", "طالب", "طالبت", "ناشد", "ناشدت", "حث", "حثت"])
        var k = v + 1
        while k < range.upperBound {
            if words.has(k, in: EventLexicon.complementizer) || w[k].isKey(":") || (call && words.isAny(k, ["الي"])) { return range.lowerBound..<k }
            // "أعلنت المصادر مقتل شرطي اليوم في هجوم": what is announced begins with its noun.
            if covering[k] == nil, let t = lookup(k), t.trigger.nominal, t.trigger.type != .statement { return range.lowerBound..<k }
            // An opening quote starts what was said when it runs over four words or more (a quoted name does not).
            if w[k].isKey("\"") {
                let close = ((k + 1)..<range.upperBound).first { w[$0].isKey("\"") } ?? range.upperBound
                if close - k > 4 { return range.lowerBound..<k }
                k = close
            }
            k += 1
        }
        return range
    }

    /// The words that belong to a trigger: from after the previous trigger word of the clause to
    /// before the next one. A killing runs over the ب-phrases that say how ("اغتيال … بضربة … بطائرة
    /// مسيرة") and over the attack it happened in ("مقتل شخصين في إطلاق نار بX"); an attack runs over a following singular attack verb that continues it ("قصف شنته X
    /// استهدف فصيلاً"), but not over a coordinated one ("والهجمات").
    func segment(of h: Hit, in range: Range<Int>) -> Range<Int> {
        let w = words.words
        var lo = range.lowerBound, hi = range.upperBound
        for k in range where k != h.index {
            guard covering[k] == nil, let (t, _) = lookup(k), t.type != .statement else { continue }
            let violent = t.type == .attack || t.type == .airstrike
            if k < h.index { lo = k + 1; continue }
            // (and «قتل شخصان في إطلاق نار بولاية X»: the shooting in which they were killed, and its place)
            if h.type == .killing, violent, t.nominal, w[k].key.hasPrefix("ب") || words.isAny(k - 1, ["في"]) { continue }
            if (h.type == .attack || h.type == .airstrike), violent, !w[k].key.hasPrefix("و"), !w[k].key.hasPrefix("ف") { continue }
            hi = k
            break
        }
        return lo..<max(lo, hi)
    }
}
