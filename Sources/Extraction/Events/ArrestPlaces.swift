import ArabicText
/// Where an arrest was when its clause names a raid or the units that made it: the place of the raid that led to
/// it («خلال مداهمة منزل بمدينة X من إيقاف», «إثر مداهمة منزله بأحد أحياء مدينة X»), the seats of every unit the
/// clause names («الوحدات الأمنية بسوسة وزغوان»), the place «على مستوى» puts it; never the seat of a national
/// unit («الفرقة الوطنية لمكافحة المخدرات … بتونس»), which is where the unit is based, not where it acted. And the
/// arresting units' phrase with what says which units: their seat and the force they belong to (`withSeat`,
/// `withOwningForce`), and the units a passive arrest's by-phrase names (`passiveForce`).
extension SentenceEvents {
    /// Nouns and verbs of a raid on a house or a hide-out.
    static let raidWords: WordSet = WordSet(["مداهمة", "مداهمات", "مداهمتها", "مداهمته", "داهمت", "داهم", "داهموا"].map(EventLexicon.key))

    /// The place of a raid the arrest's clause names (before or after the trigger, with no other event between):
    /// a place mention after ب, في or a place noun within the raid's phrase, else a one-word name after an area
    /// noun or with its ب, as written. Nil when the raid names no place surely.
    func raidPlace(of h: Hit, in range: Range<Int>) -> (places: [Int], phrase: String?)? {
        let w = words.words
        guard let r = range.first(where: { words.has($0, in: Self.raidWords) && covering[$0] == nil }), r != h.index else { return nil }
        let between = r < h.index ? (r + 1)..<h.index : (h.index + 1)..<r
        // (one stretch of words: a comma, another trigger or a complementizer between them starts another clause)
        if between.contains(where: { (w[$0].isPunct && !w[$0].isKey("\"")) || (lookup($0) != nil && covering[$0] == nil)
            || words.has($0, in: EventLexicon.complementizer) }) { return nil }
        var k = r + 1
        while k < min(range.upperBound, r + 10), k != h.index {
            if w[k].isPunct && !w[k].isKey("\"") { return nil }
            if lookup(k) != nil && covering[k] == nil { return nil }
            if let m = startingAt[k] {
                guard mentions[m].type == .place, !isJunkPlace(m) else { k = lastWord[m]! + 1; continue }
                let clitic = mentions[m].span.start > w[k].start && w[k].key.hasPrefix("ب")
                if clitic || words.isAny(k - 1, ["في"]) || words.has(k - 1, in: EventLexicon.placeNouns) {
                    return isOriginOrSeat(before: k, after: r) ? nil : ([m] + governorate(after: lastWord[m]!, in: range), nil)
                }
                // "بحمام سوسة": a longer name the finder cut; unsure.
                return nil
            }
            if words.has(k, in: Self.areaNouns), words.hasPrepositionClitic(k) || words.isAny(k - 1, ["في"]) || words.has(k - 1, in: Self.neighbourhoodWords) {
                if let m = startingAt[k + 1], mentions[m].type == .place, !isJunkPlace(m) { return ([m] + governorate(after: lastWord[m]!, in: range), nil) }
                return placeName(at: k + 1, in: range).map { (governorate(after: k + 1, in: range), $0) }
            }
            k += 1
        }
        return nil
    }

    /// The governorate named right after a town ("بمعتمدية X من ولاية Y", "X التابعة لولاية Y"), which the event keeps
    /// beside the town.
    private func governorate(after end: Int, in range: Range<Int>) -> [Int] {
        for k in (end + 1)..<min(range.upperBound, end + 6) {
            if words.words[k].isPunct { return [] }
            if let m = startingAt[k] { return mentions[m].type == .place && isGovernorateNamed(m) && !isJunkPlace(m) ? [m] : [] }
        }
        return []
    }

