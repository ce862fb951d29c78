import ArabicDates

/// The day of the news an article's lead reports ("أصيب جندي في اشتباكات جدت مساء اليوم", "أمس الأحد"),
/// which the sentences right after the lead that state no time of their own report too ("كما تمكنت
/// القوات من القضاء على …", "وقد أسفر الهجوم عن مقتل …").
struct LeadNewsDay {
    /// The lead's date mention.
    let mention: Int
    /// The sentence of that mention.
    let leadSentence: Int
    /// The last sentence the day carries to.
    let through: Int

    /// How many sentences after the lead's a news day carries to, at most.
    static let reach = 3
    /// How many days before the article's date the lead's news may be (a weekly's "يوم الجمعة").
    static let maxAge = 3

    /// The news day of an article's date mentions (in text order), or nil: the first mention must be in the
    /// first two sentences, to the day, at most `maxAge` days before the article's `reference` date; it
    /// carries on while later sentences state only that same day.
    init?(dates: [DateMention], reference: PartialDate) {
        guard reference.day != nil, let first = dates.indices.min(by: { dates[$0].sentence < dates[$1].sentence }),
              dates[first].sentence < 2, let day = dates[first].date, day.day != nil, day <= reference,
              let earliest = CalendarMath.adding(days: -Self.maxAge, to: reference), earliest <= day else { return nil }
        var through = dates[first].sentence + Self.reach
        for d in dates where d.sentence > dates[first].sentence && d.date != day {
            through = min(through, d.sentence - 1)
        }
        mention = first
        leadSentence = dates[first].sentence
        self.through = through
    }

    /// The lead's date mention when sentence `si` is one the news day carries to.
    func carries(to si: Int) -> Int? {
        si > leadSentence && si <= through ? mention : nil
    }
}
