import ArabicDates
import Extraction

/// The resolved date of every date mention of every article, after corpus-level year anchoring.
///
/// An article without metadata whose text never states a year ("في 3 يناير", "27 يونيو الماضي")
/// gets its year from another article: when one of its events has a month and day and an event of a
/// compatible type in a dated article has the same month and day (preferring shared entities), that
/// year is the anchor. The article's reference becomes that year with the month
/// `ArticleDateInference` found, and all its date mentions are resolved again, flagged inferred.
struct EventDateAnchoring {
    /// dates[article][dateIndex] = (date, inferred)
    var dates: [[(PartialDate?, Bool)]]
    /// The reference date given to each article anchored this way (year from the other article).
    var articleDates: [Int: PartialDate] = [:]

    init(documents: [Document], extractions: [DocumentExtraction], entityOf: (Int, Int) -> Int?) {
        dates = extractions.map { ex in ex.dates.map { ($0.date, $0.inferred) } }
        for a in documents.indices where documents[a].date == nil {
            let inference = ArticleDateInference.infer(blocks: documents[a].blocks)
            guard inference?.date == nil else { continue }
            let ex = extractions[a]
            var votes: [Int: Int] = [:]
            var anchorExpression: TemporalExpression?
            for e in ex.events {
                guard let di = e.date, ex.dates[di].date == nil,
                      let expr = ArabicDateParser.parse(ex.dates[di].text).first, let m = expr.month, let d = expr.day else { continue }
                let mine = Set((e.places + e.targets + e.actors).compactMap { entityOf(a, $0) })
                for b in extractions.indices where b != a {
                    for other in extractions[b].events where EventDateAnchoring.compatible(e.type, other.type) {
                        guard let odi = other.date, let od = dates[b][odi].0, od.month == m, od.day == d else { continue }
                        let theirs = Set((other.places + other.targets + other.actors).compactMap { entityOf(b, $0) })
                        votes[od.year, default: 0] += mine.isDisjoint(with: theirs) ? 1 : 3
                        anchorExpression = expr
                    }
                }
            }
            guard let (year, _) = votes.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }),
                  let expr = anchorExpression, let anchorMonth = expr.month else { continue }
            // The article is written after the events it reports: without an inferred month, take the
            // latest month stated without a year from the anchor's month on (same year as the anchor).
            let stated = ex.dates.compactMap { dm -> Int? in
                guard let p = ArabicDateParser.parse(dm.text).first, case .absolute = p.anchor, p.year == nil,
                      let m = p.month, m >= anchorMonth else { return nil }
                return m
            }
            let month = inference?.month ?? stated.max() ?? anchorMonth
            // The reference year that makes the anchor expression land in `year` ("يونيو الماضي" in January).
            let reference = [year, year + 1].map { PartialDate(year: $0, month: month) }
                .first { expr.resolve(reference: $0)?.year == year } ?? PartialDate(year: year, month: month)
            articleDates[a] = reference
            let resolved = DateMentionExtractor.extract(documents[a], sentences: ex.sentences, reference: reference,
                                                        referenceInferred: true)
            // Mentions the event extractor added (a report's date for what it reports, a recency cue, the
            // article's date for its lead) follow the parser's: matched by span, else the new reference.
            var bySpan: [TextSpan: Int] = [:]
            for (i, m) in resolved.enumerated() where bySpan[m.span] == nil { bySpan[m.span] = i }
            for i in ex.dates.indices {
                if i < resolved.count, resolved[i].text == ex.dates[i].text {
                    dates[a][i] = (resolved[i].date, resolved[i].inferred)
                } else if let j = bySpan[ex.dates[i].span], resolved[j].text == ex.dates[i].text {
                    dates[a][i] = (resolved[j].date, true)
                } else {
                    dates[a][i] = (PartialDate(year: reference.year, month: reference.month), true)  // recency cue
                }
            }
        }
    }

    /// Attack and airstrike describe the same kind of violence from two sides.
    static func compatible(_ a: EventType, _ b: EventType) -> Bool {
        a == b || (Set([a, b]) == [.attack, .airstrike])
    }
}
