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
            for m in entity.mentions { h.combine(m.article) }
            h.combine(site.entityPaths[e].file)
        }
        return h.finalize()
    }

    /// events.json and events.csv (with `csv`): every field `eventRecord` (and `csv`) reads, in site order.
    func eventsKey(csv: Bool) -> ContentHash {
        var h = ContentHasher()
        h.combine(csv ? "events.csv" : "events.json")
        articleIDsKey(&h)
        let entities = site.corpus.entities
        h.combine(entities.count)
        for entity in entities {
            h.combine(entity.id)
            if csv { h.combine(entity.name) }
        }
        h.combine(site.eventsByDate.count)
        for i in site.eventsByDate {
            let ev = site.corpus.events[i]
            h.combine(ev.id)
            h.combine(ev.title)
            h.combine(ev.type.rawValue)
            h.combine(ev.subtype)
            Self.combine(ev.date, &h)
            h.combine(ev.dateInferred ? 1 : 0)
            h.combine(ev.dateReported ? 1 : 0)
            for list in [ev.places, ev.actors, ev.targets] {
                h.combine(list.count)
                for x in list { h.combine(x) }
            }
            h.combine(ev.placeNames)
            h.combine(ev.actorNames)
            h.combine(ev.targetNames)
            let quantities = ev.quantities.keys.sorted { ($0.what, $0.value) < ($1.what, $1.value) }
            h.combine(quantities.count)
            for q in quantities {
                h.combine(q.what)
                h.combine(q.value)
                h.combine(ev.quantities[q]!.count)
            }
            h.combine(ev.sources.count)
            for src in ev.sources {
                h.combine(src.article)
                h.combine(src.event)
                h.combine(src.dateText)
                if csv {
                    h.combine(site.articles[src.article].file)
                } else {
                    // the sentence quoted (not the article's digest: an edit of another paragraph keeps the file)
                    // (its bytes in place: a cached article's blocks are not made `String`s for a key)
                    site.combineSentenceText(article: src.article, sentence: site.extractions[src.article].events[src.event].sentence, into: &h)
                }
            }
            h.combine(site.eventPaths[i].file)
        }
        return h.finalize()
    }

    /// articles.json: every field `articleRecord` reads.
    func articlesKey() -> ContentHash {
        var h = ContentHasher()
        h.combine("articles.json")
        h.combine(site.articles.count)
        for (i, a) in site.articles.enumerated() {
            Self.combine(a, &h)
            h.combine(a.dateSource.rawValue)
            h.combine(site.articlePaths[i].folder)
            h.combine(site.articlePaths[i].file)
            h.combine(site.copies[i].count)
            for c in site.copies[i] { Self.combine(c, &h) }
        }
        return h.finalize()
    }

    private static func combine(_ a: Article, _ h: inout ContentHasher) {
        combine(a.date, &h)
        h.combine(a.file)
        h.combine(a.source)
        h.combine(a.title)
        h.combine(a.url)
    }

    private static func combine(_ d: PartialDate?, _ h: inout ContentHasher) {
        guard let d else { h.combine(-1); return }
        h.combine(d.year)
        h.combine(d.month ?? -1)
        h.combine(d.day ?? -1)
    }
}
