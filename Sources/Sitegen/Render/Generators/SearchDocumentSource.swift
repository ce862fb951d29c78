import Extraction
import Resolution

/// The search documents of a site in result order for equal scores (entities by mentions, events by date,
/// articles newest first), each made only when asked for, and a `sourceKey` of each that fingerprints what
/// it is made from without making its text.
///
/// A rebuild compares the source keys with the last build's (`SavedSearchIndex.sourceKeys`): a document
/// whose key is the same at the same place has the same title, other titles, text, label, link and date,
/// so its saved `termKey`, layout key and chunk size stand, and its text is made only if its chunk file
/// must be written again. (Making every document's text, the entities' mention sentences above all, and
/// hashing it was most of the search index's cost in a one-article edit.)
struct SearchDocumentSource: Sendable {
    enum Ref: Sendable {
        case entity(Int), event(Int), article(Int)
    }

    let site: SiteModel
    let refs: [Ref]
    /// Documents of entities (first in `refs`) and of events (next).
    let entityCount: Int, eventCount: Int
    /// The site's month names (`site.display`'s style), for the source keys of events.
    private let monthStyle: String

    init(site: SiteModel) {
        self.site = site
        monthStyle = site.config.months.rawValue
        var refs: [Ref] = []
        refs.reserveCapacity(site.corpus.entities.count + site.eventsByDate.count + site.articlesByDate.count)
        for e in Self.entitiesByMentions(site.corpus.entities) { refs.append(.entity(e)) }
        entityCount = refs.count
        for e in site.eventsByDate { refs.append(.event(e)) }
        eventCount = refs.count - entityCount
        for a in site.articlesByDate { refs.append(.article(a)) }
        self.refs = refs
    }

    var count: Int { refs.count }

    /// Entity indexes, most mentioned first, then by id: what `SiteModel.entitiesByMentions` gives, with the counts
    /// taken out first, the entities read in place and ids told apart by their first eight bytes where both are ASCII
    /// (where `String` order is byte order). Comparing entities copied out of the corpus was 6 M instructions of an edit.
    static func entitiesByMentions(_ entities: [Entity]) -> [Int] {
        let n = entities.count
        var counts = [Int](repeating: 0, count: n), prefixes = [UInt64](repeating: 0, count: n)
        var ascii = [Bool](repeating: false, count: n)
        entities.withUnsafeBufferPointer { e in
            for i in 0..<n {
                counts[i] = e[i].mentions.count
                var id = e[i].id
                id.withUTF8 { b in
                    var key: UInt64 = 0
                    for k in 0..<8 { key = key << 8 | UInt64(k < b.count ? b[k] : 0) }
                    prefixes[i] = key
                    ascii[i] = !b.contains { $0 >= 0x80 }
                }
            }
        }
        var order = Array(0..<n)
        entities.withUnsafeBufferPointer { e in
            counts.withUnsafeBufferPointer { c in
                prefixes.withUnsafeBufferPointer { p in
                    ascii.withUnsafeBufferPointer { plain in
                        order.sort { a, b in
                            if c[a] != c[b] { return c[a] > c[b] }
                            if plain[a], plain[b], p[a] != p[b] { return p[a] < p[b] }
                            return e[a].id < e[b].id
                        }
                    }
                }
            }
        }
        return order
    }

    /// Document d, whole.
    func document(_ d: Int) -> SearchDocument {
        var doc = stub(d)
        doc.text = text(d)
        return doc
    }

    /// Document d without its text (what chunk keys, kinds and counts read).
    func stub(_ d: Int) -> SearchDocument {
        switch refs[d] {
        case .entity(let e):
            let entity = site.corpus.entities[e]
            return SearchDocument(title: entity.name, kind: SearchIndexPage.kind(of: entity.type), label: entity.type.arabicName,
                                  path: site.entityPaths[e], altTitles: Self.otherNames(entity), text: "")
        case .event(let e):
            let event = site.corpus.events[e]
            return SearchDocument(title: event.title, kind: .event, label: "حدث: " + event.type.arabicName,
                                  path: site.eventPaths[e], text: "", date: site.display(event.date))
        case .article(let a):
            return SearchDocument(title: site.articles[a].title, kind: .article, label: "مقال", path: site.articlePaths[a],
                                  text: "", date: site.articleDates[a])
        }
    }

    /// Document d's kind (what `stub(d).kind` is, without making the stub).
    func kind(_ d: Int) -> SearchDocument.Kind {
        switch refs[d] {
        case .entity(let e): return SearchIndexPage.kind(of: site.corpus.entities[e].type)
        case .event: return .event
        case .article: return .article
        }
    }

    /// What stands in the index for a document whose saved keys and size stand (`SearchIndex.filler` makes it when
    /// its chunk file is written): shared by all of them, so an edit makes no stub of the 17k documents at 10k.
    static let placeholder = SearchDocument(title: "", kind: .article, label: "", path: SitePath(""), text: "")

