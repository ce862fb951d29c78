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
        /// The actor a demonym on the trigger names ("ضربات جوية أمريكية" → الولايات المتحدة).
        var demonymActor: Int?
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
        corpus.anchoredArticleDates = anchoring.articleDates
        for a in anchoring.articleDates.keys {
            corpus.anchoredDateMentions[a] = extractions[a].dates.enumerated().map { i, dm in
                var m = dm
                (m.date, m.inferred) = anchoring.dates[a][i]
                return m
            }
        }
        var entityByKey: [String: Int] = [:]
        for (i, e) in corpus.entities.enumerated() where e.type != .person {
            for n in [e.name] + e.variants + e.aliases { entityByKey[ArabicNormalizer.matchKey(n)] = entityByKey[ArabicNormalizer.matchKey(n)] ?? i }
        }
        var records: [Record] = []
        for (a, ex) in extractions.enumerated() {
            for (i, e) in ex.events.enumerated() {
                let (date, inferred) = e.date.map { anchoring.dates[a][$0] } ?? (nil, false)
                var r = Record(article: a, index: i, mention: e, date: date, inferred: inferred,
                               dateText: e.date.map { ex.dates[$0].text },
                               places: Set(e.places.compactMap { entity(a, $0) }),
                               actors: Set(e.actors.compactMap { entity(a, $0) }),
                               targets: Set(e.targets.compactMap { entity(a, $0) }),
                               traits: EventTriggerTraits(trigger: e.trigger))
                if [.attack, .airstrike, .killing].contains(e.type),
                   let country = demonym(after: e, in: documents[a], ex),
                   let ent = entityByKey[ArabicNormalizer.matchKey(country)] {
                    r.demonymActor = ent
                    r.actors.insert(ent)
                    r.places.remove(ent)
                    r.targets.remove(ent)
                }
                records.append(r)
            }
        }
        let places = PlaceIndex(corpus: corpus)
        records.sort { a, b in
            let pa = a.date?.precision.rank ?? -1, pb = b.date?.precision.rank ?? -1
            if pa != pb { return pa > pb }
            return (a.article, a.mention.sentence, a.index) < (b.article, b.mention.sentence, b.index)
        }
        var clusters: [Cluster] = []
        // Candidate clusters by article, by shared entity, by word of a place name (name containment)
        // and by day, so each record looks at a few clusters rather than all of them.
        var byKey: [String: [Int]] = [:]
        func keys(_ r: Record) -> [String] {
            var k = ["a\(r.article)"]
            for e in r.entities where places.salient(e) {
                k.append("e\(e)")
                for w in places.words(e) { k.append("w" + w) }
            }
            if let d = r.date, d.precision == .day { k.append("d" + d.iso) }
            return k
        }
        for r in records {
            let rk = keys(r)
            var candidates = Set<Int>()
            for k in rk { if let l = byKey[k] { candidates.formUnion(l) } }
            if let c = bestCluster(for: r, in: clusters, candidates: candidates.sorted(), places) {
                clusters[c].add(r)
                for k in rk where byKey[k]?.last != c { byKey[k, default: []].append(c) }
            } else {
                var c = Cluster(type: r.mention.type)
                c.add(r)
                clusters.append(c)
                for k in rk { byKey[k, default: []].append(clusters.count - 1) }
            }
        }
        clusters = clusters.filter { keep($0, places) }
        var events = clusters.map { makeEvent($0, documents: documents, extractions: extractions, corpus: corpus, places: places) }
        applyCurated(curated, to: &events, corpus: &corpus)
        events.sort { ($0.date?.iso ?? "9999", $0.type, $0.title) < ($1.date?.iso ?? "9999", $1.type, $1.title) }
        let ids = EventTitles.dedupe(events.map { EventTitles.id($0, corpus: corpus) })
        for i in events.indices { events[i].id = ids[i] }
        corpus.events = events
    }

    /// The country a demonym right after the trigger names ("ضربات جوية أمريكية", "الغارة الأميركية").
    private func demonym(after e: EventMention, in doc: Document, _ ex: DocumentExtraction) -> String? {
        guard e.sentence < ex.sentences.count else { return nil }
        let span = ex.sentences[e.sentence].span
        guard span.block < doc.blocks.count else { return nil }
        let scalars = Array(doc.blocks[span.block].unicodeScalars)
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars[max(0, min(span.start, scalars.count))..<max(0, min(span.end, scalars.count))])
        let words = String(text).split { $0 == " " || $0 == "،" || $0 == "," }.map(String.init)
        let trigger = e.trigger.split(separator: " ").last.map(String.init) ?? e.trigger
        guard let t = words.firstIndex(where: { $0 == trigger }) else { return nil }
        for w in words[(t + 1)..<min(words.count, t + 4)] {
            if let c = PlaceKinds.country(ofDemonym: w) { return c }
            if !["جوية", "الجوية", "جوي", "الجوي"].contains(w) { break }
        }
        return nil
    }

    private func bestCluster(for r: Record, in clusters: [Cluster], candidates: [Int], _ places: PlaceIndex) -> Int? {
        let type = r.mention.type
        if r.date == nil && r.traits.anaphoric {
            // The last earlier event of this article with a compatible type.
            var best: (Int, Int)?
            for ci in candidates where EventDateAnchoring.compatible(clusters[ci].type, type) {
                let c = clusters[ci]
                for o in c.records where o.article == r.article && (o.mention.sentence, o.index) < (r.mention.sentence, r.index) {
                    if best == nil || o.mention.sentence > best!.1 { best = (ci, o.mention.sentence) }
                }
            }
            if let best { return best.0 }
        }
        var best: (Int, Int)?
        for ci in candidates where EventDateAnchoring.compatible(clusters[ci].type, type) {
            let c = clusters[ci]
            if let d = r.date, let cd = c.date, !d.isCompatible(with: cd) { continue }
            // Shared entities, countries aside; two places one inside the other by name count as one.
            let overlap = places.overlap(r.entities, c.entities)
            var ok: Bool
            // A series ("هجمات") with no date of its own is not evidence for one dated event.
            if r.date == nil, r.traits.plural, c.date != nil { continue }
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

    private func keep(_ c: Cluster, _ places: PlaceIndex) -> Bool {
        // An attack with no place and no target is a mention in passing (a speaker deploring attacks).
        if [.attack, .airstrike].contains(c.type), c.places.isEmpty, c.targets.isEmpty,
           c.date?.precision != .day { return false }
        if c.date != nil { return true }
        // Undated: only violent events naming where they happened.
        guard [.attack, .airstrike, .killing, .clash, .arrest].contains(c.type) else { return false }
        let solid = c.records.contains { !$0.traits.anaphoric && !$0.traits.plural }
        return solid && !(c.places.allSatisfy { !places.salient($0) } && c.targets.isEmpty)
    }

    private func makeEvent(_ c: Cluster, documents: [Document], extractions: [DocumentExtraction], corpus: ResolvedCorpus,
                           places index: PlaceIndex) -> Event {
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
        // Reported by several articles, a place or actor only one of them names is left out (a passing
        // mention in one report: "مشهد" where the funeral was, "إيران" as a speaker's country), as long as
        // the others agree on at least one.
        let articleCount = Set(ordered.map(\.article)).count
        func corroborated(_ list: [Int], _ pick: (Record) -> Set<Int>) -> [Int] {
            guard articleCount >= 3 else { return list }
            var support: [Int: Set<Int>] = [:]
            for r in ordered { for e in pick(r) { support[e, default: []].insert(r.article) } }
            let kept = list.filter { (support[$0]?.count ?? 0) >= 2 }
            return kept.isEmpty ? list : kept
        }
        var actors = corroborated(ranked { $0.actors }, \.actors)
        let targets = ranked { $0.targets }
        // an actor (the country that struck) is not also where it happened
        var places = corroborated(ranked { $0.places }, \.places).filter { !actors.contains($0) || targets.contains($0) }
        // The actor a demonym or an agent phrase names comes first.
        let demonymActors = ranked { r in r.demonymActor.map { [$0] } ?? [] }
        if let d = demonymActors.first { actors.removeAll { $0 == d }; actors.insert(d, at: 0) }
        let subtype = subtypes.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
        let name = { (i: Int) in corpus.entities[i].name }
        let persons = (c.type == .killing ? targets : actors).filter { corpus.entities[$0].type == .person }.map(name)
        // The most specific place (facility > city > region > country), then the most reported.
        let violent: Set<EventType> = [.attack, .airstrike, .killing, .clash, .arrest]
        let candidates = (targets.filter { corpus.entities[$0].type == .place } + places).reduce(into: [Int]()) { if !$0.contains($1) { $0.append($1) } }
        let placeForTitle = violent.contains(c.type)
            ? candidates.enumerated().max { a, b in (index.kind(a.element).rawValue, -a.offset) < (index.kind(b.element).rawValue, -b.offset) }?.element
            : places.first
        if let p = placeForTitle { places.removeAll { $0 == p }; places.insert(p, at: 0) }
        let titleActor = c.type == .airstrike || c.type == .attack
            ? (demonymActors.first ?? actors.first { corpus.entities[$0].type != .person })
            : actors.first
        let title = EventTitles.title(type: c.type, subtype: subtype, assassination: ordered.contains { $0.traits.assassination },
                                      persons: persons, place: placeForTitle.map(name),
                                      placePreposition: placeForTitle.map { preposition(before: $0, in: ordered, documents, extractions, corpus) } ?? "في",
                                      actor: titleActor.map(name))
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
                if before.contains("على ") || before.contains("علي ") || before.contains("ضد ") { return "على" }
                if r.mention.targets.contains(m) { return "على" }
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

/// Place kinds of the corpus entities and name containment between places, cached, for merging.
final class PlaceIndex {
    private let kinds: [PlaceKinds.Kind?]
    private let names: [String]
    private var containedCache: [Int: Bool] = [:]

    init(corpus: ResolvedCorpus) {
        kinds = corpus.entities.map { $0.type == .place ? PlaceKinds.kind(of: $0.name) : nil }
        names = corpus.entities.map(\.name)
    }

    func kind(_ e: Int) -> PlaceKinds.Kind { kinds[e] ?? .country }

    /// The words of a place name without facility head or article (for containment candidates).
    func words(_ e: Int) -> [String] {
        guard kinds[e] != nil else { return [] }
        if let w = wordCache[e] { return w }
        let w = PlaceKinds.coreWords(names[e])
        wordCache[e] = w
        return w
    }
    private var wordCache: [Int: [String]] = [:]

    /// Not a country: sharing "العراق" says nothing about two events being one.
    func salient(_ e: Int) -> Bool { kinds[e].map { $0 != .country } ?? true }

    func same(_ a: Int, _ b: Int) -> Bool {
        if a == b { return true }
        guard kinds[a] != nil, kinds[b] != nil else { return false }
        let key = min(a, b) * 1_000_003 + max(a, b)
        if let v = containedCache[key] { return v }
        let v = PlaceKinds.contained(names[a], names[b])
        containedCache[key] = v
        return v
    }

    /// Entities of `a` that `b` shares (or contains by name), countries aside.
    func overlap(_ a: Set<Int>, _ b: Set<Int>) -> Int {
        var n = 0
        for x in a where salient(x) {
            if b.contains(x) || b.contains(where: { salient($0) && same(x, $0) }) { n += 1 }
        }
        return n
    }
}
