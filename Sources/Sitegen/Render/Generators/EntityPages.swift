import Extraction
import Resolution

/// One page per entity: names and variants (and why they were merged), the curated description,
/// every mention in context linked to its paragraph, quotes, related entities and events.
///
/// Long lists get pages of their own: the mentions continue on `entities/<id>/page/2.html` … (newest
/// articles first, at most `sizes.mentionArticles` articles and about `sizes.mentionSnippets`
/// snippets a page), and more than `sizes.entityExtras` events or quotes are previewed (the newest
/// `sizes.preview`) and listed in full on `entities/<id>/events.html` and `entities/<id>/quotes.html`
/// (see EntityListsOfEntity.swift).
struct EntityPages: SiteGenerator {
    let site: SiteModel
    /// Renders the neighbourhood graph of an entity for its page (nil: no graph).
    var graph: ((SiteModel, Int, SitePath) -> GraphSVG?)?
    var name: String { "entities" }

    func generate(into out: OutputSink, jobs: Int) throws(Diagnostic) {
        // (the shared link contexts live as long as this stage: at 100k they were ~70 MB kept to the end of the build)
        let links = LinkFields(site: site)
        // (an edit keeps the pages of an entity it cannot reach by the keys the last build recorded: `EntityPageMemo`)
        let memo = EntityPageMemo.session(site, out)
        try parallelPages(site.corpus.entities.count, jobs: jobs) { e throws(Diagnostic) in
            if let memo, memo.keep(e, out) { return }
            var paths = try mentionPages(e, out, links)
            paths += try eventPages(e, out)
            paths += try quotePages(e, out)
            memo?.made(e, paths)
        }
        memo?.finish(out)
    }

    /// The entity's mentions grouped by article (newest first) and how they fall into pages: `order[i]` is an
    /// article and `groups[i]` its mentions in the entity's order.
    ///
    /// Grouped by one sort of (article's rank, place in the entity's list), not through a dictionary of arrays
    /// (one table and an array per article for every entity of an edit: a fifth of the entity pages' time).
    /// Articles have distinct ranks, so the order and groups are those of grouping by article, then sorting
    /// the articles by rank (`mentionLayoutByDictionary`, which the tests compare it with).
    func mentionLayout(_ e: Int) -> (order: [Int], groups: [ArraySlice<Int>], pages: Pagination) {
        let mentions = site.corpus.entities[e].mentions
        let rank = site.articleRank
        var keys = [UInt64]()
        keys.reserveCapacity(mentions.count)
        for (i, r) in mentions.enumerated() { keys.append(UInt64(rank[r.article]) << 32 | UInt64(i)) }
        keys.sort()
        // the mentions in the groups' order, one array, and where each group starts (no array per group)
        var sortedMentions: [Int] = [], order: [Int] = [], starts: [Int] = []
        sortedMentions.reserveCapacity(keys.count)
        var last = -1
        for k in keys {
            let r = mentions[Int(k & 0xFFFF_FFFF)]
            if r.article != last {
                order.append(r.article)
                starts.append(sortedMentions.count)
                last = r.article
            }
            sortedMentions.append(r.mention)
        }
        starts.append(sortedMentions.count)
        let groups = order.indices.map { sortedMentions[starts[$0]..<starts[$0 + 1]] }
        let pages = Pagination(base: site.entityPaths[e], weights: order.indices.map { starts[$0 + 1] - starts[$0] },
                               maxItems: site.sizes.mentionArticles, maxWeight: site.sizes.mentionSnippets)
        return (order, groups, pages)
    }

    /// `mentionLayout` as it was made before, by a dictionary from article to mentions (for the tests).
    func mentionLayoutByDictionary(_ e: Int) -> (order: [Int], byArticle: [Int: [Int]], pages: Pagination) {
        var byArticle: [Int: [Int]] = [:]
        for r in site.corpus.entities[e].mentions { byArticle[r.article, default: []].append(r.mention) }
        let order = byArticle.keys.sorted { site.articleRank[$0] < site.articleRank[$1] }
        let pages = Pagination(base: site.entityPaths[e], weights: order.map { byArticle[$0]!.count },
                               maxItems: site.sizes.mentionArticles, maxWeight: site.sizes.mentionSnippets)
        return (order, byArticle, pages)
    }

