import ArabicDates
import Resolution

/// What each file of `DataExports` is made from, so a cached build keeps a file whose inputs did not change
/// (`OutputSink.file(_:key:make:)`) without writing its records: an edit that changes no entity, event or article
/// metadata (a paragraph naming no one) keeps all four. Each key covers every field its records read, an event's
/// source sentences by their text.
extension DataExports {
    /// The article ids (`articleIDs`) of entities.json, events.json and events.csv: the article paths.
    func articleIDsKey(_ h: inout ContentHasher) {
        h.combine(site.articlePaths.count)
        for p in site.articlePaths { h.combine(p.folder) }
    }

    /// entities.json: every field `entityRecord` reads.
    func entitiesKey() -> ContentHash {
        var h = ContentHasher()
        h.combine("entities.json")
        articleIDsKey(&h)
        h.combine(site.corpus.entities.count)
        for (e, entity) in site.corpus.entities.enumerated() {
            h.combine(entity.id)
            h.combine(entity.name)
            h.combine(entity.type.rawValue)
            h.combine(entity.variants)
            h.combine(entity.aliases)
            h.combine(entity.mentions.count)
            // (the mentions' articles, with their mention numbers, as the array's bytes: a combine per mention was most of
            // this key)
            entity.mentions.withUnsafeBytes { h.combine($0) }
            h.combine(site.entityPaths[e].folder)  // (the page's file is made from it: not made and hashed too)
        }
        return h.finalize()
    }

    /// events.json and events.csv (with `csv`): every field `eventRecord` (and `csv`) reads, in site order.
    func eventsKey(csv: Bool) -> ContentHash {
        let keys = eventsKeys()
        return csv ? keys.csv : keys.json
    }

    /// `eventsKey(csv: false)` and `eventsKey(csv: true)` in one walk over the events: what both files read is hashed
    /// once (`shared`), what only one reads into a hasher of its own (the two walks of the events were a fortieth of
    /// a one-article edit).
    func eventsKeys() -> (json: ContentHash, csv: ContentHash) {
        var shared = ContentHasher(), json = ContentHasher(), csv = ContentHasher()
        articleIDsKey(&shared)
        let entities = site.corpus.entities
        shared.combine(entities.count)
        for entity in entities {
            shared.combine(entity.id)
            csv.combine(entity.name)
        }
        shared.combine(site.eventsByDate.count)
        for i in site.eventsByDate {
            let ev = site.corpus.events[i]
            shared.combine(ev.id)
            shared.combine(ev.title)
            shared.combine(ev.type.rawValue)
            shared.combine(ev.subtype)
            Self.combine(ev.date, &shared)
            shared.combine(ev.dateInferred ? 1 : 0)
            shared.combine(ev.dateReported ? 1 : 0)
            shared.combine(ev.places.count)
            for x in ev.places { shared.combine(x) }
            shared.combine(ev.actors.count)
            for x in ev.actors { shared.combine(x) }
            shared.combine(ev.targets.count)
            for x in ev.targets { shared.combine(x) }
            shared.combine(ev.placeNames)
            shared.combine(ev.actorNames)
            shared.combine(ev.targetNames)
            let quantities = ev.quantities.keys.sorted { ($0.what, $0.value) < ($1.what, $1.value) }
            shared.combine(quantities.count)
            for q in quantities {
                shared.combine(q.what)
                shared.combine(q.value)
                shared.combine(ev.quantities[q]!.count)
            }
            shared.combine(ev.sources.count)
            json.combine(ev.sources.count)
            csv.combine(ev.sources.count)
            for src in ev.sources {
                shared.combine(src.article)
                shared.combine(src.event)
                shared.combine(src.dateText)
                csv.combine(site.articles[src.article].file)
                // the sentence quoted (not the article's digest: an edit of another paragraph keeps the file)
                // (its bytes in place: a cached article's blocks are not made `String`s for a key)
                site.combineSentenceText(article: src.article, sentence: site.extractions[src.article].events[src.event].sentence, into: &json)
            }
            shared.combine(site.eventPaths[i].folder)  // (the page's file is made from it)
        }
        let both = shared.finalize()
        func key(_ file: String, _ own: ContentHasher) -> ContentHash {
            var h = ContentHasher()
            h.combine(file)
            h.combine(both)
            h.combine(own.finalize())
            return h.finalize()
        }
        return (key("events.json", json), key("events.csv", csv))
    }

    /// articles.json: every field `articleRecord` reads.
    func articlesKey() -> ContentHash {
        var h = ContentHasher()
        h.combine("articles.json")
        h.combine(site.articles.count)
        for i in site.articles.indices {  // (the articles read in place, not copied)
            Self.combine(site.articles, i, &h)
            h.combine(site.articles[i].dateSource.rawValue)
            h.combine(site.articlePaths[i].folder)  // (the page's file is made from it: not made and hashed too)
            h.combine(site.copies[i].count)
            for c in site.copies[i].indices { Self.combine(site.copies[i], c, &h) }
        }
        return h.finalize()
    }

    /// Article `i` of `articles`, its fields read in place.
    private static func combine(_ articles: [Article], _ i: Int, _ h: inout ContentHasher) {
        combine(articles[i].date, &h)
        h.combine(articles[i].file)
        h.combine(articles[i].source)
        h.combine(articles[i].title)
        h.combine(articles[i].url)
    }

    private static func combine(_ d: PartialDate?, _ h: inout ContentHasher) {
        guard let d else { h.combine(-1); return }
        h.combine(d.year)
        h.combine(d.month ?? -1)
        h.combine(d.day ?? -1)
    }
}
