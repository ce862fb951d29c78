import ArabicDates
import Resolution

/// What each file of `DataExports` is made from, so a cached build keeps a file whose inputs did not change
/// (`OutputSink.file(_:key:make:)`) without writing its records: an edit that changes no entity, event or article
/// metadata (a paragraph naming no one) keeps all four. Each key covers every field its records read, an event's
/// source sentences by their text.
///
/// The keys are made from the parts of `ModelDigest` (made once a build and shared with the pages' memos), which cover
/// what the records read with no more than the same kind of change: the entities' records, the events, the articles'
/// addresses and own fields. (Each file's key walked the whole corpus of its own: a twentieth of a one-article edit.)
extension DataExports {
    /// entities.json: every field `entityRecord` reads (the entities' records and the articles' ids: their paths).
    func entitiesKey() -> ContentHash {
        let digest = ModelDigest.of(site)
        var h = ContentHasher()
        h.combine("entities.json")
        h.combine(digest.articlePaths)
        h.combine(digest.entityRecords)
        return h.finalize()
    }

    /// events.json and events.csv (with `csv`): every field `eventRecord` (and `csv`) reads, in site order.
    func eventsKey(csv: Bool) -> ContentHash {
        let keys = eventsKeys()
        return csv ? keys.csv : keys.json
    }

    /// `eventsKey(csv: false)` and `eventsKey(csv: true)`: the events (`ModelDigest.events`, their order follows from
    /// them), the entities' ids and names (`entityRecords`), the articles' ids; events.json the sentences quoted (by
    /// their text, not the article's digest: an edit of another paragraph keeps the file), events.csv the sources'
    /// files.
    func eventsKeys() -> (json: ContentHash, csv: ContentHash) {
        let digest = ModelDigest.of(site)
        var json = ContentHasher(), csv = ContentHasher()
        json.combine("events.json")
        csv.combine("events.csv")
        for part in [digest.articlePaths, digest.entityRecords, digest.events] {
            json.combine(part)
            csv.combine(part)
        }
        for ev in site.corpus.events {
            json.combine(ev.sources.count)
            csv.combine(ev.sources.count)
            for src in ev.sources {
                csv.combine(site.articles[src.article].file)
                // (its bytes in place: a cached article's blocks are not made `String`s for a key)
                site.combineSentenceText(article: src.article, sentence: site.extractions[src.article].events[src.event].sentence, into: &json)
            }
        }
        return (json.finalize(), csv.finalize())
    }

    /// articles.json: every field `articleRecord` reads (the articles' own fields, `ModelDigest.meta`).
    func articlesKey() -> ContentHash {
        var h = ContentHasher()
        h.combine("articles.json")
        h.combine(ModelDigest.of(site).allMeta)
        return h.finalize()
    }
}
