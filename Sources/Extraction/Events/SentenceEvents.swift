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
        var sentence = 0
        var date: Int?
        /// A definite or demonstrative noun ("الهجوم", "هذه الهجمات"): probably refers back.
        var anaphoric = false
        /// Word indexes of every trigger word of the sentence.
        var triggerWords: [Int] = []
        var triggerWord = 0

        var mention: EventMention {
            EventMention(type: type, subtype: subtype, sentence: sentence, trigger: trigger, quantities: quantities,
                         date: date, places: places, actors: actors, targets: targets)
        }
    }

    struct Hit {
        var index: Int
        var trigger: EventTrigger
        var type: EventType
        var definite: Bool
    }

    let words: SentenceWords
    let mentions: [Mention]
    let mentionIndexes: [Int]
    let block: Int

    func find() -> [Found] {
        let w = words.words
        guard !w.isEmpty else { return [] }
        var clauses: [Range<Int>] = []
        var start = 0
        for i in w.indices where i > start && (w[i].key == ":" || w[i].key == ";" || words.has(i, in: EventLexicon.clauseBreak)) {
            clauses.append(start..<i)
            start = i
        }
        clauses.append(start..<w.count)
        var out: [Found] = []
        var threatSeen = false
        for (c, range) in clauses.enumerated() {
            var hits: [Hit] = []
            var modalSeen = false
            for i in range {
                if words.has(i, in: EventLexicon.modal) { modalSeen = true; continue }
                if words.has(i, in: EventLexicon.cause) { modalSeen = false; threatSeen = false; continue }
                guard let (trigger, definite) = lookup(i) else { continue }
                if (max(range.lowerBound, i - 4)..<i).contains(where: { words.has($0, in: EventLexicon.negation) }) { continue }
                if trigger.type == .threat {
                    threatSeen = true
                    hits.append(Hit(index: i, trigger: trigger, type: .threat, definite: definite))
                    continue
                }
                if trigger.type != .statement && (modalSeen || threatSeen) { continue }
                let ahead = (i + 1)..<min(range.upperBound, i + 5)
                if trigger.needsMilitaryObject && !ahead.contains(where: { words.has($0, in: EventLexicon.militaryObjects) }) { continue }
                if trigger.needsWeapon && !ahead.contains(where: { j in w[j].readings.contains { r in
                    EventLexicon.instruments[r].map { $0 != "air" } ?? false } }) { continue }
                var type = trigger.type
                if type == .attack, (i + 1..<min(range.upperBound, i + 3)).contains(where: { j in
                    w[j].readings.contains { EventLexicon.instruments[$0] == "air" } }) {
                    type = .airstrike
                }
                hits.append(Hit(index: i, trigger: trigger, type: type, definite: definite))
            }
            guard !hits.isEmpty else { continue }
            let clauseRange = w[range.lowerBound].start..<w[range.upperBound - 1].end
            let inClause = mentionIndexes.filter { clauseRange.contains(mentions[$0].span.start) }
            out += events(from: hits, clause: c, range: range, clauseRange: clauseRange, inClause: inClause)
        }
        let all = w.indices.filter { i in lookup(i).map { $0.0.type != .statement } ?? false }
        for k in out.indices { out[k].triggerWords = all }
        return out
    }

    private func lookup(_ i: Int) -> (EventTrigger, Bool)? {
        for r in words.words[i].readings {
            if let t = EventLexicon.triggers[r] {
                let definite = words.words[i].readings.contains { $0.hasPrefix("ال") && String($0.dropFirst(2)) == r }
                return (t, definite)
            }
        }
        return nil
    }

    private func events(from hits: [Hit], clause c: Int, range: Range<Int>, clauseRange: Range<Int>, inClause: [Int]) -> [Found] {
        let w = words.words
        var chosen: [(Hit, [Int])] = []  // hit, killing victims
        // A killing with a named person right after it.
        for h in hits where h.type == .killing {
            let victims = self.victims(of: h, in: segment(of: h, in: range), inClause: inClause)
            if !victims.isEmpty {
                chosen.append((h, Array(victims.prefix(3))))
                break
            }
        }
        let quantities = self.quantities(range)
        if let (killing, _) = chosen.first,
           let h = hits.first(where: { ($0.type == .attack || $0.type == .airstrike) && $0.index < killing.index }) {
            chosen.append((h, []))  // an attack named before the killing is its own event
        }
        if chosen.isEmpty {
            // The most specific attack word: an airstrike, else a singular one, else the first.
            let attacks = hits.filter { $0.type == .attack || $0.type == .airstrike }
            if let h = attacks.first(where: { $0.type == .airstrike }) ?? attacks.first(where: { !$0.trigger.plural }) ?? attacks.first {
                chosen.append((h, []))
            } else if let h = hits.first(where: { $0.type == .killing }), quantities.contains(where: { $0.what == "killed" }) {
                chosen.append((h, []))
            }
            var seen = Set(chosen.map(\.0.type))
            for h in hits where ![.attack, .airstrike, .killing].contains(h.type) && !seen.contains(h.type) {
                seen.insert(h.type)
                chosen.append((h, []))
            }
        }
        return chosen.compactMap { (h, killed) in
            let word = w[h.index]
            var trigger = word.text
            if h.index > range.lowerBound, words.has(h.index - 1, in: EventLexicon.demonstratives) {
                trigger = w[h.index - 1].text + " " + trigger
            }
            let seg = segment(of: h, in: range)
            let inSegment = inClause.filter { seg.contains(words.index(at: mentions[$0].span.start)) }
            // The agent: "قصف شنته X", "اغتيال X لـ…" (a place or group right after a nominal trigger
            // and followed by a لـ object).
            var agents: [Int] = []
            for m in inSegment {
                let j = words.index(at: mentions[m].span.start)
                let after = words.index(at: max(mentions[m].span.start, mentions[m].span.end - 1)) + 1
                if j > h.index, j - 1 >= seg.lowerBound, words.has(j - 1, in: EventLexicon.launchVerbs) { agents.append(m) }
                // "نشرت واشنطن …", "خروج قوات التحالف": who deploys or withdraws.
                else if [.deployment, .withdrawal].contains(h.type), mentions[m].type != .person,
                        j > h.index, j - h.index <= (h.trigger.nominal ? 3 : 1) { agents.append(m) }
                else if j == h.index + 1, h.trigger.nominal, mentions[m].type != .person, after < seg.upperBound,
                        w[after].key.hasPrefix("ل"), w[after].key.count > 3 { agents.append(m) }
            }
            var targets = killed
            if targets.isEmpty, [.attack, .airstrike, .killing, .arrest].contains(h.type) {
                targets = inSegment.filter { m in
                    let s = mentions[m].span.start
                    guard s >= word.end, !agents.contains(m) else { return false }
                    let j = words.index(at: s)
                    return (max(h.index, j - 2)..<j).contains { k in
                        k == h.index || w[k].readings.contains { $0 == "علي" || $0 == "ضد" }
                    }
                }
            }
            let lastVictim = killed.map { words.index(at: mentions[$0].span.start) }.max() ?? h.index
            var persons = agents.filter { !targets.contains($0) }
            persons += inSegment.filter { m in
                let j = words.index(at: mentions[m].span.start)
                // "بحسب وكالة فرانس برس": a source, not an actor.
                if (max(seg.lowerBound, j - 2)..<j).contains(where: { words.has($0, in: EventLexicon.attribution) }) { return false }
                return [.person, .organization].contains(mentions[m].type) && !targets.contains(m) && !persons.contains(m)
                    && !EventLexicon.isMedia(mentions[m].surface)
                    && !(h.type == .killing && j > h.index && j <= lastVictim)
            }
            if persons.isEmpty, [.threat, .meeting, .visit, .statement].contains(h.type) {
                persons = inClause.filter { [.person, .organization].contains(mentions[$0].type) && !EventLexicon.isMedia(mentions[$0].surface) }
            }
            let places = attachedPlaces(h, segment: seg, inSegment: inSegment).filter { !persons.contains($0) && !agents.contains($0) }
            if (h.type == .threat || h.type == .meeting || h.type == .visit || h.type == .statement) && persons.isEmpty { return nil }
            let kinds: Set<EventType> = [.attack, .airstrike, .killing]
            let subtype = instrumentSubtype(h.type == .killing ? (h.index + 1)..<max(h.index + 1, seg.upperBound) : seg)
            return Found(type: h.type, subtype: kinds.contains(h.type) ? subtype : nil, trigger: trigger,
                         triggerStart: word.start, triggerEnd: word.end, clause: c, clauseRange: clauseRange,
                         quantities: kinds.contains(h.type) || h.type == .arrest || h.type == .deployment ? quantities : [],
                         places: places, actors: Array(persons.prefix(4)), targets: targets,
                         anaphoric: h.trigger.nominal && (h.definite || trigger != word.text), triggerWord: h.index)
        }
    }

    /// The words that belong to a trigger: from after the previous trigger word of the clause to
    /// before the next one. A killing runs over the ب-phrases that say how ("اغتيال … بضربة … بطائرة
    /// مسيرة"); an attack runs over a following singular attack verb that continues it ("قصف شنته X
    /// استهدف فصيلاً"), but not over a coordinated one ("والهجمات").
    func segment(of h: Hit, in range: Range<Int>) -> Range<Int> {
        let w = words.words
        var lo = range.lowerBound, hi = range.upperBound
        for k in range where k != h.index {
            guard let (t, _) = lookup(k), t.type != .statement else { continue }
            let violent = t.type == .attack || t.type == .airstrike
            if k < h.index { lo = k + 1; continue }
            if h.type == .killing, violent, t.nominal, w[k].key.hasPrefix("ب") { continue }
            if (h.type == .attack || h.type == .airstrike), violent, !w[k].key.hasPrefix("و"), !w[k].key.hasPrefix("ف") { continue }
            hi = k
            break
        }
        return lo..<max(lo, hi)
    }

    /// The persons a killing names: the first person within nine words after the trigger (not one
    /// named as someone's relative or successor, "سلف غني"; an apposition after a comma counts), then
    /// each person coordinated with it by و in the same noun phrase.
    func victims(of h: Hit, in seg: Range<Int>, inClause: [Int]) -> [Int] {
        let w = words.words
        let persons = inClause.filter { mentions[$0].type == .person && mentions[$0].span.start >= w[h.index].end }
            .sorted { mentions[$0].span.start < mentions[$1].span.start }
        var out: [Int] = []
        var lastEnd = h.index
        for m in persons {
            let j = words.index(at: mentions[m].span.start)
            guard seg.contains(j) else { break }
            if j > 0, words.has(j - 1, in: EventLexicon.relationNouns) { continue }
            if out.isEmpty {
                guard j - h.index <= 9 else { break }
                out.append(m)
            } else {
                let gap = (lastEnd + 1)..<j
                let coordinated = gap.contains { w[$0].key.hasPrefix("و") } || (gap.count == 1 && w[gap.lowerBound].isPunct)
                let broken = gap.contains { k in
                    (w[k].isPunct && !(gap.count == 1)) || words.has(k, in: EventLexicon.phraseBreaks)
                        || (w[k].key.hasPrefix("ب") && w[k].readings.count > 1)  // بضربة: how, not who
                }
                guard coordinated, !broken, gap.count <= 8 else { break }
                out.append(m)
            }
            lastEnd = words.index(at: max(mentions[m].span.start, mentions[m].span.end - 1))
        }
        return out
    }

    /// Places attached to the trigger: inside its segment, after it and introduced by a preposition
    /// (في، على، قرب، ب…), by و, or as its direct object; else the nearest places before it in the
    /// segment ("تعرض مطار أربيل … لهجوم").
    func attachedPlaces(_ h: Hit, segment seg: Range<Int>, inSegment: [Int]) -> [Int] {
        let w = words.words
        let places = inSegment.filter { mentions[$0].type == .place }
        var after: [Int] = []
        for m in places {
            let j = words.index(at: mentions[m].span.start)
            guard j > h.index else { continue }
            // A proclitic ب / و / ف on the place ("بالعراق", "وقاعدة"); not ل ("الموالية لإيران").
            let prev = j - 1
            let continues = after.contains { words.index(at: max(mentions[$0].span.start, mentions[$0].span.end - 1)) == prev }
            // و joins a place only to a place already attached ("في مطار بغداد وقاعدة الأسد").
            let clitic = mentions[m].span.start > w[j].start && !w[j].key.hasPrefix("ل") && (!w[j].key.hasPrefix("و") || continues)
            if h.type == .withdrawal {
                // "انسحاب … من العراق", "خروج … خارج العراق".
                if words.has(prev, in: EventLexicon.fromWords) || (clitic && w[j].key.hasPrefix("م")) { after.append(m) }
                continue
            }
            let attached = prev == h.index || clitic || words.has(prev, in: EventLexicon.placePrepositions)
                || (w[prev].key.hasPrefix("ب") && w[prev].readings.count > 1)
                || (prev > h.index && words.has(prev, in: EventLexicon.placeNouns)) || continues
                // A verb's object after its subject ("استهدفت طائرتان مسيرتان قاعدة الوادي").
                || (!h.trigger.nominal && after.isEmpty && j - h.index <= 4)
                // The object of a verb that continues the event ("هجوماً … استهدف قاعدة الوادي").
                || (lookup(prev).map { [.attack, .airstrike].contains($0.0.type) } ?? false)
            if attached { after.append(m) }
        }
        if !after.isEmpty { return after }
        return places.filter { words.index(at: mentions[$0].span.start) < h.index }
            .sorted { mentions[$0].span.start > mentions[$1].span.start }.prefix(2).map { $0 }
    }

    private func instrumentSubtype(_ range: Range<Int>) -> String? {
        var kinds = Set<String>()
        for i in range where i < words.words.count { for r in words.words[i].readings { if let k = EventLexicon.instruments[r] { kinds.insert(k) } } }
        if kinds.contains("ballistic-missile") { return "ballistic-missile" }
        if kinds.contains("drone") && kinds.contains("rocket") { return "drone-and-rocket" }
        for k in ["drone", "rocket", "bomb"] where kinds.contains(k) { return k }
        return nil
    }

    /// "14 صاروخاً", "خمسة صواريخ", "بطائرتين مسيرتين", "مقتل 4", "مقتل جندي بريطاني وجنديين أمريكيين".
    private func quantities(_ range: Range<Int>) -> [EventQuantity] {
        let w = words.words
        var out: [EventQuantity] = []
        var used = Set<Int>()
        func add(_ what: String, _ v: Int) {
            let q = EventQuantity(what: what, value: v)
            if v > 0 && !out.contains(q) { out.append(q) }
        }
        for i in range where w[i].readings.contains(where: { ["مقتل", "قتل", "مصرع"].contains($0) }) {
            if i + 1 < range.upperBound, let n = words.number(i + 1) { add("killed", n); used.insert(i + 1); continue }
            var total = 0
            var j = i + 1
            while j < min(range.upperBound, i + 9) {
                if w[j].isPunct || words.has(j, in: ["في", "من", "علي", "خلال", "اثر", "جراء"]) { break }
                if let v = w[j].readings.lazy.compactMap({ EventLexicon.casualtyNouns[$0] }).first { total += v; used.insert(j) }
                j += 1
            }
            add("killed", total)
        }
        for i in range where !used.contains(i) {
            if let n = words.number(i) {
                var j = i + 1
                if j < range.upperBound, w[j].key == "من" { j += 1 }
                if j < range.upperBound, let (what, _) = w[j].readings.lazy.compactMap({ EventLexicon.counted[$0] }).first {
                    add(what, n)
                    used.insert(j)
                }
            } else if let (what, implied) = w[i].readings.lazy.compactMap({ EventLexicon.counted[$0] }).first,
                      implied == 2, what != "soldiers", !(i > range.lowerBound && used.contains(i - 1)) {
                if !out.contains(where: { $0.what == what }) { add(what, 2) }
            }
        }
        return out
    }
}
