import Extraction
import ArabicDates
import Resolution

/// One digest of everything cross-article that page keys read (entities with their mentions, variants, quotes,
/// co-occurrences and events; events with every field their pages and exports show, their sources' sentences and
/// triggers; the articles' and events' order; the list sizes), and the articles' own fields: what the memos of page
/// families (`EntityPageMemo`, `UnitPageMemo`) and the data exports' keys start from in an edit, made once a build.
///
/// A page or file whose key reads nothing but these and the `articleDigests` of some articles has, when `model` and
/// those articles' digests are the last build's, the key the last build recorded: it is kept by that key without the
/// key being worked out again. The digest is broader than any one key (it changes more often), never narrower: a field
/// a key reads must be hashed here (or be an article's, in `articleDigests` or `meta`).
struct ModelDigest {
    /// The cross-article model (no article's text, no site-wide seed): the parts below.
    let model: ContentHash
    /// What `entities.json` shows of each entity: id, name, type, page, variants, aliases, mentions.
    let entityRecords: ContentHash
    /// The rest of the entities: merge notes, curated entries, article counts, co-occurrence rows, events, quotes.
    let entityReferences: ContentHash
    /// Every field of every event its pages and exports show, its sources' sentences, triggers and dates as written,
    /// the curated events' descriptions.
    let events: ContentHash
    /// The articles' addresses (their ids in the exports).
    let articlePaths: ContentHash
    /// `meta[a]`: article a's own fields as lists and exports show them (file, title, source, URL, author, tags, date,
    /// its source, path, the copies of its story), not its text.
    let meta: [ContentHash]
    /// The articles' `meta`, all of them (for files that list every article).
    let allMeta: ContentHash

    /// The digest of a site model, made once a build (only a build that keeps keys asks).
    static func of(_ site: SiteModel) -> ModelDigest { site.shared.value(ModelDigest.self) { ModelDigest(site) } }

    init(_ site: SiteModel) {
        let ((entityRecords, entityReferences, events), (meta, articlePaths)) = concurrently(jobs: 2, {
            let (records, references) = Self.entities(site)
            return (records, references, Self.events(site))
        }, {
            (Self.meta(site), Self.articlePaths(site))
        })
        self.entityRecords = entityRecords
        self.entityReferences = entityReferences
        self.events = events
        self.articlePaths = articlePaths
        self.meta = meta
        var h = ContentHasher()
        Self.combineBytes(meta, into: &h)
        allMeta = h.finalize()
        var m = ContentHasher()
        m.combine("sitegen-model-digest-1")
        site.sizes.combine(into: &m)
        Self.combineBytes(site.articleRank, into: &m)
        Self.combineBytes(site.eventRank, into: &m)
        m.combine(entityRecords)
        m.combine(entityReferences)
        m.combine(events)
        model = m.finalize()
    }

    /// What the memo of a page family is keyed by: the family's name, the site-wide key `seed` and `model`.
    static func memoInputs(_ family: String, _ site: SiteModel, seed: ContentHash) -> ContentHash {
        var h = ContentHasher()
        h.combine(family)
        h.combine(seed)
        h.combine(of(site).model)
        return h.finalize()
    }

    /// An event's stated numbers in a fixed order (a dictionary's entries, by their distinct keys).
    static func sortedQuantities(_ ev: Event) -> [(key: EventQuantity, value: [Int])] {
        ev.quantities.sorted { ($0.key.what, $0.key.value) < ($1.key.what, $1.key.value) }
    }

    /// The count and the bytes of an array of plain numbers (`Int`s, hashes, structs and tuples of them).
    static func combineBytes<T>(_ array: [T], into h: inout ContentHasher) {
        h.combine(array.count)
        array.withUnsafeBytes { h.combine($0) }
    }

    static func combine(_ d: PartialDate?, into h: inout ContentHasher) {
        guard let d else { h.combine(-1); return }
        h.combine(d.year)
        h.combine(d.month ?? -1)
        h.combine(d.day ?? -1)
    }

