import ArabicDates
import ArabicText
import Extraction

/// Merges event mentions across articles into `ResolvedCorpus.events`.
///
/// Call after the entity resolver filled `corpus.entities` and `corpus.entityOfMention`:
/// ```swift
/// EventResolver().resolve(documents: docs, extractions: exs, corpus: &corpus, curated: curatedEvents)
/// ```
/// Rules:
/// - years are first anchored across articles (`EventDateAnchoring`) for articles that state none;
/// - mentions are merged greedily, most precise dates first. A mention joins an event of a compatible
///   type (equal, or attack ~ airstrike) whose date is compatible (`PartialDate.isCompatible`) when
///   they share a place, target or actor entity; two mentions with the same day-precise date also
///   merge when one of them names no place, or when one is an airstrike reported by another article. A killing merges with any killing of the same person;
/// - an undated definite or demonstrative mention ("الهجوم", "هذه الهجمات") joins the last earlier
///   event of a compatible type in the same article; other undated mentions join only an event of
///   the same article sharing an entity (killings: any article);
/// - undated events are kept only when one mention is a singular, non-anaphoric report naming a
///   place or target; undated statements and threats are dropped;
/// - differing quantities stay visible in `Event.quantities` (quantity → indexes into `sources`);
/// - a curated event overrides the title and date of the event with its type, a compatible date and
///   a shared place (or no place), else it is added.
public struct EventResolver: Sendable {
    public init() {}

    struct Record {
        var article: Int
        var index: Int
        var mention: EventMention
        var date: PartialDate?
        var inferred: Bool
        var dateText: String?
        var places: Set<Int>
        var actors: Set<Int>
        var targets: Set<Int>
        var traits: EventTriggerTraits
        var entities: Set<Int> { places.union(actors).union(targets) }
    }

    struct Cluster {
        var records: [Record] = []
        var type: EventType
        var date: PartialDate?
        var inferred = false
        var places: Set<Int> = []
        var actors: Set<Int> = []
        var targets: Set<Int> = []
        var entities: Set<Int> { places.union(actors).union(targets) }

        mutating func add(_ r: Record) {
            records.append(r)
            if let d = r.date, date == nil || d.precision.rank > date!.precision.rank { date = d; inferred = r.inferred }
            if r.mention.type == .airstrike { type = .airstrike }
            places.formUnion(r.places); actors.formUnion(r.actors); targets.formUnion(r.targets)
        }
    }

    public func resolve(documents: [Document], extractions: [DocumentExtraction], corpus: inout ResolvedCorpus,
                        curated: [CuratedEvent]) {
        let entityOfMention = corpus.entityOfMention
        func entity(_ a: Int, _ m: Int) -> Int? {
            a < entityOfMention.count && m < entityOfMention[a].count ? entityOfMention[a][m] : nil
        }
        let anchoring = EventDateAnchoring(documents: documents, extractions: extractions, entityOf: entity)
        var records: [Record] = []
        for (a, ex) in extractions.enumerated() {
            for (i, e) in ex.events.enumerated() {
                let (date, inferred) = e.date.map { anchoring.dates[a][$0] } ?? (nil, false)
                records.append(Record(article: a, index: i, mention: e, date: date, inferred: inferred,
                                      dateText: e.date.map { ex.dates[$0].text },
                                      places: Set(e.places.compactMap { entity(a, $0) }),
                                      actors: Set(e.actors.compactMap { entity(a, $0) }),
                                      targets: Set(e.targets.compactMap { entity(a, $0) }),
                                      traits: EventTriggerTraits(trigger: e.trigger)))
            }
        }
        records.sort { a, b in
            let pa = a.date?.precision.rank ?? -1, pb = b.date?.precision.rank ?? -1
            if pa != pb { return pa > pb }
            return (a.article, a.mention.sentence, a.index) < (b.article, b.mention.sentence, b.index)
        }
        var clusters: [Cluster] = []
        for r in records {
            if let c = bestCluster(for: r, in: clusters) { clusters[c].add(r) } else {
                var c = Cluster(type: r.mention.type)
                c.add(r)
                clusters.append(c)
            }
        }
        clusters = clusters.filter(keep)
        var events = clusters.map { makeEvent($0, documents: documents, extractions: extractions, corpus: corpus) }
        applyCurated(curated, to: &events, corpus: &corpus)
        events.sort { ($0.date?.iso ?? "9999", $0.type, $0.title) < ($1.date?.iso ?? "9999", $1.type, $1.title) }
        let ids = EventTitles.dedupe(events.map { EventTitles.id($0, corpus: corpus) })
        for i in events.indices { events[i].id = ids[i] }
        corpus.events = events
    }

    private func bestCluster(for r: Record, in clusters: [Cluster]) -> Int? {
        let type = r.mention.type
        if r.date == nil && r.traits.anaphoric {
            // The last earlier event of this article with a compatible type.
            var best: (Int, Int)?
            for (ci, c) in clusters.enumerated() where EventDateAnchoring.compatible(c.type, type) {
                for o in c.records where o.article == r.article && (o.mention.sentence, o.index) < (r.mention.sentence, r.index) {
                    if best == nil || o.mention.sentence > best!.1 { best = (ci, o.mention.sentence) }
                }
            }
            if let best { return best.0 }
        }
        var best: (Int, Int)?
        for (ci, c) in clusters.enumerated() where EventDateAnchoring.compatible(c.type, type) {
            if let d = r.date, let cd = c.date, !d.isCompatible(with: cd) { continue }
            let overlap = r.entities.intersection(c.entities).count
            var ok: Bool
            if type == .killing {
                ok = !r.targets.isDisjoint(with: c.targets) || (r.date != nil && c.date != nil && overlap > 0)
            } else if let d = r.date, c.date != nil {
                let sameDay = d.precision == .day && c.date == d
                // Same day elsewhere: merge when one side names no place, or when an airstrike report
                // from another article meets an attack report of that day (two sides of one strike).
                let otherArticle = !c.records.contains { $0.article == r.article }
                let strike = type == .airstrike || c.type == .airstrike
                ok = overlap > 0 || (sameDay && (r.places.isEmpty || c.places.isEmpty || (otherArticle && strike)))
            } else {
                ok = overlap > 0 && c.records.contains { $0.article == r.article }
            }
            if ok, best == nil || overlap > best!.1 { best = (ci, overlap) }
        }
        return best?.0
    }