    /// The text of document d (indexed, and cut for snippets).
    func text(_ d: Int) -> String {
        switch refs[d] {
        case .entity(let e):
            let entity = site.corpus.entities[e]
            let others = Self.otherNames(entity)
            var text = others.isEmpty ? "" : "يُكتب أيضًا: " + others.joined(separator: "، ") + ". "
            text += mentionSentences(entity).map { site.sentenceText(article: $0.article, sentence: $0.sentence) }.joined(separator: " … ")
            return text
        case .event(let e):
            return eventSentences(site.corpus.events[e]).map { site.sentenceText(article: $0.article, sentence: $0.sentence) }
                .joined(separator: " … ")
        case .article(let a):
            return Self.articleText(site.bodies[a])
        }
    }

    /// The text of an article's document: its blocks, a line each.
    static func articleText(_ body: ArticleBody) -> String {
        body.blocks.joined(separator: "\n")
    }

    /// A fingerprint of everything document d is made from: its fields, and the digest of each article its
    /// text is cut from (`SiteModel.articleDigests`: the article's blocks and sentence spans, among others)
    /// with the sentences cut.
    func sourceKey(_ d: Int) -> ContentHash {
        var h = ContentHasher()
        switch refs[d] {
        case .entity(let e):
            // (read in place: an entity copied out of the corpus, and released, was a tenth of the keys' cost)
            site.corpus.entities.withUnsafeBufferPointer { entities in
                let entity = entities.baseAddress! + e
                h.combine(Self.entityTag)
                h.combine(entity.pointee.name)
                h.combine(entity.pointee.type.rawValue)
                h.combine(site.entityPaths[e].folder)
                // (the lists `otherNames` is cut from, hashed as they are: not an array made for every entity of an edit)
                h.combine(entity.pointee.variants)
                h.combine(entity.pointee.aliases)
                for s in mentionSentences(entity.pointee.mentions) {
                    h.combine(site.articleDigests[s.article])
                    h.combine(s.sentence)
                }
            }
        case .event(let e):
            site.corpus.events.withUnsafeBufferPointer { events in combineEvent(events.baseAddress! + e, path: site.eventPaths[e], into: &h) }
        case .article(let a):
            // (the digest holds the article's path, title and displayed date with its text: `SiteModel.articleDigests`)
            h.combine(Self.articleTag)
            h.combine(site.articleDigests[a])
        }
        return h.finalize()
    }

    /// An event's part of its source key (the event read in place, not copied out of the corpus).
    private func combineEvent(_ event: UnsafePointer<Event>, path: SitePath, into h: inout ContentHasher) {
        h.combine(Self.eventTag)
        h.combine(event.pointee.title)
        h.combine(event.pointee.type.arabicName)
        h.combine(path.folder)
        // (the date and the month names it is shown in: what `display` makes of it, without making it)
        if let date = event.pointee.date {
            h.combine(1)
            h.combine(date.year)
            h.combine(date.month ?? 0)
            h.combine(date.day ?? 0)
            h.combine(monthStyle)
        } else {
            h.combine(0)
        }
        // (`eventSentences` read in place, without an array made for each event)
        let extractions = site.extractions
        for src in event.pointee.sources.prefix(3) {
            guard src.article < extractions.count, src.event < extractions[src.article].events.count else { continue }
            h.combine(site.articleDigests[src.article])
            h.combine(extractions[src.article].events[src.event].sentence)
        }
    }

    /// What a source key starts with, by the document's kind (numbers: cheaper to hash than words).
    private static let entityTag = 0x656E_7469_7479, eventTag = 0x6576_656E_74, articleTag = 0x6172_7469_636C_65

    /// An entity's variants and aliases other than its name.
    static func otherNames(_ entity: Entity) -> [String] {
        (entity.variants + entity.aliases).filter { $0 != entity.name }
    }

    /// The first `limit` distinct sentences that mention an entity, as (article, sentence).
    func mentionSentences(_ entity: Entity, limit: Int = 3) -> [(article: Int, sentence: Int)] {
        mentionSentences(entity.mentions, limit: limit)
    }

    /// The first `limit` distinct sentences of the mentions `mentions`, as (article, sentence).
    func mentionSentences(_ mentions: [MentionRef], limit: Int = 3) -> [(article: Int, sentence: Int)] {
        var out: [(article: Int, sentence: Int)] = []
        // (stopped at the limit: the loop went on through every mention of the most mentioned entities, thousands)
        for ref in mentions {
            if out.count >= limit { break }
            guard ref.article < site.extractions.count, ref.mention < site.extractions[ref.article].mentions.count else { continue }
            let sentence = site.extractions[ref.article].mentions[ref.mention].sentence
            guard !out.contains(where: { $0.article == ref.article && $0.sentence == sentence }) else { continue }
            out.append((ref.article, sentence))
        }
        return out
    }

    /// The sentences of an event's first three sources, as (article, sentence).
    func eventSentences(_ event: Event) -> [(article: Int, sentence: Int)] {
        eventSentences(event.sources)
    }

    /// The sentences of the first three of an event's sources `sources`, as (article, sentence).
    func eventSentences(_ sources: [EventSource]) -> [(article: Int, sentence: Int)] {
        sources.prefix(3).compactMap { src -> (article: Int, sentence: Int)? in
            guard src.article < site.extractions.count, src.event < site.extractions[src.article].events.count else { return nil }
            return (src.article, site.extractions[src.article].events[src.event].sentence)
        }
    }
}
