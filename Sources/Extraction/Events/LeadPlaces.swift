import ArabicDates

/// The lead's place of an arrest or a killing, which a later sentence of the same story may tell again without
/// naming where: «اعتقلت الشرطة شخصا مسلحا في العاصمة لندن. وقالت الشرطة إنها اعتقلت الرجل قرب البرلمان …»,
/// «أفضت العملية الأمنية بجهة مطماطة إلى القضاء على ثلاثة إرهابيين … فيما تم القبض على عنصر رابع».
///
/// Only when the lead (the article's first sentence) tells one arrest or killing with a place, the later event is an
/// arrest or killing of the first three sentences after it, its clause names no place (not even one no name was found
/// for), the title gave it none, and it is of the lead's day (both dated: an undated one may be told in the background,
/// "وكان قد تم إيقاف …"); and not when the clause puts it near or on the coast of something the lead does not name
/// ("كما تم أيضا قرب الشريط الحدودي القبض على …": another operation somewhere else).
struct LeadPlaces {
    /// How many sentences after the lead may take its place.
    static let reach = 3

    private(set) var places: [Int] = []
    private(set) var phrase: String?
    private(set) var date: PartialDate?
    /// The lead told more than one arrest or killing in different places (or one with no place): which is unsure.
    private(set) var unsure = false
    private var recorded = false

    /// Takes an event of the lead, with its final places and date.
    mutating func record(places: [Int], phrase: String?, date: PartialDate?) {
        if recorded {
            if places != self.places || phrase != self.phrase { unsure = true }
            return
        }
        recorded = true
        (self.places, self.phrase, self.date) = (places, phrase, date)
        if places.isEmpty && phrase == nil { unsure = true }
    }

    /// The lead's place for an event of sentence `sentence` dated `date`, or nil.
    func place(forSentence sentence: Int, date: PartialDate?) -> (places: [Int], phrase: String?)? {
        guard recorded, !unsure, sentence > 0, sentence <= Self.reach, date != nil, date == self.date else { return nil }
        return (places, phrase)
    }

    /// Words that place an event near, around or on the coast of what the next word names.
    static let nearWords = WordSet(["قرب", "بقرب", "بالقرب", "قبالة", "محيط", "بمحيط", "سواحل", "بسواحل", "ساحل", "بساحل"].map(EventLexicon.key))

    /// Whether the clause `range` puts its event near something the lead does not name ("قرب الشريط الحدودي"; not
    /// "قرب البرلمان" after a lead that named "مبنى البرلمان").
    static func placedElsewhere(_ words: SentenceWords, _ range: Range<Int>, lead: SentenceWords) -> Bool {
        let leadKeys = Set(lead.words.map(\.key))
        return range.contains { k in
            guard words.has(k, in: nearWords) else { return false }
            var j = k + 1
            if words.isAny(j, ["من"]) { j += 1 }
            guard j < words.words.count, !words.words[j].isPunct else { return false }
            return !leadKeys.contains(words.words[j].key)
        }
    }
}
