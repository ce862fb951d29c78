import Extraction
import Resolution

/// One page per entity: names and variants (and why they were merged), the curated description,
/// every mention in context linked to its paragraph, quotes, related entities and events.
struct EntityPages: SiteGenerator {
    let site: SiteModel
    /// Renders the neighbourhood graph of an entity for its page (nil: no graph).
    var graph: ((SiteModel, Int, SitePath) -> GraphSVG?)?
    var name: String { "entities" }

    /// Articles whose mentions one page shows; an entity named in more articles gets more pages
    /// (`entities/<id>/`, `entities/<id>/page-2/` …), newest articles first.
    static let articlesPerPage = 40

    func generate(into out: OutputSink, jobs: Int) throws(Diagnostic) {
        try parallelPages(site.corpus.entities.count, jobs: jobs) { e throws(Diagnostic) in
            let entity = site.corpus.entities[e]
            let list = SiteModel.listPath(of: entity.type)
            var byArticle: [Int: [Int]] = [:]
            for r in entity.mentions { byArticle[r.article, default: []].append(r.mention) }
            let order = byArticle.keys.sorted { site.articleRank[$0] < site.articleRank[$1] }
            let pageCount = max(1, (order.count + Self.articlesPerPage - 1) / Self.articlesPerPage)
            let paths = (1...pageCount).map { $0 == 1 ? site.entityPaths[e] : SitePath(site.entityPaths[e].folder + "/page-\($0)") }
            for page in 1...pageCount {
                let path = paths[page - 1]
                let chunk = order[((page - 1) * Self.articlesPerPage)..<min(order.count, page * Self.articlesPerPage)]
                var ctx: [String: Any] = page == 1 ? context(e, entity, path) : [
                    "name": entity.name, "type": entity.type.rawValue, "type_name": entity.type.arabicName,
                    "continuation": true, "first_page": path.link(to: paths[0]),
                ]
                // the snippets are made only when the page changed: they are keyed by the articles' digests
                var key = ContentHasher()
                key.combine(path.folder)
                for a in chunk {
                    key.combine(site.articleDigests[a])
                    for m in byArticle[a]! { key.combine(m) }
                }
                ctx["mentions_by_article"] = DeferredValue(key: key.finalize()) { [byArticle] in
                    chunk.map { mentionGroup(article: $0, mentions: byArticle[$0]!, from: path) }
                }
                ctx["pages"] = pageCount == 1 ? [] : paths.enumerated().map { (k, p) -> [String: Any] in
                    ["number": k + 1, "href": path.link(to: p), "current": k + 1 == page]
                }
                if page == 1, let svg = graph?(site, e, path) {
                    ctx["graph_svg"] = DeferredValue(key: svg.key) { svg.render() }
                }
                let title = page == 1 ? entity.name : entity.name + " (صفحة \(page))"
                try out.page(path, template: "entity", title: title,
                             description: "\(entity.type.arabicName): \(entity.name)، " + Format.mentions(entity.mentions.count) + " في "
                                 + Format.articles(site.references.articleCount[e]) + ".",
                             section: SiteModel.sectionKey(of: entity.type),
                             crumbs: [(entity.type.arabicPlural, list)], ctx)
            }
        }
    }

    /// One article's mentions of the entity, each a snippet linked to its paragraph.
    private func mentionGroup(article a: Int, mentions: [Int], from path: SitePath) -> [String: Any] {
        var item = site.articleLink(a, from: path)
        let ex = site.extractions[a]
        item["mentions"] = mentions.sorted().map { m -> [String: Any] in
            let mention = ex.mentions[m]
            var s = site.snippet(article: a, sentence: mention.sentence, hit: mention.span)
            s["href"] = site.link(from: path, article: a, block: mention.span.block)
            return s
        }
        return item
    }

    private func context(_ e: Int, _ entity: Entity, _ path: SitePath) -> [String: Any] {
        var ctx: [String: Any] = [
            "name": entity.name,
            "type": entity.type.rawValue,
            "type_name": entity.type.arabicName,
            "mention_count": entity.mentions.count,
            "article_count": site.references.articleCount[e],
            "count_text": Format.mentions(entity.mentions.count) + " في " + Format.articles(site.references.articleCount[e]),
            "variants": entity.variants.filter { $0 != entity.name },
            "aliases": entity.aliases.filter { $0 != entity.name && !entity.variants.contains($0) },
            "merge_notes": entity.mergeNotes,
        ]
        if let c = entity.curated, c < site.corpus.curated.count {
            let curated = site.corpus.curated[c]
            if !curated.description.isEmpty { ctx["description_html"] = Markdown.html(curated.description) }
            if let q = curated.wikidata, q.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }) {
                ctx["wikidata"] = q
            }
            if let lat = curated.latitude, let lon = curated.longitude { ctx["coordinates"] = "\(lat)، \(lon)" }
        }
        ctx["quotes"] = quotes(of: e, from: path)
        ctx["related"] = site.references.related(to: e).map { r -> [String: Any] in
            var d = site.entityLink(r.entity, from: path)
            d["shared"] = r.sentences
            return d
        }
        ctx["events"] = site.references.eventsOfEntity[e].sorted { site.eventRank[$0] < site.eventRank[$1] }
            .map { site.eventLink($0, from: path) }
        return ctx
    }

    /// Quoted speech whose speaker mention resolved to this entity, newest article first.
    private func quotes(of e: Int, from path: SitePath) -> [[String: Any]] {
        site.references.quotesOfEntity[e]
            .sorted { site.articleRank[$0.article] < site.articleRank[$1.article] }
            .map { ref in
                let q = site.extractions[ref.article].quotes[ref.quote]
                var d = site.articleLink(ref.article, from: path, block: q.span.block)
                d["text"] = q.text
                return d
            }
    }
}

/// One list page per entity type, most mentioned first.
struct EntityListPages: SiteGenerator {
    let site: SiteModel
    var name: String { "entity-lists" }
    var sections: [String] {
        EntityType.allCases.filter { t in site.corpus.entities.contains { $0.type == t } }.map(SiteModel.sectionKey(of:))
    }

    func generate(into out: OutputSink, jobs: Int) throws(Diagnostic) {
        for type in EntityType.allCases {
            let members = site.corpus.entities.indices.filter { site.corpus.entities[$0].type == type }
            guard !members.isEmpty else { continue }
            let path = SiteModel.listPath(of: type)
            let sorted = members.sorted {
                (site.corpus.entities[$0].mentions.count, site.corpus.entities[$1].name) >
                (site.corpus.entities[$1].mentions.count, site.corpus.entities[$0].name)
            }
            let items = sorted.map { e -> [String: Any] in
                var d = site.entityLink(e, from: path)
                let entity = site.corpus.entities[e]
                d["mentions"] = entity.mentions.count
                d["articles"] = site.references.articleCount[e]
                d["variants"] = entity.variants.filter { $0 != entity.name }.prefix(4).joined(separator: "، ")
                return d
            }
            try out.page(path, template: "entities", title: type.arabicPlural, section: SiteModel.sectionKey(of: type), [
                "type_name": type.arabicPlural, "type": type.rawValue, "entities": items, "count": items.count,
            ])
        }
    }
}
