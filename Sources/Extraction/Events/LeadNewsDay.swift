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
    /// first two sentences, to the day, at most `maxAge` days before the article's `reference` date — or to the
    /// month, the article's month or the one before (`newsMonth`: "خلال شهر مارس الماضي", "نهاية الأسبوع الماضي";
    /// not the start of a series, `opensSeries`: "منذ جانفي"); it carries on while later sentences state only
    /// that same date, at the precision it has.
    /// A first mention that dates a statement (`datesStatement`: "أفادت الوزارة في بلاغ لها اليوم السبت أن
    /// الوحدات تمكنت أمس الجمعة من القبض") gives way to a later day of the same sentence that does not: the
    /// news is the arrest's day, not the statement's.
    init?(dates: [DateMention], reference: PartialDate, datesStatement: (Int) -> Bool = { _ in false },
          opensSeries: (Int) -> Bool = { _ in false }) {
        guard reference.day != nil, var first = dates.indices.min(by: { dates[$0].sentence < dates[$1].sentence }),
              dates[first].sentence < 2, let earliest = CalendarMath.adding(days: -Self.maxAge, to: reference) else { return nil }
        func newsDay(_ i: Int) -> Bool {
            // ("اندلاع اشتباكات منذ أيام": a duration counted back is the start of what goes on, not the lead's news)
            guard let day = dates[i].date, !EventDating.isElapsed(dates[i].text) else { return false }
            if day.day == nil { return Self.newsMonth(day, reference: reference) && !opensSeries(i) }
            return day <= reference && earliest <= day
        }
        if datesStatement(first), let own = dates.indices.first(where: { i in
            i != first && dates[i].sentence == dates[first].sentence && dates[i].span.start > dates[first].span.start
                && newsDay(i) && !datesStatement(i) && dates[i].date.map { $0 < dates[first].date ?? reference } == true
        }) {
            first = own
        }
        guard newsDay(first), let day = dates[first].date else { return nil }
        var through = dates[first].sentence + Self.reach
        // (a duration counted back, "الحي الذي شهد عملية مماثلة قبل أسبوعين", tells of another time, not of another news day)
        // (nor does a date long before after «منذ», "فار منذ 2011": when a state began)
        for (i, d) in dates.enumerated() where d.sentence > dates[first].sentence && d.date != day && !EventDating.isElapsed(d.text)
            && !(opensSeries(i) && EventDating.longBefore(d.date, reference)) {
            through = min(through, d.sentence - 1)
        }
        mention = first
        leadSentence = dates[first].sentence
        self.through = through
    }

    /// True when `month` (a date to the month) is the month of `reference` or the one before it: a lead's tally
    /// or campaign of the past weeks.
    static func newsMonth(_ month: PartialDate, reference: PartialDate) -> Bool {
        guard month.day == nil, let m = month.month, let r = reference.month else { return false }
        let before = r == 1 ? (reference.year - 1, 12) : (reference.year, r - 1)
        return (month.year == reference.year && m == r) || (month.year == before.0 && m == before.1)
    }

    /// How many words before a date a report's noun or verb may stand for the date to be the report's.
    static let statementReach = 4

    /// True when the date `d` dates a statement: a report's noun or verb stands in the `statementReach` words
    /// before it ("في بلاغ لها اليوم السبت", "أعلنت الوزارة اليوم").
    static func datesStatement(_ d: DateMention, in words: SentenceWords) -> Bool {
        let first = words.index(at: d.span.start)
        return (max(0, first - statementReach)..<first).contains {
            words.has($0, in: EventContextLexicon.reportNouns) || words.has($0, in: EventLexicon.reporting)
        }
    }

    /// The lead's date mention when sentence `si` is one the news day carries to.
    func carries(to si: Int) -> Int? {
        si > leadSentence && si <= through ? mention : nil
    }
}

/// A lead whose news no stated day dates and the article's date does (inferred: "تمكنت الوحدات من إلقاء القبض على 4
/// عناصر"): the next sentences that tell more arrests ("كما تم إلقاء القبض على شخصين") and state no time, nor follow
/// one that does, report that day's news too.
struct ArticleDayLead {
    /// The lead's sentence.
    let sentence: Int
    /// The types of the lead's events the article's date dated.
    let types: Set<EventType>

    /// True when an event of `type` in sentence `si` tells on the lead's news: of a type the lead's news is, within
    /// `LeadNewsDay.reach` sentences after it, and no sentence from the lead's next one through `si` states a time (a
    /// duration counted back aside: "منذ شهر" tells when something began).
    func carries(_ type: EventType, to si: Int, datedSentences: [Int: [Int]], _ dates: [DateMention]) -> Bool {
        guard types.contains(type), si > sentence, si <= sentence + LeadNewsDay.reach else { return false }
        return !((sentence + 1)...si).contains { s in
            (datedSentences[s] ?? []).contains { !EventDating.isElapsed(dates[$0].text) }
        }
    }
}