    /// The town named right before a governorate the event takes as its place, as written («بمدينة قرطوبة من
    /// ولاية الربوة», «بالقرب من جبل الزيتون من ولاية الربوة», «بالزهراوية التابعة لولاية الربوة»): the phrase
    /// puts the town in the governorate, and the town says where more closely. Only a town written as a place — with
    /// its ب, after an area noun or في, or a toponym's two words — not where someone comes from or lives, not a
    /// noun in construct with the governorate («بأحواز ولاية الربوة»), not past a protest or a charge after the
    /// trigger, and not when a place of the event before it already says where more closely («بمنطقة X من
    /// معتمدية قرطوبة بولاية الربوة»).
    func townBefore(governorate m: Int, of h: Hit, places: [Int], in range: Range<Int>) -> String? {
        guard isGovernorateNamed(m), let g = firstWord[m] else { return nil }
        let w = words.words
        let noun = g - 1
        let end: Int
        var construct = false
        if words.isAny(noun - 1, ["من"]) || words.has(noun - 1, in: Self.belongingWords) {
            end = noun - 2
        } else if !words.hasPrepositionClitic(noun) || w[noun].key.hasPrefix("ب") {
            end = noun - 1
            construct = !words.hasPrepositionClitic(noun)
        } else {
            return nil
        }
        guard end >= range.lowerBound, !w[end].isPunct else { return nil }
        // (a word after an area noun carries no preposition of its own: «بجهة برقو» is برقو)
        func cliticB(_ k: Int) -> Bool { words.hasPrepositionClitic(k) && w[k].key.hasPrefix("ب") && !words.has(k - 1, in: Self.areaNouns) }
        func fromElsewhere(_ k: Int) -> Bool {
            isOriginOrSeat(before: k, after: range.lowerBound - 1) || words.has(k - 1, in: Self.originOrHomeWords)
                || (words.has(k - 1, in: Self.areaNouns) && words.has(k - 2, in: Self.originOrHomeWords))
                || (k > h.index && (h.index..<k).contains { chargePhrase(at: $0) != nil || words.has($0, in: EventLexicon.complementizer)
                    || words.has($0, in: Self.gatherings) })
                || places.contains { p in firstWord[p].map { $0 < k && k - $0 <= 8 } == true && !isGovernorateNamed(p) }
                // ("أفاد مراسل الإذاعة بقرطوبة من ولاية الربوة": where the reporter is)
                || (max(range.lowerBound, k - 8)..<k).contains { words.has($0, in: Self.reporterWords) }
        }
        // Two words: a toponym's head and its name, or a two-word name after an area noun.
        if end - 1 >= range.lowerBound, let name = placeName(at: end - 1, in: range, clitic: cliticB(end - 1)),
           name.unicodeScalars.contains(" ") {
            return fromElsewhere(end - 1) ? nil : name
        }
        // One word, with its ب or after an area noun or في; definite when in construct with the governorate's noun.
        let introduced = cliticB(end) || words.has(end - 1, in: Self.areaNouns) || words.isAny(end - 1, ["في"])
        // (with its ب, a definite word the governorate follows is a town even when the dictionary knows it: «بالمكنين»)
        guard introduced, !fromElsewhere(end), let name = placeName(at: end, in: range, clitic: cliticB(end), seat: cliticB(end)),
              !construct || EventLexicon.key(name).hasPrefix("ال") else { return nil }
        return name
    }

    /// "بأحد أحياء مدينة X": the words before an area noun that still say where.
    static let neighbourhoodWords: WordSet = WordSet(["أحياء", "احياء", "ضواحي", "أطراف", "وسط"].map(EventLexicon.key))

    /// Words after a unit's head that make it a national or central unit ("الفرقة الوطنية", "الإدارة المركزية"):
    /// its seat is its headquarters.
    static let nationalWords: WordSet = WordSet(["الوطنية", "المركزية"].map(EventLexicon.key))

