import ArabicDates
import Extraction

/// One event mention with its resolved date and entities, as the event resolver merges it.
struct EventRecord {
    var article: Int
    /// Index into the article's `DocumentExtraction.events`.
    var index: Int
    var sentence: Int
    var type: EventType
    var date: PartialDate?
    var inferred: Bool
    /// Entity indexes, each once, in mention order.
    var places: [Int]
    var actors: [Int]
    var targets: [Int]
    var traits: EventTriggerTraits
    /// The actor a demonym on the trigger names ("ضربات جوية أمريكية" → الولايات المتحدة).
    var demonymActor: Int?
    /// places ∪ actors ∪ targets, each once (set when the record is complete).
    var entities: [Int] = []
}

/// Mentions merged so far into one event.
struct EventCluster {
    /// Indexes into the records, in the order they joined.
    var records: [Int] = []
    var type: EventType
    var date: PartialDate?
    var inferred = false
    var places: Set<Int> = []
    var actors: Set<Int> = []
    var targets: Set<Int> = []
    var entities: Set<Int> = []
    /// Entities that are places other than countries, each once.
    var salientPlaces: [Int] = []
    var articles: Set<Int> = []

    init(type: EventType) { self.type = type }

    mutating func add(_ r: EventRecord, at i: Int, _ index: PlaceIndex) {
        records.append(i)
        if let d = r.date, date == nil || d.precision.rank > date!.precision.rank { date = d; inferred = r.inferred }
        if r.type == .airstrike { type = .airstrike }
        places.formUnion(r.places); actors.formUnion(r.actors); targets.formUnion(r.targets)
        for e in r.entities where entities.insert(e).inserted && index.salientPlace(e) { salientPlaces.append(e) }
        articles.insert(r.article)
    }
}

/// Greedy merging of event records into clusters (see `EventResolver` for the rules).
struct EventClustering {
    /// Where to look for candidate clusters: the article, a shared entity, a word of a place name (name
    /// containment), the day; per family of compatible types, so candidates always have a compatible type.
    struct CandidateKey: Hashable {
        enum Kind: Hashable {
            case article(Int)
            case entity(Int)
            case word(Int)
            case day(PartialDate)
        }
        var family: Int
        var kind: Kind
    }

    let records: [EventRecord]
    let places: PlaceIndex
    private(set) var clusters: [EventCluster] = []

    /// Attack and airstrike are one family; every other type is its own.
    static func family(_ t: EventType) -> Int { t == .airstrike ? -1 : t == .attack ? -1 : EventType.allCases.firstIndex(of: t)! }

    /// Merges `records`, taken in the order of `order`.
    init(records: [EventRecord], order: [Int], places: PlaceIndex) {
        self.records = records
        self.places = places
        var byKey: [CandidateKey: [Int]] = [:]
        var seen = [Int](repeating: -1, count: records.count)
        var candidates: [Int] = []
        for i in order {
            let r = records[i]
            let rk = keys(r)
            candidates.removeAll(keepingCapacity: true)
            for k in rk {
                guard let list = byKey[k] else { continue }
                for c in list where seen[c] != i {
                    seen[c] = i
                    candidates.append(c)
                }
            }
            candidates.sort()
            if let c = bestCluster(for: r, candidates: candidates) {
                clusters[c].add(r, at: i, places)
                for k in rk where byKey[k]?.last != c { byKey[k, default: []].append(c) }
            } else {
                var c = EventCluster(type: r.type)
                c.add(r, at: i, places)
                clusters.append(c)
                for k in rk where byKey[k]?.last != clusters.count - 1 { byKey[k, default: []].append(clusters.count - 1) }
            }
        }
    }

    private func keys(_ r: EventRecord) -> [CandidateKey] {
        let family = Self.family(r.type)
        var k = [CandidateKey(family: family, kind: .article(r.article))]
        for e in r.entities where places.salient(e) {
            k.append(CandidateKey(family: family, kind: .entity(e)))
            for w in places.wordClasses(e) { k.append(CandidateKey(family: family, kind: .word(w))) }
        }
        if let d = r.date, d.precision == .day { k.append(CandidateKey(family: family, kind: .day(d))) }
        return k
    }

    private func bestCluster(for r: EventRecord, candidates: [Int]) -> Int? {
        let type = r.type
        if r.date == nil && r.traits.anaphoric {
            // The last earlier event of this article with a compatible type.
            var best: (Int, Int)?
            for ci in candidates where clusters[ci].articles.contains(r.article) {
                for o in clusters[ci].records.lazy.map({ records[$0] })
                where o.article == r.article && (o.sentence, o.index) < (r.sentence, r.index) {
                    if best == nil || o.sentence > best!.1 { best = (ci, o.sentence) }
                }
            }
            if let best { return best.0 }
        }
        var best: (Int, Int)?
        for ci in candidates {
            let c = clusters[ci]
            if let d = r.date, let cd = c.date, !d.isCompatible(with: cd) { continue }
            // Shared entities, countries aside; two places one inside the other by name count as one.
            let overlap = places.overlap(r.entities, c)
            var ok: Bool
            // A series ("هجمات") with no date of its own is not evidence for one dated event.
            if r.date == nil, r.traits.plural, c.date != nil { continue }
            if type == .killing {
                ok = r.targets.contains(where: c.targets.contains) || (r.date != nil && c.date != nil && overlap > 0)
            } else if let d = r.date, c.date != nil {
                let sameDay = d.precision == .day && c.date == d
                // Same day elsewhere: merge when one side names no place, or when an airstrike report
                // from another article meets an attack report of that day (two sides of one strike).
                let otherArticle = !c.articles.contains(r.article)
                let strike = type == .airstrike || c.type == .airstrike
                ok = overlap > 0 || (sameDay && (r.places.isEmpty || c.places.isEmpty || (otherArticle && strike)))
            } else {
                ok = overlap > 0 && c.articles.contains(r.article)
            }
            if ok, best == nil || overlap > best!.1 { best = (ci, overlap) }
        }
        return best?.0
    }

    /// Whether a cluster is kept as an event.
    func keep(_ c: EventCluster) -> Bool {
        // An attack with no place and no target is a mention in passing (a speaker deploring attacks).
        if c.type == .attack || c.type == .airstrike, c.places.isEmpty, c.targets.isEmpty,
           c.date?.precision != .day { return false }
        if c.date != nil { return true }
        // Undated: only violent events naming where they happened.
        guard [.attack, .airstrike, .killing, .clash, .arrest].contains(c.type) else { return false }
        let solid = c.records.contains { !records[$0].traits.anaphoric && !records[$0].traits.plural }
        return solid && !(c.places.allSatisfy { !places.salient($0) } && c.targets.isEmpty)
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