    /// Page 1 (the entity's page) and the continuation pages of its mentions.
    ///
    /// Each page is keyed by its inputs (`OutputSink.page(_:template:inputs:make:)`): the entity's own fields,
    /// the page's place among its pages and the keys of its deferred parts (snippets, related names, events,
    /// quotes, graph), which fingerprint what those show. An unchanged page costs those keys, not a context.
    /// Returns the pages' addresses.
    private func mentionPages(_ e: Int, _ out: OutputSink, _ links: LinkFields) throws(Diagnostic) -> [SitePath] {
        let entity = site.corpus.entities[e]
        let (order, groups, pages) = mentionLayout(e)
        for page in 1...pages.pageCount {
            let path = pages.path(page)
            let items = pages.items(page)
            let parts = page == 1 ? deferredParts(e, path, links) : []
            // (the keys are worked out only by a build that keeps them: `OutputSink.page` asks for `inputs` then)
            func inputs() -> ContentHash {
                var own = ContentHasher()
                combineOwnFields(e, entity, into: &own)
                // the snippets are made only when the page changed: they are keyed by the articles' digests
                var key = ContentHasher()
                key.combine(path.folder)
                for i in items {
                    key.combine(site.articleDigests[order[i]])
                    for m in groups[i] { key.combine(m) }
                }
                var inputs = ContentHasher()
                inputs.combine("entity mentions")
                inputs.combine(own.finalize())
                inputs.combine(page)
                inputs.combine(pages.pageCount)
                inputs.combine(key.finalize())
                inputs.combine(parts.count)
                for part in parts { inputs.combine(part.field.rawValue); inputs.combine(part.key()) }
                return inputs.finalize()
            }
            try out.page(path, template: "entity", inputs: inputs()) {
                // (the snippets and parts are made only here, when the page changed: they are keyed by what they show)
                let counts = countText(e, entity)  // (shown on the page and in its description: made once)
                var ctx: PageFields = page == 1 ? context(e, entity, path, counts: counts) : continuationFields(e, path, heading: nil)
                for part in parts { ctx[part.field] = part.make() }
                ctx[.show_mentions] = true
                ctx[.mentions_by_article] = .list(items.map {
                    mentionGroup(article: order[$0], mentions: groups[$0], from: path)
                })
                ctx.merge(Pager.pageFields(pages, page: page, from: path, label: "إشارات " + entity.name))
                return OutputSink.PageSpec(
                    title: Pager.title(entity.name, page: page),
                    description: entity.type.arabicName + ": " + entity.name + "، " + counts + ".",
                    section: SiteModel.sectionKey(of: entity.type), crumbs: crumbs(e, page == 1 ? nil : 1), fields: ctx)
            }
        }
        return (1...pages.pageCount).map { pages.path($0) }
    }

    /// Everything the pages of an entity's mentions show of it besides their deferred parts: what
    /// `context`, `continuation`, the title, description, breadcrumbs and pager read of the entity.
    private func combineOwnFields(_ e: Int, _ entity: Entity, into h: inout ContentHasher) {
        h.combine(entity.name)
        h.combine(entity.type.rawValue)
        h.combine(site.entityPaths[e].folder)
        h.combine(entity.mentions.count)
        h.combine(site.references.articleCount[e])
        h.combine(entity.variants)
        h.combine(entity.aliases)
        h.combine(entity.mergeNotes)
        if let c = entity.curated, c < site.corpus.curated.count {
            let curated = site.corpus.curated[c]
            h.combine(1)
            h.combine(curated.description)
            h.combine(curated.wikidata)
            h.combine(curated.latitude.map { "\($0)" })
            h.combine(curated.longitude.map { "\($0)" })
        } else {
            h.combine(0)
        }
    }

    /// A part of an entity's page made only when the page is rendered, keyed (`key`) by what it shows
    /// (the key is worked out only when the page's inputs are).
    struct DeferredPart {
        let field: Field
        let key: () -> ContentHash
        let make: () -> PageValue
    }

    /// The deferred parts of an entity's page (related names, events, quotes, graph), each keyed by what it shows.
    private func deferredParts(_ e: Int, _ path: SitePath, _ links: LinkFields) -> [DeferredPart] {
        // the lists of links are made only when the page changed: they are keyed by what their links show
        let related = site.references.related(to: e)
        let depth = path.depth
        var parts = [DeferredPart(field: .related, key: {
            // (each link by its digest, `combineEntityLink` made once per entity: not its name and path hashed again)
            let links = LinkDigests.of(site).entities
            var key = ContentHasher()
            key.combine(path.folder)
            key.combine(related.count)
            for r in related { key.combine(links[r.entity]); key.combine(r.sentences) }
            return key.finalize()
        }) {
            .list(related.map { r -> PageFields in
                var d = links.entity(r.entity, from: path, depth: depth).fields
                // (the shared link's fields copied once into room for one more: not copied, then grown for it)
                d.reserveCapacity(d.count + 1)
                d[.shared] = .int(r.sentences)
                return d
            })
        }]
        if let events = eventsSection(e, from: path) { parts.append(events) }
        if let quotes = quotesSection(e, from: path) { parts.append(quotes) }
        if let svg = graph?(site, e, path) { parts.append(DeferredPart(field: .graph_svg, key: { svg.key }) { .bytes(svg.renderBytes()) }) }
        return parts
    }

