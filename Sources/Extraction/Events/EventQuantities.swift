import ArabicText

/// What the words of a sentence say about an event's instrument and numbers.
extension SentenceEvents {
    /// The weapon a range of words names: ballistic missiles, drones and rockets, drones, rockets, bombs,
    /// gunfire or blades, strongest first.
    func instrumentSubtype(_ range: Range<Int>) -> String? {
        var kinds = Set<String>()
        for i in range where i < words.words.count {
            for r in words.words[i].readings {
                guard let k = EventLexicon.instruments[r] else { continue }
                // "مسيرات منددة": marches; a drone is "طائرة مسيرة" or an instrument "بمسيرة".
                if k == "drone", EventLexicon.marchOrDrone.contains(r), !isDroneWord(i) { continue }
                kinds.insert(k)
            }
        }
        if kinds.contains("ballistic-missile") { return "ballistic-missile" }
        if kinds.contains("drone") && kinds.contains("rocket") { return "drone-and-rocket" }
        for k in ["suicide", "drone", "rocket", "bomb", "gunfire", "blade"] where kinds.contains(k) { return k }
        return nil
    }

    /// Whether "مسيرة" at `i` is a drone: after an aircraft noun ("طائرات مسيرة") or an instrument ("بمسيرة")
    /// always; a march when a protest word follows ("مسيرات منددة", "مسيرة سلمية") or it is where people were
    /// ("خروجه في مسيرات"); else a drone ("استهدفت مسيرة تركية").
    func isDroneWord(_ i: Int) -> Bool {
        if i > 0, words.words[i - 1].readings.contains(where: { EventLexicon.aircraft.contains($0) }) { return true }
        let text = words.words[i].text
        if UTF8Key.hasPrefix(text, "ب") || UTF8Key.hasPrefix(text, "وب") { return true }
        if i + 1 < words.words.count, words.words[i + 1].readings.contains(where: { EventLexicon.marchWords.contains($0) }) { return false }
        if i > 0, words.isAny(i - 1, ["في", "خروج", "تنظيم", "نظم", "نظموا"]) { return false }
        return true
    }

    /// The words of "مقتل 4", and those that end the list of its victims. (Sets of their bytes, made once: the
    /// literals were a new array and a new `Set<String>` at every word, compared and hashed under canonical
    /// equivalence; these words have no scalar with a decomposition and no mark, so their bytes compare the same.)
    static let killingNouns = WordSet(["مقتل", "قتل", "مصرع"])
    static let casualtyStops = WordSet(["في", "من", "علي", "خلال", "اثر", "جراء"])

    /// "14 صاروخاً", "خمسة صواريخ", "بطائرتين مسيرتين", "مقتل 4", "مقتل جندي بريطاني وجنديين أمريكيين".
    func quantities(_ range: Range<Int>) -> [EventQuantity] {
        let w = words.words
        var out: [EventQuantity] = []
        var used = Set<Int>()
        func add(_ what: String, _ v: Int) {
            let q = EventQuantity(what: what, value: v)
            if v > 0 && !out.contains(q) { out.append(q) }
        }
        for i in range where words.has(i, in: Self.killingNouns) {
            if i + 1 < range.upperBound, let n = words.number(i + 1) { add("killed", n); used.insert(i + 1); continue }
            var total = 0
            var j = i + 1
            while j < min(range.upperBound, i + 9) {
                if w[j].isPunct || words.has(j, in: Self.casualtyStops) { break }
                if let v = w[j].readings.lazy.compactMap({ EventLexicon.casualtyNouns[$0] }).first { total += v; used.insert(j) }
                j += 1
            }
            add("killed", total)
        }
        for i in range where !used.contains(i) {
            if let n = words.number(i) {
                var j = i + 1
                if j < range.upperBound, UTF8Key.sameBytes(w[j].key, "من") { j += 1 }
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
