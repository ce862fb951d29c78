/// One page per article: title, date, source, rendered body with anchored paragraphs.
struct ArticlePages: SiteGenerator {
    let site: SiteModel
    var name: String { "articles" }

    func generate(into out: OutputSink, jobs: Int) throws(Diagnostic) {
        try parallelPages(site.articles.count, jobs: jobs) { i throws(Diagnostic) in
            let a = site.articles[i]
            let path = site.articlePaths[i]
            let links = mentionLinks(i, from: path)
            var ctx: [String: Any] = [
                "title": a.title,
                // The body is parsed from the Markdown, so that and the links decide its HTML.
                "body": DeferredValue(key: Self.bodyKey(markdown: a.markdown, links: links)) {
                    site.bodies[i].html(links: links)
                },
                "entities": site.references.entitiesOfArticle[i].map { site.entityLink($0, from: path) },
                "events": site.references.eventsOfArticle[i].sorted { site.eventRank[$0] < site.eventRank[$1] }
                    .map { site.eventLink($0, from: path) },
                "file": a.file,
                "tags": a.tags,
            ]
            if let d = site.display(a.date) {
                ctx["date"] = d
                ctx["date_iso"] = a.date!.iso
                ctx["date_inferred"] = a.dateSource == .inferred
            }
            if let s = a.source { ctx["source"] = s }
            if let u = a.url { ctx["url"] = u }
            if let au = a.author { ctx["author"] = au }
            try out.page(path, template: "article", title: a.title, description: Self.summary(of: site.bodies[i].blocks),
                         section: "articles", crumbs: [("المقالات", SitePath("articles"))], ctx)
        }
    }

    /// Each mention that resolved to an entity becomes a link to the entity's page.
    private func mentionLinks(_ a: Int, from path: SitePath) -> [Int: [InlineLink]] {
        var links: [Int: [InlineLink]] = [:]
        let map = site.corpus.entityOfMention[a]
        for (m, mention) in site.extractions[a].mentions.enumerated() {
            guard m < map.count, let e = map[m] else { continue }
            let entity = site.corpus.entities[e]
            links[mention.span.block, default: []].append(InlineLink(
                start: mention.span.start, end: mention.span.end,
                href: path.link(to: site.entityPaths[e]), title: entity.type.arabicName + ": " + entity.name))
        }
        return links
    }

    static func bodyKey(markdown: String, links: [Int: [InlineLink]]) -> ContentHash {
        var h = ContentHasher()
        h.combine(markdown)
        for block in links.keys.sorted() {
            h.combine(block)
            h.combine(links[block]!.count)
            for link in links[block]! {
                h.combine(link.start)
                h.combine(link.end)
                h.combine(link.href)
                h.combine(link.title)
            }
        }
        return h.finalize()
    }

    /// The first ~30 words of the text, for meta descriptions and lists.
    static func summary(of blocks: [String], words limit: Int = 30) -> String {
        // Words as `split(whereSeparator:)` on " " and "\n" finds them, but only as far as needed.
        var words: [Substring] = []
        for b in blocks {
            var start: String.Index?
            var i = b.startIndex
            while i < b.endIndex {
                let c = b[i]
                if c == " " || c == "\n" {
                    if let s = start {
                        words.append(b[s..<i])
                        if words.count == limit { return words.joined(separator: " ") + "…" }
                        start = nil
                    }
                } else if start == nil {
                    start = i
                }
                i = b.index(after: i)
            }
            if let s = start {
                words.append(b[s...])
                if words.count == limit { return words.joined(separator: " ") + "…" }
            }
        }
        return words.joined(separator: " ")
    }
}

/// The list of all articles, newest first.
struct ArticleListPage: SiteGenerator {
    let site: SiteModel
    var name: String { "article-list" }
    var sections: [String] { ["articles"] }

    func generate(into out: OutputSink, jobs: Int) throws(Diagnostic) {
        let path = SitePath("articles")
        let items = site.articlesByDate.map { i in ArticleListPage.item(site, i, from: path) }
        try out.page(path, template: "articles", title: "المقالات", section: "articles", [
            "articles": items,
            "count_text": Format.articles(items.count),
        ])
    }

    static func item(_ site: SiteModel, _ i: Int, from path: SitePath) -> [String: Any] {
        let a = site.articles[i]
        var d: [String: Any] = [
            "title": a.title,
            "href": path.link(to: site.articlePaths[i]),
            "summary": ArticlePages.summary(of: site.bodies[i].blocks, words: 24),
        ]
        if let s = a.source { d["source"] = s }
        if let date = site.display(a.date) {
            d["date"] = date
            d["date_iso"] = a.date!.iso
            d["date_inferred"] = a.dateSource == .inferred
        }
        return d
    }
}
