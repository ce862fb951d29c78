import Extraction
import Resolution

/// One page per entity: names and variants (and why they were merged), the curated description,
/// every mention in context linked to its paragraph, quotes, related entities and events.
struct EntityPages: SiteGenerator {
    let site: SiteModel
    /// Renders the neighbourhood graph of an entity for its page (nil: no graph).
    var graph: ((SiteModel, Int, SitePath) -> String?)?
    var name: String { "entities" }

    func generate(into out: OutputSink, jobs: Int) throws(Diagnostic) {
        let mentionsOfEntity = site.corpus.entities.map(\.mentions)
        let index = Index(site)
        try parallelPages(site.corpus.entities.count, jobs: jobs) { e throws(Diagnostic) in
            let entity = site.corpus.entities[e]
            let path = site.entityPaths[e]
            var ctx = context(e, entity, path, mentionsOfEntity[e], index)
            ctx["graph_svg"] = graph?(site, e, path)
            let list = SiteModel.listPath(of: entity.type)
            try out.page(path, template: "entity", title: entity.name,
                         description: "\(entity.type.arabicName): \(entity.name)، \(entity.mentions.count) إشارة في \(site.references.articleCount[e]) من المقالات.",
                         section: SiteModel.sectionKey(of: entity.type),
                         crumbs: [(entity.type.arabicPlural, list)], ctx)
        }
    }

    /// What every entity page looks up, computed once for all of them (scanning every article for
    /// every entity made this generator quadratic in the corpus size).
    private struct Index {
        /// `articleRank[a]` is the position of article a in `articlesByDate`.
        var articleRank: [Int]
        /// Per entity: (article, quote) of the quotes it is the speaker of, articles newest first.
        var quotes: [[(article: Int, quote: Int)]]

        init(_ site: SiteModel) {
            articleRank = Array(repeating: 0, count: site.articles.count)
            for (rank, a) in site.articlesByDate.enumerated() { articleRank[a] = rank }
            quotes = Array(repeating: [], count: site.corpus.entities.count)
            for a in site.articlesByDate {
                let map = site.corpus.entityOfMention[a]
                for (qi, q) in site.extractions[a].quotes.enumerated() {
                    guard let s = q.speaker, s < map.count, let e = map[s], e < quotes.count else { continue }
                    quotes[e].append((a, qi))
                }
            }
        }
    }

    private func context(_ e: Int, _ entity: Entity, _ path: SitePath, _ refs: [MentionRef], _ index: Index) -> [String: Any] {
        var ctx: [String: Any] = [
            "name": entity.name,
            "type": entity.type.rawValue,
            "type_name": entity.type.arabicName,
            "mention_count": entity.mentions.count,
            "article_count": site.references.articleCount[e],
            "variants": entity.variants.filter { $0 != entity.name },
            "aliases": entity.aliases,
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
        // Mentions grouped by article, in article order of the site (newest first).
        var byArticle: [Int: [Int]] = [:]
        for r in refs { byArticle[r.article, default: []].append(r.mention) }
        let order = byArticle.keys.sorted { index.articleRank[$0] < index.articleRank[$1] }
        ctx["mentions_by_article"] = order.map { a -> [String: Any] in
            var item = site.articleLink(a, from: path)
            let ex = site.extractions[a]
            item["mentions"] = byArticle[a]!.sorted().map { m -> [String: Any] in
                let mention = ex.mentions[m]
                var s = site.snippet(article: a, sentence: mention.sentence, hit: mention.span)
                s["href"] = site.link(from: path, article: a, block: mention.span.block)
                return s
            }
            return item
        }
        ctx["quotes"] = index.quotes[e].map { ref -> [String: Any] in
            let q = site.extractions[ref.article].quotes[ref.quote]
            var d = site.articleLink(ref.article, from: path, block: q.span.block)
            d["text"] = q.text
            return d
        }
        ctx["related"] = site.references.related(to: e).map { r -> [String: Any] in
            var d = site.entityLink(r.entity, from: path)
            d["shared"] = r.sentences
            return d
        }
        ctx["events"] = site.references.eventsOfEntity[e].sorted { site.eventRank[$0] < site.eventRank[$1] }
            .map { site.eventLink($0, from: path) }
        return ctx
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