    /// Breadcrumbs of an entity's pages: its type's list, then (for its other pages) the entity itself.
    func crumbs(_ e: Int, _ withEntity: Int?) -> [(String, SitePath)] {
        let entity = site.corpus.entities[e]
        var crumbs = [(entity.type.arabicPlural, SiteModel.listPath(of: entity.type))]
        if withEntity != nil { crumbs.append((entity.name, site.entityPaths[e])) }
        return crumbs
    }

    /// The context of a page that continues an entity's page: a short header linking back to it.
    func continuation(_ e: Int, _ path: SitePath, heading: String?) -> [String: Any] {
        continuationFields(e, path, heading: heading).dictionary
    }

    /// `continuation` as a typed context.
    func continuationFields(_ e: Int, _ path: SitePath, heading: String?) -> PageFields {
        let entity = site.corpus.entities[e]
        var ctx: PageFields = [
            .name: .string(entity.name), .type: .string(entity.type.rawValue), .type_name: .string(entity.type.arabicName),
            .continuation: true, .first_page: .string(path.link(to: site.entityPaths[e])),
        ]
        if let heading { ctx[.list_heading] = .string(heading) }
        return ctx
    }

    /// One article's mentions of the entity, each a snippet linked to its paragraph.
    private func mentionGroup(article a: Int, mentions: ArraySlice<Int>, from path: SitePath) -> PageFields {
        // (each mention's link is the article's with its paragraph: `SiteModel.link(from:article:block:)`, the
        // article's part made once; the article's extraction read in place, not copied with all its arrays)
        let article = path.link(to: site.articlePaths[a])
        var item = site.articleFields(a, from: path, href: article, room: 1)
        // (the snippets and links written into one buffer of rows: no context, array or string for each)
        // (in the article's order: a group is most often in it already, and is then not sorted into an array of its own)
        let sorted: [Int]? = zip(mentions, mentions.dropFirst()).allSatisfy { $0 <= $1 } ? nil : mentions.sorted()
        item[.mentions] = .rows(TextRows.write(fields: Self.mentionFields, rows: mentions.count, bytesPerRow: 512) { w in
            for k in 0..<mentions.count {
                let m = sorted?[k] ?? mentions[mentions.startIndex + k]
                let mention = site.extractions[a].mentions[m]
                site.writeSnippet(article: a, sentence: mention.sentence, hit: mention.span, into: &w)
                Self.appendParagraphLink(article, block: mention.span.block, to: &w)
                w.endValue()
            }
        })
        return item
    }

    /// The values of a mention's row, in the order `mentionGroup` writes them.
    static let mentionFields: [Field] = [.pre, .hit, .post, .href]

    /// `paragraphLink`'s bytes appended to `out`.
    static func appendParagraphLink<Out: ByteAppending>(_ article: String, block: Int, to out: inout Out) {
        var article = article
        article.withUTF8 { out.appendBytes($0) }
        let hashP: StaticString = "#p"
        out.appendBytes(UnsafeBufferPointer(start: hashP.utf8Start, count: hashP.utf8CodeUnitCount))
        GraphSVG.appendDecimal(block + 1, to: &out)
    }

    /// `SiteModel.link(from:article:block:)` given the link to the article (`SitePath.link(to:)`).
    static func paragraphLink(_ article: String, block: Int) -> String {
        var href = article
        href.reserveCapacity(article.utf8.count + 8)
        href += "#p"
        href += String(block + 1)
        return href
    }

    /// "n mentions in m articles", as an entity's page shows it and describes itself.
    private func countText(_ e: Int, _ entity: Entity) -> String {
        Format.mentions(entity.mentions.count) + " في " + Format.articles(site.references.articleCount[e])
    }

    private func context(_ e: Int, _ entity: Entity, _ path: SitePath, counts: String) -> PageFields {
        var ctx: PageFields = [
            .name: .string(entity.name),
            .type: .string(entity.type.rawValue),
            .type_name: .string(entity.type.arabicName),
            .mention_count: .int(entity.mentions.count),
            .article_count: .int(site.references.articleCount[e]),
            .count_text: .string(counts),
            .variants: .strings(entity.variants.filter { $0 != entity.name }),
            .aliases: .strings(entity.aliases.filter { $0 != entity.name && !entity.variants.contains($0) }),
            .merge_notes: .strings(entity.mergeNotes),
        ]
        if let c = entity.curated, c < site.corpus.curated.count {
            let curated = site.corpus.curated[c]
            if !curated.description.isEmpty { ctx[.description_html] = .string(Markdown.html(curated.description)) }
            if let q = curated.wikidata, q.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }) {
                ctx[.wikidata] = .string(q)
            }
            if let lat = curated.latitude, let lon = curated.longitude { ctx[.coordinates] = .string("\(lat)، \(lon)") }
        }
        return ctx
    }
}
