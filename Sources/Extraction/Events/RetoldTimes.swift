import ArabicDates

/// "أعلن الناطق … اليوم الأحد عن … إيقاف عدد من عناصر المجموعة. وأوضح أن عملية القبض على عناصر المجموعة تمت منذ
/// قرابة أسبوعين": news announced with no time of its own, then told again a sentence or two on with how long ago it
/// happened. The announcement's day, inferred, is not the event's: the time told after is.
extension EventExtractor {
    /// How many sentences after an event given an inferred day its retelling may stand.
    static let retellingReach = 2

    /// Gives each event of `given` (events dated by a day the text does not state for them) the time of a later event of
    /// the same type within `retellingReach` sentences whose date is a duration counted back ("منذ قرابة أسبوعين",
    /// "منذ سنوات"): its date, or none when the duration names none.
    static func takeRetoldTimes(of given: [Int], in ex: inout DocumentExtraction) {
        for i in given {
            let e = ex.events[i]
            guard let later = ex.events.indices.first(where: { j in
                let f = ex.events[j]
                guard j != i, f.type == e.type, f.sentence > e.sentence, f.sentence - e.sentence <= retellingReach,
                      let d = f.date, !ex.dates[d].text.isEmpty else { return false }
                return EventDating.isElapsed(ex.dates[d].text)
            }) else { continue }
            ex.events[i].date = ex.events[later].date
        }
    }
}
