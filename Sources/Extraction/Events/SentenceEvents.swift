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
        let subtype = instrumentSubtype(range)
        var chosen: [(Hit, [Int])] = []  // hit, killing targets
        // A killing with a named person right after it.
        for h in hits where h.type == .killing {
            let persons = inClause.filter { m in
                mentions[m].type == .person && mentions[m].span.start >= w[h.index].end && words.index(at: mentions[m].span.start) - h.index <= 9
            }
            if !persons.isEmpty {
                let all = inClause.filter { mentions[$0].type == .person && mentions[$0].span.start >= w[h.index].end
                    && words.index(at: mentions[$0].span.start) - h.index <= 14 }
                chosen.append((h, Array(all.prefix(3))))
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
            var targets = killed
            if targets.isEmpty, [.attack, .airstrike, .killing, .arrest].contains(h.type) {
                targets = inClause.filter { m in
                    let s = mentions[m].span.start
                    guard s >= word.end else { return false }
                    let j = words.index(at: s)
                    return (max(h.index, j - 2)..<j).contains { k in
                        k == h.index || w[k].readings.contains { $0 == "علي" || $0 == "ضد" }
                    }
                }
            }
            let persons = inClause.filter { [.person, .organization].contains(mentions[$0].type) && !targets.contains($0) }
            var places = inClause.filter { mentions[$0].type == .place && !persons.contains($0) }
            if places.isEmpty {
                places = mentionIndexes.filter { mentions[$0].type == .place && !targets.contains($0) && !inClause.contains($0) }
            }
            if (h.type == .threat || h.type == .meeting || h.type == .visit || h.type == .statement) && persons.isEmpty { return nil }
            let kinds: Set<EventType> = [.attack, .airstrike, .killing]
            return Found(type: h.type, subtype: kinds.contains(h.type) ? subtype : nil, trigger: trigger,
                         triggerStart: word.start, triggerEnd: word.end, clause: c, clauseRange: clauseRange,
                         quantities: kinds.contains(h.type) || h.type == .arrest || h.type == .deployment ? quantities : [],
                         places: places, actors: Array(persons.prefix(4)), targets: targets,
                         anaphoric: h.trigger.nominal && (h.definite || trigger != word.text), triggerWord: h.index)
        }
    }

    private func instrumentSubtype(_ range: Range<Int>) -> String? {
        var kinds = Set<String>()
        for i in range { for r in words.words[i].readings { if let k = EventLexicon.instruments[r] { kinds.insert(k) } } }
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
