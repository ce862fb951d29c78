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

    init(site: SiteModel) {
        self.site = site
        var refs: [Ref] = []
        refs.reserveCapacity(site.entitiesByMentions.count + site.eventsByDate.count + site.articlesByDate.count)
        for e in site.entitiesByMentions { refs.append(.entity(e)) }
        for e in site.eventsByDate { refs.append(.event(e)) }
        for a in site.articlesByDate { refs.append(.article(a)) }
        self.refs = refs
    }

    var count: Int { refs.count }

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
            let entity = site.corpus.entities[e]
            h.combine("entity")
            h.combine(entity.name)
            h.combine(entity.type.rawValue)
            h.combine(site.entityPaths[e].folder)
            // (the lists `otherNames` is cut from, hashed as they are: not an array made for every entity of an edit)
            h.combine(entity.variants)
            h.combine(entity.aliases)
            for s in mentionSentences(entity) {
                h.combine(site.articleDigests[s.article])
                h.combine(s.sentence)
            }
        case .event(let e):
            let event = site.corpus.events[e]
            h.combine("event")
            h.combine(event.title)
            h.combine(event.type.arabicName)
            h.combine(site.eventPaths[e].folder)
            h.combine(site.display(event.date))
            for s in eventSentences(event) {
                h.combine(site.articleDigests[s.article])
                h.combine(s.sentence)
            }
        case .article(let a):
            h.combine("article")
            h.combine(site.articles[a].title)
            h.combine(site.articlePaths[a].folder)
            h.combine(site.articleDates[a])
            h.combine(site.articleDigests[a])
        }
        return h.finalize()
    }

    /// An entity's variants and aliases other than its name.
    static func otherNames(_ entity: Entity) -> [String] {
        (entity.variants + entity.aliases).filter { $0 != entity.name }
    }

    /// The first `limit` distinct sentences that mention an entity, as (article, sentence).
    func mentionSentences(_ entity: Entity, limit: Int = 3) -> [(article: Int, sentence: Int)] {
        var out: [(article: Int, sentence: Int)] = []
        for ref in entity.mentions where out.count < limit {
            guard ref.article < site.extractions.count, ref.mention < site.extractions[ref.article].mentions.count else { continue }
            let sentence = site.extractions[ref.article].mentions[ref.mention].sentence
            guard !out.contains(where: { $0.article == ref.article && $0.sentence == sentence }) else { continue }
            out.append((ref.article, sentence))
        }
        return out
    }

    /// The sentences of an event's first three sources, as (article, sentence).
    func eventSentences(_ event: Event) -> [(article: Int, sentence: Int)] {
        event.sources.prefix(3).compactMap { src -> (article: Int, sentence: Int)? in
            guard src.article < site.extractions.count, src.event < site.extractions[src.article].events.count else { return nil }
            return (src.article, site.extractions[src.article].events[src.event].sentence)
        }
    }
}