    /// Whether the place at word `j`, before the trigger, is the seat of a national or central unit the clause names
    /// ("الفرقة الوطنية لمكافحة المخدرات التابعة للحرس الوطني بتونس").
    func isNationalUnitSeat(_ j: Int, in range: Range<Int>) -> Bool {
        guard let u = (range.lowerBound..<j).last(where: { (words.has($0, in: Self.unitHeads) || words.has($0, in: EventContextLexicon.securityNouns))
            && words.has($0 + 1, in: Self.nationalWords) }) else { return false }
        // Only the words of the unit's name come between ("لمكافحة المخدرات التابعة للحرس الوطني"), not a verb
        // ("… للحرس الوطني من تفكيك شبكة تنشط بولاية X": where the network was).
        return ((u + 2)..<j).allSatisfy { k in
            let key = words.words[k].key
            return !words.words[k].isPunct && (UTF8Key.hasPrefix(key, "ال") || UTF8Key.hasPrefix(key, "ل") || UTF8Key.hasPrefix(key, "وال") || key == "و"
                || words.has(k, in: EventContextLexicon.securityNouns) || words.has(k, in: Self.unitHeads))
        }
    }

    /// A reporter's nouns ("مراسل", "مراسلة", "مراسلنا").
    static let reporterWords: WordSet = WordSet(["مراسل", "مراسلة", "مراسلنا", "لمراسل", "لمراسلة"].map(EventLexicon.key))

    /// Heads of a court or a prosecution office ("المحكمة الابتدائية بقرطوبة", "النيابة العمومية بقرطوبة").
    static let courtHeads: WordSet = WordSet(["محكمة", "المحكمة", "نيابة", "النيابة"].map(EventLexicon.key))

    /// Whether the place at word `j` is the seat of a court or prosecution office named right before it, over at most
    /// three of its definite adjectives ("الناطق باسم المحكمة الابتدائية بقرطوبة", "مفتش عنه لفائدة المحكمة العسكرية
    /// الدائمة بقرطوبة"): where the case is heard, not where the event was.
    func isCourtSeat(_ j: Int) -> Bool {
        var k = j - 1
        while k >= 0, j - k <= 4 {
            if words.has(k, in: Self.courtHeads) { return true }
            let key = words.words[k].key
            guard !words.words[k].isPunct, UTF8Key.hasPrefix(key, "ال") || UTF8Key.hasPrefix(key, "وال") else { return false }
            k -= 1
        }
        return false
    }

    /// Places before the trigger that say where the units that arrested or killed are: a place with its ب, after a
    /// place noun or في, one joined to such a place by و ("بسوسة وزغوان"), or after «على مستوى» ("على مستوى سواحل X").
    func unitPlaces(before h: Hit, in range: Range<Int>) -> [Int] {
        let w = words.words
        var found: [Int] = []
        var lastTaken = -2
        for j in range.lowerBound..<h.index {
            guard let m = startingAt[j], mentions[m].type == .place, !isJunkPlace(m), !isNationalUnitSeat(j, in: range), !isCourtSeat(j) else { continue }
            let clitic = (mentions[m].span.start > w[j].start || w[j].key.hasPrefix("بال")) && w[j].key.hasPrefix("ب")
            let joined = lastTaken == j - 1 && w[j].key.hasPrefix("و") && mentions[m].span.start > w[j].start
            let level = words.isAny(j - 1, ["مستوي"]) || (words.isAny(j - 2, ["مستوي"]) && !words.hasPrepositionClitic(j - 1) && !w[j - 1].isPunct)
            // "التابعة للمنطقة البحرية X": a place noun and its adjective before the name; a second name right after
            // one taken there («… X Y»: a district named after two towns).
            let described = j - 2 >= range.lowerBound && Self.isNisba(w[j - 1].key) && !w[j - 1].isPunct
                && words.has(j - 2, in: EventLexicon.placeNouns) && words.hasPrepositionClitic(j - 2)
            let paired = lastTaken == j - 1 && mentions[m].span.start == w[j].start && !words.hasPrepositionClitic(j)
                && !isGovernorateNamed(m)
            // ("بالقيروان" found whole by the name finder is the clitic and the name too)
            if clitic || joined || level || described || paired || words.has(j - 1, in: EventLexicon.placeNouns) || words.isAny(j - 1, ["في"]) {
                found.append(m)
                lastTaken = lastWord[m]!
            }
        }
        return found
    }

