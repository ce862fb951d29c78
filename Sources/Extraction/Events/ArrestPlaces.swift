/// Where an arrest was when its clause names a raid or the units that made it: the place of the raid that led to
/// it («خلال مداهمة منزل بمدينة X من إيقاف», «إثر مداهمة منزله بأحد أحياء مدينة X»), the seats of every unit the
/// clause names («الوحدات الأمنية بسوسة وزغوان»), the place «على مستوى» puts it; never the seat of a national
/// unit («الفرقة الوطنية لمكافحة المخدرات … بتونس»), which is where the unit is based, not where it acted.
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
        if between.contains(where: { (w[$0].isPunct && w[$0].key != "\"") || (lookup($0) != nil && covering[$0] == nil)
            || words.has($0, in: EventLexicon.complementizer) }) { return nil }
        var k = r + 1
        while k < min(range.upperBound, r + 10), k != h.index {
            if w[k].isPunct && w[k].key != "\"" { return nil }
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
            return !words.words[k].isPunct && (key.hasPrefix("ال") || key.hasPrefix("ل") || key.hasPrefix("وال") || key == "و"
                || words.has(k, in: EventContextLexicon.securityNouns) || words.has(k, in: Self.unitHeads))
        }
    }

    /// Places before the trigger that say where the units that arrested or killed are: a place with its ب, after a
    /// place noun or في, one joined to such a place by و ("بسوسة وزغوان"), or after «على مستوى» ("على مستوى سواحل X").
    func unitPlaces(before h: Hit, in range: Range<Int>) -> [Int] {
        let w = words.words
        var found: [Int] = []
        var lastTaken = -2
        for j in range.lowerBound..<h.index {
            guard let m = startingAt[j], mentions[m].type == .place, !isJunkPlace(m), !isNationalUnitSeat(j, in: range) else { continue }
            let clitic = (mentions[m].span.start > w[j].start || w[j].key.hasPrefix("بال")) && w[j].key.hasPrefix("ب")
            let joined = lastTaken == j - 1 && w[j].key.hasPrefix("و") && mentions[m].span.start > w[j].start
            let level = words.isAny(j - 1, ["مستوي"]) || (words.isAny(j - 2, ["مستوي"]) && !words.hasPrepositionClitic(j - 1) && !w[j - 1].isPunct)
            // ("بالقيروان" found whole by the name finder is the clitic and the name too)
            if clitic || joined || level || words.has(j - 1, in: EventLexicon.placeNouns) || words.isAny(j - 1, ["في"]) {
                found.append(m)
                lastTaken = lastWord[m]!
            }
        }
        return found
    }
}
