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
    /// The weekday its date expression states, if any ("الثلاثاء"): two reports naming different
    /// weekdays are two events even when only the month is known.
    var weekday: Int?
    /// Entity indexes, each once, in mention order.
    var places: [Int]
    var actors: [Int]
    var targets: [Int]
    var actorPhrase: String?
    var targetPhrase: String?
    /// Where, as written, when no name says it (`EventMention.placePhrase`).
    var placePhrase: String? = nil
    /// Who acted or spoke and whom it was about, as written, when no entity page names them (`Event.actorNames`).
    var actorName: String? = nil
    var targetName: String? = nil
    var traits: EventTriggerTraits
    /// The actor a demonym on the trigger names ("ضربات جوية أمريكية" → الولايات المتحدة).
    var demonymActor: Int?
    /// places ∪ actors ∪ targets, each once (set when the record is complete).
    var entities: [Int] = []
    /// Content words of a report's sentence (class ids), to tell two reports of one speaker apart.
    var words: Set<Int> = []
    /// The date is the day the article reported the event (`DateMention.isReportedDay`), not one its text states.
    var reported = false
    /// The day the record's article was published (`Document.date`), if known to the day.
    var published: PartialDate? = nil
    /// The clause names a place, with a page or not.
    var namesPlace = false
}

/// Mentions merged so far into one event.
struct EventCluster {
    /// Indexes into the records, in the order they joined.
    var records: [Int] = []
    var type: EventType
    var date: PartialDate?
    var inferred = false
    /// The date is only the day a report was published (`EventRecord.reported`).
    var reported = false
    var weekday: Int?
    var places: Set<Int> = []
    var actors: Set<Int> = []
    var targets: Set<Int> = []
    var actorPhrases: Set<String> = []
    var targetPhrases: Set<String> = []
    /// Places as written where no name says them (`EventRecord.placePhrase`).
    var placePhrases: Set<String> = []
    var entities: Set<Int> = []
    /// Entities that are places other than countries, each once.
    var salientPlaces: [Int] = []
    var articles: Set<Int> = []
    var words: Set<Int> = []
    /// Head words of the described targets (`DescribedRoles.headKey`: "مسجد" of "المسجد الكندي").
    var targetHeads: Set<String> = []
    /// The countries its places are or are in (`PlaceIndex.country`).
    var countries: Set<String> = []

    init(type: EventType) { self.type = type }

