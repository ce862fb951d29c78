import ArabicDates

/// What keeps two reports apart though they share a place: another country, or another day's clause between them in
/// their article.
extension EventClustering {
    /// The record's places are in countries none of the event's places is in (دمشق and بلغاريا).
    func inOtherCountry(_ r: EventRecord, _ c: EventCluster) -> Bool {
        guard !c.countries.isEmpty, !r.places.isEmpty else { return false }
        let own = places.countries(r.places)
        return !own.isEmpty && own.isDisjoint(with: c.countries)
    }

    /// The cluster's record of `r`'s article nearest to it in the text.
    func nearestRecord(of c: EventCluster, to r: EventRecord) -> EventRecord? {
        c.records.lazy.map { records[$0] }.filter { $0.article == r.article }
            .min { abs($0.sentence - r.sentence) < abs($1.sentence - r.sentence) }
    }

    /// True when a record of the article between `a` and `b` states a date the event (`clusterDate`, if any) cannot have:
    /// the text moved on to another event between them.
    func datedBetween(_ a: EventRecord, _ b: EventRecord, clusterDate: PartialDate?) -> Bool {
        let (lo, hi) = (a.sentence, a.index) < (b.sentence, b.index) ? ((a.sentence, a.index), (b.sentence, b.index))
            : ((b.sentence, b.index), (a.sentence, a.index))
        for x in (articleRecords[a.article] ?? []).lazy.map({ records[$0] }) {
            let at = (x.sentence, x.index)
            guard at > lo else { continue }
            guard at < hi else { break }
            guard let d = x.date, !x.inferred, !x.reported else { continue }
            if let cd = clusterDate, d.isCompatible(with: cd) { continue }
            return true
        }
        return false
    }
}