    /// Every article's own fields (`meta`).
    static func meta(_ site: SiteModel) -> [ContentHash] {
        site.articles.indices.map { i in
            // (read in place: a copy of an `Article` retains and releases every field)
            var h = ContentHasher()
            h.combine(site.articlePaths[i].folder)
            h.combine(site.articles[i].file)
            h.combine(site.articles[i].title)
            h.combine(site.articles[i].source)
            h.combine(site.articles[i].url)
            h.combine(site.articles[i].author)
            h.combine(site.articles[i].tags)
            combine(site.articles[i].date, into: &h)
            h.combine(site.articles[i].dateSource.rawValue)
            h.combine(site.copies[i].count)
            for c in site.copies[i] {
                h.combine(c.file)
                h.combine(c.title)
                h.combine(c.source)
                h.combine(c.url)
                combine(c.date, into: &h)
            }
            return h.finalize()
        }
    }

    /// The articles' paths (`articlePaths`).
    static func articlePaths(_ site: SiteModel) -> ContentHash {
        var h = ContentHasher()
        h.combine(site.articlePaths.count)
        for p in site.articlePaths { h.combine(p.folder) }
        return h.finalize()
    }

    /// `entityRecords` and `entityReferences`, in one walk over the entities.
    static func entities(_ site: SiteModel) -> (records: ContentHash, references: ContentHash) {
        var h = ContentHasher(), r = ContentHasher()
        let refs = site.references
        h.combine(site.corpus.entities.count)
        for (e, entity) in site.corpus.entities.enumerated() {
            h.combine(entity.id)
            h.combine(entity.name)
            h.combine(entity.type.rawValue)
            h.combine(site.entityPaths[e].folder)
            h.combine(entity.variants)
            h.combine(entity.aliases)
            combineBytes(entity.mentions, into: &h)
            r.combine(entity.mergeNotes)
            r.combine(entity.curated ?? -1)
            r.combine(refs.articleCount[e])
            combineBytes(refs.sharedSentences[e], into: &r)
            combineBytes(refs.eventsOfEntity[e], into: &r)
            r.combine(refs.quotesOfEntity[e].count)
            for q in refs.quotesOfEntity[e] {
                let quote = site.extractions[q.article].quotes[q.quote]
                r.combine(q.article)
                r.combine(q.quote)
                r.combine(quote.span.block)
                r.combine(quote.text)
            }
        }
        r.combine(site.corpus.curated.count)
        for c in site.corpus.curated {
            r.combine(c.description)
            r.combine(c.wikidata)
            r.combine(c.latitude.map { Int(bitPattern: UInt($0.bitPattern)) } ?? -1)
            r.combine(c.latitude == nil ? 0 : 1)
            r.combine(c.longitude.map { Int(bitPattern: UInt($0.bitPattern)) } ?? -1)
            r.combine(c.longitude == nil ? 0 : 1)
        }
        return (h.finalize(), r.finalize())
    }

    /// `events`.
    static func events(_ site: SiteModel) -> ContentHash {
        var h = ContentHasher()
        h.combine(site.corpus.curatedEvents.count)
        for c in site.corpus.curatedEvents { h.combine(c.description) }
        h.combine(site.corpus.events.count)
        for (i, ev) in site.corpus.events.enumerated() {
            h.combine(ev.id)
            h.combine(ev.title)
            h.combine(site.eventPaths[i].folder)
            h.combine(ev.type.rawValue)
            h.combine(ev.subtype)
            combine(ev.date, into: &h)
            h.combine((ev.dateInferred ? 1 : 0) | (ev.dateReported ? 2 : 0))
            combineBytes(ev.places, into: &h)
            combineBytes(ev.actors, into: &h)
            combineBytes(ev.targets, into: &h)
            h.combine(ev.placeNames)
            h.combine(ev.actorNames)
            h.combine(ev.targetNames)
            h.combine(ev.curated ?? -1)
            h.combine(ev.sources.count)
            for src in ev.sources {
                let mention = site.extractions[src.article].events[src.event]
                h.combine(src.article)
                h.combine(src.event)
                h.combine(src.dateText)
                h.combine(mention.sentence)
                h.combine(mention.trigger)
            }
            let quantities = sortedQuantities(ev)
            h.combine(quantities.count)
            for (q, sources) in quantities {
                h.combine(q.what)
                h.combine(q.value)
                combineBytes(sources, into: &h)
            }
        }
        return h.finalize()
    }
}