    mutating func add(_ r: EventRecord, at i: Int, _ index: PlaceIndex) {
        records.append(i)
        // (a date a text states wins over a report's publication day of the same precision)
        if let d = r.date, date == nil || d.precision.rank > date!.precision.rank
            || (reported && !r.reported && d.precision.rank == date!.precision.rank) {
            date = d; inferred = r.inferred; reported = r.reported
        }
        if weekday == nil { weekday = r.weekday }
        if r.type == .airstrike { type = .airstrike }
        places.formUnion(r.places); actors.formUnion(r.actors); targets.formUnion(r.targets)
        countries.formUnion(index.countries(r.places))
        if let p = r.actorPhrase { actorPhrases.insert(p) }
        if let p = r.targetPhrase {
            targetPhrases.insert(p)
            if let h = DescribedRoles.headKey(p) { targetHeads.insert(h) }
        }
        if let p = r.placePhrase { placePhrases.insert(p) }
        for e in r.entities where entities.insert(e).inserted && index.salientPlace(e) { salientPlaces.append(e) }
        articles.insert(r.article)
        words.formUnion(r.words)
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
            case phrase(String)
        }
        var family: Int
        var kind: Kind
    }

    /// The clusters listed under one key, by the year of their date when they were listed (undated
    /// apart), so that a dated report visits only the clusters of its year: a salient place such as a
    /// country is a key of thousands of clusters in a large corpus.
    struct Listing {
        var undated: [Int] = []
        var byYear: [Int: [Int]] = [:]

        mutating func append(_ c: Int, year: Int?) {
            if let year {
                if byYear[year]?.last != c { byYear[year, default: []].append(c) }
            } else if undated.last != c {
                undated.append(c)
            }
        }
    }

    let records: [EventRecord]
    let places: PlaceIndex
    private(set) var clusters: [EventCluster] = []
    /// Each article's records, in text order.
    let articleRecords: [Int: [Int]]

    /// Attack and airstrike are one family; every other type is its own.
    static func family(_ t: EventType) -> Int { t == .airstrike ? -1 : t == .attack ? -1 : EventType.allCases.firstIndex(of: t)! }

    /// Merges `records`, taken in the order of `order`.
    init(records: [EventRecord], order: [Int], places: PlaceIndex) {
        self.records = records
        self.places = places
        var byArticle: [Int: [Int]] = [:]
        for i in records.indices { byArticle[records[i].article, default: []].append(i) }
        for (a, list) in byArticle { byArticle[a] = list.sorted { (records[$0].sentence, records[$0].index) < (records[$1].sentence, records[$1].index) } }
        articleRecords = byArticle
        var byKey: [CandidateKey: Listing] = [:]
        var seen = [Int](repeating: -1, count: records.count)
        var candidates: [Int] = []
        for i in order {
            let r = records[i]
            let rk = keys(r)
            candidates.removeAll(keepingCapacity: true)
            func visit(_ list: [Int]) {
                for c in list where seen[c] != i {
                    seen[c] = i
                    candidates.append(c)
                }
            }
            for k in rk {
                guard let listing = byKey[k] else { continue }
                // Every cluster of the article; under the other keys only those `bestCluster` can choose: an
                // undated report joins only its own article's events (a killing: any), a dated one only events
                // of its year or undated when listed (a cluster's year never changes once it has one).
                let isArticle: Bool
                if case .article = k.kind { isArticle = true } else { isArticle = false }
                if isArticle || (r.date == nil && r.type == .killing) {
                    visit(listing.undated)
                    for list in listing.byYear.values { visit(list) }
                } else if r.date == nil, Self.family(r.type) == -1, let p = r.published {
                    // (an undated attack may be a later report of one dated a few days before its article)
                    for y in [p.year - 1, p.year] { if let list = listing.byYear[y] { visit(list) } }
                } else if let d = r.date {
                    visit(listing.undated)
                    if let list = listing.byYear[d.year] { visit(list) }
                }
            }
            candidates.sort()
            let c: Int
            if let found = bestCluster(for: r, candidates: candidates) {
                c = found
            } else {
                clusters.append(EventCluster(type: r.type))
                c = clusters.count - 1
            }
            clusters[c].add(r, at: i, places)
            let year = clusters[c].date?.year
            for k in rk { byKey[k, default: Listing()].append(c, year: year) }
        }
    }

    private func keys(_ r: EventRecord) -> [CandidateKey] {
        let family = Self.family(r.type)
        var k = [CandidateKey(family: family, kind: .article(r.article))]
        for e in r.entities where places.salient(e) || r.actors.contains(e) {
            k.append(CandidateKey(family: family, kind: .entity(e)))
            for w in places.wordClasses(e) { k.append(CandidateKey(family: family, kind: .word(w))) }
        }
        // (an attacker described without a name, "شاب", says nothing about which attack it is)
        if let p = r.actorPhrase, r.type != .attack { k.append(CandidateKey(family: family, kind: .phrase(p))) }
        return k
    }

    private func bestCluster(for r: EventRecord, candidates: [Int]) -> Int? {
        if r.date == nil && r.traits.anaphoric {
            // The last earlier event of this article with a compatible type that names nothing else.
            var best: (Int, Int)?
            for ci in candidates where clusters[ci].articles.contains(r.article) && !conflicts(r, clusters[ci]) && seriesAgree(r, clusters[ci]) {
                for o in clusters[ci].records.lazy.map({ records[$0] })
                where o.article == r.article && (o.sentence, o.index) < (r.sentence, r.index)
                    && !datedBetween(o, r, clusterDate: clusters[ci].date) {
                    if best == nil || o.sentence > best!.1 { best = (ci, o.sentence) }
                }
            }
            if let best { return best.0 }
        }
        var best: (Int, Int)?
        var sameDayInArticle: [Int] = []
        for ci in candidates {
            let c = clusters[ci]
            guard datesAgree(r, c), !inOtherCountry(r, c) else { continue }
            let sameArticle = c.articles.contains(r.article)
            // (an undated report of the article separated from the event's by a clause of another day tells another one:
            // "- في 2004 اغتيل فلان؛ بتفجير سيارته في دمشق. - في 2008 اغتيل فلان؛ في تفجير سيارته في دمشق.")
            if r.date == nil, sameArticle, let o = nearestRecord(of: c, to: r), datedBetween(o, r, clusterDate: c.date) { continue }
            // Undated reports join only their own article's events (a killing: its victim's; an attack: one
            // its article may report again, `laterReport`).
            if (r.date == nil || c.date == nil) && !sameArticle && r.type != .killing && !laterReport(r, c) { continue }
            let score = sharedCore(r, c, sameArticle: sameArticle)
            if score > 0, best == nil || score > best!.1 { best = (ci, score) }
            if sameArticle, Self.family(r.type) == -1, Self.family(c.type) == -1, r.date?.precision == .day, c.date == r.date,
               !r.traits.plural, !(r.targetPhrase.map(DescribedRoles.namesAttacker) ?? false),
               !c.targetPhrases.contains(where: DescribedRoles.namesAttacker),
               unplaced(r), !(r.traits.nominal && !r.traits.anaphoric),
               !c.salientPlaces.isEmpty || !c.targets.isEmpty || !c.placePhrases.isEmpty {
                sameDayInArticle.append(ci)
            }
        }
        // "الهجوم على المسجد الكندي" after "هجوم داخل مسجد في مدينة كيبيك", the same day in the same article: a report
        // that names no place is the one attack of that day its article names where it was, when there is only one (not a series,
        // "الاعتداءات", nor a shot at the attacker, "أطلق النار على المنفذ", nor an indefinite noun, which introduces
        // another attack: "في هجوم شنه مسلحون خلال عملية عسكرية في بلدة …").
        if best == nil, sameDayInArticle.count == 1 { return sameDayInArticle[0] }
        return best?.0
    }

    /// Names no place (with a page or not) and no target entity.
    private func unplaced(_ r: EventRecord) -> Bool {
        r.targets.isEmpty && !r.namesPlace
    }

    /// How many days after an event a report that gives it no date may still be about it.
    static let laterReportDays = 14

    /// An undated attack reported by an article published at most `laterReportDays` days after a dated attack
    /// of another article, naming the same place below the country and a target of the same kind ("الهجوم الذي
    /// استهدف مسجدا في كيبيك" days after "هجوم … على المسجد … في كيبيك" of 29 January).
    private func laterReport(_ r: EventRecord, _ c: EventCluster) -> Bool {
        guard r.date == nil, Self.family(r.type) == -1, Self.family(c.type) == -1, let d = c.date, d.precision == .day,
              let p = r.published, let pm = p.month, let pd = p.day, let dm = d.month, let dd = d.day,
              case let days = CalendarMath.dayNumber(year: p.year, month: pm, day: pd) - CalendarMath.dayNumber(year: d.year, month: dm, day: dd),
              (0...Self.laterReportDays).contains(days),
              let head = r.targetPhrase.flatMap(DescribedRoles.headKey), c.targetHeads.contains(head) else { return false }
        return places.overlap(r.places.filter { places.salient($0) }, c) > 0
    }

    /// Compatible dates: both undated, one undated, or one within the other; two stated weekdays must agree.
    private func datesAgree(_ r: EventRecord, _ c: EventCluster) -> Bool {
        if let d = r.date, let cd = c.date, !d.isCompatible(with: cd) { return false }
        if let a = r.weekday, let b = c.weekday, a != b { return false }
        // A series is no evidence for one event, unless both are the same day; a plural anaphor ("هذه الاعتداءات")
        // refers back only to events its article counts too ("تفجيران … واستهدف الهجومان"), not to one of them.
        if r.traits.plural, !(r.date?.precision == .day && c.date == r.date),
           !(r.traits.anaphoric && c.articles.contains(r.article) && seriesAgree(r, c)) {
            return false
        }
        return true
    }

    /// A plural mention ("هذه الاعتداءات") refers to several events: only to a cluster that counts several too
    /// (a dual, "الهجومين", names two events the article may have told one by one).
    private func seriesAgree(_ r: EventRecord, _ c: EventCluster) -> Bool {
        !r.traits.plural || r.traits.dual || c.records.contains { records[$0].traits.plural }
    }

    /// An anaphoric mention that names a specific place or target the event does not have is another event;
    /// so is one that names a country the event, placed, does not name ("… في بلغاريا" after "هجوم في دمشق").
    private func conflicts(_ r: EventRecord, _ c: EventCluster) -> Bool {
        // (a country the event's places are in is no other country: "في سوريا والعراق" after "في محافظة الأنبار")
        let countries = r.places.filter { !places.salient($0) }
        if !countries.isEmpty, !c.places.isEmpty,
           !countries.contains(where: { c.places.contains($0) || places.country($0).map(c.countries.contains) == true }) { return true }
        if inOtherCountry(r, c) { return true }
        let specific = (r.places + r.targets).filter { places.salient($0) }
        guard !specific.isEmpty, !c.salientPlaces.isEmpty || !c.targets.isEmpty else { return false }
        return places.overlap(specific, c) == 0 && !specific.contains(where: c.targets.contains)
    }

    /// How strongly a record shares the arguments that make an event this event (0: not at all). Same
    /// type family and compatible dates are checked before.
    /// - killing: a victim; attack, airstrike, clash: a target or a named place below the country, or
    ///   on the same day the same named actor; arrest and "other": a named target, the same described target
    ///   in the article or on the same day and place, or the same day and place;
    /// - statement and threat: the same speaker, in the same article or on the same day with most words in
    ///   common; meeting: a party, in the same article or on the same day; visit: the visitor and where he
    ///   went; deployment, withdrawal: the actor and the place, or the actor in the same article.
    private func sharedCore(_ r: EventRecord, _ c: EventCluster, sameArticle: Bool) -> Int {
        let sharedTargets = r.targets.filter { places.salient($0) && c.targets.contains($0) }.count
        let sharedPlaces = places.overlap(r.places.filter { !r.targets.contains($0) } + r.targets.filter { !c.targets.contains($0) }, c)
        let sharedActors = r.actors.filter { c.actors.contains($0) }.count
            + (r.actorPhrase.map { r.type != .attack && c.actorPhrases.contains($0) ? 1 : 0 } ?? 0)
        let sameDay = r.date?.precision == .day && c.date == r.date
        switch r.type {
        case .killing:
            // Across articles a victim is one person only by a full name ("المكنى", "بن حسين" are not).
            let victims = r.targets.filter { c.targets.contains($0) && (sameArticle || places.isFullName($0)) }.count
                + (r.targetPhrase.map { c.targetPhrases.contains($0) && sameArticle ? 1 : 0 } ?? 0)
            return victims > 0 ? victims * 2 + sharedPlaces : 0
        case .attack, .airstrike, .clash:
            if sharedTargets + sharedPlaces > 0 { return sharedTargets * 2 + sharedPlaces + sharedActors }
            if sameDay, sharedActors > 0, !sameArticle || r.places.isEmpty || c.places.isEmpty { return sharedActors }
            return 0
        case .arrest, .other:
            if r.targets.contains(where: c.targets.contains) { return 2 + sharedPlaces }
            // Across articles a described group ("شخصين") is the same only where the same place is named (by a
            // name or, without one, in the same words: "مركز الأمن بخزامة").
            let samePlace = sharedPlaces > 0 || r.placePhrase.map { c.placePhrases.contains($0) } == true
            if let p = r.targetPhrase, c.targetPhrases.contains(p), sameArticle || (sameDay && samePlace) { return 1 + sharedPlaces }
            // Two arrests that name different people ("6 أشخاص", "3 أشخاص آخرين") are two arrests.
            let described = (r.targetPhrase != nil || !r.targets.isEmpty) && (!c.targetPhrases.isEmpty || !c.targets.isEmpty)
            return sameDay && sharedPlaces > 0 && sameArticle && !described ? sharedPlaces : 0
        case .statement, .threat:
            guard sharedActors > 0 else { return 0 }
            if sameArticle { return sharedActors + 1 }
            return sameDay && similar(r.words, c.words) ? sharedActors : 0
        case .meeting:
            guard sharedActors > 0, sameArticle || sameDay else { return 0 }
            if !r.places.isEmpty, !c.salientPlaces.isEmpty, sharedPlaces == 0 { return 0 }
            return sharedActors + sharedPlaces
        case .visit:
            let destination = sharedPlaces + r.targets.filter { c.targets.contains($0) }.count
            return sharedActors > 0 && destination > 0 ? sharedActors + destination : 0
        case .deployment, .withdrawal:
            guard sharedActors > 0 else { return 0 }
            return sharedPlaces > 0 || sameArticle ? sharedActors + sharedPlaces : 0
        }
    }

    /// Two reports of what was said with at least four words and half the words of the shorter in common.
    private func similar(_ a: Set<Int>, _ b: Set<Int>) -> Bool {
        guard !a.isEmpty, !b.isEmpty else { return false }
        let shared = a.intersection(b).count
        return shared >= 4 && shared * 2 >= min(a.count, b.count)
    }

    /// Whether a cluster is kept as an event.
    /// - an attack, airstrike or clash names a place (a page's, or as written: «بمنطقة سوسة الجنوبية») or a
    ///   target; reports that are all series ("هجمات")
    ///   need a day of their own;
    /// - an undated event is kept only when violent (a dismissal, "إقالة", is not: undated, it is mostly a
    ///   reference in passing to one the articles date elsewhere, or a demand), reported once at least as one
    ///   event (not a series, not a back-reference) and naming a specific place, target or victim.
    func keep(_ c: EventCluster) -> Bool {
        let violent: Set<EventType> = [.attack, .airstrike, .killing, .clash, .arrest, .other]
        if c.type == .attack || c.type == .airstrike || c.type == .clash,
           c.places.isEmpty, c.placePhrases.isEmpty, c.targets.isEmpty, c.targetPhrases.isEmpty,
           c.actors.isEmpty || c.type != .airstrike { return false }
        let solid = c.records.contains { !records[$0].traits.anaphoric && !records[$0].traits.plural }
        if !solid, c.date?.precision != .day { return false }
        if c.date != nil { return true }
        guard violent.contains(c.type), solid else { return false }
        if c.type == .other, c.records.allSatisfy({ records[$0].traits.otherNoun == "إقالة" }) { return false }
        return c.targets.contains { places.salient($0) } || !c.targetPhrases.isEmpty || c.places.contains { places.salient($0) }
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
