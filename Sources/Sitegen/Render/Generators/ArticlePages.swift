/// One page per article: title, date, source, rendered body with anchored paragraphs.
struct ArticlePages: SiteGenerator {
    let site: SiteModel
    var name: String { "articles" }

    func generate(into out: OutputSink, jobs: Int) throws(Diagnostic) {
        let linkDigests = LinkDigests(site: site)
        try parallelPages(site.articles.count, jobs: jobs) { i throws(Diagnostic) in
            try out.page(site.articlePaths[i], template: "article", inputs: inputs(i, linkDigests)) { spec(i) }
        }
    }

    /// Everything an article's page shows: the article (its digest, Markdown and metadata), the
    /// entities its mentions link to, and its events.
    private func inputs(_ i: Int, _ digests: LinkDigests) -> ContentHash {
        let a = site.articles[i]
        var h = ContentHasher()
        h.combine(site.articleDigests[i])
        h.combine(a.markdown)
        h.combine(a.file)
        h.combine(a.date?.iso ?? "\u{0}")
        h.combine(a.url ?? "\u{0}")
        h.combine(a.author ?? "\u{0}")
        h.combine(a.tags.count)
        for t in a.tags { h.combine(t) }
        let map = site.corpus.entityOfMention[i]
        for m in map.indices { if let e = map[m] { h.combine(m); h.combine(digests.entities[e]) } }
        h.combine(-1)
        for e in site.references.entitiesOfArticle[i] { h.combine(digests.entities[e]) }
        h.combine(-2)
        for e in site.references.eventsOfArticle[i] { h.combine(digests.events[e]) }
        h.combine(-3)
        for c in site.copies[i] {
            for field in [c.file, c.title, c.source ?? "\u{0}", c.url ?? "\u{0}", c.date?.iso ?? "\u{0}"] { h.combine(field) }
        }
        return h.finalize()
    }

    /// The other copies of the article's story, as its page lists them. (The keys are not the page's
    /// own: a key a copy lacks would otherwise be looked up in the page's context.)
    private func copies(_ i: Int) -> [[String: Any]] {
        site.copies[i].map { c in
            var d: [String: Any] = ["copy_file": c.file]
            if let s = c.source { d["copy_source"] = s }
            if let u = c.url { d["copy_url"] = u }
            if let date = site.display(c.date) {
                d["copy_date"] = date
                d["copy_date_iso"] = c.date!.iso
            }
            if c.title != site.articles[i].title { d["copy_title"] = c.title }
            return d
        }
    }

    private func spec(_ i: Int) -> OutputSink.PageSpec {
        let a = site.articles[i]
        let path = site.articlePaths[i]
        let links = mentionLinks(i, from: path)
        var ctx: [String: Any] = [
            "title": a.title,
            "body": site.bodies[i].html(links: links),
            "entities": site.references.entitiesOfArticle[i].map { site.entityLink($0, from: path) },
            "events": site.references.eventsOfArticle[i].sorted { site.eventRank[$0] < site.eventRank[$1] }
                .map { site.eventLink($0, from: path) },
            "file": a.file,
            "tags": a.tags,
            "copies": copies(i),
        ]
        if let d = site.display(a.date) {
            ctx["date"] = d
            ctx["date_iso"] = a.date!.iso
            ctx["date_inferred"] = a.dateSource == .inferred
        }
        if let s = a.source { ctx["source"] = s }
        if let u = a.url { ctx["url"] = u }
        if let au = a.author { ctx["author"] = au }
        return OutputSink.PageSpec(title: a.title, description: Self.summary(of: site.bodies[i].blocks),
                                   section: "articles", crumbs: [("المقالات", SitePath("articles"))], context: ctx)
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

    /// The first ~30 words of the text, for meta descriptions and lists.
    ///
    /// Words are what `split(whereSeparator:)` on the `Character`s " " and "\n" finds, found on Unicode
    /// scalars (`Character` iteration was most of the cost of re-listing 10k articles in a rebuild):
    /// a space or line feed separates only where it is a `Character` of its own (`standsAlone`).
    static func summary(of blocks: [String], words limit: Int = 30) -> String {
        var words: [Substring] = []
        for b in blocks {
            let scalars = b.unicodeScalars
            var start: String.Index?
            var previous: Unicode.Scalar?
            var i = scalars.startIndex
            while i < scalars.endIndex {
                let u = scalars[i]
                let next = scalars.index(after: i)
                if (u == " " || u == "\n") && standsAlone(u, after: previous, before: next < scalars.endIndex ? scalars[next] : nil) {
                    if let s = start {
                        words.append(Substring(scalars[s..<i]))
                        if words.count == limit { return words.joined(separator: " ") + "…" }
                        start = nil
                    }
                } else if start == nil {
                    start = i
                }
                previous = u
                i = next
            }
            if let s = start {
                words.append(Substring(scalars[s...]))
                if words.count == limit { return words.joined(separator: " ") + "…" }
            }
        }
        return words.joined(separator: " ")
    }

    /// Whether a space or line feed between `previous` and `next` is a grapheme cluster of its own. A
    /// line feed joins only a carriage return before it; a space, a prepended mark before it (U+0600…)
    /// or a combining or spacing mark or joiner after it. Those rules look at one neighbour each, so a
    /// pair of scalars decides; letters of Arabic and the first 768 code points take part in none.
    static func standsAlone(_ u: Unicode.Scalar, after previous: Unicode.Scalar?, before next: Unicode.Scalar?) -> Bool {
        if u == "\n" { return previous != "\r" }
        func plain(_ s: Unicode.Scalar) -> Bool { s.value < 0x300 || (0x621...0x64A).contains(s.value) }
        func apart(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
            var pair = String.UnicodeScalarView()
            pair.append(a)
            pair.append(b)
            return String(pair).count == 2
        }
        if let p = previous, !plain(p), !apart(p, u) { return false }
        if let n = next, !plain(n), !apart(u, n) { return false }
        return true
    }
}

/// Fingerprints of what a link to each entity and event shows (name or title, type, path, date,
/// sources), for the inputs of pages that link to them.
struct LinkDigests {
    let entities: [ContentHash]
    let events: [ContentHash]

    init(site: SiteModel) {
        entities = site.corpus.entities.indices.map { e in
            let entity = site.corpus.entities[e]
            var h = ContentHasher()
            h.combine(entity.name)
            h.combine(entity.type.rawValue)
            h.combine(site.entityPaths[e].folder)
            return h.finalize()
        }
        events = site.corpus.events.indices.map { i in
            let ev = site.corpus.events[i]
            var h = ContentHasher()
            h.combine(ev.title)
            h.combine(ev.type.rawValue)
            h.combine(site.eventPaths[i].folder)
            h.combine(ev.sources.count)
            h.combine(ev.date.map { $0.iso + "|" + (site.display($0) ?? "") } ?? "\u{0}")
            h.combine(ev.dateInferred ? 1 : 0)
            h.combine(ev.dateReported ? 1 : 0)
            h.combine(site.eventRank[i])
            return h.finalize()
        }
    }
}
