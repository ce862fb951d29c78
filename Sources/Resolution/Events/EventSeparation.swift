import ArabicDates
import Extraction

/// What keeps two reports apart though they share a place: another country, or another day's clause between them in
/// their article.
extension EventClustering {
    /// The kinds of events a list of deeds tells one by one.
    static let deeds: Set<EventType> = [.attack, .airstrike, .killing, .clash, .arrest, .other]

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

    /// True when a sentence of the article between those of `a` and `b` tells a violent deed on a date the event
    /// (`clusterDate`, if any) cannot have: the text moved on to another deed between them (a statement's or a
    /// visit's day does not).
    func datedBetween(_ a: EventRecord, _ b: EventRecord, clusterDate: PartialDate?) -> Bool {
        let lo = min(a.sentence, b.sentence), hi = max(a.sentence, b.sentence)
        guard hi - lo > 1 else { return false }
        for x in (articleRecords[a.article] ?? []).lazy.map({ records[$0] }) {
            guard x.sentence > lo else { continue }
            guard x.sentence < hi else { break }
            guard Self.deeds.contains(x.type), let d = x.date, !x.inferred, !x.reported else { continue }
            if let cd = clusterDate, d.isCompatible(with: cd) { continue }
            return true
        }
        return false
    }
}