    /// "تم إيقاف المتهم من طرف أعوان الحرس الوطني", "وقع القبض عليه من قبل الوحدات الأمنية": the security noun that
    /// opens the by-phrase of an arrest told in the passive (تم or وقع right before the verbal noun), within eight words
    /// of it; not the by-phrase of a warrant or a search the arrested man was wanted by ("صادرة في حقه مناشير تفتيش من
    /// قبل …", "مفتش عنه من طرف …"), nor one past another event, a complementizer or the clause's end.
    func passiveForce(of h: Hit, segment seg: Range<Int>) -> Int? {
        guard h.trigger.nominal, words.isAny(h.index - 1, ["تم", "وتم", "فتم", "وقع", "ووقع"]) else { return nil }
        for k in (h.index + 1)..<max(h.index + 1, min(seg.upperBound, h.index + 9)) {
            if words.has(k, in: Self.wantedByWords) || lookup(k) != nil || words.has(k, in: EventLexicon.complementizer) { return nil }
            guard isByPhrase(at: k) else { continue }
            let n = k + 1
            guard n < seg.upperBound, words.has(n, in: EventContextLexicon.securityNouns) else { return nil }
            return covering[n] == nil || startingAt[n].map({ mentions[$0].type == .organization }) == true ? n : nil
        }
        return nil
    }

    /// Words of a warrant or a search a by-phrase may be about instead of the arrest (beside `warrantWords`).
    static let wantedByWords: WordSet = WordSet(["صادر", "صادرة", "صادرا", "الصادرة", "مفتش", "مفتشا", "منشور", "منشورات", "مناشير", "بطاقة",
                                                "بطاقات", "حكم", "أحكام", "محكوم", "مطلوب", "مطلوبا"].map(EventLexicon.key))

    /// A force's phrase with the force it belongs to right after it ("فرقة الأبحاث والتفتيش [للحرس الوطني]"): لل + a
    /// security noun and up to two adjectives that say which ("الوطني").
    func withOwningForce(_ np: Range<Int>, before trigger: Int) -> Range<Int> {
        let e = np.upperBound
        guard !np.isEmpty, e < trigger, words.words[e].key.hasPrefix("لل"), words.has(e, in: EventContextLexicon.securityNouns) else { return np }
        var k = e + 1
        while k < min(trigger, e + 3), words.has(k, in: DescribedRoles.namedForceAdjectives) { k += 1 }
        return np.lowerBound..<k
    }

    /// A force's phrase with the seat right after it that says which units: a place its ب governs ("الوحدات الأمنية
    /// [بقبلي]", "وحدات الحرس البحري [بالمنستير]"), or ب + a place noun and the place ("الوحدات الأمنية [بمنطقة حمام
    /// سوسة]"); not a place noun with no name after it ("بالجهة"), nor a seat past the trigger.
    func withSeat(_ np: Range<Int>, before trigger: Int) -> Range<Int> {
        let e = np.upperBound
        guard !np.isEmpty, e < trigger, !words.words[e].isPunct, words.words[e].key.hasPrefix("ب") else { return np }
        let seat = startingAt[e] == nil && words.has(e, in: EventLexicon.placeNouns) ? e + 1 : e
        guard seat < trigger, let m = startingAt[seat], mentions[m].type == .place, !isJunkPlace(m), lastWord[m]! < trigger,
              seat > e || mentions[m].span.start > words.words[e].start else { return np }
        return np.lowerBound..<(lastWord[m]! + 1)
    }
}