    private func keep(_ c: Cluster) -> Bool {
        if c.date != nil { return true }
        if c.type == .statement || c.type == .threat { return false }
        let solid = c.records.contains { !$0.traits.anaphoric && !$0.traits.plural }
        return solid && !(c.places.isEmpty && c.targets.isEmpty)
    }

    private func makeEvent(_ c: Cluster, documents: [Document], extractions: [DocumentExtraction], corpus: ResolvedCorpus) -> Event {
        let ordered = c.records.sorted { ($0.article, $0.mention.sentence, $0.index) < ($1.article, $1.mention.sentence, $1.index) }
        var sources: [EventSource] = []
        var quantities: [EventQuantity: [Int]] = [:]
        var subtypes: [String: Int] = [:]
        for r in ordered {
            let s = EventSource(article: r.article, event: r.index, dateText: r.dateText)
            if !sources.contains(s) { sources.append(s) }
            let si = sources.firstIndex(of: s)!
            for q in r.mention.quantities where !(quantities[q]?.contains(si) ?? false) { quantities[q, default: []].append(si) }
            if let st = r.mention.subtype { subtypes[st, default: 0] += 1 }
        }
        func ranked(_ pick: (Record) -> Set<Int>) -> [Int] {
            var count: [Int: Int] = [:]
            for r in ordered { for e in pick(r) { count[e, default: 0] += 1 } }
            return count.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map(\.key)
        }
        let places = ranked { $0.places }, actors = ranked { $0.actors }, targets = ranked { $0.targets }
        let subtype = subtypes.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
        let name = { (i: Int) in corpus.entities[i].name }
        let persons = (c.type == .killing ? targets : actors).filter { corpus.entities[$0].type == .person }.map(name)
        let placeForTitle = c.type == .attack || c.type == .airstrike
            ? (targets.first(where: { corpus.entities[$0].type == .place }) ?? places.first) : places.first
        let title = EventTitles.title(type: c.type, subtype: subtype, assassination: ordered.contains { $0.traits.assassination },
                                      persons: persons, place: placeForTitle.map(name),
                                      placePreposition: placeForTitle.map { preposition(before: $0, in: ordered, documents, extractions, corpus) } ?? "في",
                                      actor: actors.first.map(name))
        return Event(id: "", title: title, type: c.type, subtype: subtype, date: c.date, dateInferred: c.inferred,
                     places: places, actors: actors, targets: targets, sources: sources, quantities: quantities)
    }

    /// "قرب" when a source writes "قرب <place>", else "في".
    private func preposition(before entity: Int, in records: [Record], _ documents: [Document],
                             _ extractions: [DocumentExtraction], _ corpus: ResolvedCorpus) -> String {
        for r in records {
            for m in r.mention.places + r.mention.targets where corpus.entityOfMention[r.article][m] == entity {
                let span = extractions[r.article].mentions[m].span
                let scalars = Array(documents[r.article].blocks[span.block].unicodeScalars)
                let before = String(String.UnicodeScalarView(scalars[max(0, span.start - 6)..<span.start]))
                if before.contains("قرب") { return "قرب" }
            }
        }
        return "في"
    }

    private func applyCurated(_ curated: [CuratedEvent], to events: inout [Event], corpus: inout ResolvedCorpus) {
        let base = corpus.curatedEvents.count
        corpus.curatedEvents += curated
        var byKey: [String: Int] = [:]
        for (i, e) in corpus.entities.enumerated() {
            for n in [e.name] + e.variants + e.aliases { byKey[ArabicNormalizer.matchKey(n)] = byKey[ArabicNormalizer.matchKey(n)] ?? i }
        }
        for (k, ce) in curated.enumerated() {
            let places = ce.places.compactMap { byKey[ArabicNormalizer.matchKey($0)] }
            let actors = ce.actors.compactMap { byKey[ArabicNormalizer.matchKey($0)] }
            let match = events.firstIndex { e in
                guard e.curated == nil, EventDateAnchoring.compatible(e.type, ce.type) else { return false }
                if let a = e.date, let b = ce.date, !a.isCompatible(with: b) { return false }
                return places.isEmpty || e.places.isEmpty || !Set(places).isDisjoint(with: e.places + e.targets)
            }
            if let i = match {
                events[i].title = ce.title
                if let d = ce.date { events[i].date = d; events[i].dateInferred = false }
                events[i].type = ce.type
                events[i].curated = base + k
                for p in places where !events[i].places.contains(p) { events[i].places.append(p) }
                for a in actors where !events[i].actors.contains(a) { events[i].actors.append(a) }
            } else {
                events.append(Event(id: "", title: ce.title, type: ce.type, date: ce.date, places: places, actors: actors,
                                    curated: base + k))
            }
        }
    }
}

extension DatePrecision {
    /// day 3, month 2, year 1, unknown 0.
    var rank: Int {
        switch self {
        case .day: return 3
        case .month: return 2
        case .year: return 1
        case .unknown: return 0
        }
    }
}
