import ArabicDates
import Extraction
import Resolution

/// The event half of `ResolvedCorpus`, as `ResolutionCache` keeps it.
struct ResolvedEvents: Sendable {
    var events: [Event]
    var anchoredArticleDates: [Int: PartialDate]
    var anchoredDateMentions: [Int: [DateMention]]

    init(_ corpus: ResolvedCorpus) {
        events = corpus.events
        anchoredArticleDates = corpus.anchoredArticleDates
        anchoredDateMentions = corpus.anchoredDateMentions
    }

    init(events: [Event], anchoredArticleDates: [Int: PartialDate], anchoredDateMentions: [Int: [DateMention]]) {
        self.events = events
        self.anchoredArticleDates = anchoredArticleDates
        self.anchoredDateMentions = anchoredDateMentions
    }

    /// Puts these events into a corpus holding the entities they were resolved with (as `EventResolver` does).
    func apply(to corpus: inout ResolvedCorpus, curated: [CuratedEvent]) {
        corpus.events = events
        corpus.anchoredArticleDates = anchoredArticleDates
        corpus.anchoredDateMentions = anchoredDateMentions
        corpus.curatedEvents = curated
    }
}

extension AnalysisEncoder {
    mutating func resolvedEvents(_ r: ResolvedEvents) {
        count(r.events.count)
        for e in r.events {
            text(e.id)
            text(e.title)
            count(EventType.allCases.firstIndex(of: e.type)!)
            optionalString(e.subtype)
            date(e.date)
            count(e.dateInferred ? 1 : 0)
            count(e.dateReported ? 1 : 0)
            ints(e.places)
            ints(e.actors)
            ints(e.targets)
            strings(e.placeNames)
            strings(e.actorNames)
            strings(e.targetNames)
            count(e.sources.count)
            for s in e.sources {
                count(s.article)
                count(s.event)
                optionalString(s.dateText)
            }
            // (in a fixed order: the same events make the same file)
            let quantities = e.quantities.sorted { ($0.key.what, $0.key.value) < ($1.key.what, $1.key.value) }
            count(quantities.count)
            for (q, sources) in quantities {
                string(q.what)
                int(q.value)
                ints(sources)
            }
            optionalInt(e.curated)
        }
        count(r.anchoredArticleDates.count)
        for a in r.anchoredArticleDates.keys.sorted() {
            count(a)
            date(r.anchoredArticleDates[a])
        }
        count(r.anchoredDateMentions.count)
        for a in r.anchoredDateMentions.keys.sorted() {
            count(a)
            let ms = r.anchoredDateMentions[a]!
            count(ms.count)
            for m in ms {
                span(m.span)
                int(m.sentence)
                text(m.text)
                date(m.date)
                count(m.inferred ? 1 : 0)
            }
        }
    }
}

extension AnalysisDecoder {
    /// Events whose entity and article indexes are checked against `entities` and `articles`.
    mutating func resolvedEvents(entities: Int, articles: Int) throws(BinaryReader.Corrupt) -> ResolvedEvents {
        func entityList() throws(BinaryReader.Corrupt) -> [Int] {
            let v = try ints()
            guard v.allSatisfy({ $0 >= 0 && $0 < entities }) else { throw BinaryReader.Corrupt() }
            return v
        }
        func article() throws(BinaryReader.Corrupt) -> Int {
            let a = try index()
            guard a < articles else { throw BinaryReader.Corrupt() }
            return a
        }
        let n = try count()
        var events: [Event] = []
        events.reserveCapacity(n)
        for _ in 0..<n {
            let id = try r.shortString(), title = try r.shortString(), type = try choice(EventType.allCases)
            let subtype = try optionalString(), date = try self.date(), inferred = try flag(), reported = try flag()
            let places = try entityList(), actors = try entityList(), targets = try entityList()
            let placeNames = try strings(), actorNames = try strings(), targetNames = try strings()
            var sources: [EventSource] = []
            for _ in 0..<(try count()) {
                sources.append(EventSource(article: try article(), event: try index(), dateText: try optionalString()))
            }
            var quantities: [EventQuantity: [Int]] = [:]
            for _ in 0..<(try count()) {
                let q = EventQuantity(what: try string(), value: try int())
                quantities[q] = try ints()
            }
            var e = Event(id: id, title: title, type: type, subtype: subtype, date: date, dateInferred: inferred, places: places,
                          actors: actors, targets: targets, sources: sources, quantities: quantities, curated: try optionalInt())
            e.placeNames = placeNames
            e.actorNames = actorNames
            e.targetNames = targetNames
            e.dateReported = reported
            events.append(e)
        }
        var anchored: [Int: PartialDate] = [:]
        for _ in 0..<(try count()) {
            let a = try article()
            guard let d = try date() else { throw BinaryReader.Corrupt() }
            anchored[a] = d
        }
        var mentions: [Int: [DateMention]] = [:]
        for _ in 0..<(try count()) {
            let a = try article()
            var ms: [DateMention] = []
            for _ in 0..<(try count()) {
                ms.append(DateMention(span: try span(), sentence: try int(), text: try r.shortString(), date: try date(),
                                      inferred: try flag()))
            }
            mentions[a] = ms
        }
        return ResolvedEvents(events: events, anchoredArticleDates: anchored, anchoredDateMentions: mentions)
    }

    mutating func flag() throws(BinaryReader.Corrupt) -> Bool { try r.count(atMost: 1) == 1 }
}
