/// The country of the police or authority that made or announced an arrest whose clause names no place: «ألقت الشرطة
/// البلجيكية القبض على …», «أعلنت وزارة الداخلية المغربية … عن اعتقال …», «أوقف الأمن الأردني رجلا» — a country's police
/// arrests in its own country. Not an army or forces («القوات الأمريكية», «الجيش …»), which act abroad, nor a body after a
/// preposition («سلمته إلى السلطات التونسية»), and none when the clause names two such countries.
extension EventExtractor {
    /// Heads of a country's police or interior authority ("الشرطة", "السلطات", "الأمن", "وزارة الداخلية", "مصالح الأمن").
    static let policeHeads = WordSet(["الشرطة", "شرطة", "السلطات", "سلطات", "الأمن", "أمن", "الداخلية", "الدرك", "مصالح"]
        .map(EventLexicon.key))

    /// Demonyms of a continent or a region, which name no one country's police ("الشرطة الأوروبية").
    static let regionsOfDemonyms: Set<String> = ["أوروبا", "أفريقيا", "الخليج"]

    /// The country a police or authority before the trigger names by its adjective, over at most two definite words
    /// («مصالح الأمن البولونية», «قوات الأمن المصرية»), or nil.
    /// A verb's subject may follow it («أوقف الأمن الأردني رجلا»).
    static func forceCountry(_ words: SentenceWords, trigger: Int, verbal: Bool, in range: Range<Int>) -> String? {
        let w = words.words
        var found: String?
        let heads = Array(range.lowerBound..<min(trigger, w.count)) + (verbal && trigger + 1 < min(range.upperBound, w.count) ? [trigger + 1] : [])
        for k in heads
        where words.has(k, in: policeHeads) && !words.hasPrepositionClitic(k) && !words.isAny(k - 1, ["الي", "علي", "من", "مع", "عن", "لدي"]) {
            let end = k < trigger ? trigger : min(range.upperBound, w.count)
            var j = k + 1
            while j < min(end, k + 4), !w[j].isPunct, w[j].key.hasPrefix("ال") {
                if let c = PlaceKinds.country(ofDemonym: w[j].key) {
                    guard !regionsOfDemonyms.contains(c) else { return nil }
                    if let f = found, f != c { return nil }
                    found = c
                    break
                }
                j += 1
            }
        }
        return found
    }
}
